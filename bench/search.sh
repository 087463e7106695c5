#!/usr/bin/env bash
# Wengao's search beside Pagefind on the shared corpus (issue 20, item 1).
#
#   bench/search.sh [--sizes "5000 50000"] [--rate BYTES_PER_SECOND]
#
# For each size: generates the shared corpus (../shared/bench/gen_corpus.py) with the sample's site.yml and outcomes,
# builds it (`wengao build --no-pdf --edition internal`) under /usr/bin/time, and reads the build's note on its search
# index (size, files, the workers' time spent on it). Then indexes the same site with Pagefind (npm `pagefind`, pinned in
# bench/search/package.json) under /usr/bin/time, and runs the same cold queries against both in headless Chromium
# through a server of RATE bytes/s (default 2.5 MB/s; bench/search/measure.py): requests, bytes, time to the results.
# Writes bench/results/YYYY-MM-DD-search.md and prints it. Scratch files go to bench/.out/search (git-ignored).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$repo/../shared/bench" && pwd)
out=$repo/bench/.out/search
sizes="5000"
rate=2500000
queries=(工作 资金 冷链 县委书记12 5388万元)
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift ;;
    --rate) rate=$2; shift ;;
    -h|--help) sed -n 2,12p "$0"; exit 0 ;;
    *) echo "search.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

mkdir -p "$out" "$repo/bench/results"
echo "installing Pagefind (bench/search/package.json)"
npm ci --prefix "$repo/bench/search" --no-audit --no-fund --loglevel=error >/dev/null
pagefind=$repo/bench/search/node_modules/.bin/pagefind
echo "publishing the CLI (Release) to bench/.out/search/cli"
dotnet publish "$repo/src/Wengao.Cli" -c Release -o "$out/cli" --nologo -v quiet >/dev/null
wengao=$out/cli/Wengao.Cli

report=$out/report.md
{
  echo "# Search beside Pagefind, $(date -u +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), load average at the start $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Pagefind $(node -p "require('$repo/bench/search/node_modules/pagefind/package.json').version"); Chromium $(chromium --version 2>/dev/null | awk '{print $2}'); link $((rate / 1000)) KB/s."
} >"$report"

for n in $sizes; do
  corpus=$out/corpus-$n
  if [ ! -f "$corpus/.complete" ]; then
    rm -rf "$corpus"
    python3 "$shared/gen_corpus.py" "$n" "$corpus"
    touch "$corpus/.complete"
  fi
  rm -rf "$corpus/outcomes" && cp "$repo/content/site.yml" "$corpus/" && cp -r "$repo/content/outcomes" "$corpus/"
  rm -rf "$out/site-$n"
  echo "N=$n: wengao build"
  /usr/bin/time -f '%e %U %S' -o "$out/time-wengao" "$wengao" build --no-pdf --content "$corpus" --output "$out/site-$n" --edition internal >"$out/build-$n.log" 2>&1
  site=$out/site-$n/internal/site
  note=$(grep -o 'search index: .*' "$out/build-$n.log")
  read -r wall user sys <"$out/time-wengao"
  echo "N=$n: pagefind"
  /usr/bin/time -f '%e %U %S' -o "$out/time-pagefind" "$pagefind" --site "$site" --output-subdir pagefind >"$out/pagefind-$n.log" 2>&1
  read -r pwall puser psys <"$out/time-pagefind"
  cp "$repo/bench/search/pagefind.html" "$site/"
  {
    echo
    echo "## $n speeches"
    echo
    echo "Wengao build: $wall s wall, $(awk "BEGIN{print $user + $sys}") s CPU; its $note."
    echo "Wengao's index on disk: $(du -sh "$site/search" | cut -f1) in $(find "$site/search" -type f | wc -l) files, plus search-index.js ($(stat -c %s "$site/search-index.js") bytes)."
    echo "Pagefind over the built site: $pwall s wall, $(awk "BEGIN{print $puser + $psys}") s CPU; $(du -sh "$site/pagefind" | cut -f1) in $(find "$site/pagefind" -type f | wc -l) files."
    echo
    echo "| query | Wengao: requests | bytes | time to results | status | Pagefind: requests | bytes | time to results | results |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  } >>"$report"
  echo "N=$n: queries"
  # One after the other: the two would share the machine (and its one link) if run together.
  python3 "$repo/bench/search/measure.py" "$site" search.html "$rate" "${queries[@]}" >"$out/wengao-$n.tsv"
  python3 "$repo/bench/search/measure.py" "$site" pagefind.html "$rate" "${queries[@]}" | cut -f2- >"$out/pagefind-$n.tsv"
  paste "$out/wengao-$n.tsv" "$out/pagefind-$n.tsv" |
    awk -F'\t' '{ printf "| %s | %s | %.0f KB | %s s | %s | %s | %.0f KB | %s s | %s |\n", $1, $2, $3 / 1024, $4, $5, $6, $7 / 1024, $8, $9 }' >>"$report"
done

cp "$report" "$repo/bench/results/$(date -u +%Y-%m-%d)-search.md"
cat "$report"
