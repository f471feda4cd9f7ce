#!/usr/bin/env bash
# Baton against Hugo and the plain-Java floor, in one run of the shared harness, plus Baton's own stage times.
#
# usage: bench/run.sh [SIZE...]          (default: 1000 10000 statements)
#
# Builds target/baton.jar and its class-data archive (target/baton.jsa), runs ../shared/bench/run.sh for the
# peers below on corpora of each SIZE, then builds each corpus once more with `baton build -v` for the stage
# times. Prints a Markdown report and writes it to bench/results/<UTC date and time>.md.
#
# Environment (all optional):
#   SHARED_BENCH   the shared harness folder (default: ../shared/bench beside this repository)
#   BENCH_SCRATCH  corpora, peer projects, outputs and logs (default: /dev/shm/baton-bench, a RAM disk: creating
#                  ten thousand files on the VM's disk costs seconds and varies from run to run)
#   PEERS          peers in order (default: "hugo floor floor-par baton cp"; cp copies Hugo's output, so after it)
#   JAVA_OPTS      JVM options for every JVM peer (default: the README's, see BATON_JAVA_OPTS below)
#   SKIP_BUILD=1   use target/baton.jar and target/baton.jsa as they are
#   JFR=1          also record a flight recording of the largest build: bench/results/<stamp>-<N>.jfr
#   BENCH_INSTALL=1, RUNS, WARMUP, QUIET, QUIET_WAIT, NOISE, RETRY, TIMEOUT: passed to the harness (see its README)
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED_BENCH:-$REPO/../shared/bench}
[ -x "$SHARED/run.sh" ] || { echo "no shared harness at $SHARED (set SHARED_BENCH)" >&2; exit 2; }
SHARED=$(cd "$SHARED" && pwd)
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
export BENCH_SCRATCH=${BENCH_SCRATCH:-/dev/shm/baton-bench}
mkdir -p "$BENCH_SCRATCH"
PEERS=${PEERS:-"hugo floor floor-par baton cp"}
JAR=$REPO/target/baton.jar
JSA=$REPO/target/baton.jsa
# The options the README recommends: one collector thread and the quick compiler suit a short run on few cores, and a
# heap grown in large steps spares a large site repeated full collections;
# the archive holds Baton's classes already parsed and verified (a JVM that cannot use it, such as the floor's,
# starts as usual; -Xlog:cds*=off keeps it from saying so on standard output).
BATON_JAVA_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MinHeapFreeRatio=80 -XX:MaxHeapFreeRatio=90"
BATON_JAVA_OPTS+=" -XX:SharedArchiveFile=$JSA -Xlog:cds*=off"
JAVA_OPTS=${JAVA_OPTS-$BATON_JAVA_OPTS}
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
OUT=$REPO/bench/results/$STAMP.md
mkdir -p "$REPO/bench/results"
say() { printf '%s\n' "$*" >&2; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  say "building $JAR"
  (cd "$REPO" && mvn -q -B -DskipTests package) >&2
  say "writing the class-data archive $JSA (one build of the example site)"
  rm -f "$JSA"
  train=$(mktemp -d "${TMPDIR:-/tmp}/baton-cds.XXXXXX")
  # shellcheck disable=SC2086
  java -XX:ArchiveClassesAtExit="$JSA" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xlog:cds*=off \
    -jar "$JAR" build --site "$REPO" --out "$train/site" >/dev/null
  rm -rf "$train"
fi
[ -f "$JAR" ] || { say "no $JAR"; exit 2; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
results=$BENCH_SCRATCH/results.tsv
skip=0
[ -f "$results" ] && skip=$(wc -l < "$results")
say "running $SHARED/run.sh ${SIZES[*]} with PEERS=\"$PEERS\" JAVA_OPTS=\"$JAVA_OPTS\""
harness_out=$(PEERS=$PEERS JAVA_OPTS=$JAVA_OPTS BATON_JAR=$JAR "$SHARED/run.sh" "${SIZES[@]}")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# Baton's stage times, one build per size on the same corpus and options.
stages=""
largest=${SIZES[${#SIZES[@]}-1]}
for n in "${SIZES[@]}"; do
  out=$BENCH_SCRATCH/out/stages-$n
  rm -rf "$out"
  jfr=()
  if [ "${JFR:-0}" = 1 ] && [ "$n" = "$largest" ]; then
    jfr=(-XX:StartFlightRecording=filename=$REPO/bench/results/$STAMP-$n.jfr,settings=profile)
  fi
  # shellcheck disable=SC2086
  line=$(java $JAVA_OPTS "${jfr[@]}" -jar "$JAR" build --site "$BENCH_SCRATCH/corpus-$n" --out "$out" -v 2>&1 |
    awk '/^  [a-z]+ +[0-9.]+ s$/ {printf "%s%s %s", sep, $1, $2; sep=" | "} /^Built/ {tot=$(NF-1)} END {printf " | total %s", tot}')
  stages+="| $n | $line |"$'\n'
  rm -rf "$out"
done

# The harness's rows of this run, as Markdown, with Baton's ratios to Hugo and to the parallel floor.
table=$(tail -n +"$((skip + 1))" "$results" | awk -F'\t' '
  $1 == "peer" {next}
  {
    n = $2; p = $1; key[n, p] = 1; wall[n, p] = $4
    if (!(n in seen)) {seen[n] = 1; order[++ns] = n}
    rows[n] = rows[n] sprintf("| %s | %s | %s | %s | %s | %s | %s | %s |\n", n, p, $3, $4, $5, $6, ($10 == "" ? "" : sprintf("%.0f%%", $10 * 100)), $12)
  }
  END {
    print "| statements | peer | pages | wall s (median) | CPU s | peak RSS MB | others busy | note |"
    print "|---|---|---|---|---|---|---|---|"
    for (i = 1; i <= ns; i++) printf "%s", rows[order[i]]
    print ""
    print "| statements | Baton / Hugo | Baton / parallel floor | Baton / one-thread floor |"
    print "|---|---|---|---|"
    for (i = 1; i <= ns; i++) {
      n = order[i]; b = wall[n, "baton"]
      printf "| %s | %s | %s | %s |\n", n, ratio(b, wall[n, "hugo"]), ratio(b, wall[n, "floor-par"]), ratio(b, wall[n, "floor"])
    }
  }
  function ratio(a, b) { return (a == "" || b == "" || b == 0) ? "-" : sprintf("%.2f", a / b) }')

{
  echo "# Baton benchmark, $STAMP"
  echo
  echo "Median wall time of whole build processes (shared harness: 1 warm-up, then RUNS timed builds into an empty"
  echo "folder on $(df --output=fstype "$BENCH_SCRATCH" | tail -1)); Baton writes its full output with validation and the link check."
  echo
  echo "$table"
  echo
  echo "Baton's stages, one more build of each corpus with \`-v\` (seconds):"
  echo
  echo "| statements | stages |"
  echo "|---|---|"
  printf '%s' "$stages"
  echo
  echo "Machine and load:"
  echo
  echo '```'
  cat "$BENCH_SCRATCH/versions.txt"
  echo "load average (1, 5, 15 min) before: $load_before, after: $load_after"
  echo '```'
  echo
  echo "Harness output:"
  echo
  echo '```'
  echo "$harness_out"
  echo '```'
} | tee "$OUT"
say "written $OUT"
