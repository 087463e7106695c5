#!/usr/bin/env python3
"""Cold queries in headless Chromium against a site served at a set bandwidth: bytes fetched and time to the results.

Usage: measure.py SITE PAGE RATE QUERY...   (PAGE: search.html or pagefind.html; RATE: bytes per second)
Prints one tab-separated line per query: query, requests, bytes, seconds from the page's request to the last response's end, results.

Each query opens PAGE?q=QUERY in a fresh Chromium profile (nothing cached). The server sends every response through
one link of RATE bytes/s shared by all requests, as one reader's connection would, and notes when each response was
done: the results are drawn once the last file they need is in, so the last response's end is the time to the first
result (the page's own start-up included, its script run excluded: milliseconds beside the transfer).
"""
import http.server, os, re, socketserver, subprocess, sys, tempfile, threading, time, urllib.parse

site, page, rate, queries = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4:]
link = threading.Lock()
log = []

class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=site, **kwargs)

    def do_GET(self):
        self.started = time.monotonic()
        super().do_GET()

    def copyfile(self, source, destination):
        body = source.read()
        with link:  # one link: responses share its bandwidth in turn
            for at in range(0, len(body), 16384):
                piece = body[at:at + 16384]
                destination.write(piece)
                time.sleep(len(piece) / rate)
        log.append((urllib.parse.unquote(self.path), len(body), self.started, time.monotonic()))

    def end_headers(self):
        self.send_header('Cache-Control', 'no-store')
        super().end_headers()

    def log_message(self, *args):
        pass

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, '.js': 'text/javascript', '.wasm': 'application/wasm',
                      '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream'}

class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

server = Server(('127.0.0.1', 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
origin = f'http://127.0.0.1:{server.server_address[1]}'

for query in queries:
    log.clear()
    with tempfile.TemporaryDirectory() as profile:
        dom = subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
                              f'--user-data-dir={profile}', '--virtual-time-budget=60000', '--dump-dom',
                              f'{origin}/{page}?q={urllib.parse.quote(query)}'], capture_output=True, text=True, timeout=300).stdout
    files = [entry for entry in log if not entry[0].endswith('favicon.ico')]
    found = re.search(r'id="(?:search-status|pagefind-status)"[^>]*>([^<]*)<', dom)
    print('\t'.join([query, str(len(files)), str(sum(f[1] for f in files)),
                     f'{max(f[3] for f in files) - min(f[2] for f in files):.2f}', found.group(1) if found else '?']), flush=True)
server.shutdown()
