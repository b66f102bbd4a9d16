"""A small web site on 127.0.0.1 for the tests: articles (one in cp1256), an RSS feed, a
redirect, a page that answers late and one that never ends. Nothing touches the internet."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator

from tests.app.ingest.fixtures import PARAGRAPHS, article_html

PAGES: dict[str, tuple[str, bytes]] = {}


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(600):  # a minute of trickle
                    self.wfile.write(b"<p>x</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the reader gave up: as it should
            return
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.end_headers()
            return
        found = PAGES.get(self.path)
        if found is None:
            self.send_error(404, "Not Found")
            return
        kind, body = found
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.end_headers()
        self.wfile.write(body)


def serve() -> Iterator[str]:
    """A web server on 127.0.0.1 with the pages, a feed and misbehaving addresses."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    base = f"http://127.0.0.1:{server.server_address[1]}"
    PAGES["/article"] = (
        "text/html; charset=windows-1256",
        article_html(PARAGRAPHS, title="انهيار الجسر")
        .replace("utf-8", "windows-1256")
        .encode("cp1256"),
    )
    PAGES["/second"] = ("text/html", article_html(PARAGRAPHS[::-1], title="الثاني").encode())
    items = "".join(
        f"<item><title>{t}</title><link>{base}{link}</link>"
        f"<pubDate>Tue, 05 Mar 2024 08:30:00 +0300</pubDate>"
        f"<description><![CDATA[<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p>]]></description></item>"
        for t, link in (("الأول", "/article"), ("الثاني", "/second"), ("مفقود", "/gone"))
    )
    PAGES["/feed"] = (
        "application/rss+xml",
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>عنب بلدي - آخر الأخبار</title>{items}</channel></rss>".encode(),
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
