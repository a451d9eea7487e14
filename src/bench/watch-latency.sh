#!/usr/bin/env bash
# How long `failwise watch` takes to show the effect of a saved rule: from the moment an edited rule file is written
# to the moment the changed conclusion is printed, for several edits in a row, with the median.
# The edit is the F1 Decision of the rules guide (BUSY below the threshold vs at or below it), on a copy of rules/
# and of the README's example with the availability index at the threshold, so each edit flips the outcome.
# Usage: src/bench/watch-latency.sh [--edits N] [--jar target/failwise.jar]
set -euo pipefail

edits=6
jar=target/failwise.jar
while [ $# -gt 0 ]; do
    case "$1" in
        --edits) edits="$2"; shift 2 ;;
        --jar) jar="$2"; shift 2 ;;
        -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "watch-latency.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -f "$jar" ] || { echo "watch-latency.sh: $jar: not found; run mvn package first" >&2; exit 2; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
cp -r "$top/rules" "$work/rules"
sed 's/availabilityIndex: 20/availabilityIndex: 30/' \
    "$top/test-facts/failover/f1-busy-mail-server-sends-a-mail-open-to-its-cluster-mate.yaml" > "$work/case.yaml"
cd "$work"
java -jar "$jar" watch --rules rules case.yaml > out.txt 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
until grep -q "^watching" out.txt; do sleep 0.1; done
sleep 10 # let the background compilation that makes edits incremental finish
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
times=()
for i in $(seq "$edits"); do
    if [ $((i % 2)) = 1 ]; then from='\$index < number )'; to='$index <= number )'; want='SERVED → FAILOVER'
    else from='\$index <= number )'; to='$index < number )'; want='FAILOVER → SERVED'; fi
    lines=$(wc -l < out.txt)
    t0=$(date +%s%N)
    sed -i "s/$from/$to/" rules/10-server-availability.drl
    until tail -n +$((lines + 1)) out.txt | grep -q "$want"; do sleep 0.01; done
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
    echo "edit $i: $(( (t1 - t0) / 1000000 )) ms"
    sleep 2
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median of $edits edits: ${sorted[$(( edits / 2 ))]} ms; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
