"""A fake LanguageTool HTTP server on 127.0.0.1 answering /v2/languages and /v2/check.

It speaks the real /v2 wire format, so the real ``language_tool_python`` client
is exercised.  A check request answers with the recorded response when its text
is the recorded text, and otherwise with one ``FAKE_A_VS_AN`` match per "a apple"
in the text (offsets in UTF-16 units, as LanguageTool counts), which lets the
chunking tests see where each match lands.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from checks.grammar.lt_backend import BACKEND

DATA = Path(__file__).parent / "data"
RECORDED = json.loads((DATA / "lt_check_response.json").read_text("utf-8"))
LANGUAGES = json.loads((DATA / "lt_languages.json").read_text("utf-8"))


def _u16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def synthetic_response(text: str) -> dict:
    matches = []
    start = text.find("a apple")
    while start >= 0:
        matches.append(
            {
                "message": "Use “an” instead of ‘a’.",
                "replacements": [{"value": "an"}],
                "offset": _u16(text, start),
                "length": 1,
                "context": {"text": text[:40], "offset": 0, "length": 1},
                "sentence": "",
                "type": {"typeName": "Other"},
                "rule": {
                    "id": "FAKE_A_VS_AN",
                    "description": "a/an",
                    "issueType": "misspelling",
                    "category": {"id": "MISC", "name": "Miscellaneous"},
                },
            }
        )
        start = text.find("a apple", start + 1)
    return {"software": {"name": "LanguageTool", "version": "6.8"}, "matches": matches}


class FakeLT:
    def __init__(self) -> None:
        self.delay = 0.0
        self.requests: list[dict[str, str]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _send(self, payload) -> None:
                body = json.dumps(payload).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                path = urllib.parse.urlparse(self.path).path
                if path == "/v2/languages":
                    self._send(LANGUAGES)
                elif path == "/v2/healthcheck":
                    self._send({"ok": True})
                else:
                    self.send_error(404)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
                params = {k: v[0] for k, v in form.items()}
                fake.requests.append(params)
                if fake.delay:
                    time.sleep(fake.delay)
                text = params.get("text", "")
                if text == RECORDED["text"]:
                    self._send(RECORDED["response"])
                else:
                    self._send(synthetic_response(text))

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def fake_lt():
    server = FakeLT()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(autouse=True)
def fresh_backend():
    BACKEND.reset()
    yield
    BACKEND.reset()
