#!/usr/bin/env bash
# Whole-process benchmark of `wengao build` against the Hugo reference (issues 9 and 21): one alternating run that reports
# every target of issue 21 as a ratio against Hugo's full build of the same corpus, met or not.
#
#   bench/run.sh [--short] [--runs N] [--sizes "1000 5000"] [--large "20000 50000"] [--no-large] [--large-runs N]
#                [--edit-n N] [--pdf-runs N] [--pdf-n N] [--serve-edits N] [--no-serve] [--serve-only] [--profile] [--10k]
#
# Phases, each on the shared corpus (../shared/bench/gen_corpus.py, with the sample's site.yml and outcomes/):
# 1. cold HTML, for each of --sizes: `wengao build --no-pdf` (a new output folder, so no cache) and ../shared/bench/hugo_build.sh,
#    alternated, RUNS times each. Each Wengao build runs under bench/stages.py, which times its stages from the lines it prints
#    and samples its memory: the stage profile.
# 2. edits, at 5,000 speeches (--edit-n): a copy of the corpus built once into one output folder, then RUNS rounds of Hugo's full build,
#    one speech's text changed + `wengao build --no-pdf` into that same folder (so a build cache there is used), and
#    `wengao build --no-pdf` again with nothing changed.
# 3. PDFs: `wengao build` of --pdf-n speeches, pages per second. 4. The sample content/ (the seed's manuscript), `wengao build`
#    as a whole process, and a bare `wengao --help`.
# Every Wengao run uses the installed tool (`dotnet cake --target=Pack` + `dotnet tool install --tool-path`: Native AOT on
# Linux x64; the published CLI if that fails, and the report says which).
# 5. large corpora (--large, default 20,000 and 50,000; --no-large skips them): Wengao and Hugo cold, alternated, LARGE_RUNS
#    times (default 1); at the largest, cold two-character queries of its search index (bench/search/measure.py, 2.5 MB/s).
# 6. `wengao serve` (bench/serve_edit.py) on the sample and on 1,000 speeches: one-file edit → page served.
# Medians of wall time, CPU time (user+sys) and peak RSS, from /usr/bin/time. --profile adds the in-process split of each
# stage (bench/Wengao.Benchmarks `profile --heap`) at 5,000 and at the largest size. --short: 2 runs, 1 PDF run of 200
# speeches, 5 serve edits, no large corpora (a few minutes). Writes bench/results/YYYY-MM-DD.md and YYYY-MM-DD-curves.svg
# (time and peak memory against the number of speeches; bench/report.py) and prints the report; --serve-only runs the
# serve part alone into YYYY-MM-DD-serve.md. Scratch files go to bench/.out/ (git-ignored).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$repo/../shared/bench" && pwd)
out=$repo/bench/.out
sizes="1000 5000"
large="20000 50000"
large_runs=1
runs=5
pdf_runs=3
pdf_n=1000
seed_runs=5
serve_n=1000
serve_edits=15
serve_only=0
serve=1
profile=0
edit_n=5000          # the size of issue 21's edit, no-change and cold targets, and the base of the 50,000-speech one
search_queries=(工作 资金 冷链)   # cold two-character queries: issue 21's download budget is for these
search_rate=2500000  # bytes per second, as bench/search.sh
while [ $# -gt 0 ]; do
  case "$1" in
    --short) runs=2; pdf_runs=1; pdf_n=200; seed_runs=3; serve_edits=5; large="" ;;
    --10k) sizes="1000 5000 10000" ;;
    --runs) runs=$2; shift ;;
    --pdf-runs) pdf_runs=$2; shift ;;
    --pdf-n) pdf_n=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    --large) large=$2; shift ;;
    --no-large) large="" ;;
    --large-runs) large_runs=$2; shift ;;
    --edit-n) edit_n=$2; shift ;;
    --serve-edits) serve_edits=$2; shift ;;
    --no-serve) serve=0 ;;
    --serve-only) serve_only=1 ;;
    --profile) profile=1 ;;
    -h|--help) sed -n 2,25p "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# --- tools -------------------------------------------------------------------------------------------
need=()
[ "$serve_only" = 1 ] || command -v hugo >/dev/null || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

began=$(date +%s)
mkdir -p "$out" "$repo/bench/results"
echo "publishing the CLI (Release) to bench/.out/cli"
dotnet publish "$repo/src/Wengao.Cli" -c Release -o "$out/cli" --nologo -v quiet >/dev/null
wengao=$out/cli/Wengao.Cli
tool_kind="the published CLI (bench/.out/cli, ReadyToRun)"
# Every Wengao run uses the tool as a user installs it: `dotnet cake --target=Pack` (the package naming the platforms and
# each platform's: Native AOT on Linux x64), then `dotnet tool install` from that folder into a tool path. A version of
# its own each run, so that no package of the same version in the NuGet cache stands in for it. The published CLI
# (ReadyToRun) stands in where packing fails, and the report says which was timed.
pkg=$out/pkg tools=$out/tool version=0.0.0-bench.$(date +%Y%m%d%H%M%S)
rm -rf "$pkg" "$tools"
echo "packing and installing the tool ($version) into bench/.out/tool"
mkdir -p "$out/logs"
if (cd "$repo" && dotnet cake --target=Pack --to="$pkg" --package-version="$version") >"$out/logs/pack.log" 2>&1 \
  && dotnet tool install wengao --tool-path "$tools" --add-source "$pkg" --version "$version" --ignore-failed-sources >>"$out/logs/pack.log" 2>&1 \
  && [ -x "$tools/wengao" ]; then
  wengao=$tools/wengao
  tool_kind="the installed tool (\`dotnet cake --target=Pack\`, \`dotnet tool install --tool-path\`: $(cd "$pkg" && ls *.nupkg | tr '\n' ' ' | sed 's/ $//'))"
else
  echo "run.sh: packing or installing the tool failed (bench/.out/logs/pack.log); every run uses the published CLI" >&2
fi
templates=$repo/templates
# One site, as Hugo builds one: where site.yml declares editions and the CLI takes --edition, build the first only.
edition=()
first=$(sed -n 's/^ *- *name: *\([A-Za-z0-9_-]*\).*/\1/p' "$repo/content/site.yml" | head -1)
if [ -n "$first" ] && "$wengao" build --help 2>&1 | grep -q -- '--edition'; then edition=(--edition "$first"); fi
times=$out/times.tsv    # label  size  run  wall  user  sys  maxrss_kb
stages=$out/stages.tsv  # label  size  stage  wall  cpu  peak_mb  end_mb   (bench/stages.py)
search_tsv=$out/search.tsv
: >"$times"; : >"$stages"; : >"$search_tsv"

# timed LABEL SIZE RUN -- COMMAND…  : one run under /usr/bin/time, stdout+stderr to $out/logs/LABEL-SIZE.log. The disk is
# synced first, untimed, so that no run pays for writing back the files of the run before it. Where the command is
# bench/stages.py, its own account of the build it runs ($child, from wait4) is taken instead: /usr/bin/time would count
# Python's start-up and sampling too (about 0.1 s, half of a no-change build).
child=
timed() {
  local label=$1 size=$2 run=$3; shift 4
  local t; t=$(mktemp)
  mkdir -p "$out/logs"
  sync
  if ! /usr/bin/time -f '%e %U %S %M' -o "$t" "$@" >"$out/logs/$label-$size.log" 2>&1; then
    echo "run.sh: $label ($size) failed; see bench/.out/logs/$label-$size.log" >&2; tail -5 "$out/logs/$label-$size.log" >&2; exit 1
  fi
  if [ -n "$child" ] && [ -s "$child" ]; then cp "$child" "$t"; rm -f "$child"; fi
  read -r wall user sys rss < <(tail -1 "$t")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$size" "$run" "$wall" "$user" "$sys" "$rss" >>"$times"
  printf '  %-12s N=%-6s run %s: %6.2f s wall, %6.2f s CPU, %5d MB\n' "$label" "$size" "$run" "$wall" \
    "$(awk "BEGIN{print $user + $sys}")" $((rss / 1024))
  rm -f "$t"
}

# staged LABEL SIZE RUN OUTPUT [FLAG…] : `wengao build` of corpus SIZE into OUTPUT, timed, its stages profiled (bench/stages.py)
staged() {
  local label=$1 size=$2 run=$3 output=$4; shift 4
  child=$(mktemp)
  timed "$label" "$size" "$run" -- python3 "$repo/bench/stages.py" "$stages" "$label" "$size" "$child" -- \
    "$wengao" build --content "$dir" --templates "$templates" --output "$output" "${edition[@]}" "$@"
  rm -f "$child"; child=
}

corpus() { # corpus N -> content folder bench/.out/corpus-N with the sample's site.yml and outcomes
  local n=$1 dir=$out/corpus-$1
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    python3 "$shared/gen_corpus.py" "$n" "$dir" >&2
    touch "$dir/.complete"
  fi
  rm -rf "$dir/outcomes"   # the sample's settings and data as they are now
  cp "$repo/content/site.yml" "$dir/"
  cp -r "$repo/content/outcomes" "$dir/"
  echo "$dir"
}

# The serve measurement's process (it stops its server itself when ended), ended with the script.
serve_pid=
stop_serve() { if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi; }
trap 'stop_serve; rm -rf "$sites"' EXIT
trap 'stop_serve; exit 130' INT TERM

# Each cold build writes into a new folder under $sites, all removed when the script ends. Removing thousands of
# files just before a run would time the file system instead: ext4 skips recently freed inodes when it allocates
# new ones, and the skipping costs a build writing 5,000 files into one folder seconds of system time
# (measured: 2.9 s → 8.7 s wall; docs/performance.md). The edit builds replace their own output folder, as a user's do,
# and pay that cost where the build does not avoid it: that is what they measure.
sites=$out/sites
mkdir -p "$sites"
fresh() { mktemp -d "$sites/$1-XXXXXX"; }

if [ "$serve_only" = 0 ]; then
# --- 1. cold HTML: wengao --no-pdf vs Hugo, alternated --------------------------------------------------
for n in $sizes; do
  dir=$(corpus "$n")
  echo "N=$n: cold wengao build --no-pdf vs hugo, $runs runs each, alternated"
  for r in $(seq 1 "$runs"); do
    staged wengao "$n" "$r" "$(fresh wengao)/site" --no-pdf
    timed hugo "$n" "$r" -- "$shared/hugo_build.sh" "$dir" "$(fresh hugo)/site"
  done
done

# --- 2. edits: one output folder, rebuilt after a one-speech edit and after no change -------------------
if [ -n "$edit_n" ]; then
  base=$(corpus "$edit_n")
  dir=$(fresh edits)/content
  cp -r "$base" "$dir"
  edited=$dir/speeches/$(ls "$dir/speeches" | sed -n "$(( $(ls "$dir/speeches" | wc -l) / 2 + 1 ))p")
  kept=$(dirname "$dir")/output
  echo "N=$edit_n: edits into one output folder ($kept): first build, then $runs rounds of hugo, edit + build, build"
  staged first "$edit_n" 1 "$kept" --no-pdf
  for r in $(seq 1 "$runs"); do
    timed hugo-edits "$edit_n" "$r" -- "$shared/hugo_build.sh" "$dir" "$(fresh hugo)/site"
    # One speech's text changed: a sentence added to its last paragraph, new each round.
    printf '第%s轮修改：补充一句，检验增量构建。\n' "$r" >>"$edited"
    staged edit "$edit_n" "$r" "$kept" --no-pdf
    staged nochange "$edit_n" "$r" "$kept" --no-pdf
  done
fi

# --- 3. PDF: the full build, pages per second ------------------------------------------------------------
dir=$(corpus "$pdf_n")
echo "N=$pdf_n: wengao build (HTML + PDFs), $pdf_runs runs"
for r in $(seq 1 "$pdf_runs"); do
  timed pdf "$pdf_n" "$r" -- "$wengao" build --content "$dir" --templates "$templates" --output "$(fresh pdf)/site" "${edition[@]}"
done
pdf_line=$(grep -o '[0-9]* PDFs ([0-9]* pages)' "$out/logs/pdf-$pdf_n.log" || true)

# --- 4. the seed manuscript (sample content/) with the installed tool, and bare start-up -------------------
echo "sample content/ (seed manuscript), $seed_runs runs, with $wengao"
for r in $(seq 1 "$seed_runs"); do
  timed seed 1 "$r" -- "$wengao" build --content "$repo/content" --templates "$templates" --output "$(fresh seed)/site" "${edition[@]}"
  timed startup 0 "$r" -- "$wengao" --help
done
seed_line=$(grep -o '[0-9]* PDFs ([0-9]* pages)' "$out/logs/seed-1.log" || true)

# --- 5. large corpora: cold, alternated with Hugo; the search index's download at the largest --------------
largest=
for n in $large; do
  dir=$(corpus "$n")
  echo "N=$n: cold wengao build --no-pdf vs hugo, $large_runs run(s) each, alternated"
  for r in $(seq 1 "$large_runs"); do
    site=$(fresh wengao)/site
    staged wengao "$n" "$r" "$site" --no-pdf
    [ "$r" = 1 ] && last_site=$site
    timed hugo "$n" "$r" -- "$shared/hugo_build.sh" "$dir" "$(fresh hugo)/site"
  done
  largest=$n
done
if [ -n "$largest" ]; then
  index_site=$last_site${edition:+/${edition[1]}}/site
  if command -v chromium >/dev/null && [ -f "$index_site/search.html" ]; then
    echo "N=$largest: cold queries ${search_queries[*]} at $((search_rate / 1000)) KB/s (bench/search/measure.py)"
    python3 "$repo/bench/search/measure.py" "$index_site" search.html "$search_rate" "${search_queries[@]}" |
      sed "s/^/$largest\t/" >>"$search_tsv"
  else
    echo "run.sh: no chromium or no search page at $index_site: the search index's download is not measured" >&2
  fi
fi

# --- in-process split of the stages (bench/Wengao.Benchmarks profile --heap) ------------------------------
if [ "$profile" = 1 ]; then
  dotnet build "$repo/bench/Wengao.Benchmarks" -c Release --nologo -v quiet >/dev/null
  for n in $edit_n $largest; do
    echo "N=$n: in-process stage profile"
    dotnet "$repo/bench/Wengao.Benchmarks/bin/Release/net10.0/Wengao.Benchmarks.dll" profile "$(corpus "$n")" "$templates" --no-pdf --heap \
      >"$out/profile-$n.txt" 2>&1
  done
fi
fi

# --- 6. wengao serve: one-file edit → page served ----------------------------------------------------------
serve_tsv=$out/serve.tsv
: >"$serve_tsv"
mkdir -p "$out/logs"
if [ "$serve" = 1 ]; then
  echo "wengao serve: $serve_edits one-file edits each on the sample content/ and on $serve_n speeches"
  for what in sample "$serve_n"; do
    if [ "$what" = sample ]; then dir=$repo/content; else dir=$(corpus "$serve_n"); fi
    python3 "$repo/bench/serve_edit.py" "$wengao" "$dir" "$templates" "$what" "$serve_edits" "$serve_tsv" "${edition[@]}" &
    serve_pid=$!
    wait "$serve_pid" || { echo "run.sh: the serve measurement failed; see bench/.out/logs/serve-$what.log" >&2; exit 1; }
    serve_pid=
  done
fi

# --- report ------------------------------------------------------------------------------------------
date=$(date +%F)
name=$date$([ "$serve_only" = 0 ] || echo -serve)
python3 "$repo/bench/report.py" --times "$times" --stages "$stages" --serve "$serve_tsv" --search "$search_tsv" \
  --profiles "$out" --sizes "$sizes" --large "$large" --edit-n "${edit_n:-0}" --pdf-n "$pdf_n" --pdf-line "${pdf_line:-}" \
  --seed-line "${seed_line:-}" --runs "$runs" --large-runs "$large_runs" --pdf-runs "$pdf_runs" --seed-runs "$seed_runs" \
  --edition "${edition[*]:-}" --tool "$tool_kind" --uptime "$(uptime)" --seconds $(( $(date +%s) - began )) \
  --svg "$repo/bench/results/$name-curves.svg" >"$repo/bench/results/$name.md"
echo
cat "$repo/bench/results/$name.md"
echo
echo "written to bench/results/$name.md$([ ! -f "$repo/bench/results/$name-curves.svg" ] || echo " and $name-curves.svg")"
