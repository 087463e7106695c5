#!/usr/bin/env python3
"""bench/run.sh's report: every target of issue 21 (and issue 9's) as measured in one run, the stage profile, the curves
of time and memory against the number of documents (an SVG, drawn here), the serve measurement and every run.

    report.py --times TSV --stages TSV --serve TSV --search TSV --svg OUT.svg [--sizes …] … > REPORT.md

Reads what run.sh wrote (bench/.out/*.tsv); prints Markdown; writes the SVG (only where two sizes or more were built).
Standard library only.
"""
import argparse, collections, datetime, math, os, platform, re, statistics, subprocess

p = argparse.ArgumentParser()
for flag in ('times', 'stages', 'serve', 'search', 'svg', 'profiles', 'sizes', 'large', 'pdf-line', 'seed-line', 'edition',
             'tool', 'uptime'):
    p.add_argument('--' + flag, default='')
for flag in ('edit-n', 'pdf-n', 'runs', 'large-runs', 'pdf-runs', 'seed-runs', 'seconds'):
    p.add_argument('--' + flag, type=int, default=0)
a = p.parse_args()

# Issue 21's targets: the limits, one home for them.
EDIT_MAX, NOCHANGE_MAX, COLD_MAX, COLD_RSS_MAX = 0.1, 0.05, 0.8, 1.0    # × Hugo's full build
PDF_PAGES_MIN = 1000                                                    # pages a second
LARGE_N, LARGE_TIME_MAX, LARGE_RSS_MAX_MB = 50000, 11, 2048             # × the 5,000-speech build; MB
SEARCH_BUDGET_KB = 3 * 300                                              # a cold two-character query at 50,000
SEED_MAX = 0.3                                                          # seconds, whole process

rows = collections.defaultdict(list)
for line in open(a.times):
    label, size, run, wall, user, sys_, rss = line.rstrip('\n').split('\t')
    rows[(label, int(size))].append((float(wall), float(user) + float(sys_), int(rss) / 1024))


def med(label, size, i=0):
    return statistics.median(r[i] for r in rows[(label, size)]) if (label, size) in rows else None


stages = collections.defaultdict(lambda: collections.defaultdict(list))   # (label, size) → stage → [(wall, cpu, peak)]
order = []
if a.stages and os.path.exists(a.stages):
    for line in open(a.stages):
        label, size, stage, wall, cpu, peak, _end = line.rstrip('\n').split('\t')
        stages[(label, int(size))][stage].append((float(wall), float(cpu), float(peak)))
        if stage not in order: order.append(stage)


def sh(cmd):
    try: return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception: return '?'


def f2(x, unit=''): return '—' if x is None else f'{x:.2f}{unit}'


def mb(x): return '—' if x is None else f'{x:,.0f}'


def met(ok): return '—' if ok is None else ('**met**' if ok else '**not met**')


hugo_version = sh('hugo version 2>/dev/null').split(' BuildDate')[0]
print(f"# Benchmark run {datetime.datetime.now():%Y-%m-%d %H:%M}\n")
memory = sh("free -g | awk '/Mem:/ {print $2}'")
print(f"Machine: {sh('nproc')} cores, {memory} GB RAM, "
      f"{platform.platform()}; .NET SDK {sh('dotnet --version')}{'; ' + hugo_version if hugo_version and rows else ''}; "
      f"at the end of the run: {a.uptime.split(',  ')[-1].strip()}. The run took {a.seconds // 60} min {a.seconds % 60} s.")
if rows:
    print(f"\nWall and CPU (user+sys) in seconds, peak RSS in MB (`/usr/bin/time -f '%e %U %S %M'`), medians of the runs. "
          + (f"Wengao builds one edition (`{a.edition}`), as Hugo builds one site. " if a.edition else "")
          + "Each cold build writes into a new output folder; the edit builds replace their own.\n")

# --- issue 21's targets --------------------------------------------------------------------------------------------
n5 = a.edit_n
pdf_m = re.search(r'(\d+) PDFs \((\d+) pages\)', a.pdf_line)
pages_per_s = int(pdf_m[2]) / med('pdf', a.pdf_n) if pdf_m and med('pdf', a.pdf_n) else None
search = [line.rstrip('\n').split('\t') for line in open(a.search)] if a.search and os.path.exists(a.search) else []
search_kb = max((int(s[3]) / 1024 for s in search), default=None)   # size, query, requests, bytes, seconds, results
targets = []
if rows:
    def target(what, value, hugo, ratio, limit, ok):
        targets.append((what, value, hugo, ratio, limit, met(ok)))
    h5, hw5 = med('hugo', n5), med('hugo-edits', n5)
    w5 = med('wengao', n5)
    e5, c5 = med('edit', n5), med('nochange', n5)
    def ratio(x, y): return None if x is None or not y else x / y
    r = ratio(e5, hw5)
    target(f'one-file edit, then `build --no-pdf`, {n5:,} speeches', f2(e5, ' s'), f2(hw5, ' s'), f2(r, '×'), f'≤ {EDIT_MAX}×',
           None if r is None else r <= EDIT_MAX)
    r = ratio(c5, hw5)
    target('no change, then `build --no-pdf`', f2(c5, ' s'), f2(hw5, ' s'), f2(r, '×'), f'≤ {NOCHANGE_MAX}×',
           None if r is None else r <= NOCHANGE_MAX)
    r = ratio(w5, h5)
    target(f'cold `build --no-pdf`, {n5:,} speeches: wall', f2(w5, ' s'), f2(h5, ' s'), f2(r, '×'), f'≤ {COLD_MAX}×',
           None if r is None else r <= COLD_MAX)
    rw, rh = med('wengao', n5, 2), med('hugo', n5, 2)
    r = ratio(rw, rh)
    target('… peak memory', f'{mb(rw)} MB', f'{mb(rh)} MB', f2(r, '×'), f'≤ {COLD_RSS_MAX:.0f}×', None if r is None else r <= COLD_RSS_MAX)
    target(f'PDFs, {a.pdf_n:,} speeches (all pages / the whole build\'s wall)', '—' if pages_per_s is None else f'{pages_per_s:,.0f} pages/s',
           '—', '—', f'≥ {PDF_PAGES_MIN:,}', None if pages_per_s is None else pages_per_s >= PDF_PAGES_MIN)
    wl, hl = med('wengao', LARGE_N), med('hugo', LARGE_N)
    r = ratio(wl, w5)
    target(f'{LARGE_N:,} speeches, cold: time against {n5:,}', f2(wl, ' s'), f2(hl, ' s'), f2(r, '×') + f' of {f2(w5, " s")}',
           f'≤ {LARGE_TIME_MAX}×', None if r is None else r <= LARGE_TIME_MAX)
    rl = med('wengao', LARGE_N, 2)
    target('… peak memory', f'{mb(rl)} MB', f'{mb(med("hugo", LARGE_N, 2))} MB', '—', f'≤ {LARGE_RSS_MAX_MB:,} MB',
           None if rl is None else rl <= LARGE_RSS_MAX_MB)
    at = int(search[0][0]) if search else LARGE_N
    target(f'… search index at {at:,}: a cold two-character query ({", ".join(s[1] for s in search) or "not run"})',
           '—' if search_kb is None else f'{search_kb:,.0f} KB at most', '—', '—', f'≤ {SEARCH_BUDGET_KB} KB',
           None if search_kb is None or at != LARGE_N else search_kb <= SEARCH_BUDGET_KB)
    ws = med('seed', 1)
    target('the seed\'s manuscript, `wengao build` of the sample, whole process', f2(ws, ' s'), '—', '—', f'≤ {SEED_MAX} s',
           None if ws is None else ws <= SEED_MAX)
    print("## Issue 21's targets\n")
    print(f"Hugo: its full build of the same corpus (`hugo_build.sh`), alternated with the builds it is compared with: the cold "
          f"builds' rounds for the cold rows, the edit rounds' for the edit rows. Every Wengao run uses {a.tool}.\n")
    print("| target | Wengao | Hugo | ratio | limit | |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for t in targets: print('| ' + ' | '.join(t) + ' |')
    print(f"\n{sum(t[5] == '**met**' for t in targets)} of {len(targets)} met"
          + (f", {sum(t[5] == '—' for t in targets)} not measured in this run" if any(t[5] == '—' for t in targets) else '') + '.')

# --- cold builds, every size ------------------------------------------------------------------------------------------
ns = sorted({size for (label, size) in rows if label == 'wengao'})
if ns:
    print("\n## Cold builds: `wengao build --no-pdf` vs `hugo_build.sh`, alternated\n")
    print("| speeches | runs | Wengao wall | Hugo wall | wall ratio | Wengao CPU | Hugo CPU | CPU ratio | Wengao RSS | Hugo RSS | RSS ratio |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in ns:
        w = [med('wengao', n, i) for i in range(3)]
        h = [med('hugo', n, i) for i in range(3)]
        ratios = [f2(x / y, '×') if x and y else '—' for x, y in zip(w, h)]
        print(f"| {n:,} | {len(rows[('wengao', n)])} | {f2(w[0])} | {f2(h[0])} | {ratios[0]} | {f2(w[1])} | {f2(h[1])} | {ratios[1]} "
              f"| {mb(w[2])} | {mb(h[2])} | {ratios[2]} |")
    if len(ns) > 1:
        base = n5 if n5 in ns else ns[0]
        print(f"\nScaling against {base:,} speeches (linear = the ratio of sizes):\n")
        print("| speeches | size ratio | Wengao time | Hugo time | Wengao memory | Hugo memory |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: |")
        def sc(label, n, i):
            x, y = med(label, n, i), med(label, base, i)
            return f2(x / y, '×') if x and y else '—'
        for n in ns:
            print(f"| {n:,} | {n / base:.1f}× | {sc('wengao', n, 0)} | {sc('hugo', n, 0)} | {sc('wengao', n, 2)} | {sc('hugo', n, 2)} |")

# --- where the time goes: the build's own stages --------------------------------------------------------------------
def stage_table(label, sizes, title):
    sizes = [n for n in sizes if (label, n) in stages]
    if not sizes: return
    print(f"\n{title}\n")
    print("| stage | " + ' | '.join(f'{n:,}: wall s | CPU s | peak MB' for n in sizes) + ' |')
    print("| --- | " + ' | '.join('---: | ---: | ---:' for _ in sizes) + ' |')
    for stage in order:
        cells = []
        for n in sizes:
            xs = stages[(label, n)].get(stage)
            cells.append(' | '.join(f'{statistics.median(x[i] for x in xs):.{0 if i == 2 else 2}f}' for i in range(3)) if xs else '— | — | —')
        print(f"| {stage} | " + ' | '.join(cells) + ' |')

if stages:
    print("\n## Where the time goes\n")
    print("The build's own stages (bench/stages.py): from the line the build prints at the start of each stage to the next; "
          "CPU time of the process in that time (user+sys, both cores); the highest resident memory sampled (every 20 ms) "
          "in it. Medians of the runs. *start-up*: from the exec to the first line; *report*: from the last stage's end "
          "(its note) to the process's end. The build prints its notes only once it has swapped the new tree in and removed "
          "the old one, so *search index* includes the swap and the removal (most of it for a build that replaces its "
          "output). The proofreading checks run beside load, plan and render, on the thread pool, so their CPU is in "
          "those stages.")
    stage_table('wengao', ns, "Cold builds:")
    stage_table('edit', [n5], "One-file edit, then a build into the same output folder:")
    stage_table('nochange', [n5], "No change, then a build into the same output folder:")
    for n in ns + [n5]:
        path = os.path.join(a.profiles, f'profile-{n}.txt')
        if a.profiles and os.path.exists(path):
            print(f"\nIn process, {n:,} speeches (`Wengao.Benchmarks profile --heap`: each stage alone, in order, one run, "
                  "JIT; the live heap after each, after a full collection):\n\n```\n" + open(path).read().rstrip() + "\n```")


# --- the curves (SVG) -------------------------------------------------------------------------------------------------
def nice(top):
    """A round axis maximum at or above top, and its step: 1, 2 or 5 × a power of ten, in about five steps."""
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return step * math.ceil(top / step), step


def svg(path, sizes):
    series = {  # name → (colour, dash)
        'Wengao': ('#b03a2e', ''), 'Hugo': ('#1f618d', ''), f'Wengao, linear from {n5:,}': ('#b03a2e', '4 3')}
    panels = [('Wall time (s)', 0), ('Peak memory (MB)', 2)]
    W, H, left, right, top, bottom, gap = 880, 340, 64, 16, 40, 52, 56
    pw = (W - 2 * left - right - gap) // 2 + 8
    ph = H - top - bottom
    xmax, xstep = nice(max(sizes))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
           'font-family="sans-serif" font-size="12">', f'<rect width="{W}" height="{H}" fill="#fff"/>']
    for k, (title, i) in enumerate(panels):
        x0 = left + k * (pw + gap + left - 16)
        lines = {'Wengao': [(n, med('wengao', n, i)) for n in sizes], 'Hugo': [(n, med('hugo', n, i)) for n in sizes]}
        if i == 0 and n5 in sizes and med('wengao', n5):
            lines[f'Wengao, linear from {n5:,}'] = [(n, med('wengao', n5) * n / n5) for n in (0, max(sizes))]
        if i == 2 and LARGE_N in sizes:
            lines['limit at 50,000: 2 GB'] = [(0, LARGE_RSS_MAX_MB), (xmax, LARGE_RSS_MAX_MB)]
            series['limit at 50,000: 2 GB'] = ('#7d7d7d', '2 4')
        ymax, ystep = nice(max(v for pts in lines.values() for _, v in pts if v is not None) * 1.05)
        def X(n): return x0 + n / xmax * pw
        def Y(v): return top + ph - v / ymax * ph
        out.append(f'<text x="{x0}" y="{top - 14}" font-weight="bold">{title} against speeches</text>')
        for t in range(0, int(ymax / ystep) + 1):
            y = Y(t * ystep)
            out.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0 + pw}" y2="{y:.1f}" stroke="#e5e5e5"/>')
            out.append(f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end">{t * ystep:g}</text>')
        for t in range(0, int(xmax / xstep) + 1):
            x = X(t * xstep)
            out.append(f'<line x1="{x:.1f}" y1="{top + ph}" x2="{x:.1f}" y2="{top + ph + 4}" stroke="#333"/>')
            out.append(f'<text x="{x:.1f}" y="{top + ph + 18}" text-anchor="middle">{t * xstep:,.0f}</text>')
        out.append(f'<path d="M{x0},{top}V{top + ph}H{x0 + pw}" fill="none" stroke="#333"/>')
        for name, pts in lines.items():
            pts = [(n, v) for n, v in pts if v is not None]
            colour, dash = series[name]
            out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="{1 if dash else 2}"'
                       + (f' stroke-dasharray="{dash}"' if dash else '')
                       + f' points="{" ".join(f"{X(n):.1f},{Y(v):.1f}" for n, v in pts)}"/>')
            if not dash:
                for n, v in pts:
                    out.append(f'<circle cx="{X(n):.1f}" cy="{Y(v):.1f}" r="3" fill="{colour}"><title>{name}, {n:,}: '
                               f'{v:,.{2 if i == 0 else 0}f}</title></circle>')
        for j, name in enumerate(lines):
            colour, dash = series[name]
            y = top + 8 + j * 16
            out.append(f'<line x1="{x0 + 10}" y1="{y}" x2="{x0 + 34}" y2="{y}" stroke="{colour}" stroke-width="2"'
                       + (f' stroke-dasharray="{dash}"' if dash else '') + '/>')
            out.append(f'<text x="{x0 + 40}" y="{y + 4}">{name}</text>')
    out.append(f'<text x="{W / 2}" y="{H - 10}" text-anchor="middle" fill="#555">cold `wengao build --no-pdf` and `hugo_build.sh` '
               f'of the shared corpus, medians, {datetime.date.today()} (bench/run.sh)</text>')
    out.append('</svg>')
    with open(path, 'w') as f: f.write('\n'.join(out) + '\n')


if a.svg and len(ns) > 1:
    svg(a.svg, ns)
    print(f"\nThe curves: [{os.path.basename(a.svg)}]({os.path.basename(a.svg)})\n\n![time and memory against speeches]({os.path.basename(a.svg)})")

# --- PDFs, seed, start-up ---------------------------------------------------------------------------------------------
if ('pdf', a.pdf_n) in rows:
    print(f"\n## PDF: `wengao build` (HTML + manuscript + reading copy), {a.pdf_n:,} speeches, {a.pdf_runs} runs\n")
    w, c, r = (med('pdf', a.pdf_n, i) for i in range(3))
    if pdf_m:
        files, pages = int(pdf_m[1]), int(pdf_m[2])
        hw = med('wengao', a.pdf_n)
        print(f"{files:,} PDFs, {pages:,} pages: median {w:.2f} s wall, {c:.2f} s CPU, {r:.0f} MB peak RSS "
              f"→ **{pages / w:.0f} pages/s** for the whole build"
              + (f", {pages / (w - hw):.0f} pages/s net of the HTML-only build ({hw:.2f} s)" if hw else "") + ".")
if ('seed', 1) in rows:
    print(f"\n## The seed manuscript alone (sample `content/`: HTML + PDFs), {a.seed_runs} runs\n")
    print(f"With {a.tool}. `wengao build` whole process: median **{med('seed', 1):.2f} s** wall, {med('seed', 1, 1):.2f} s CPU, "
          f"{med('seed', 1, 2):.0f} MB peak RSS ({a.seed_line.replace('wrote ', '')}).\n")
    print(f"Bare process start-up (`wengao --help`): median {med('startup', 0):.3f} s wall, {med('startup', 0, 1):.3f} s CPU, "
          f"{med('startup', 0, 2):.0f} MB.")
if search:
    print(f"\n## The search index at {int(search[0][0]):,} speeches: cold queries (bench/search/measure.py, 2.5 MB/s)\n")
    print("| query | requests | bytes | time to results | results |")
    print("| --- | ---: | ---: | ---: | --- |")
    for s in search:
        print(f"| {s[1]} | {s[2]} | {int(s[3]) / 1024:.0f} KB | {s[4]} s | {s[5] if len(s) > 5 else ''} |")

# --- serve ------------------------------------------------------------------------------------------------------------
serve = collections.defaultdict(lambda: {'edits': [], 'extra': 0})
if a.serve and os.path.exists(a.serve):
    for line in open(a.serve):
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
        ok = 'yes' if p90(served) <= 100 else 'median only' if statistics.median(served) <= 100 else 'no'
        print(f"| {'sample `content/`' if label == 'sample' else 'generated corpus'} | {s['speeches']:,} | {len(served)} "
              f"| {statistics.median(served):.0f} | {p90(served):.0f} | {max(served):.0f} "
              f"| {statistics.median(rebuilt):.0f} | {p90(rebuilt):.0f} | {max(rebuilt):.0f} | {s['build'] / 1000:.1f} s | {ok} |")
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
