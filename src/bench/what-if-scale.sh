#!/usr/bin/env bash
# What-ifs on an estate, from the command line: `evaluate --set` against `evaluate`, and `explain --why-not` against
# `explain`, of one generated file of 1,000 servers, 10,000 replicas and 5,000 requests (bench generate, seed 1).
# The four commands take turns, a fresh JVM each, the order reversed every round; prints each one's median wall and
# CPU time (all the JVM's threads) over the rounds, the two ratios, and the load average before and after.
# Usage: src/bench/what-if-scale.sh [--rounds N] [--jar target/failwise.jar] [--servers N]
#                                   [--request ID] [--set CHANGE]
# The default request (r000002, an open that fails over from its down home server) and change (that server up
# again) are those of the seed-1 file; with --servers, pick a request and a change of that file. JVM start and
# reading the compiled rules from the cache (filled by an untimed first run of each command) are in every time.
set -euo pipefail

rounds=3
jar=target/failwise.jar
servers=1000
request=r000002
change='Mail00944/Acme.state=UP'
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds="$2"; shift 2 ;;
        --jar) jar="$2"; shift 2 ;;
        --servers) servers="$2"; shift 2 ;;
        --request) request="$2"; shift 2 ;;
        --set) change="$2"; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "what-if-scale.sh: unknown argument \`$1\`" >&2; exit 2 ;;
    esac
done
[ -f "$jar" ] || { echo "what-if-scale.sh: $jar: not found; run mvn package first" >&2; exit 2; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export XDG_CACHE_HOME="$work/cache"
java -jar "$jar" bench generate --servers "$servers" --replicas $((servers * 10)) --requests $((servers * 5)) \
    --out "$work/facts" >/dev/null
file="$work/facts/topology-00001.json"
commands=(
    "evaluate '$file'"
    "evaluate '$file' --set '$change'"
    "explain '$file' --request '$request'"
    "explain '$file' --request '$request' --why-not")
for c in "${commands[@]}"; do
    bash -c "java -Xmx4g -jar '$jar' $c" >/dev/null 2>&1 || true # fills the cache of each pack
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
python3 - "$rounds" "$servers" "$jar" "${commands[@]}" <<'PYTHON'
import resource, statistics, subprocess, sys, time
rounds, servers, jar, commands = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
names = ["evaluate", "evaluate --set", "explain", "explain --why-not"]
wall, cpu = {}, {}
for r in range(1, rounds + 1):
    for i in (range(4) if r % 2 else reversed(range(4))):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.monotonic()
        subprocess.run("java -Xmx4g -jar '%s' %s" % (jar, commands[i]), shell=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        w = time.monotonic() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        c = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        wall.setdefault(i, []).append(w)
        cpu.setdefault(i, []).append(c)
        print("  round %d: %-18s %.2f s wall, %.2f s CPU" % (r, names[i], w, c), flush=True)
mw = {i: statistics.median(v) for i, v in wall.items()}
mc = {i: statistics.median(v) for i, v in cpu.items()}
with open("/proc/loadavg") as f:
    print("load average after: " + " ".join(f.read().split()[:3]))
for a, b in ((0, 1), (2, 3)):
    print("%s servers: %s %.2f s, %s %.2f s wall: %.2fx; CPU %.2f s vs %.2f s: %.2fx (medians of %d runs each)"
          % (servers, names[a], mw[a], names[b], mw[b], mw[b] / mw[a], mc[a], mc[b], mc[b] / mc[a], rounds))
PYTHON
