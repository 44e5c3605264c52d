#!/usr/bin/env bash
# Makes litindex's Class Data Sharing archive for the shaded jar: cds-archive.sh JAR ARCHIVE
#
# A static archive (not -XX:ArchiveClassesAtExit): picocli is compiled for Java 5, and Java 17's dynamic archives
# skip such old classes, while a static archive keeps them as long as nothing links them while it is dumped, which
# the lambda proxies of classes implementing picocli's interfaces would; those few lines are left out of the list.
# 1. a training run (CdsTraining: every command once) lists the classes it loads; 2. the JVM dumps them.
set -euo pipefail
jar="$1"
jsa="$2"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if ! "$java" -Xshare:off -XX:DumpLoadedClassList="$tmp/classes" -cp "$jar" io.litindex.cli.CdsTraining >"$tmp/training.log" 2>&1; then
  echo "cds-archive.sh: the training run failed (litindex will start without the archive, only slower):" >&2
  tail -5 "$tmp/training.log" >&2
  exit 1
fi
grep -v '^@lambda-proxy.*picocli' "$tmp/classes" > "$tmp/classes.kept"
if ! "$java" -Xshare:dump -XX:SharedClassListFile="$tmp/classes.kept" -XX:SharedArchiveFile="$tmp/litindex.jsa" \
    -cp "$jar" >"$tmp/dump.log" 2>&1; then
  echo "cds-archive.sh: the JVM could not dump the archive (litindex will start without it, only slower):" >&2
  tail -5 "$tmp/dump.log" >&2
  exit 1
fi
mv -f "$tmp/litindex.jsa" "$jsa"
