#!/usr/bin/env bash
# Fuzzes every Jazzer @FuzzTest of core and formats for real, one after another, and appends one line per test to
# benchmarks/fuzz-results.tsv: date, test, duration asked for, seconds and executions libFuzzer reports, executions
# per second, coverage (libFuzzer's cov: and ft:), findings and result.
#
#   scripts/fuzz-all.sh DURATION [TEST ...]    e.g. scripts/fuzz-all.sh 10m, or scripts/fuzz-all.sh 2m UlnFuzzTest
#   scripts/fuzz-all.sh --totals               executions per test over every run recorded
#
# DURATION is per test, in Jazzer's syntax (30s, 10m, 1h); it overrides @FuzzTest(maxDuration). Each test runs in
# formats' or core's normal surefire execution (never in the 64 MB hostile-input one), under nice -n 19, with
# JAZZER_FUZZ=1; the corpus Jazzer grows is kept in <module>/.cifuzz-corpus/ (not committed) and reused by the next
# run. A finding is written by Jazzer next to the committed seeds (<Test>Inputs/<method>/crash-...): this script
# renames it finding-<date>-<hash>, which git does not ignore, so that it is committed as a regression seed with its
# fix; until then the normal build replays it and fails. Logs: target/fuzz-logs/.
set -euo pipefail

cd "$(dirname "$0")/.."
results=benchmarks/fuzz-results.tsv
header=$'date\ttest\tduration\tseconds\texecutions\texec_per_s\tcov\tft\tfindings\tresult'

totals() {
  printf '%-32s %5s %14s %9s %9s %8s\n' test runs executions seconds exec/s findings
  awk -F'\t' 'NR > 1 { runs[$2]++; execs[$2] += $5; secs[$2] += $4; found[$2] += $9 }
    END { for (t in runs) printf "%-32s %5d %14d %9d %9d %8d\n", t, runs[t], execs[t], secs[t],
                                 (secs[t] > 0 ? execs[t] / secs[t] : 0), found[t] }' "$results" | sort
}

if [[ $# -ge 1 && $1 == --totals ]]; then
  totals
  exit 0
fi
if [[ $# -lt 1 || ! $1 =~ ^[0-9]+[smhd]?$ ]]; then
  echo "usage: $0 DURATION [TEST ...]   (DURATION per test, e.g. 30s, 10m, 1h)" >&2
  echo "       $0 --totals" >&2
  exit 2
fi
duration=$1
shift
only=("$@")

[[ -f $results ]] || echo "$header" > "$results"
mkdir -p target/fuzz-logs

# Every fuzz test: module, class, package directory and its @FuzzTest methods.
mapfile -t sources < <(grep -rl --include='*FuzzTest.java' '@FuzzTest' core/src/test/java formats/src/test/java | sort)

echo "Compiling core and formats with their tests..."
nice -n 19 ./mvnw -B -q -pl core,formats test-compile

failed=0
for source in "${sources[@]}"; do
  module=${source%%/*}
  class=$(basename "$source" .java)
  if [[ ${#only[@]} -gt 0 && ! " ${only[*]} " == *" $class "* ]]; then
    continue
  fi
  package_dir=$(dirname "${source#*/src/test/java/}")
  inputs=$module/src/test/resources/$package_dir/${class}Inputs
  projects=core
  [[ $module == core ]] || projects=core,$module
  mapfile -t methods < <(awk '/@FuzzTest/ { getline; if (match($0, /void [A-Za-z0-9_]+\(/)) print substr($0, RSTART + 5, RLENGTH - 6) }' "$source")
  for method in "${methods[@]}"; do
    stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)
    log=target/fuzz-logs/$class.$method.$(date -u +%Y%m%dT%H%M%S).log
    echo "$stamp $class#$method for $duration ($log)"
    result=passed
    if ! JAZZER_FUZZ=1 nice -n 19 ./mvnw -B -pl "$projects" surefire:test -Dtest="$class#$method" \
        -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration="$duration" > "$log" 2>&1; then
      result=failed
      failed=1
    fi

    # libFuzzer's last status line and its summary: "#9061 DONE cov: 357 ft: 1087 ..." and "Done 9061 runs in 11 s".
    done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)
    executions=$(awk '{ print $2 }' <<< "$done_line")
    seconds=$(awk '{ print $5 }' <<< "$done_line")
    status=$(grep -E '^#[0-9]+[[:space:]]+[A-Z]+[[:space:]]+cov:' "$log" | tail -1 || true)
    if [[ -z $executions ]]; then
      executions=$(sed -E 's/^#([0-9]+).*/\1/' <<< "$status")
      seconds=0
    fi
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<< "$status")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<< "$status")

    findings=0
    if [[ -d $inputs/$method ]]; then
      while IFS= read -r -d '' found; do
        hash=$(basename "$found")
        hash=${hash##*-}
        kept=$(dirname "$found")/finding-$(date -u +%Y%m%d)-${hash:0:12}
        mv "$found" "$kept"
        echo "  FINDING kept as $kept: commit it with its fix (a descriptive name is better)" >&2
        findings=$((findings + 1))
      done < <(find "$inputs/$method" -maxdepth 1 -type f \
          \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'slow-unit-*' \) -print0)
    fi
    if [[ $result == failed && $findings -eq 0 ]]; then
      result=failed-without-finding
    elif [[ $findings -gt 0 ]]; then
      result=finding
    fi
    rate=0
    if [[ -n ${seconds:-} && ${seconds:-0} -gt 0 ]]; then
      rate=$(( ${executions:-0} / seconds ))
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$stamp" "$class" "$duration" "${seconds:-0}" \
        "${executions:-0}" "$rate" "${cov:--}" "${ft:--}" "$findings" "$result" >> "$results"
    echo "  ${executions:-0} executions in ${seconds:-0} s ($rate/s), cov ${cov:--}, ft ${ft:--}, $findings findings: $result"
  done
done

echo
totals
exit "$failed"
