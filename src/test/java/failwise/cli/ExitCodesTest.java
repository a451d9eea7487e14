package failwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exit codes are combined one way: the graver wins, whatever the order. */
class ExitCodesTest {
    @Test
    void theGraverCodeWinsInEitherOrder() {
        int[] gravestLast = {ExitCodes.OK, ExitCodes.EXPECTATION_FAILED, ExitCodes.USAGE, ExitCodes.BAD_INPUT,
            ExitCodes.RULES, ExitCodes.INTERNAL};
        for (int i = 0; i < gravestLast.length; i++) {
            for (int j = 0; j < gravestLast.length; j++) {
                int expected = gravestLast[Math.max(i, j)];
                assertThat(ExitCodes.worst(gravestLast[i], gravestLast[j])).as(i + " with " + j).isEqualTo(expected);
            }
        }
    }
}
