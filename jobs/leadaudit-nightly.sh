#!/usr/bin/env bash
# Nightly leadaudit run for cron. Appends everything to a dated log file and exits with leadaudit's own code:
#   0 done · 3 done, some rows/files rejected (see the Data Quality sheets) · 1 failed · 2 bad configuration
#   75 another run still in progress (cron can simply try again next time)
# Settings come from leadaudit.env beside this script (copy leadaudit.env.example) or from the environment.
set -u

here="$(cd "$(dirname "$0")" && pwd)"
[ -f "$here/leadaudit.env" ] && . "$here/leadaudit.env"

LEADAUDIT_HOME="${LEADAUDIT_HOME:-$(cd "$here/.." && pwd)}"
LEADAUDIT_JAR="${LEADAUDIT_JAR:-$LEADAUDIT_HOME/target/leadaudit.jar}"
LEADAUDIT_INPUT="${LEADAUDIT_INPUT:-$LEADAUDIT_HOME/input}"
LEADAUDIT_REPORTS="${LEADAUDIT_REPORTS:-$LEADAUDIT_HOME/reports}"
LEADAUDIT_DATA="${LEADAUDIT_DATA:-$LEADAUDIT_HOME/data}"
LEADAUDIT_LOGS="${LEADAUDIT_LOGS:-$LEADAUDIT_HOME/logs}"
JAVA="${JAVA:-java}"
# A nightly run is one short-lived JVM: with the JIT's default thresholds its C2 compiler spent a quarter of the
# JVM's CPU, much of it on code that runs only some thousands of times; with thresholds five times higher it took
# 40% less and the JVM a sixth less in all (docs/benchmarks.md, session 25).
JAVA_OPTS="${JAVA_OPTS:--Xmx1g -XX:CompileThresholdScaling=5}"
# The embedded PostgreSQL (started by leadaudit, so it inherits this environment) sorts and hashes in hundreds of MB
# of freshly allocated memory. In 4 KB pages every first touch is a page fault, which on some virtual machines costs
# tens of microseconds: there, faults were about a quarter of the database's CPU. This lets glibc's malloc ask for
# transparent huge pages where the kernel gives them on request (THP "madvise"; elsewhere it changes nothing), which
# cut the faults by 60% (docs/benchmarks.md, session 26). Set GLIBC_TUNABLES yourself (even empty) to choose otherwise.
export GLIBC_TUNABLES="${GLIBC_TUNABLES-glibc.malloc.hugetlb=1}"

mkdir -p "$LEADAUDIT_LOGS"
log="$LEADAUDIT_LOGS/leadaudit-$(date +%Y-%m-%d).log"

code=1  # stays so when the log cannot be written and the run below never starts
{
  echo "=== $(date -Is) leadaudit run starting"
  # shellcheck disable=SC2086  # JAVA_OPTS holds several options on purpose
  "$JAVA" $JAVA_OPTS -jar "$LEADAUDIT_JAR" run \
      --input "$LEADAUDIT_INPUT" --reports "$LEADAUDIT_REPORTS" --data-dir "$LEADAUDIT_DATA" "$@"
  code=$?
  echo "=== $(date -Is) leadaudit run finished with exit code $code"
} >>"$log" 2>&1
# (an "exit" inside the braces above would end the script there, before anything below is said to cron)

# cron mails whatever a job prints: stay silent unless someone must look.
case $code in
  0|75) ;;
  3) echo "leadaudit: done, but some rows or files were rejected; see the Data Quality sheets and $log" ;;
  *) echo "leadaudit: run failed (exit $code); see $log" >&2 ;;
esac
exit $code
