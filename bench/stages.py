#!/usr/bin/env python3
"""Where a whole-process `wengao build` spends its time and memory, stage by stage (issue 21, item 4).

    stages.py TSV LABEL N [TIMES] -- COMMAND...

Runs COMMAND (a `wengao build`), reads the stage lines it prints (`load…`, `internal: plan: …`, `internal: render: …`,
`internal: write…`, `internal: search index…`, then the report), and samples the process's resident memory and CPU time
from /proc every 20 ms. Appends one row per stage to TSV: label, N, stage, wall s, CPU s (user+sys), peak RSS MB within
the stage, RSS MB at its end. The stage boundaries are the moments the lines are read, so they are the build's own, not a
re-enactment of it (bench/Wengao.Benchmarks' `profile` splits the stages further, in process). The command's output goes
to stdout, as if it ran alone. TIMES, where given, receives the command's own wall time, user and system CPU seconds
and peak RSS in KB (as `/usr/bin/time -f '%e %U %S %M'` writes them), from wait4(2) on the command itself: timing this
script instead adds Python's start-up and its sampling (about 0.1 s, half of a no-change build). Standard library only.
"""
import os, subprocess, sys, threading, time

TICK = 0.02                    # seconds between samples: a stage shorter than this is still timed, by its lines
PAGE = os.sysconf('SC_PAGE_SIZE')
HZ = os.sysconf('SC_CLK_TCK')


def sample(pid):
    """(RSS in bytes, CPU seconds) of the process, or None once it is gone."""
    try:
        with open(f'/proc/{pid}/stat') as f:
            fields = f.read().rsplit(')', 1)[1].split()
        with open(f'/proc/{pid}/statm') as f:
            rss = int(f.read().split()[1]) * PAGE
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None
    return rss, (int(fields[11]) + int(fields[12])) / HZ   # utime, stime (fields 14 and 15 of stat)


def stage_of(line):
    """The stage a progress line starts ('load', 'plan', …), or None for any other line."""
    text = line.strip().rstrip('…').split(': ')
    # "load…", "internal: plan: 50000 document(s)", "internal: write…": the stage is the part after the edition.
    for part in text[:2]:
        name = part.rstrip('…').strip()
        if name in ('load', 'plan', 'render', 'write', 'search index', 'wait for another build of this output'):
            return name
    return None


def main():
    dash = sys.argv.index('--')
    tsv, label, n = sys.argv[1:4]
    times = sys.argv[4] if dash > 4 else None
    command = sys.argv[dash + 1:]
    start = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    stages = [['start', start, 0.0, 0, 0]]   # name, wall at start, CPU at start, peak RSS, last RSS
    lock = threading.Lock()

    ended = threading.Event()

    def watch():
        # Not proc.poll(): that would reap the child before wait4 below reads its account.
        while not ended.is_set():
            s = sample(proc.pid)
            if s and s[0]:   # a zombie's RSS is 0
                with lock:
                    stages[-1][3] = max(stages[-1][3], s[0])
                    stages[-1][4] = s[0]
                    last_cpu[0] = s[1]
            ended.wait(TICK)

    last_cpu = [0.0]
    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    for line in proc.stdout:
        sys.stdout.write(line)
        name = stage_of(line)
        if name is None and stages[-1][0] not in ('start', 'report') and not line.startswith(' '):
            name = 'report'    # the first line after the stages: the build's notes, then the process's end
        if name is not None and name != stages[-1][0]:
            s = sample(proc.pid)
            with lock:
                cpu = s[1] if s and s[0] else last_cpu[0]
                rss = s[0] if s and s[0] else stages[-1][4]
                stages[-1][3] = max(stages[-1][3], rss)
                stages.append([name, time.monotonic(), cpu, rss, rss])
    # wait4, not Popen.wait: the kernel's account of this child alone (its CPU, its peak RSS), not of this script.
    _, status, usage = os.wait4(proc.pid, 0)
    end = time.monotonic()
    ended.set()
    proc.returncode = rc = os.waitstatus_to_exitcode(status)
    watcher.join()
    total_cpu = usage.ru_utime + usage.ru_stime
    if times:
        with open(times, 'w') as out:
            out.write(f'{end - start:.3f} {usage.ru_utime:.3f} {usage.ru_stime:.3f} {usage.ru_maxrss}\n')
    with open(tsv, 'a') as out:
        for i, (name, at, cpu, peak, last) in enumerate(stages):
            until, cpu_until = (stages[i + 1][1], stages[i + 1][2]) if i + 1 < len(stages) else (end, total_cpu)
            # 'start' is from the exec to the first line: the runtime's start-up and the CLI's own.
            out.write(f'{label}\t{n}\t{"start-up" if name == "start" else name}\t{until - at:.3f}\t{cpu_until - cpu:.3f}'
                      f'\t{peak / 1048576:.0f}\t{last / 1048576:.0f}\n')
    sys.exit(rc)


main()
