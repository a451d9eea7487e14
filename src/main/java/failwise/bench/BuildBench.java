package failwise.bench;

import failwise.engine.RuleBase;
import failwise.engine.RuleCompileException;
import failwise.engine.RuleFile;
import java.util.List;

/** Times compiling the rule pack repeatedly in one JVM: the first build is cold, the following ones warm. */
public final class BuildBench {
    private BuildBench() {
    }

    /** {@code runs} builds of {@code files}; the first sample is the JVM's first build. */
    public static Samples compile(List<RuleFile> files, int runs) throws RuleCompileException {
        Samples samples = new Samples();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            RuleBase.compile(files);
            samples.add(System.nanoTime() - start);
        }
        return samples;
    }
}
