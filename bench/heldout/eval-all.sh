#!/usr/bin/env bash
# Runs `litindex eval` on every judged set: the bundled one, the five over ../shared/corpora, and each
# bench/heldout/SET.tsv whose list is in LISTS_DIR as SET.md (the held-out lists are fetched, never committed:
# README.md here names each list's repository, commit, size and sha256). One line per set:
#   set  queries  litindex-nDCG@10  litindex-MRR@10  baseline-nDCG@10  baseline-MRR@10
# Usage, from the repository root after `mvn -B -q -DskipTests package -pl cli -am`:
#   bench/heldout/eval-all.sh LISTS_DIR           (JAVA_OPTS="-Dlitindex.readings.off=topic" to switch a reading off)
set -uo pipefail
lists="${1:?usage: bench/heldout/eval-all.sh LISTS_DIR}"
jar=cli/target/litindex.jar
[ -f "$jar" ] || { echo "eval-all: $jar is missing; build it with: mvn -B -q -DskipTests package -pl cli -am" >&2; exit 1; }
run() { # name [list judgments]
  local out
  if [ $# -eq 1 ]; then out=$(java ${JAVA_OPTS:-} -jar "$jar" eval 2>&1)
  else out=$(java ${JAVA_OPTS:-} -jar "$jar" eval --list "$2" --judgments "$3" 2>&1); fi
  local n l b
  n=$(echo "$out" | grep -o "^[0-9]* judged queries" | grep -o "^[0-9]*")
  l=$(echo "$out" | awk '$1=="litindex" && $2 ~ /^[0-9.]+$/ {print $2, $3}')
  b=$(echo "$out" | awk '$1=="baseline" && $2 ~ /^[0-9.]+$/ {print $2, $3}')
  echo "$1 ${n:-?} ${l:-FAILED} $b"
}
run bundled
for list in ../shared/corpora/*.md; do
  set=$(basename "$list" .md)
  judged=core/src/test/resources/io/litindex/eval/$set.tsv
  [ -f "$judged" ] && run "$set" "$list" "$judged"
done
for judged in bench/heldout/*.tsv; do
  set=$(basename "$judged" .tsv)
  if [ -f "$lists/$set.md" ]; then run "$set" "$lists/$set.md" "$judged"; else echo "$set: no list at $lists/$set.md" >&2; fi
done
