"""LanguageTool as a service: find it, start it once, talk to it, close it, say why not.

The local server is started by copydesk itself (the same command
``language-tool-python`` would run) so that its output can be shown when it
fails, its start-up wait follows the settings, and nothing is ever downloaded
implicitly: a missing ``LanguageTool-6.8/`` folder is reported, not fetched.
The client is always ``language_tool_python.LanguageTool(remote_server=...)``,
pointed at that local server, at the user's own server, or (only when
``allow_public_api`` is set) at the public web service.

Every state change goes to :data:`checks.service.LANGUAGETOOL`, so the command
line prints one line and the desktop app shows it in its status bar.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checks.service import LANGUAGETOOL, ServiceState, ServiceStatus

if TYPE_CHECKING:
    from language_tool_python import LanguageTool

    from checks.settings import LanguageToolSettings, Settings

LT_VERSION = "6.8"
JAVA_MIN = 17
PUBLIC_API = "https://api.languagetool.org"
_PUBLIC_HOSTS = ("languagetool.org", "languagetoolplus.com")
DOWNLOAD_PAGE = "https://languagetool.org/download/"
ZIP_URL = f"https://languagetool.org/download/LanguageTool-{LT_VERSION}.zip"


class LanguageToolUnavailable(Exception):
    """LanguageTool cannot be used; the message tells the user why and what to do."""


class LanguageToolTimeout(LanguageToolUnavailable):
    """The server did not answer a check in time."""


def lt_home(settings: LanguageToolSettings) -> Path:
    """The folder that holds (or will hold) ``LanguageTool-6.8/``: setting, LTP_PATH, default."""
    if settings.path:
        return Path(settings.path).expanduser()
    env = os.environ.get("LTP_PATH")
    if env:
        return Path(env).expanduser()
    return Path.home() / ".cache" / "language_tool_python"


def lt_folder(settings: LanguageToolSettings) -> Path:
    return lt_home(settings) / f"LanguageTool-{LT_VERSION}"


def server_jar(settings: LanguageToolSettings) -> Path | None:
    folder = lt_folder(settings)
    for name in ("languagetool-server.jar", "languagetool.jar"):
        if (folder / name).is_file():
            return folder / name
    return None


@dataclass(frozen=True)
class JavaInfo:
    path: str | None
    major: int | None
    version_text: str

    @property
    def ok(self) -> bool:
        return self.path is not None and self.major is not None and self.major >= JAVA_MIN


def java_info() -> JavaInfo:
    path = shutil.which("java")
    if not path:
        return JavaInfo(None, None, "")
    try:
        out = subprocess.run(
            [path, "-version"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return JavaInfo(path, None, str(exc))
    text = (out.stderr or "") + (out.stdout or "")
    m = re.search(r'version "(\d+)(?:\.(\d+))?', text)
    major = None
    if m:
        major = int(m.group(1))
        if major == 1 and m.group(2):  # "1.8.0_292" is Java 8
            major = int(m.group(2))
    first = text.strip().splitlines()[0] if text.strip() else ""
    return JavaInfo(path, major, first)


def is_public(url: str) -> bool:
    host = (urllib.parse.urlparse(url).hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in _PUBLIC_HOSTS)


def _not_installed_message(settings: LanguageToolSettings) -> str:
    home = lt_home(settings)
    return (
        f"LanguageTool {LT_VERSION} is not installed (no {lt_folder(settings)}/"
        f"languagetool-server.jar). Run 'copydesk languagetool install', or download "
        f"LanguageTool-{LT_VERSION}.zip from {DOWNLOAD_PAGE} and unzip it into {home}; "
        "or set a server URL in the settings. The offline grammar check still runs."
    )


def _java_message(java: JavaInfo) -> str:
    if java.path is None:
        return (
            f"Java not found: LanguageTool {LT_VERSION} needs Java {JAVA_MIN} or newer "
            "on PATH (e.g. install OpenJDK 17). The offline grammar check still runs."
        )
    found = f"Java {java.major}" if java.major else f"an unrecognised Java ({java.version_text})"
    return (
        f"{found} at {java.path}: LanguageTool {LT_VERSION} needs Java {JAVA_MIN} or newer. "
        "The offline grammar check still runs."
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/v2/healthcheck", timeout=2) as r:
            return bool(200 <= r.status < 300)
    except (OSError, ValueError):
        return False


def _tail(path: Path, lines: int = 12) -> str:
    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.strip().splitlines()[-lines:])


class LocalServer:
    """A LanguageTool HTTP server process on 127.0.0.1, its output kept in a log file."""

    def __init__(
        self,
        java: str,
        jar: Path,
        config: dict[str, Any] | None = None,
    ) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = Path(tempfile.mkstemp(prefix="copydesk-lt-", suffix=".log")[1])
        self._config_file: Any = None
        # The command language-tool-python itself runs (download_lt.get_server_cmd).
        command = [java, "-cp", str(jar), "org.languagetool.server.HTTPServer"]
        command += ["-p", str(self.port)]
        if config:
            from language_tool_python.config_file import LanguageToolConfig

            self._config_file = LanguageToolConfig(config)  # raises ValueError on bad keys
            command += ["--config", self._config_file.path]
        self.command = command
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float) -> None:
        """Start and wait until healthy; raise LanguageToolUnavailable with its output if not."""
        with self._log.open("wb") as log:
            try:
                self.process = subprocess.Popen(
                    self.command, stdin=subprocess.DEVNULL, stdout=log, stderr=log
                )
            except OSError as exc:
                raise LanguageToolUnavailable(
                    f"LanguageTool server could not start: {exc}"
                ) from exc
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code is not None:
                out = _tail(self._log)
                raise LanguageToolUnavailable(
                    f"LanguageTool server exited at start-up (code {code})"
                    + (f"; its output:\n{out}" if out else " with no output")
                )
            if _healthy(self.url):
                return
            time.sleep(0.25)
        out = _tail(self._log)
        self.stop()
        raise LanguageToolUnavailable(
            f"LanguageTool server did not become ready within {timeout:g} s"
            + (f"; its output:\n{out}" if out else " and wrote nothing")
        )

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        with contextlib.suppress(OSError):
            self._log.unlink()


def _settings_key(lt: LanguageToolSettings) -> tuple[Any, ...]:
    return (
        lt.enabled,
        lt.server_url,
        str(lt_home(lt)),
        lt.language,
        lt.allow_public_api,
        repr(sorted(lt.server_config.items())),
    )


class Backend:
    """The one LanguageTool connection of the process: started once, reused, closed at exit."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._key: tuple[Any, ...] | None = None
        self._tool: LanguageTool | None = None
        self._server: LocalServer | None = None
        self._status = ServiceStatus(ServiceState.NOT_STARTED, "")
        self._java: Callable[[], JavaInfo] = java_info

    @property
    def status(self) -> ServiceStatus:
        return self._status

    def _set(self, state: ServiceState, message: str = "") -> ServiceStatus:
        self._status = LANGUAGETOOL.set(state, message)
        return self._status

    def ensure(self, settings: Settings) -> ServiceStatus:
        """Make LanguageTool ready for these settings (at most one start-up attempt per settings).

        Safe to call from any thread; a front end calls it on a worker thread
        through ``LANGUAGETOOL.warm_up``.
        """
        lt = settings.languagetool
        with self._lock:
            key = _settings_key(lt)
            if key == self._key:
                return self._status
            self.close()
            self._key = key
            if not lt.enabled:
                return self._set(ServiceState.OFF, "turned off in the settings")
            self._set(ServiceState.STARTING, "starting LanguageTool")
            try:
                self._tool = self._connect(lt)
            except LanguageToolUnavailable as exc:
                self.close(keep_key=True)
                return self._set(ServiceState.UNAVAILABLE, str(exc))
            except Exception as exc:  # the library's own errors: report, never crash a run
                self.close(keep_key=True)
                return self._set(
                    ServiceState.UNAVAILABLE, f"LanguageTool failed: {type(exc).__name__}: {exc}"
                )
            where = self._server.url if self._server else lt.server_url or PUBLIC_API
            return self._set(ServiceState.READY, f"LanguageTool {lt.language} at {where}")

    def _connect(self, lt: LanguageToolSettings) -> LanguageTool:
        url = lt.server_url.strip()
        if url:
            if is_public(url) and not lt.allow_public_api:
                raise LanguageToolUnavailable(
                    f"{url} is the public LanguageTool service; copydesk sends text there only "
                    "when 'allow_public_api' is set in the settings"
                )
            return self._client(url, lt)
        jar = server_jar(lt)
        if jar is None:
            if lt.allow_public_api:
                return self._client(PUBLIC_API, lt)
            raise LanguageToolUnavailable(_not_installed_message(lt))
        java = self._java()
        if not java.ok:
            raise LanguageToolUnavailable(_java_message(java))
        assert java.path is not None
        try:
            self._server = LocalServer(java.path, jar, lt.server_config or None)
        except ValueError as exc:
            raise LanguageToolUnavailable(f"LanguageTool server settings rejected: {exc}") from exc
        self._server.start(lt.startup_timeout_seconds)
        return self._client(self._server.url, lt)

    @staticmethod
    def _client(url: str, lt: LanguageToolSettings) -> LanguageTool:
        from language_tool_python import LanguageTool
        from language_tool_python.exceptions import LanguageToolError

        try:
            tool = LanguageTool(lt.language, remote_server=url)
        except (LanguageToolError, OSError) as exc:
            raise LanguageToolUnavailable(f"cannot reach LanguageTool at {url}: {exc}") from exc
        except ValueError as exc:  # an unknown language tag
            raise LanguageToolUnavailable(f"LanguageTool at {url}: {exc}") from exc
        tool._TIMEOUT = lt.timeout_seconds  # type: ignore[assignment, misc]  # per request
        from checks.grammar.lt_mapping import disabled_categories, disabled_rules

        tool.disabled_rules = set(disabled_rules(lt))
        tool.disabled_categories = set(disabled_categories(lt))
        tool.picky = lt.picky
        return tool

    def check(self, text: str, settings: Settings) -> list[Any]:
        """LanguageTool's matches for ``text`` (one request); raises LanguageToolUnavailable."""
        status = self.ensure(settings)
        with self._lock:
            tool = self._tool
        if status.state is not ServiceState.READY or tool is None:
            raise LanguageToolUnavailable(status.message or str(status.state))
        from language_tool_python.exceptions import LanguageToolError

        started = time.monotonic()
        try:
            return list(tool.check(text))
        except (LanguageToolError, OSError) as exc:
            waited = time.monotonic() - started
            timeout = settings.languagetool.timeout_seconds
            if "timed out" in str(exc).lower() or "timeout" in str(exc).lower():
                msg = (
                    f"LanguageTool did not answer within {timeout:g} s "
                    f"(a {len(text):,}-character chunk); raise 'timeout_seconds' in the "
                    "settings or check the server"
                )
                self._set(ServiceState.UNAVAILABLE, msg)
                raise LanguageToolTimeout(msg) from exc
            msg = f"LanguageTool request failed after {waited:.1f} s: {exc}"
            self._set(ServiceState.UNAVAILABLE, msg)
            raise LanguageToolUnavailable(msg) from exc

    def close(self, keep_key: bool = False) -> None:
        with self._lock:
            tool, self._tool = self._tool, None
            server, self._server = self._server, None
            if not keep_key:
                self._key = None
        if tool is not None:
            with contextlib.suppress(Exception):
                tool.close()
        if server is not None:
            server.stop()

    def reset(self) -> None:
        """Forget everything (tests, or the settings dialog after a change)."""
        self.close()
        self._status = ServiceStatus(ServiceState.NOT_STARTED, "")


BACKEND = Backend()
atexit.register(BACKEND.close)


def warm_up(settings: Settings) -> ServiceStatus:
    """Start LanguageTool for these settings; meant for a worker thread of a front end."""
    return BACKEND.ensure(settings)


LANGUAGETOOL.warm_up = warm_up
