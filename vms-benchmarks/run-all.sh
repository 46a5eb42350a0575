#!/usr/bin/env bash
# Runs every benchmark of vms-benchmarks with short but meaningful settings (JMH: 1 fork per run, 3 warm-up and
# 3 measurement iterations of 1 s, 3 alternating rounds; 2,000 end-to-end messages; 60 s idle) and writes the
# figures to vms-benchmarks/RESULTS.md. About 6 minutes on 2 cores, plus the build.
#
#   vms-benchmarks/run-all.sh            build, run everything, write RESULTS.md
#   vms-benchmarks/run-all.sh --readme   ... and copy the table into the README's Performance section
#   vms-benchmarks/run-all.sh --quick    smoke run (1 round, 300 messages, 10 s idle); figures not meaningful
#   vms-benchmarks/run-all.sh --only snapshot --readme
#                                        one part only; the README keeps the other parts' rows of the run before
#
# Environment: SKIP_BUILD=1 uses the existing target/benchmarks.jar; MVN_ARGS adds Maven options (e.g. -o);
# JAVA picks the java binary. Needs a JDK 17+, Maven, and Node.js 20 with npm for soketi (as the tests do).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
readme=""
quick=""
only=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --readme) readme="$root/README.md" ;;
    --quick) quick=1 ;;
    --only) shift; only="${1:-}" ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  # shellcheck disable=SC2086
  (cd "$root" && mvn -B -q ${MVN_ARGS:-} -Pbenchmarks -DskipTests package -pl vms-benchmarks -am)
fi

cd "$here"
jar=target/benchmarks.jar
out=target/results
rm -rf "$out"
mkdir -p "$out"

java_cmd=("${JAVA:-java}")
# the figures are for 2 cores: on a bigger machine, keep every process (JMH forks and soketi included) on two
if command -v taskset >/dev/null && [[ "$(nproc)" -gt 2 ]]; then
  java_cmd=(taskset -c 0,1 "${java_cmd[@]}")
fi

if [[ -n "$quick" ]]; then
  settings=(-Dvms.bench.rounds=1 -Dvms.bench.warmups=1 -Dvms.bench.iterations=1
    -Dvms.e2e.warmup=100 -Dvms.e2e.messages=300 -Dvms.footprint.idleSeconds=10)
else
  settings=(-Dvms.bench.rounds=3 -Dvms.bench.warmups=3 -Dvms.bench.iterations=3 -Dvms.bench.seconds=1
    -Dvms.e2e.warmup=1000 -Dvms.e2e.messages=2000 -Dvms.footprint.idleSeconds=60)
fi

run() {
  local main="$1" part="$2"
  if [[ -n "$only" && "$only" != "$part" ]]; then
    return
  fi
  echo "== $part" >&2
  "${java_cmd[@]}" "${settings[@]}" -cp "$jar" "org.openhab.binding.vms.benchmarks.$main" "$out/$part.json"
}

run decode.DecodeFigures decode
run dispatch.DispatchFigures dispatch
run e2e.EndToEndLatency end-to-end
run footprint.Footprint footprint
java_cmd+=("-Dvms.bundle.jar=$(ls "$root"/org.openhab.binding.vms/target/org.openhab.binding.vms-*.jar | head -1)")
run snapshot.SnapshotFigures snapshot

report=("$out" RESULTS.md)
if [[ -n "$readme" ]]; then
  report+=(--readme "$readme")
fi
"${JAVA:-java}" -cp "$jar" org.openhab.binding.vms.benchmarks.report.ResultsReport "${report[@]}"
echo "written: $here/RESULTS.md${readme:+ and $readme}" >&2
