#!/usr/bin/env bash
# Runs the soak (soak.Soak from target/benchmarks.jar): one account bridge with 1,000 camera and 50 intercom Things
# takes 1,000,000 messages and 1,000 forced reconnects (soketi restarts, network cuts, logouts) spread over 30
# minutes (longer on a loaded machine), sampling heap after GC, threads, file descriptors and the storage every
# minute; fails if any grows beyond its bound after the warm-up or the bridge is not ONLINE at the end. Writes the
# figures to target/results/soak.json and the plot to docs/soak.png.
#
#   vms-benchmarks/run-soak.sh                   build, run the full soak (about 30 minutes), print the table
#   vms-benchmarks/run-soak.sh --readme          ... and write the table into the README's Reliability section
#   vms-benchmarks/run-soak.sh --quick           smoke run: 3 minutes, 50,000 messages, 50 reconnects
#   vms-benchmarks/run-soak.sh -- --minutes 10   passes further options to the program (see SoakOptions)
#
# Environment: SKIP_BUILD=1 uses the existing target/benchmarks.jar; MVN_ARGS adds Maven options (e.g. -o);
# JAVA picks the java binary. Needs a JDK 17+, Maven, and Node.js 20 with npm for soketi (as the tests do).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
readme=""
options=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --readme) readme="$root/README.md" ;;
    --quick) options+=(--minutes 3 --messages 50000 --reconnects 50) ;;
    --) shift; options+=("$@"); break ;;
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
figures=target/results/soak.json
mkdir -p target/results

status=0
"${JAVA:-java}" -cp "$jar" org.openhab.binding.vms.benchmarks.soak.Soak --figures "$figures" \
  --chart "$root/docs/soak.png" ${options[@]+"${options[@]}"} || status=$?

report=("$figures")
if [[ -n "$readme" ]]; then
  report+=(--readme "$readme")
fi
"${JAVA:-java}" -cp "$jar" org.openhab.binding.vms.benchmarks.report.SoakReport "${report[@]}"
echo "soak exit status $status; plot: $root/docs/soak.png${readme:+; table written to $readme}" >&2
exit "$status"
