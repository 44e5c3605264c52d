#!/usr/bin/env bash
# Start-up benchmark: the median wall time of `./litindex search grounding` beside that of a Java hello-world,
# measured side by side in one run on this machine, and their ratio (the target is at most 4).
#
#   bench/startup.sh [RUNS]      RUNS timed runs of each (default 21), after 3 untimed warm-up runs of each
#
# With hyperfine installed it does the timing (-N: no intermediate shell); otherwise a loop that alternates the
# two commands and times each with bash's `time` (wall clock, and CPU as user + sys: on a machine that other work
# keeps busy, the CPU time is the steadier figure). The launcher builds the jar and its CDS archive first if they
# are missing or stale; that build is not timed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
runs="${1:-21}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat > "$work/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
JAVA
javac -d "$work" "$work/Hello.java"
hello=(java -cp "$work" Hello)
litindex=("$root/litindex" search grounding)

"${litindex[@]}" >/dev/null    # build the jar and the CDS archive when needed: not timed

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/times.json" \
    --command-name hello-world "${hello[*]}" --command-name "litindex search grounding" "${litindex[*]}" >&2
  python3 - "$work/times.json" > "$work/medians" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(round(r["median"] * 1000, 1), round((r["user"] + r["system"]) * 1000, 1), round(r["min"] * 1000, 1))
PY
  read -r hello_ms hello_cpu hello_min < <(sed -n 1p "$work/medians")
  read -r litindex_ms litindex_cpu litindex_min < <(sed -n 2p "$work/medians")
  timer="hyperfine $(hyperfine --version | awk '{print $2}') (CPU: mean)"
else
  # bash's time keyword: wall (real) and CPU (user + sys) of each run, in seconds with three decimals
  TIMEFORMAT='%3R %3U %3S'
  for _ in 1 2 3; do "${hello[@]}" >/dev/null; "${litindex[@]}" >/dev/null; done
  : > "$work/hello"; : > "$work/litindex"
  for _ in $(seq "$runs"); do
    { time "${hello[@]}" >/dev/null; } 2>> "$work/hello"
    { time "${litindex[@]}" >/dev/null; } 2>> "$work/litindex"
  done
  hello_ms="$(awk '{ print $1 * 1000 }' "$work/hello" | median)"
  hello_cpu="$(awk '{ print ($2 + $3) * 1000 }' "$work/hello" | median)"
  litindex_ms="$(awk '{ print $1 * 1000 }' "$work/litindex" | median)"
  litindex_cpu="$(awk '{ print ($2 + $3) * 1000 }' "$work/litindex" | median)"
  hello_min="$(awk '{ print $1 * 1000 }' "$work/hello" | sort -n | head -1)"
  litindex_min="$(awk '{ print $1 * 1000 }' "$work/litindex" | sort -n | head -1)"
  timer="bash time, alternating runs (CPU: median)"
fi

ratio="$(awk -v a="$litindex_ms" -v b="$hello_ms" 'BEGIN { printf "%.2f", a / b }')"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); timer: $timer; runs: $runs"
echo "java hello-world          median ${hello_ms} ms wall, ${hello_cpu} ms CPU; fastest ${hello_min} ms"
echo "litindex search grounding median ${litindex_ms} ms wall, ${litindex_cpu} ms CPU; fastest ${litindex_min} ms"
echo "ratio ${ratio} (wall; target: at most 4); CPU ratio $(awk -v a="$litindex_cpu" -v b="$hello_cpu" 'BEGIN { printf "%.2f", a / b }')"
