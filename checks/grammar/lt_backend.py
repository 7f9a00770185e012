"""LanguageTool as a service: find it, start it once, talk to it, close it, say why not.

The local server is started by copydesk itself (the same command
``language-tool-python`` would run) so that its output can be shown when it
fails, its start-up wait follows the settings, and nothing is ever downloaded
implicitly: a missing LanguageTool is reported, not fetched.  Two local
installs are found: the official zip (``LanguageTool-6.8/`` under ``LTP_PATH``)
and a folder of jars fetched from Maven Central (:mod:`copydesk.checks.grammar.lt_maven`),
started as ``java -cp 'DIR/*' org.languagetool.server.HTTPServer``.

A started server is recorded in a small state file in the cache folder (port,
pids, what it runs), so a second copydesk process reuses it, after a health
check, instead of paying Java's start-up again; the process that started a
server stops it when it exits (or, if that process died, the next one adopts it).
The client is always ``language_tool_python.LanguageTool(remote_server=...)``,
pointed at that local server, at the user's own server, or (only when
``allow_public_api`` is set) at the public web service.

Every state change goes to :data:`copydesk.checks.service.LANGUAGETOOL`, so the command
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

from copydesk.checks.service import LANGUAGETOOL, ServiceState, ServiceStatus

if TYPE_CHECKING:
    from language_tool_python import LanguageTool

    from copydesk.checks.settings import LanguageToolSettings, Settings

LT_VERSION = "6.8"
JAVA_MIN = 17
PUBLIC_API = "https://api.languagetool.org"
_PUBLIC_HOSTS = ("languagetool.org", "languagetoolplus.com")
DOWNLOAD_PAGE = "https://languagetool.org/download/"
ZIP_URL = f"https://languagetool.org/download/LanguageTool-{LT_VERSION}.zip"


# Measured on 2 busy cores (issue 11): the client JIT only and the serial collector take a
# fresh server to its first answer in ~27 s instead of ~60 s (the optimising compiler's and
# the parallel collector's threads compete for the cores while the rules load), and were
# no slower on 10,000-character checks afterwards (3.0–5.0 s against 4.6–7.4 s).
JVM_OPTIONS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")


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
class LocalInstall:
    """A LanguageTool on this machine that copydesk can start: what to put after ``-cp``."""

    route: str  # "zip" (the official LanguageTool-6.8 folder) or "maven" (a folder of jars)
    classpath: str
    where: Path

    def describe(self) -> str:
        if self.route == "maven":
            return f"Maven jars in {self.where}"
        return f"the official zip in {self.where}"


def local_install(settings: LanguageToolSettings) -> LocalInstall | None:
    """The zip install if there is one, else a Maven classpath folder, else None."""
    jar = server_jar(settings)
    if jar is not None:
        return LocalInstall("zip", str(jar), jar.parent)
    from copydesk.checks.grammar import lt_maven

    folder = lt_maven.lib_dir()
    if lt_maven.usable(folder):
        return LocalInstall("maven", lt_maven.classpath(folder), folder)
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
    from copydesk.checks.grammar import lt_maven

    return (
        f"LanguageTool {LT_VERSION} is not installed (no {lt_folder(settings)}/"
        f"languagetool-server.jar, no jars in {lt_maven.lib_dir()}). Run 'copydesk "
        "languagetool install' (or 'install --maven' with Java and Maven), or download "
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
        jar: Path | str,
        config: dict[str, Any] | None = None,
    ) -> None:
        """``jar``: the zip's server jar, or any ``-cp`` value (``DIR/*`` for Maven jars)."""
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = Path(tempfile.mkstemp(prefix="copydesk-lt-", suffix=".log")[1])
        self._config_file: Any = None
        # The command language-tool-python itself runs (download_lt.get_server_cmd), plus
        # JVM_OPTIONS.
        command = [java, *JVM_OPTIONS, "-cp", str(jar), "org.languagetool.server.HTTPServer"]
        command += ["-p", str(self.port)]
        if config:
            from language_tool_python.config_file import LanguageToolConfig

            self._config_file = LanguageToolConfig(config)  # raises ValueError on bad keys
            command += ["--config", self._config_file.path]
        self.command = command
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float, detached: bool = False) -> None:
        """Start and wait until healthy; raise LanguageToolUnavailable with its output if not.

        ``detached``: in a session of its own, so that the terminal's Ctrl-C and the end of
        the starting process leave it running (``copydesk languagetool start``)."""
        with self._log.open("wb") as log:
            try:
                self.process = subprocess.Popen(
                    self.command,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=log,
                    **_detached_options() if detached else {},
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

    def detach(self) -> Path:
        """Leave the process running (it is no longer this object's to stop); its log's path."""
        self.process = None
        return self._log


def _detached_options() -> dict[str, Any]:
    if os.name == "nt":
        flags = getattr(subprocess, "DETACHED_PROCESS", 0) | getattr(
            subprocess, "CREATE_NEW_PROCESS_GROUP", 0
        )
        return {"creationflags": flags}
    return {"start_new_session": True}


# --- a server shared between copydesk processes ------------------------------------

STATE_FILE = "languagetool-server.json"
KEPT = 0  # owner pid of a server `copydesk languagetool start` keeps: no process stops it


def state_path() -> Path:
    """Where the running local server is recorded (in copydesk's cache folder)."""
    from copydesk.checks.grammar import lt_maven

    return lt_maven.cache_dir() / STATE_FILE


def pid_alive(pid: int) -> bool | None:
    """Whether process ``pid`` exists; None where that cannot be asked without harm.

    On Windows ``os.kill(pid, 0)`` would send it CTRL_C_EVENT, so it is not asked there.
    """
    if os.name != "posix" or pid <= 0:
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class SharedServer:
    """A local server as recorded in the state file."""

    url: str
    pid: int  # the Java process
    owner_pid: int  # the copydesk process that stops it when it exits
    version: str
    classpath: str
    config: dict[str, Any]

    @property
    def kept(self) -> bool:
        return self.owner_pid == KEPT

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "pid": self.pid,
            "owner_pid": self.owner_pid,
            "version": self.version,
            "classpath": self.classpath,
            "config": self.config,
        }


def read_shared() -> SharedServer | None:
    import json

    try:
        data = json.loads(state_path().read_text("utf-8"))
        return SharedServer(
            url=str(data["url"]),
            pid=int(data["pid"]),
            owner_pid=int(data["owner_pid"]),
            version=str(data["version"]),
            classpath=str(data["classpath"]),
            config=dict(data.get("config") or {}),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # none, or damaged: start a server of our own


def write_shared(server: SharedServer) -> None:
    import json

    path = state_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(server.to_json(), indent=1), "utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # an unwritable cache only costs the next process a start-up


def clear_shared(pid: int) -> None:
    """Forget the recorded server if it is still the one with Java process ``pid``."""
    shared = read_shared()
    if shared is not None and shared.pid == pid:
        with contextlib.suppress(OSError):
            state_path().unlink()


def find_running(install: LocalInstall, config: dict[str, Any] | None) -> SharedServer | None:
    """The recorded server, if it runs this install with this configuration and answers."""
    shared = read_shared()
    if shared is None or shared.version != LT_VERSION:
        return None
    if shared.classpath != install.classpath or shared.config != (config or {}):
        return None
    if pid_alive(shared.pid) is False or not _healthy(shared.url):
        return None
    return shared


def keep_running(settings: Settings) -> tuple[SharedServer, bool]:
    """A local server that outlives this process, and whether it was started now.

    One already running for these settings is kept rather than a second started: it is
    recorded as no process's, so its owner leaves it running when it exits.  Raises
    LanguageToolUnavailable when none can run (no install, no Java, a bad setting).
    """
    lt = settings.languagetool
    install = local_install(lt)
    if install is None:
        raise LanguageToolUnavailable(_not_installed_message(lt))
    config = lt.server_config or None
    shared = find_running(install, config)
    if shared is not None:
        if not shared.kept:
            shared = SharedServer(**{**shared.to_json(), "owner_pid": KEPT})
            write_shared(shared)
        return shared, False
    java = java_info()
    if not java.ok:
        raise LanguageToolUnavailable(_java_message(java))
    assert java.path is not None
    try:
        server = LocalServer(java.path, install.classpath, config)
    except ValueError as exc:
        raise LanguageToolUnavailable(f"LanguageTool server settings rejected: {exc}") from exc
    server.start(lt.startup_timeout_seconds, detached=True)
    assert server.process is not None
    shared = SharedServer(
        server.url, server.process.pid, KEPT, LT_VERSION, install.classpath, config or {}
    )
    write_shared(shared)
    server.detach()
    return shared, True


def stop_kept(wait: float = 15.0) -> tuple[bool, str]:
    """Stop the recorded server unless a live copydesk process owns it: (stopped, what happened).

    A server no process owns (kept, or whose owner has died) is this command's to stop.
    Its end is seen by its port closing: a detached server's parent may never reap it.
    """
    import signal

    shared = read_shared()
    if shared is None or pid_alive(shared.pid) is False or not _healthy(shared.url):
        if shared is not None:
            clear_shared(shared.pid)
        return False, "no LanguageTool server started by copydesk is running"
    if not shared.kept and pid_alive(shared.owner_pid) is True:
        return False, (
            f"the LanguageTool server at {shared.url} belongs to copydesk process "
            f"{shared.owner_pid}; it stops when that process ends"
        )
    try:
        os.kill(shared.pid, signal.SIGTERM)
    except OSError as exc:
        return False, f"cannot stop the LanguageTool server (Java pid {shared.pid}): {exc}"
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline and _healthy(shared.url):
        time.sleep(0.2)
    clear_shared(shared.pid)
    return True, f"stopped the LanguageTool server at {shared.url} (Java pid {shared.pid})"


# The variant a text that shows no British or American spelling is checked in.
_AUTO_DEFAULT = "en-US"


def _tag(lt: LanguageToolSettings) -> str:
    """The language tag of the settings' first client (``auto``'s is en-US)."""
    return _AUTO_DEFAULT if lt.language == "auto" else lt.language


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
        # With the language ``auto``: a client per English variant a text asked for.
        self._variants: dict[str, LanguageTool] = {}
        self._url = ""  # the server the clients ask
        self._server: LocalServer | None = None
        self._reused: SharedServer | None = None  # another process's server
        self._adopted = False  # that process is gone: this one stops the server at exit
        self._where = ""
        self._status = ServiceStatus(ServiceState.NOT_STARTED, "")
        self._java: Callable[[], JavaInfo] = java_info

    @property
    def status(self) -> ServiceStatus:
        return self._status

    def _set(self, state: ServiceState, message: str = "", *, lost: bool = False) -> ServiceStatus:
        self._status = LANGUAGETOOL.set(state, message, lost=lost)
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
            where = self._where or lt.server_url or PUBLIC_API
            what = (
                "en-US or en-GB by each text's spelling" if lt.language == "auto" else lt.language
            )
            return self._set(ServiceState.READY, f"LanguageTool {what} at {where}")

    def _connect(self, lt: LanguageToolSettings) -> LanguageTool:
        url = lt.server_url.strip()
        if url:
            if is_public(url) and not lt.allow_public_api:
                raise LanguageToolUnavailable(
                    f"{url} is the public LanguageTool service; copydesk sends text there only "
                    "when 'allow_public_api' is set in the settings"
                )
            return self._client(url, lt)
        install = local_install(lt)
        if install is None:
            if lt.allow_public_api:
                return self._client(PUBLIC_API, lt)
            raise LanguageToolUnavailable(_not_installed_message(lt))
        config = lt.server_config or None
        shared = find_running(install, config)
        if shared is not None:
            return self._reuse(shared, install, lt)
        java = self._java()
        if not java.ok:
            raise LanguageToolUnavailable(_java_message(java))
        assert java.path is not None
        try:
            self._server = LocalServer(java.path, install.classpath, config)
        except ValueError as exc:
            raise LanguageToolUnavailable(f"LanguageTool server settings rejected: {exc}") from exc
        self._server.start(lt.startup_timeout_seconds)
        process = self._server.process
        assert process is not None
        write_shared(
            SharedServer(
                self._server.url,
                process.pid,
                os.getpid(),
                LT_VERSION,
                install.classpath,
                config or {},
            )
        )
        self._where = f"{self._server.url} (started from {install.describe()})"
        return self._client(self._server.url, lt)

    def _reuse(
        self, shared: SharedServer, install: LocalInstall, lt: LanguageToolSettings
    ) -> LanguageTool:
        """Use the server another copydesk process started (and adopt it if that one is gone)."""
        tool = self._client(shared.url, lt)
        self._reused = shared
        if shared.kept:
            how = "reused: kept running by 'copydesk languagetool start'"
        elif pid_alive(shared.owner_pid) is False:
            self._adopted = True
            write_shared(SharedServer(**{**shared.to_json(), "owner_pid": os.getpid()}))
            how = "adopted from a copydesk process that has exited"
        else:
            how = f"reused: started by copydesk process {shared.owner_pid}"
        self._where = f"{shared.url} ({how}; {install.describe()})"
        return tool

    def _client(
        self, url: str, lt: LanguageToolSettings, language: str | None = None
    ) -> LanguageTool:
        self._url = url  # a variant's client asks the same server
        from language_tool_python import LanguageTool
        from language_tool_python.exceptions import LanguageToolError

        try:
            tool = LanguageTool(language or _tag(lt), remote_server=url)
        except (LanguageToolError, OSError) as exc:
            raise LanguageToolUnavailable(f"cannot reach LanguageTool at {url}: {exc}") from exc
        except ValueError as exc:  # an unknown language tag
            raise LanguageToolUnavailable(f"LanguageTool at {url}: {exc}") from exc
        tool._TIMEOUT = lt.timeout_seconds  # type: ignore[assignment, misc]  # per request
        from copydesk.checks.grammar.lt_mapping import disabled_categories, disabled_rules

        tool.disabled_rules = set(disabled_rules(lt))
        tool.disabled_categories = set(disabled_categories(lt))
        tool.picky = lt.picky
        return tool

    def check(self, text: str, settings: Settings) -> list[Any]:
        """Start LanguageTool if need be, then its matches for ``text`` (front ends, benches)."""
        self.ensure(settings)
        return self.request(text, settings)

    def request(self, text: str, settings: Settings, language: str | None = None) -> list[Any]:
        """LanguageTool's matches for ``text`` (one request) from the service already started
        for these settings; never starts one.  Raises LanguageToolUnavailable.

        ``language``: with the setting ``auto``, the variant this text is checked in
        (``checks/dialect.py``); another tag is ignored (the settings chose one).
        """
        with self._lock:
            tool = self._tool if self._key == _settings_key(settings.languagetool) else None
            status = self._status
            if tool is not None and settings.languagetool.language == "auto" and language:
                tool = self._variant(tool, language, settings.languagetool)
        if status.state is not ServiceState.READY or tool is None:
            raise LanguageToolUnavailable(status.message or "LanguageTool was not started")
        from language_tool_python.exceptions import LanguageToolError

        started = time.monotonic()
        try:
            return list(tool.check(text))
        except (LanguageToolError, OSError) as exc:
            waited = time.monotonic() - started
            timeout = settings.languagetool.timeout_seconds
            gone = self._server_gone()
            if gone:
                self._set(ServiceState.UNAVAILABLE, gone, lost=True)
                raise LanguageToolUnavailable(gone) from exc
            if "timed out" in str(exc).lower() or "timeout" in str(exc).lower():
                msg = (
                    f"LanguageTool did not answer within {timeout:g} s "
                    f"(a {len(text):,}-character chunk); raise 'timeout_seconds' in the "
                    "settings or check the server"
                )
                self._set(ServiceState.UNAVAILABLE, msg, lost=True)
                raise LanguageToolTimeout(msg) from exc
            msg = f"LanguageTool request failed after {waited:.1f} s: {exc}"
            self._set(ServiceState.UNAVAILABLE, msg, lost=True)
            raise LanguageToolUnavailable(msg) from exc

    def _variant(self, tool: LanguageTool, language: str, lt: LanguageToolSettings) -> LanguageTool:
        """The client for ``language``: ``tool`` itself, or one of its own for that variant,
        with the same server and rules.  (The library's language setter clears the rules
        a client disables, so no client is switched or copied.)"""
        if language == _AUTO_DEFAULT:
            return tool
        if language not in self._variants:
            self._variants[language] = self._client(self._url, lt, language)
        return self._variants[language]

    def _server_gone(self) -> str | None:
        """Why the local server no longer answers, if it has gone; None if it is still there."""
        server, reused = self._server, self._reused
        if server is not None and server.process is not None:
            code = server.process.poll()
            if code is None and not _healthy(server.url):
                # Killed: its sockets close a moment before its exit status is there.
                with contextlib.suppress(subprocess.TimeoutExpired):
                    code = server.process.wait(timeout=3)
                if code is None:
                    return (
                        f"the local LanguageTool server at {server.url} stopped answering "
                        "during the run; the other checks went on"
                    )
            if code is not None:
                clear_shared(server.process.pid)
                return (
                    f"the local LanguageTool server at {server.url} stopped during the run "
                    f"(exit code {code}); the other checks went on. It is started again "
                    "when copydesk restarts or a LanguageTool setting changes."
                )
        if reused is not None and (pid_alive(reused.pid) is False or not _healthy(reused.url)):
            who = (
                "kept by 'copydesk languagetool start'"
                if reused.kept
                else f"started by copydesk process {reused.owner_pid}"
            )
            return (
                f"the LanguageTool server at {reused.url} ({who}) stopped answering "
                "during the run; the other checks "
                "went on. A server is started again when copydesk restarts or a LanguageTool "
                "setting changes."
            )
        return None

    def close(self, keep_key: bool = False) -> None:
        with self._lock:
            tool, self._tool = self._tool, None
            variants = list(self._variants.values())
            self._variants.clear()
            server, self._server = self._server, None
            reused, self._reused = self._reused, None
            adopted, self._adopted = self._adopted, False
            self._where = ""
            if not keep_key:
                self._key = None
        for client in (tool, *variants):
            if client is not None:
                with contextlib.suppress(Exception):
                    client.close()
        if server is not None:
            pid = server.process.pid if server.process is not None else 0
            shared = read_shared()
            if shared is not None and shared.pid == pid and shared.kept:
                server.detach()  # `languagetool start` took it over while this process ran
            else:
                server.stop()
                clear_shared(pid)
        if reused is not None and adopted and pid_alive(reused.pid):
            import signal

            with contextlib.suppress(OSError):
                os.kill(reused.pid, signal.SIGTERM)
            clear_shared(reused.pid)

    def reset(self) -> None:
        """Forget everything (tests, or the settings dialog after a change)."""
        self.close()
        # The shared status too: a server lost before the reset is not this run's loss.
        self._set(ServiceState.NOT_STARTED)


BACKEND = Backend()
atexit.register(BACKEND.close)


class LanguageToolHandle:
    """The lt check's handle on LanguageTool for one run (``ctx.inputs.languagetool``).

    The front end calls :meth:`connect` (the command line before checking, the
    window on a worker thread); the check only waits for that attempt to end and
    sends requests.  Pickled into a worker process it arrives unconnected: the
    worker connects it through :mod:`copydesk.checks.run_inputs`.
    """

    def __init__(self, settings: Settings, backend: Backend = BACKEND) -> None:
        self.settings = settings
        self._backend = backend
        self._done = threading.Event()

    def connect(self) -> ServiceStatus:
        """Start LanguageTool for the run's settings, or reuse the running one."""
        try:
            return self._backend.ensure(self.settings)
        finally:
            self._done.set()

    def wait(self) -> ServiceStatus:
        # Generous: the front end's start-up attempt has its own time-out.
        limit = self.settings.languagetool.startup_timeout_seconds + CONNECT_MARGIN
        if not self._done.wait(limit):
            return LANGUAGETOOL.set(
                ServiceState.UNAVAILABLE, "LanguageTool was not started for this run"
            )
        return self._backend.status

    def check(self, text: str, language: str | None = None) -> list[Any]:
        return self._backend.request(text, self.settings, language)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LanguageToolHandle, (self.settings,))


# Seconds a check waits beyond the start-up time-out for the front end's attempt to end.
CONNECT_MARGIN = 30.0


def warm_up(settings: Settings) -> ServiceStatus:
    """Start LanguageTool for these settings; meant for a worker thread of a front end.

    A fresh server loads its English rules on the first request (longer than the
    start-up itself, bench/lt_startup.py), so one short check is sent now, while the
    user is still opening files, rather than with the first article.
    """
    status = BACKEND.ensure(settings)
    if status.state is ServiceState.READY:
        with contextlib.suppress(LanguageToolUnavailable):
            BACKEND.check("This is a short sentence.", settings)
    return BACKEND.status


LANGUAGETOOL.warm_up = warm_up
