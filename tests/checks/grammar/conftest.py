"""A fake LanguageTool server for most tests, and one real server shared by the session.

The fake runs on 127.0.0.1 answering /v2/languages and /v2/check.

It speaks the real /v2 wire format, so the real ``language_tool_python`` client
is exercised.  A check request answers with the recorded response when its text
is the recorded text, and otherwise with one ``FAKE_A_VS_AN`` match per "a apple"
in the text (offsets in UTF-16 units, as LanguageTool counts), which lets the
chunking tests see where each match lands.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from copydesk.checks.grammar import lt_maven
from copydesk.checks.grammar.lt_backend import (
    BACKEND,
    JAVA_MIN,
    LT_VERSION,
    LanguageToolUnavailable,
    LocalInstall,
    LocalServer,
    SharedServer,
    java_info,
    server_jar,
    write_shared,
)
from copydesk.checks.settings import LanguageToolSettings

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


# --- a real LanguageTool, one server for the whole session ---------------------------
#
# Found, in this order: COPYDESK_LT_CLASSPATH (CI exports it after
# packaging/fetch-languagetool.sh), the official zip under LTP_PATH or its default, the
# Maven jars in the user's cache; failing those, fetched from Maven Central when Java and
# Maven are here.  Read now, before tests/conftest.py isolates every test from them.
_REAL_CLASSPATH = os.environ.get("COPYDESK_LT_CLASSPATH", "")
_REAL_LTP_PATH = os.environ.get("LTP_PATH", "")
_DEFAULT_LIB = lt_maven.lib_dir()
_IN_CI = os.environ.get("CI", "").lower() in ("true", "1", "yes")
REAL_STARTUP_TIMEOUT = 240.0  # a loaded 2-core CI machine; not a measurement (see bench/)


@dataclass
class RealLT:
    """The session's LanguageTool server, recorded in ``cache`` so that copydesk reuses it."""

    install: LocalInstall
    server: LocalServer
    cache: Path

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def pid(self) -> int:
        assert self.server.process is not None
        return self.server.process.pid

    def env(self) -> dict[str, str]:
        """Environment under which copydesk finds this install and this running server."""
        env = {"COPYDESK_CACHE_DIR": str(self.cache)}
        if self.install.route == "maven":
            env["COPYDESK_LT_CLASSPATH"] = str(self.install.where)
        else:
            env["LTP_PATH"] = str(self.install.where.parent)
        return env


def _unavailable(reason: str) -> None:
    """No real LanguageTool: a failure in CI, a skip (with the reason) anywhere else."""
    if _IN_CI:
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def _real_install() -> LocalInstall:
    java = java_info()
    if not java.ok:
        _unavailable(
            f"no Java {JAVA_MIN}+ here ({java.version_text or 'no java on PATH'}): the real "
            "LanguageTool tests were NOT run"
        )
    if _REAL_CLASSPATH:
        folder = Path(_REAL_CLASSPATH)
        if not lt_maven.usable(folder):
            pytest.fail(f"COPYDESK_LT_CLASSPATH={folder} holds no LanguageTool jars", False)
        return LocalInstall("maven", lt_maven.classpath(folder), folder)
    zip_settings = LanguageToolSettings(path=_REAL_LTP_PATH)
    jar = server_jar(zip_settings)
    if jar is not None:
        return LocalInstall("zip", str(jar), jar.parent)
    if not lt_maven.usable(_DEFAULT_LIB):
        if shutil.which("mvn") is None:
            _unavailable(
                "no LanguageTool installed and no Maven to fetch it (run "
                "packaging/fetch-languagetool.sh): the real LanguageTool tests were NOT run"
            )
        try:
            lt_maven.fetch(_DEFAULT_LIB)
        except lt_maven.FetchError as exc:
            pytest.fail(f"fetching LanguageTool from Maven Central failed: {exc}", False)
    return LocalInstall("maven", lt_maven.classpath(_DEFAULT_LIB), _DEFAULT_LIB)


@pytest.fixture(scope="session")
def real_lt_server(tmp_path_factory):
    install = _real_install()
    java = java_info()
    assert java.path is not None
    server = LocalServer(java.path, install.classpath)
    try:
        server.start(REAL_STARTUP_TIMEOUT)
    except LanguageToolUnavailable as exc:
        pytest.fail(f"the real LanguageTool server did not start: {exc}", False)
    cache = tmp_path_factory.mktemp("lt-cache")
    real = RealLT(install, server, cache)
    old = os.environ.get("COPYDESK_CACHE_DIR")
    os.environ["COPYDESK_CACHE_DIR"] = str(cache)
    try:
        write_shared(
            SharedServer(server.url, real.pid, os.getpid(), LT_VERSION, install.classpath, {})
        )
    finally:
        if old is None:
            os.environ.pop("COPYDESK_CACHE_DIR")
        else:
            os.environ["COPYDESK_CACHE_DIR"] = old
    try:
        yield real
    finally:
        server.stop()


@pytest.fixture
def real_lt(real_lt_server, monkeypatch):
    """The session's server, which copydesk's backend finds and reuses (never stops)."""
    for key, value in real_lt_server.env().items():
        monkeypatch.setenv(key, value)
    return real_lt_server
