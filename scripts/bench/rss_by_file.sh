#!/bin/bash
# What a process's resident memory is made of at its peak: runs COMMAND, samples
# /proc/PID/smaps every 2 s, and prints, for the sample with the most file-backed memory, its
# anonymous and file-backed totals and every mapping of more than 20 MB (kB, file).
#
#   bash scripts/bench/rss_by_file.sh target/release/examples/bench --items 400000 --no-baselines --no-scoring
set -u
"$@" > /dev/null 2>&1 &
pid=$!
best=0
sample=$(mktemp)
peak=$(mktemp)
totals=""
while kill -0 "$pid" 2>/dev/null; do
  awk '/^[0-9a-f]+-[0-9a-f]+ /{f=$6} /^Rss:/{r[f]+=$2} END{for(k in r) if (r[k]>20000) print r[k], k}' \
    "/proc/$pid/smaps" 2>/dev/null | sort -rn > "$sample"
  file=$(awk '/^RssFile:/{print $2}' "/proc/$pid/status" 2>/dev/null)
  if [ -n "$file" ] && [ "$file" -gt "$best" ]; then
    best=$file
    cp "$sample" "$peak"
    totals=$(grep -E '^(RssAnon|RssFile):' "/proc/$pid/status" | tr -s ' \t' ' ' | tr '\n' ' ')
  fi
  sleep 2
done
echo "at the file-backed peak: $totals"
cat "$peak"
rm -f "$sample" "$peak"
