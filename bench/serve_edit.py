#!/usr/bin/env python3
"""`wengao serve`: the time from a one-file edit to its page served with the change (issue 9: ≤ 100 ms).

    serve_edit.py CLI CONTENT TEMPLATES LABEL EDITS OUT.tsv [--edition NAME]

Copies CONTENT to a temporary folder, starts `CLI serve` on it (a free port on 127.0.0.1) and waits for the address it
prints once the first build is done. Then EDITS times: rewrites the speech in the middle of speeches/ with a paragraph
holding a new marker, and GETs its page every 2 ms until the page holds the marker (edit → served); then waits for the
server's "rebuilt N file(s) in T ms" line (T: the whole rebuild, PDFs included, after the watcher's quiet period)
before the next edit. Appends rows to OUT.tsv for bench/run.sh's report:
    start  LABEL  ready_s  build_ms  page  speeches
    edit   LABEL  run  served_ms  rebuild_ms  files
    extra  LABEL  count        (rebuilds beyond one per edit: an edit's events split into several batches)
The server's output goes to logs/serve-LABEL.log beside OUT.tsv.
The server gets SIGTERM at the end (it removes its folder), and is killed if it does not stop; its build folder is
inside this script's temporary folder, removed at the end either way. Standard library only.
"""
import http.client
import os
import queue
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

READY_TIMEOUT = 900  # the first build of 1,000 speeches includes their 2,000 PDFs
EDIT_TIMEOUT = 30
STOP_TIMEOUT = 60
POLL = 0.002
REBUILT = re.compile(r'^rebuilt (\d+) file\(s\) in (\d+) ms')


class Server:
    """The `wengao serve` process and its output, line by line."""

    def __init__(self, args, log, tmp):
        os.makedirs(os.path.dirname(log), exist_ok=True)
        self.log = open(log, 'w', encoding='utf-8')
        self.lines = queue.Queue()
        # Its build folder in ours (TMPDIR), so it is removed even if the server has to be killed.
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding='utf-8',
                                     env={**os.environ, 'TMPDIR': tmp})
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            self.log.write(line)
            self.log.flush()
            self.lines.put(line.rstrip('\n'))
        self.lines.put(None)

    def wait_for(self, pattern, timeout):
        """The match of the next line matching pattern; fails on a failed rebuild, the end of output or the timeout."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                sys.exit(f'serve_edit: no line matching /{pattern.pattern}/ within {timeout} s (see {self.log.name})')
            if line is None:
                sys.exit(f'serve_edit: the server ended (exit {self.proc.wait()}); see {self.log.name}')
            if line.startswith('rebuild failed'):
                sys.exit(f'serve_edit: {line} (see {self.log.name})')
            if m := pattern.search(line):
                return m

    def drain(self):
        """The lines printed so far and not yet read."""
        out = []
        while True:
            try:
                out.append(self.lines.get_nowait())
            except queue.Empty:
                return out

    def stop(self):
        """SIGTERM; it stops after the build under way (the first one of a large corpus takes a while), else is killed."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def get(port, conn, path):
    """The page's body; a new connection if the kept one was closed."""
    for attempt in (0, 1):
        try:
            conn[0] = conn[0] or http.client.HTTPConnection('127.0.0.1', port, timeout=10)
            conn[0].request('GET', path)
            response = conn[0].getresponse()
            body = response.read().decode('utf-8', 'replace')
            return response.status, body
        except (http.client.HTTPException, OSError):
            conn[0] = None
            if attempt:
                raise


def main():
    cli, content, templates, label, edits, out = sys.argv[1:7]
    edits, extra_args = int(edits), sys.argv[7:]
    # SIGTERM (the harness's trap) ends this script through `finally`, which stops the server.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    work = tempfile.mkdtemp(prefix='wengao-serve-bench-')
    server = None
    try:
        copy = shutil.copytree(content, os.path.join(work, 'content'))
        names = sorted(n for n in os.listdir(os.path.join(copy, 'speeches')) if n.endswith('.md'))
        name = names[len(names) // 2]
        source = os.path.join(copy, 'speeches', name)
        page = '/speeches/' + re.sub(r'^\d{4}-\d{2}-\d{2}-', '', name)[:-3] + '.html'
        original = open(source, encoding='utf-8').read().rstrip('\n')

        started = time.perf_counter()
        server = Server([cli, 'serve', '--content', copy, '--templates', templates, *extra_args],
                        os.path.join(os.path.dirname(out), 'logs', f'serve-{label}.log'), work)
        build_ms = int(server.wait_for(re.compile(r'^built \d+ file\(s\) in (\d+) ms'), READY_TIMEOUT)[1])
        port = int(server.wait_for(re.compile(r'^serving .* at http://127\.0\.0\.1:(\d+)/'), READY_TIMEOUT)[1])
        ready = time.perf_counter() - started
        conn = [None]
        status, _ = get(port, conn, page)
        if status != 200:
            sys.exit(f'serve_edit: GET {page} answered {status}')
        rows = [f'start\t{label}\t{ready:.2f}\t{build_ms}\t{page}\t{len(names)}']
        print(f'  serve {label}: ready in {ready:.1f} s (first build {build_ms} ms), editing {name}, page {page}')

        nonce, extra = random.randrange(10**6), 0
        for run in range(1, edits + 1):
            extra += sum(1 for line in server.drain() if line and REBUILT.search(line))
            marker = f'修订标记{nonce}号{run}'
            text = f'{original}\n\n本段为第{run}次修改所加，{marker}。\n'
            edited = time.perf_counter()
            with open(source, 'w', encoding='utf-8') as f:
                f.write(text)
            while True:
                status, body = get(port, conn, page)
                if status == 200 and marker in body:
                    served = time.perf_counter() - edited
                    break
                if time.perf_counter() - edited > EDIT_TIMEOUT:
                    sys.exit(f'serve_edit: {page} did not show the edit within {EDIT_TIMEOUT} s (last status {status})')
                time.sleep(POLL)
            m = server.wait_for(REBUILT, EDIT_TIMEOUT)
            rows.append(f'edit\t{label}\t{run}\t{served * 1000:.1f}\t{m[2]}\t{m[1]}')
            print(f'  serve {label} edit {run}: served after {served * 1000:6.1f} ms; server: rebuilt {m[1]} file(s) in {m[2]} ms')
        rows.append(f'extra\t{label}\t{extra}')
        with open(out, 'a', encoding='utf-8') as f:
            f.write(''.join(r + '\n' for r in rows))
    finally:
        if server:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
