#!/usr/bin/env bash
# Query-bomb benchmark: how long each query bomb of QueryBombTest takes to be answered or refused, in one warm JVM,
# over the bundled catalog and (when ../shared holds it) an in-memory index of the large real list.
#
#   bench/query-bombs.sh [RUNS]      the median of RUNS runs of each (default 11), after 3 untimed warm-up runs
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
runs="${1:-11}"
cd "$root"
mvn -B -q -DskipTests test-compile -pl core -am
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -B -q dependency:build-classpath -pl core -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
cd core   # the shared lists are looked up from the module directory, as the tests do
java -cp "target/classes:target/test-classes:$(cat "$cp")" io.litindex.search.QueryBombBench "$runs"
