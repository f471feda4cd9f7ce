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
#   ROUNDS         how many times every peer is run, one after another (default 3); RUNS timed builds a round (default 1)
#   SKIP_BUILD=1   use target/baton.jar and target/baton.jsa as they are
#   JFR=1          also record a flight recording of the largest build: bench/results/<stamp>-<N>.jfr
#   BENCH_INSTALL=1, WARMUP, QUIET, QUIET_WAIT, NOISE, RETRY, TIMEOUT: passed to the harness (see its README)
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
# The options the README recommends (see bench/README.md): a collector on every core and the quick compiler suit a
# short run on few cores, what survives a young collection is the model and goes straight to the old generation, and
# a heap grown in large steps spares a large site repeated full collections;
# the archive holds Baton's classes already parsed and verified (a JVM that cannot use it, such as the floor's,
# starts as usual; -Xlog:cds*=off keeps it from saying so on standard output).
BATON_JAVA_OPTS="-XX:+UseParallelGC -XX:TieredStopAtLevel=1 -XX:MinHeapFreeRatio=80 -XX:MaxHeapFreeRatio=90"
BATON_JAVA_OPTS+=" -XX:MaxTenuringThreshold=0"
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
# The machine's speed drifts by tens of percent within minutes: each round runs every peer once, one after the other,
# so that each round's ratios compare builds made moments apart; the report gives the median of the rounds.
ROUNDS=${ROUNDS:-3}
harness_out=""
for round in $(seq "$ROUNDS"); do
  say "round $round of $ROUNDS: $SHARED/run.sh ${SIZES[*]} with PEERS=\"$PEERS\" RUNS=${RUNS:-1} JAVA_OPTS=\"$JAVA_OPTS\""
  harness_out+="round $round"$'\n'
  harness_out+=$(PEERS=$PEERS JAVA_OPTS=$JAVA_OPTS BATON_JAR=$JAR RUNS=${RUNS:-1} "$SHARED/run.sh" "${SIZES[@]}")$'\n'
done
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

# The harness's rows of this run (the k-th row of a peer and size is from round k), as Markdown: per peer and size the
# median of the rounds; Baton's ratios are the median of each round's ratio, with every round's listed.
table=$(tail -n +"$((skip + 1))" "$results" | awk -F'\t' '
  $1 == "peer" {next}
  {
    n = $2; p = $1; k = ++count[n, p]
    if (k > rounds) rounds = k
    if (!(n in seen)) {seen[n] = 1; order[++ns] = n}
    if (!((n, p) in known)) {known[n, p] = 1; peers[n] = peers[n] SUBSEP p; npeers[n]++; peer[n, npeers[n]] = p}
    pages[n, p] = $3; wall[n, p, k] = $4; cpu[n, p, k] = $5
    if ($6 + 0 > rss[n, p]) rss[n, p] = $6 + 0
    if ($10 + 0 > other[n, p]) other[n, p] = $10 + 0
    note[n, p] = $12
  }
  END {
    print "| statements | peer | pages | wall s (median of rounds) | each round | CPU s (median) | peak RSS MB | others busy | note |"
    print "|---|---|---|---|---|---|---|---|---|"
    for (i = 1; i <= ns; i++) {
      n = order[i]
      for (j = 1; j <= npeers[n]; j++) {
        p = peer[n, j]
        printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", n, p, pages[n, p], med(wall, n, p), each(wall, n, p),
          med(cpu, n, p), rss[n, p], sprintf("%.0f%%", other[n, p] * 100), note[n, p]
      }
    }
    print ""
    print "| statements | Baton / Hugo | each round | Baton / parallel floor | each round | Baton / one-thread floor |"
    print "|---|---|---|---|---|---|"
    for (i = 1; i <= ns; i++) {
      n = order[i]
      printf "| %s | %s | %s | %s | %s | %s |\n", n, ratio(n, "hugo"), ratios(n, "hugo"), ratio(n, "floor-par"),
        ratios(n, "floor-par"), ratio(n, "floor")
    }
  }
  function med(a, n, p,    k, m, v, t, x, y) {
    m = 0
    for (k = 1; k <= rounds; k++) if ((n, p, k) in a && a[n, p, k] != "") v[++m] = a[n, p, k] + 0
    return m == 0 ? "-" : sprintf("%.3f", median(v, m))
  }
  function each(a, n, p,    k, out) {
    out = ""
    for (k = 1; k <= rounds; k++) if ((n, p, k) in a) out = out (out == "" ? "" : " ") a[n, p, k]
    return out
  }
  function ratio(n, q,    k, m, v) {
    m = 0
    for (k = 1; k <= rounds; k++)
      if (wall[n, "baton", k] != "" && wall[n, q, k] != "" && wall[n, q, k] + 0 > 0) v[++m] = wall[n, "baton", k] / wall[n, q, k]
    return m == 0 ? "-" : sprintf("%.2f", median(v, m))
  }
  function ratios(n, q,    k, out) {
    out = ""
    for (k = 1; k <= rounds; k++)
      if (wall[n, "baton", k] != "" && wall[n, q, k] != "" && wall[n, q, k] + 0 > 0)
        out = out (out == "" ? "" : " ") sprintf("%.2f", wall[n, "baton", k] / wall[n, q, k])
    return out == "" ? "-" : out
  }
  function median(v, m,    i, j, t) {
    for (i = 2; i <= m; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) {t = v[j]; v[j] = v[j - 1]; v[j - 1] = t}
    return m % 2 ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2
  }')

{
  echo "# Baton benchmark, $STAMP"
  echo
  echo "Wall time of whole build processes: $ROUNDS rounds, each running every peer once after one warm-up (shared"
  echo "harness, RUNS=${RUNS:-1}), into an empty folder on $(df --output=fstype "$BENCH_SCRATCH" | tail -1); medians of the rounds, and of each round's"
  echo "ratio. Baton writes its full output with validation and the link check."
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
