#!/usr/bin/env python3
"""A loopback HTTP server for tests/cli/feeds.sh.

Usage: feed-server.py FIXTURES PORTFILE LOGFILE SECRET

Listens on 127.0.0.1 on a port the system picks, writes that port to
PORTFILE, and serves the fixture feeds of FIXTURES (with {BASE} replaced by
its own address and {SECRET} by the path SECRET) plus special paths that
misbehave on purpose.  Every request is logged to LOGFILE as
"PATH<TAB>User-Agent<TAB>If-None-Match<TAB>Accept-Encoding".  Nothing
leaves the machine.
"""
import gzip
import http.server
import os
import sys
import time

FIX, PORTFILE, LOGFILE, SECRET = sys.argv[1:5]
TYPES = {".rss": "application/rss+xml", ".atom": "application/atom+xml",
         ".json": "application/feed+json", ".html": "text/html; charset=utf-8",
         ".opml": "text/x-opml"}
ETAG = '"lantern-v1"'
# Made once, at start: compressing 40 MiB takes long enough on a loaded
# machine that a fetch with a short timeout would time out waiting for
# the first byte instead of meeting the size cap.
GZIP_BOMB = gzip.compress(b"<rss>" + b" " * (40 * 1024 * 1024), 1)


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass

    def log(self):
        with open(LOGFILE, "a") as f:
            f.write("%s\t%s\t%s\t%s\n" % (
                self.path, self.headers.get("User-Agent", ""),
                self.headers.get("If-None-Match", ""),
                self.headers.get("Accept-Encoding", "")))

    def send(self, code, body=b"", ctype="text/plain", headers=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def fixture(self, name):
        path = os.path.join(FIX, name)
        if ".." in name or not os.path.isfile(path):
            return None
        with open(path, "rb") as f:
            data = f.read()
        base = "http://127.0.0.1:%d" % self.server.server_address[1]
        return data.replace(b"{BASE}", base.encode()).replace(
            b"{SECRET}", SECRET.encode())

    def redirect(self, where):
        self.send(302, headers=[("Location", where)])

    def do_GET(self):
        self.log()
        p = self.path.split("?")[0]
        if p.startswith("/feeds/") or p.startswith("/pages/"):
            data = self.fixture(p[len("/feeds/"):] if
                                p.startswith("/feeds/") else p[1:])
            if data is None:
                return self.send(404, b"no such fixture")
            ext = os.path.splitext(p)[1]
            return self.send(200, data, TYPES.get(ext, "text/plain"))
        if p == "/etag.rss":
            if self.headers.get("If-None-Match") == ETAG:
                return self.send(304, headers=[("ETag", ETAG)])
            return self.send(200, self.fixture("lantern.rss"),
                             TYPES[".rss"], [("ETag", ETAG)])
        if p == "/gzip.atom":
            if "gzip" not in self.headers.get("Accept-Encoding", ""):
                return self.send(406, b"compression wanted")
            return self.send(200, gzip.compress(
                self.fixture("meridian.atom")), TYPES[".atom"],
                [("Content-Encoding", "gzip")])
        if p == "/gzip-bomb.rss":
            return self.send(200, GZIP_BOMB, TYPES[".rss"],
                             [("Content-Encoding", "gzip")])
        if p == "/redirect.json":
            return self.redirect("/feeds/northline.json")
        if p.startswith("/loop"):
            n = int(p[5:] or "0")
            return self.redirect("/loop%d" % (n + 1))
        if p == "/redirect-file":
            return self.redirect("file:///etc/passwd")
        if p == "/error":
            return self.send(500, b"server error")
        if p == "/stall":
            time.sleep(30)
            return self.send(200, b"<rss/>", TYPES[".rss"])
        if p == "/oversize.rss":
            # No Content-Length: only the reader's own cap can stop it.
            self.send_response(200)
            self.send_header("Content-Type", TYPES[".rss"])
            self.end_headers()
            self.wfile.write(b"<rss version=\"2.0\"><channel>")
            chunk = b"<!-- " + b"x" * 65536 + b" -->"
            try:
                for _ in range(200):
                    self.wfile.write(chunk)
            except OSError:
                pass
            return
        return self.send(404, b"not found")


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True


srv = Server(("127.0.0.1", 0), Handler)
with open(PORTFILE + ".tmp", "w") as f:
    f.write("%d\n" % srv.server_address[1])
os.rename(PORTFILE + ".tmp", PORTFILE)
srv.serve_forever()
