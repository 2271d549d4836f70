#!/usr/bin/env python3
"""Serves a built site for the search benchmark (bench/search-bench.sh).

    python3 bench/search-serve.py SITE_DIR BENCH_DIR RESULT_FILE PORT

Files come from SITE_DIR as any static host would serve them, except that:
- /__bench__/<file> comes from BENCH_DIR (the benchmark's own script);
- an HTML page asked for with ?bench=... gets <script src="/__bench__/search-bench.js"> before
  </body>, so the benchmark drives the real page with its real header box and js/search.js;
- POST /__bench__/results writes the request body to RESULT_FILE (the page's measurements).
Responses carry Cache-Control: no-store, so that every index load is a real fetch.
"""
import http.server
import os
import sys
import urllib.parse


def main():
    site, bench, result, port = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=site, **kwargs)

        def translate_path(self, path):
            parsed = urllib.parse.urlsplit(path).path
            if parsed.startswith("/__bench__/"):
                name = os.path.basename(parsed)
                return os.path.join(os.path.abspath(bench), name)
            return super().translate_path(path)

        def end_headers(self):
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            if "bench" not in urllib.parse.parse_qs(url.query):
                return super().do_GET()
            path = self.translate_path(url.path)
            if os.path.isdir(path):
                path = os.path.join(path, "index.html")
            try:
                with open(path, encoding="utf-8") as f:
                    html = f.read()
            except OSError:
                return self.send_error(404)
            html = html.replace("</body>", '<script src="/__bench__/search-bench.js"></script>\n</body>')
            body = html.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):
            if urllib.parse.urlsplit(self.path).path != "/__bench__/results":
                return self.send_error(404)
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with open(result + ".part", "wb") as f:
                f.write(body)
            os.replace(result + ".part", result)
            self.send_response(204)
            self.end_headers()

        def log_message(self, format, *args):
            pass

    http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


if __name__ == "__main__":
    main()
