#!/usr/bin/env bash
# Whole-process benchmark of `wengao build` against the Hugo reference (issue 9).
#
#   bench/run.sh [--10k] [--runs N] [--pdf-runs N] [--pdf-n N] [--sizes "1000 5000"]
#
# For each corpus size: generates the shared corpus (../shared/bench/gen_corpus.py), adds the sample's
# site.yml and outcomes/, then times `wengao build --no-pdf` and ../shared/bench/hugo_build.sh alternately
# (clean output before each run), RUNS times each. Then the PDF build (`wengao build`, pages per second),
# the sample content/ (the seed manuscript) as a whole process, and the bare process start-up.
# Medians of wall time, CPU time (user+sys) and peak RSS, from /usr/bin/time. Writes
# bench/results/YYYY-MM-DD.md and prints it. Scratch files go to bench/.out/ (git-ignored).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$repo/../shared/bench" && pwd)
out=$repo/bench/.out
sizes="1000 5000"
runs=5
pdf_runs=3
pdf_n=1000
seed_runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --10k) sizes="1000 5000 10000" ;;
    --runs) runs=$2; shift ;;
    --pdf-runs) pdf_runs=$2; shift ;;
    --pdf-n) pdf_n=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    -h|--help) sed -n 2,12p "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# --- tools -------------------------------------------------------------------------------------------
need=()
command -v hugo >/dev/null || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

mkdir -p "$out" "$repo/bench/results"
echo "publishing the CLI (Release) to bench/.out/cli"
dotnet publish "$repo/src/Wengao.Cli" -c Release -o "$out/cli" --nologo -v quiet >/dev/null
wengao=$out/cli/Wengao.Cli
templates=$repo/templates
# One site, as Hugo builds one: where site.yml declares editions and the CLI takes --edition, build the first only.
edition=()
first=$(sed -n 's/^ *- *name: *\([A-Za-z0-9_-]*\).*/\1/p' "$repo/content/site.yml" | head -1)
if [ -n "$first" ] && "$wengao" --help 2>&1 | grep -q -- '--edition'; then edition=(--edition "$first"); fi
times=$out/times.tsv   # label  size  run  wall  user  sys  maxrss_kb
: >"$times"

# timed LABEL SIZE RUN -- COMMAND…  : one run under /usr/bin/time, stdout+stderr to $out/logs/LABEL-SIZE.log
timed() {
  local label=$1 size=$2 run=$3; shift 4
  local t; t=$(mktemp)
  mkdir -p "$out/logs"
  if ! /usr/bin/time -f '%e %U %S %M' -o "$t" "$@" >"$out/logs/$label-$size.log" 2>&1; then
    echo "run.sh: $label ($size) failed; see bench/.out/logs/$label-$size.log" >&2; tail -5 "$out/logs/$label-$size.log" >&2; exit 1
  fi
  read -r wall user sys rss < <(tail -1 "$t")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$size" "$run" "$wall" "$user" "$sys" "$rss" >>"$times"
  printf '  %-12s N=%-6s run %s: %6.2f s wall, %6.2f s CPU, %5d MB\n' "$label" "$size" "$run" "$wall" \
    "$(awk "BEGIN{print $user + $sys}")" $((rss / 1024))
  rm -f "$t"
}

corpus() { # corpus N -> content folder bench/.out/corpus-N with the sample's site.yml and outcomes
  local n=$1 dir=$out/corpus-$1
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    python3 "$shared/gen_corpus.py" "$n" "$dir"
    touch "$dir/.complete"
  fi
  rm -rf "$dir/outcomes"   # the sample's settings and data as they are now
  cp "$repo/content/site.yml" "$dir/"
  cp -r "$repo/content/outcomes" "$dir/"
  echo "$dir"
}

# --- HTML: wengao --no-pdf vs Hugo, alternated ----------------------------------------------------------
for n in $sizes; do
  dir=$(corpus "$n")
  echo "N=$n: wengao build --no-pdf vs hugo, $runs runs each, alternated"
  for r in $(seq 1 "$runs"); do
    rm -rf "$out/site-wengao" "$out/site-hugo"
    timed wengao "$n" "$r" -- "$wengao" build --content "$dir" --templates "$templates" --output "$out/site-wengao" --no-pdf "${edition[@]}"
    timed hugo "$n" "$r" -- "$shared/hugo_build.sh" "$dir" "$out/site-hugo"
  done
done

# --- PDF: the full build, pages per second ------------------------------------------------------------
dir=$(corpus "$pdf_n")
echo "N=$pdf_n: wengao build (HTML + PDFs), $pdf_runs runs"
for r in $(seq 1 "$pdf_runs"); do
  rm -rf "$out/site-pdf"
  timed pdf "$pdf_n" "$r" -- "$wengao" build --content "$dir" --templates "$templates" --output "$out/site-pdf" "${edition[@]}"
done
pdf_line=$(grep -o 'wrote [0-9]* PDFs ([0-9]* pages)' "$out/logs/pdf-$pdf_n.log" || true)

# --- the seed manuscript (sample content/) and bare start-up -----------------------------------------
echo "sample content/ (seed manuscript), $seed_runs runs"
for r in $(seq 1 "$seed_runs"); do
  rm -rf "$out/site-seed"
  timed seed 1 "$r" -- "$wengao" build --content "$repo/content" --templates "$templates" --output "$out/site-seed" "${edition[@]}"
  timed startup 0 "$r" -- "$wengao" --help
done
seed_line=$(grep -o 'wrote [0-9]* PDFs ([0-9]* pages)' "$out/logs/seed-1.log" || true)

# --- report ------------------------------------------------------------------------------------------
date=$(date +%F)
result=$repo/bench/results/$date.md
python3 - "$times" "$sizes" "$pdf_n" "$pdf_line" "$seed_line" "$runs" "$pdf_runs" "$seed_runs" "${edition[*]:-}" >"$result" <<'PY'
import sys, statistics, re, collections, subprocess, platform, datetime
times, sizes, pdf_n, pdf_line, seed_line, runs, pdf_runs, seed_runs, edition = sys.argv[1:]
rows = collections.defaultdict(list)
for line in open(times):
    label, size, run, wall, user, sys_, rss = line.split('\t')
    rows[(label, int(size))].append((float(wall), float(user) + float(sys_), int(rss) / 1024))
def med(label, size, i): return statistics.median(r[i] for r in rows[(label, size)])
def sh(cmd):
    try: return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception: return '?'
mem = sh("free -g | awk '/Mem:/ {print $2}'")
print(f"# Benchmark run {datetime.datetime.now():%Y-%m-%d %H:%M}\n")
print(f"Machine: {sh('nproc')} cores, {mem} GB RAM, {platform.platform()}; .NET SDK {sh('dotnet --version')}; "
      f"{sh('hugo version').split(' BuildDate')[0]}.\n")
print(f"Medians of {runs} runs each, Wengao and Hugo alternated in one run, clean output before each run; "
      "wall and CPU (user+sys) in seconds, peak RSS in MB (`/usr/bin/time -f '%e %U %S %M'`)."
      + (f" Wengao builds one edition (`{edition}`), as Hugo builds one site." if edition else "") + "\n")
print("## HTML site: `wengao build --no-pdf` vs `hugo_build.sh`\n")
print("| speeches | Wengao wall | Hugo wall | wall ratio | Wengao CPU | Hugo CPU | CPU ratio | Wengao RSS | Hugo RSS | RSS ratio |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
ns = [int(s) for s in sizes.split()]
for n in ns:
    w = [med('wengao', n, i) for i in range(3)]; h = [med('hugo', n, i) for i in range(3)]
    print(f"| {n:,} | {w[0]:.2f} | {h[0]:.2f} | {w[0]/h[0]:.2f}× | {w[1]:.2f} | {h[1]:.2f} | {w[1]/h[1]:.2f}× "
          f"| {w[2]:.0f} | {h[2]:.0f} | {w[2]/h[2]:.2f}× |")
if len(ns) > 1:
    print("\nScaling (wall time relative to the smallest corpus; linear = the ratio of sizes):\n")
    print("| speeches | size ratio | Wengao | Hugo |")
    print("| ---: | ---: | ---: | ---: |")
    for n in ns:
        print(f"| {n:,} | {n/ns[0]:.0f}× | {med('wengao', n, 0)/med('wengao', ns[0], 0):.2f}× | {med('hugo', n, 0)/med('hugo', ns[0], 0):.2f}× |")
print(f"\n## PDF: `wengao build` (HTML + manuscript + reading copy), {int(pdf_n):,} speeches, {pdf_runs} runs\n")
m = re.search(r'wrote (\d+) PDFs \((\d+) pages\)', pdf_line)
pdf_n = int(pdf_n)
w, c, r = (med('pdf', pdf_n, i) for i in range(3))
if m:
    files, pages = int(m[1]), int(m[2])
    hw = med('wengao', pdf_n, 0) if ('wengao', pdf_n) in rows else 0
    print(f"{files:,} PDFs, {pages:,} pages: median {w:.2f} s wall, {c:.2f} s CPU, {r:.0f} MB peak RSS "
          f"→ **{pages / w:.0f} pages/s** for the whole build"
          + (f", {pages / (w - hw):.0f} pages/s net of the HTML-only build ({hw:.2f} s)" if hw else "") + ".")
print(f"\n## The seed manuscript alone (sample `content/`: 1 speech + 1 briefing, HTML + PDFs), {seed_runs} runs\n")
print(f"`wengao build` whole process: median **{med('seed', 1, 0):.2f} s** wall, {med('seed', 1, 1):.2f} s CPU, "
      f"{med('seed', 1, 2):.0f} MB peak RSS ({seed_line.replace('wrote ', '')}).\n")
print(f"Bare process start-up (`wengao --help`): median {med('startup', 0, 0):.3f} s wall, {med('startup', 0, 1):.3f} s CPU, "
      f"{med('startup', 0, 2):.0f} MB.")
print("\n## Every run\n")
print("| what | N | run | wall s | CPU s | RSS MB |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for (label, size), rs in rows.items():
    for i, (wall, cpu, rss) in enumerate(rs, 1):
        print(f"| {label} | {size} | {i} | {wall:.2f} | {cpu:.2f} | {rss:.0f} |")
PY
echo
cat "$result"
echo
echo "written to ${result#"$repo"/}"
