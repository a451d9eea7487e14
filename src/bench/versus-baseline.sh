#!/usr/bin/env bash
# Warm typical evaluation (bench evaluate) of this build against an earlier build, side by side: the two jars take
# turns, a fresh JVM per run, each variant (explanations on, and off as evaluate without --explain) in every round,
# the jar that goes first swapped each round. Prints each jar's median over the runs of the per-run medians (wall
# and evaluating-thread CPU), the ratio earlier / this, and the load average before and after.
# Usage: src/bench/versus-baseline.sh --baseline OLD.jar [--jar target/failwise.jar] [--rounds N]
#                                     [--warmup SECONDS] [--runs N]
# Each build evaluates with its own bundled rule pack, from an empty folder, its compiled-rules cache filled by an
# untimed first run. The earlier jar is run on the class path of this one's lib/ folder: both must be builds of the
# same dependencies (the script compares their manifests' Class-Path).
set -euo pipefail

baseline=""
jar=target/failwise.jar
rounds=3
warmup=8
runs=3000
while [ $# -gt 0 ]; do
    case "$1" in
        --baseline) baseline="$2"; shift 2 ;;
        --jar) jar="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "versus-baseline.sh: unknown argument \`$1\`" >&2; exit 2 ;;
    esac
done
[ -n "$baseline" ] || { echo "versus-baseline.sh: expected --baseline OLD.jar, found none" >&2; exit 2; }
for j in "$jar" "$baseline"; do
    [ -f "$j" ] || { echo "versus-baseline.sh: \`$j\`: not found" >&2; exit 2; }
done
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
baseline=$(cd "$(dirname "$baseline")" && pwd)/$(basename "$baseline")
lib=$(dirname "$jar")/lib
classpath() { unzip -p "$1" META-INF/MANIFEST.MF | tr -d '\r' | sed -n '/^Class-Path:/,/^[A-Z]/p' | sed '$d' | tr -d '\n '; }
if [ "$(classpath "$jar")" != "$(classpath "$baseline")" ]; then
    echo "versus-baseline.sh: the two jars were built with other dependencies; expected the same Class-Path" >&2
    exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export XDG_CACHE_HOME="$work/cache"

run() { # run this|base ARGS...: one JVM of the named build
    local which="$1"; shift
    if [ "$which" = this ]; then java -Xmx4g -jar "$jar" "$@"; else java -Xmx4g -cp "$baseline:$lib/*" failwise.cli.Main "$@"; fi
}
for which in this base; do run "$which" evaluate --help >/dev/null; run "$which" bench evaluate --warmup 0 --runs 1 >/dev/null; done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for r in $(seq "$rounds"); do
    order="this base"; [ $((r % 2)) -eq 0 ] && order="base this"
    for variant in on off; do
        flag=""; [ "$variant" = off ] && flag="--no-explain"
        for which in $order; do
            line=$(run "$which" bench evaluate --warmup "$warmup" --runs "$runs" $flag)
            echo "$which $variant $line" >> "$work/lines"
            echo "  round $r, $which, explanations $variant: ${line#*: }"
        done
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/lines" "$rounds" <<'EOF'
import re, statistics, sys
unit = {"ns": 1e-6, "µs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1000.0}
def ms(text):
    value, u = re.match(r"([\d.]+) (\S+)", text).groups()
    return float(value) * unit[u]
res = {}
for line in open(sys.argv[1]):
    which, variant, rest = line.split(" ", 2)
    wall = ms(re.search(r": median (.+?), p99", rest).group(1))
    cpu = ms(re.search(r"thread CPU median (.+?), p99", rest).group(1))
    res.setdefault((which, variant), []).append((wall, cpu))
for variant in ("on", "off"):
    b, t = res[("base", variant)], res[("this", variant)]
    bw, tw = statistics.median(x[0] for x in b), statistics.median(x[0] for x in t)
    bc, tc = statistics.median(x[1] for x in b), statistics.median(x[1] for x in t)
    print("explanations %-3s: earlier %.2f ms, this %.2f ms wall: %.2fx faster; thread CPU %.2f ms vs %.2f ms: %.2fx"
          " (median of %d JVMs each)" % (variant, bw, tw, bw / tw, bc, tc, bc / tc, len(b)))
EOF
