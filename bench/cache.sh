#!/usr/bin/env bash
# The build cache at scale (docs/cache.md, docs/performance.md "Issue 21: the build cache"): whole-process
# `wengao build --no-pdf --edition internal` of a corpus, in rounds that alternate the cases, each timed by GNU time.
#   bench/cache.sh CORPUS [ROUNDS]     CORPUS: a content folder (it is copied, never edited); ROUNDS: 3
# Cases, each round: cold into a new folder; cold into the existing output (--no-cache: every file written anew);
# every output rendered with the files linked (a comment added to site.yml); nothing changed (the fast path); one
# source touched (its time, not its bytes); one speech's body edited.
set -euo pipefail
corpus=$(realpath "$1"); rounds=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
cli="dotnet $here/src/Wengao.Cli/bin/Release/net10.0/Wengao.Cli.dll"
work=$(mktemp -d /tmp/wengao-cache-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$corpus" "$work/content"
speech=$(ls "$work/content/speeches" | sort | sed -n '2500p')
run() { # name, output, extra options
  local name=$1 out=$2; shift 2
  /usr/bin/time -o "$work/time" -f "%e %U %S %M" $cli build --content "$work/content" --templates "$here/templates" --output "$out" \
    --no-pdf --edition internal "$@" > "$work/log" 2>&1
  read -r wall user sys rss < "$work/time"
  printf "| %s | %s s | %s s | %s s | %d MB | %s |\n" "$name" "$wall" "$user" "$sys" $((rss / 1024)) \
    "$(grep -E '^cache:' "$work/log" | sed 's/^cache: //;s/ from the last build//' || echo '-')"
}
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| case | wall | user | sys | peak RSS | what the cache did |"
echo "| --- | --- | --- | --- | --- | --- |"
run "first build (output made)" "$work/out"
for round in $(seq "$rounds"); do
  run "cold, new folder" "$work/new-$round"
  rm -rf "$work/new-$round" "$work/.new-$round.wengao"
  run "cold, existing output (--no-cache)" "$work/out" --no-cache
  echo "# round $round" >> "$work/content/site.yml"
  run "site.yml comment: all rendered, linked" "$work/out"
  run "nothing changed" "$work/out"
  touch "$work/content/speeches/$speech"
  run "one source touched" "$work/out"
  echo "补充一句：第 $round 轮修改。" >> "$work/content/speeches/$speech"
  run "one speech body edited" "$work/out"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
