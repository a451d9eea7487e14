#!/usr/bin/env bash
# Cold start of failwise: a fresh JVM per run, from start to exit, median of the runs, for each way to start it:
# plain java -jar compiling the rules, java -jar with the compiled-rules cache filled, and target/failwise (cache,
# class-data sharing archive, client compiler). Each variant runs once untimed first, which fills its caches.
# Usage: src/bench/cold-start.sh [--runs N] [--jar target/failwise.jar] [FACT-FILE]
# Without a fact file, a typical generated one (bench generate --size 1 --seed 1) is used.
# Uses hyperfine when installed (apt-get install -y hyperfine), else a date +%s%N loop.
set -euo pipefail

runs=10
jar=target/failwise.jar
file=""
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --jar) jar="$2"; shift 2 ;;
        -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) file="$1"; shift ;;
    esac
done
[ -f "$jar" ] || { echo "cold-start.sh: $jar: not found; run mvn package first" >&2; exit 2; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
launcher=$(dirname "$jar")/failwise
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$file" ]; then
    java -jar "$jar" bench generate --size 1 --seed 1 --out "$work/facts" >/dev/null
    file="$work/facts/topology-00001.json"
fi
# Run from an empty folder so ./rules is not picked up: the bundled pack, as a consultant's first run has.
cd "$work"
export XDG_CACHE_HOME="$work/cache"

# median_ms NAME PREPARE COMMAND: prints "NAME: median X ms (N runs)"
median_ms() {
    local name="$1" prepare="$2" command="$3"
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine --style none --warmup 1 --runs "$runs" --prepare "$prepare" --export-json "$work/h.json" \
            -i "$command" >/dev/null 2>&1
        python3 -c "import json,sys; r=json.load(open('$work/h.json'))['results'][0]; \
print('%-58s median %5.0f ms  (min %.0f, max %.0f; %d runs, hyperfine)' % (sys.argv[1], r['median']*1000, r['min']*1000, r['max']*1000, len(r['times'])))" "$name"
    else
        local times=()
        bash -c "$command" >/dev/null 2>&1 || true
        for _ in $(seq "$runs"); do
            bash -c "$prepare"
            local t0 t1
            t0=$(date +%s%N); bash -c "$command" >/dev/null 2>&1 || true; t1=$(date +%s%N)
            times+=($(( (t1 - t0) / 1000000 )))
        done
        local sorted
        sorted=($(printf '%s\n' "${times[@]}" | sort -n))
        printf '%-58s median %5d ms  (%d runs, date loop)\n' "$name" "${sorted[$(( runs / 2 ))]}" "$runs"
    fi
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
median_ms "java -jar failwise.jar --version (JVM + CLI only)" "true" "java -jar '$jar' --version"
median_ms "java -jar failwise.jar evaluate FILE, no cache" "true" "FAILWISE_NO_CACHE=1 java -jar '$jar' evaluate '$file'"
median_ms "java -jar failwise.jar evaluate FILE, rules cached" "true" "java -jar '$jar' evaluate '$file'"
# The launcher records its class-data sharing archive in the background after its first run: wait for it.
FAILWISE_JAR="$jar" "$launcher" evaluate "$file" >/dev/null 2>&1 || true
for _ in $(seq 120); do
    ls "$XDG_CACHE_HOME"/failwise/cds-*.jsa >/dev/null 2>&1 && break
    sleep 0.5
done
median_ms "target/failwise evaluate FILE (cache + CDS archive + C1)" "true" "FAILWISE_JAR='$jar' '$launcher' evaluate '$file'"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
