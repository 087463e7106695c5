#!/usr/bin/env bash
# Whole-process benchmark of `wengao build` against the Hugo reference (issue 9).
#
#   bench/run.sh [--10k] [--runs N] [--pdf-runs N] [--pdf-n N] [--sizes "1000 5000"] [--serve-edits N] [--serve-only]
#
# For each corpus size: generates the shared corpus (../shared/bench/gen_corpus.py), adds the sample's
# site.yml and outcomes/, then times `wengao build --no-pdf` and ../shared/bench/hugo_build.sh alternately
# (each run into a new output folder), RUNS times each. Then the PDF build (`wengao build`, pages per second),
# the sample content/ (the seed manuscript) as a whole process, and the bare process start-up.
# Medians of wall time, CPU time (user+sys) and peak RSS, from /usr/bin/time. Then `wengao serve` on a copy
# of the sample content/ and of the 1,000-speech corpus: N one-file edits each (default 15), each timed from
# the write until the speech's page is served with the edit (bench/serve_edit.py). Writes
# bench/results/YYYY-MM-DD.md and prints it; --serve-only runs the serve part alone and writes
# bench/results/YYYY-MM-DD-serve.md. Scratch files go to bench/.out/ (git-ignored).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$repo/../shared/bench" && pwd)
out=$repo/bench/.out
sizes="1000 5000"
runs=5
pdf_runs=3
pdf_n=1000
seed_runs=5
serve_n=1000
serve_edits=15
serve_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --10k) sizes="1000 5000 10000" ;;
    --runs) runs=$2; shift ;;
    --pdf-runs) pdf_runs=$2; shift ;;
    --pdf-n) pdf_n=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    --serve-edits) serve_edits=$2; shift ;;
    --serve-only) serve_only=1 ;;
    -h|--help) sed -n 2,15p "$0"; exit 0 ;;
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

mkdir -p "$out" "$repo/bench/results"
echo "publishing the CLI (Release) to bench/.out/cli"
dotnet publish "$repo/src/Wengao.Cli" -c Release -o "$out/cli" --nologo -v quiet >/dev/null
wengao=$out/cli/Wengao.Cli
templates=$repo/templates
# One site, as Hugo builds one: where site.yml declares editions and the CLI takes --edition, build the first only.
edition=()
first=$(sed -n 's/^ *- *name: *\([A-Za-z0-9_-]*\).*/\1/p' "$repo/content/site.yml" | head -1)
if [ -n "$first" ] && "$wengao" build --help 2>&1 | grep -q -- '--edition'; then edition=(--edition "$first"); fi
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

# The serve measurement's process (it stops its server itself when ended), ended with the script.
serve_pid=
stop_serve() { if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi; }
trap 'stop_serve; rm -rf "$sites"' EXIT
trap 'stop_serve; exit 130' INT TERM

# Each timed build writes into a new folder under $sites, all removed when the script ends. Removing thousands of
# files just before a run would time the file system instead: ext4 skips recently freed inodes when it allocates
# new ones, and the skipping costs a build writing 5,000 files into one folder seconds of system time
# (measured: 2.9 s → 8.7 s wall; docs/performance.md).
sites=$out/sites
mkdir -p "$sites"
fresh() { mktemp -d "$sites/$1-XXXXXX"; }

if [ "$serve_only" = 0 ]; then
# --- HTML: wengao --no-pdf vs Hugo, alternated ----------------------------------------------------------
for n in $sizes; do
  dir=$(corpus "$n")
  echo "N=$n: wengao build --no-pdf vs hugo, $runs runs each, alternated"
  for r in $(seq 1 "$runs"); do
    timed wengao "$n" "$r" -- "$wengao" build --content "$dir" --templates "$templates" --output "$(fresh wengao)/site" --no-pdf "${edition[@]}"
    timed hugo "$n" "$r" -- "$shared/hugo_build.sh" "$dir" "$(fresh hugo)/site"
  done
done

# --- PDF: the full build, pages per second ------------------------------------------------------------
dir=$(corpus "$pdf_n")
echo "N=$pdf_n: wengao build (HTML + PDFs), $pdf_runs runs"
for r in $(seq 1 "$pdf_runs"); do
  timed pdf "$pdf_n" "$r" -- "$wengao" build --content "$dir" --templates "$templates" --output "$(fresh pdf)/site" "${edition[@]}"
done
pdf_line=$(grep -o '[0-9]* PDFs ([0-9]* pages)' "$out/logs/pdf-$pdf_n.log" || true)

# --- the seed manuscript (sample content/) and bare start-up -----------------------------------------
echo "sample content/ (seed manuscript), $seed_runs runs"
for r in $(seq 1 "$seed_runs"); do
  timed seed 1 "$r" -- "$wengao" build --content "$repo/content" --templates "$templates" --output "$(fresh seed)/site" "${edition[@]}"
  timed startup 0 "$r" -- "$wengao" --help
done
seed_line=$(grep -o '[0-9]* PDFs ([0-9]* pages)' "$out/logs/seed-1.log" || true)
fi

# --- wengao serve: one-file edit → page served ----------------------------------------------------------
serve_tsv=$out/serve.tsv
: >"$serve_tsv"
mkdir -p "$out/logs"
echo "wengao serve: $serve_edits one-file edits each on the sample content/ and on $serve_n speeches"
for what in sample "$serve_n"; do
  if [ "$what" = sample ]; then dir=$repo/content; else dir=$(corpus "$serve_n"); fi
  python3 "$repo/bench/serve_edit.py" "$wengao" "$dir" "$templates" "$what" "$serve_edits" "$serve_tsv" "${edition[@]}" &
  serve_pid=$!
  wait "$serve_pid" || { echo "run.sh: the serve measurement failed; see bench/.out/logs/serve-$what.log" >&2; exit 1; }
  serve_pid=
done

# --- report ------------------------------------------------------------------------------------------
date=$(date +%F)
result=$repo/bench/results/$date$([ "$serve_only" = 0 ] || echo -serve).md
python3 - "$times" "$sizes" "$pdf_n" "${pdf_line:-}" "${seed_line:-}" "$runs" "$pdf_runs" "$seed_runs" "${edition[*]:-}" \
  "$serve_tsv" "$(uptime)" >"$result" <<'PY'
import sys, statistics, re, collections, subprocess, platform, datetime, math
times, sizes, pdf_n, pdf_line, seed_line, runs, pdf_runs, seed_runs, edition, serve_tsv, uptime = sys.argv[1:]
rows = collections.defaultdict(list)
for line in open(times):
    label, size, run, wall, user, sys_, rss = line.split('\t')
    rows[(label, int(size))].append((float(wall), float(user) + float(sys_), int(rss) / 1024))
def med(label, size, i): return statistics.median(r[i] for r in rows[(label, size)])
def sh(cmd):
    try: return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception: return '?'
mem = sh("free -g | awk '/Mem:/ {print $2}'")
hugo = sh('hugo version 2>/dev/null').split(' BuildDate')[0]
print(f"# Benchmark run {datetime.datetime.now():%Y-%m-%d %H:%M}\n")
print(f"Machine: {sh('nproc')} cores, {mem} GB RAM, {platform.platform()}; .NET SDK {sh('dotnet --version')}"
      f"{'; ' + hugo if hugo and rows else ''}; at the end of the run: {uptime.split(',  ')[-1].strip()}.")
ns = [int(s) for s in sizes.split() if ('wengao', int(s)) in rows]
if ns:
    print(f"\nMedians of {runs} runs each, Wengao and Hugo alternated in one run, each run into a new output folder; "
          "wall and CPU (user+sys) in seconds, peak RSS in MB (`/usr/bin/time -f '%e %U %S %M'`)."
          + (f" Wengao builds one edition (`{edition}`), as Hugo builds one site." if edition else "") + "\n")
    print("## HTML site: `wengao build --no-pdf` vs `hugo_build.sh`\n")
    print("| speeches | Wengao wall | Hugo wall | wall ratio | Wengao CPU | Hugo CPU | CPU ratio | Wengao RSS | Hugo RSS | RSS ratio |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
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
pdf_n = int(pdf_n)
if ('pdf', pdf_n) in rows:
    print(f"\n## PDF: `wengao build` (HTML + manuscript + reading copy), {pdf_n:,} speeches, {pdf_runs} runs\n")
    m = re.search(r'(\d+) PDFs \((\d+) pages\)', pdf_line)
    w, c, r = (med('pdf', pdf_n, i) for i in range(3))
    if m:
        files, pages = int(m[1]), int(m[2])
        hw = med('wengao', pdf_n, 0) if ('wengao', pdf_n) in rows else 0
        print(f"{files:,} PDFs, {pages:,} pages: median {w:.2f} s wall, {c:.2f} s CPU, {r:.0f} MB peak RSS "
              f"→ **{pages / w:.0f} pages/s** for the whole build"
              + (f", {pages / (w - hw):.0f} pages/s net of the HTML-only build ({hw:.2f} s)" if hw else "") + ".")
if ('seed', 1) in rows:
    print(f"\n## The seed manuscript alone (sample `content/`: 1 speech + 1 briefing, HTML + PDFs), {seed_runs} runs\n")
    print(f"`wengao build` whole process: median **{med('seed', 1, 0):.2f} s** wall, {med('seed', 1, 1):.2f} s CPU, "
          f"{med('seed', 1, 2):.0f} MB peak RSS ({seed_line.replace('wrote ', '')}).\n")
    print(f"Bare process start-up (`wengao --help`): median {med('startup', 0, 0):.3f} s wall, {med('startup', 0, 1):.3f} s CPU, "
          f"{med('startup', 0, 2):.0f} MB.")
serve = collections.defaultdict(lambda: {'edits': [], 'extra': 0})
for line in open(serve_tsv):
    f = line.rstrip('\n').split('\t')
    if f[0] == 'start': serve[f[1]].update(ready=float(f[2]), build=int(f[3]), speeches=int(f[5]))
    elif f[0] == 'edit': serve[f[1]]['edits'].append((float(f[3]), int(f[4])))
    elif f[0] == 'extra': serve[f[1]]['extra'] = int(f[2])
if serve:
    def p90(xs): return sorted(xs)[math.ceil(0.9 * len(xs)) - 1]
    print("\n## wengao serve: one-file edit → page served\n")
    print("`wengao serve` on a copy of the content (`bench/serve_edit.py`): one speech rewritten with a new paragraph each "
          "time, its page fetched every 2 ms until it shows the paragraph. *Served*: from the file write to that response. "
          "*Rebuild*: what the server prints for it, from the end of the watcher's quiet period to the end of the rebuild "
          "(PDFs and search index included; the page is written before them); the open pages reload after it. "
          "Target (issue 9): served ≤ 100 ms. Milliseconds.\n")
    print("| content | speeches | edits | served median | p90 | max | rebuild median | p90 | max | first build | target met |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for label, s in serve.items():
        served, rebuilt = [e[0] for e in s['edits']], [e[1] for e in s['edits']]
        met = 'yes' if p90(served) <= 100 else 'median only' if statistics.median(served) <= 100 else 'no'
        print(f"| {'sample `content/`' if label == 'sample' else 'generated corpus'} | {s['speeches']:,} | {len(served)} "
              f"| {statistics.median(served):.0f} | {p90(served):.0f} | {max(served):.0f} "
              f"| {statistics.median(rebuilt):.0f} | {p90(rebuilt):.0f} | {max(rebuilt):.0f} | {s['build'] / 1000:.1f} s | {met} |")
    print()
    for label, s in serve.items():
        print(f"- {label}, every edit served after: {', '.join(f'{e[0]:.0f}' for e in s['edits'])} ms"
              + (f"; {s['extra']} rebuild(s) more than one per edit" if s['extra'] else ""))
if rows:
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
