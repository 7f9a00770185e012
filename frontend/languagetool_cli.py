"""``copydesk languagetool status|install|start|stop``, and the notice ``copydesk check`` prints.

``status`` says what is there and what is missing (Java, the LanguageTool
folder, the Maven jars, a configured server, a server another copydesk runs)
without starting anything; ``install`` runs language-tool-python's download
(with its progress bar) into the configured folder, ``install --maven`` fetches
the jars from Maven Central with ``mvn`` (:mod:`copydesk.checks.grammar.lt_maven`), and
when the network, Java or Maven does not allow it, each says so in one message
and exits 2.  ``start`` leaves a local server running between runs (reused by every
``copydesk check``, the window included) and ``stop`` ends it.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from copydesk.checks.grammar.lt_backend import (
    DOWNLOAD_PAGE,
    JAVA_MIN,
    LT_VERSION,
    PUBLIC_API,
    LanguageToolUnavailable,
    find_running,
    is_public,
    java_info,
    keep_running,
    local_install,
    lt_folder,
    lt_home,
    server_jar,
    stop_kept,
)
from copydesk.checks.service import LANGUAGETOOL, ServiceState

if TYPE_CHECKING:
    from copydesk.checks.registry import Check
    from copydesk.checks.settings import Settings

EXIT_OK, EXIT_ERROR = 0, 2


def status_lines(settings: Settings) -> tuple[list[str], bool]:
    """Human-readable lines about the LanguageTool set-up, and whether it can be used."""
    lt = settings.languagetool
    lines: list[str] = []
    if not lt.enabled:
        lines.append("LanguageTool: turned off in the settings (the offline grammar check runs)")
    url = lt.server_url.strip()
    if url:
        note = ""
        if is_public(url) and not lt.allow_public_api:
            note = " (public service: not used unless 'allow_public_api' is set)"
        lines.append(f"server URL: {url}{note}")
    java = java_info()
    if java.path is None:
        lines.append(f"Java: missing (LanguageTool {LT_VERSION} needs Java {JAVA_MIN}+ on PATH)")
    elif not java.ok:
        lines.append(f"Java: {java.version_text or java.path} (too old: {JAVA_MIN}+ needed)")
    else:
        lines.append(f"Java: {java.major} at {java.path} (ok)")
    jar = server_jar(lt)
    install = local_install(lt)
    if jar:
        lines.append(f"LanguageTool {LT_VERSION}: installed at {jar.parent}")
    elif install is not None:  # the Maven jars: the zip is not needed
        lines.append(
            f"LanguageTool {LT_VERSION} zip: not installed in {lt_folder(lt)} (not needed)"
        )
    else:
        lines.append(
            f"LanguageTool {LT_VERSION}: missing (expected {lt_folder(lt)}/languagetool-server.jar)"
            f"; run 'copydesk languagetool install' or unzip LanguageTool-{LT_VERSION}.zip "
            f"from {DOWNLOAD_PAGE} into {lt_home(lt)}"
        )
    lines.append(_maven_line(jar is not None))
    if install is not None and not url:
        running = find_running(install, lt.server_config or None)
        if running is None:
            line = f"local server: not running; started on demand from {install.describe()}"
        elif running.kept:
            line = (
                f"local server: running at {running.url} (Java pid {running.pid}, kept by "
                "'copydesk languagetool start' until 'copydesk languagetool stop'); "
                "it will be reused"
            )
        else:
            line = (
                f"local server: running at {running.url} (Java pid {running.pid}, started by "
                f"copydesk pid {running.owner_pid}); it will be reused"
            )
        lines.append(line)
    lines.append(
        "public API: "
        + (f"allowed ({PUBLIC_API})" if lt.allow_public_api else "not used (text stays local)")
    )
    usable = lt.enabled and (
        (bool(url) and (not is_public(url) or lt.allow_public_api))
        or (install is not None and java.ok)
        or lt.allow_public_api
    )
    lines.append(
        "LanguageTool can be used" if usable else "LanguageTool cannot be used as configured"
    )
    return lines, usable


def cmd_status(settings: Settings, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    lines, usable = status_lines(settings)
    for line in lines:
        print(line, file=out)
    return EXIT_OK if usable else 1


def cmd_start(settings: Settings, out: TextIO | None = None) -> int:
    """Start a local server that stays up between runs (or keep the one running)."""
    out = out or sys.stdout
    lt = settings.languagetool
    if lt.server_url.strip():
        print(
            f"copydesk: LanguageTool is the server at {lt.server_url.strip()} (settings); "
            "there is no local server to start",
            file=sys.stderr,
        )
        return EXIT_ERROR
    try:
        shared, started = keep_running(settings)
    except LanguageToolUnavailable as exc:
        print(f"copydesk: LanguageTool could not start: {exc}", file=sys.stderr)
        return EXIT_ERROR
    how = "started" if started else "already running; kept"
    print(
        f"LanguageTool server {how} at {shared.url} (Java pid {shared.pid}): every copydesk "
        "run reuses it until 'copydesk languagetool stop'",
        file=out,
    )
    return EXIT_OK


def cmd_stop(out: TextIO | None = None) -> int:
    """Stop the server ``start`` kept: 0 when stopped or none ran, 1 when another run owns it."""
    out = out or sys.stdout
    stopped, message = stop_kept()
    print(message, file=out)
    owned = not stopped and "belongs to" in message
    return 1 if owned else EXIT_OK


def _maven_line(zip_installed: bool) -> str:
    from copydesk.checks.grammar import lt_maven

    folder = lt_maven.lib_dir()
    mvn = shutil.which("mvn")
    if lt_maven.usable(folder):
        state = "complete" if lt_maven.is_complete(folder) else "present (no completion stamp)"
        used = " (not used: the zip install comes first)" if zip_installed else ""
        return f"Maven route: LanguageTool {LT_VERSION} jars {state} in {folder}{used}"
    how = (
        "run 'copydesk languagetool install --maven'"
        if mvn
        else "needs Maven ('mvn' is not on PATH)"
    )
    return f"Maven route: no jars in {folder}; {how}"


def cmd_install_maven(out: TextIO | None = None) -> int:
    """Fetch the jars from Maven Central into the cache folder (nothing to do when complete)."""
    from copydesk.checks.grammar import lt_maven

    out = out or sys.stderr
    java = java_info()
    if not java.ok:
        print(
            f"copydesk: LanguageTool {LT_VERSION} needs Java {JAVA_MIN}+ to run "
            f"({'no java on PATH' if java.path is None else java.version_text}); "
            "not fetching it",
            file=out,
        )
        return EXIT_ERROR
    try:
        folder = lt_maven.fetch(out=out)
    except lt_maven.FetchError as exc:
        print(f"copydesk: {exc}", file=out)
        return EXIT_ERROR
    print(f"copydesk starts LanguageTool from {folder} when a check needs it", file=out)
    return EXIT_OK


def cmd_install(settings: Settings, out: TextIO | None = None) -> int:
    out = out or sys.stderr
    lt = settings.languagetool
    if server_jar(lt):
        print(f"LanguageTool {LT_VERSION} is already installed in {lt_folder(lt)}", file=out)
        return EXIT_OK
    java = java_info()
    if not java.ok:
        print(
            f"copydesk: cannot install LanguageTool {LT_VERSION}: it needs Java {JAVA_MIN}+ "
            f"({'no java on PATH' if java.path is None else java.version_text})",
            file=out,
        )
        return EXIT_ERROR
    home = lt_home(lt)
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"copydesk: cannot create {home}: {exc}", file=out)
        return EXIT_ERROR
    # language-tool-python reads its folder from LTP_PATH only.
    old = os.environ.get("LTP_PATH")
    os.environ["LTP_PATH"] = str(home)
    try:
        from language_tool_python.download_lt import LocalLanguageTool

        tool = LocalLanguageTool.from_version_name(LT_VERSION)
        print(f"Downloading LanguageTool {LT_VERSION} (~250 MB) into {home}", file=out)
        tool.download()
    except Exception as exc:
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        if type(exc).__name__ == "ConnectionError":  # requests': DNS or connect failure
            reason = "no network connection to the download server"
        print(
            f"copydesk: LanguageTool download failed ({type(exc).__name__}: {reason}). "
            f"Without network access, download LanguageTool-{LT_VERSION}.zip from "
            f"{DOWNLOAD_PAGE} elsewhere and unzip it into {home}",
            file=out,
        )
        return EXIT_ERROR
    finally:
        if old is None:
            os.environ.pop("LTP_PATH", None)
        else:
            os.environ["LTP_PATH"] = old
    if not server_jar(lt):
        print(f"copydesk: download finished but {lt_folder(lt)} has no server jar", file=out)
        return EXIT_ERROR
    print(f"LanguageTool {LT_VERSION} installed in {lt_folder(lt)}", file=out)
    return EXIT_OK


def lost_notice(settings: Settings, checks: Sequence[Check]) -> str | None:
    """The last line of a run whose LanguageTool stopped answering partway, or None: the
    grammar results are incomplete, which the exit status shows too (2)."""
    if not settings.languagetool.enabled or not any(c.id == "lt" for c in checks):
        return None
    status = LANGUAGETOOL.status
    if not status.lost:
        return None
    return (
        "LanguageTool stopped answering during the run: the files checked after that have no"
        " LanguageTool results (grammar incomplete; exit status 2). Run again to check them."
    )


def notice(settings: Settings, checks: Sequence[Check]) -> str | None:
    """The one line ``copydesk check`` prints when LanguageTool was wanted but not usable."""
    if not settings.languagetool.enabled or not any(c.id == "lt" for c in checks):
        return None
    status = LANGUAGETOOL.status
    if status.state is not ServiceState.UNAVAILABLE:
        return None
    first, *rest = status.message.strip().splitlines() or [""]
    extra = " ".join(line.strip() for line in rest if line.strip())
    line = f"LanguageTool unavailable (other checks ran): {first}"
    if extra:
        line += f" [{extra[:240]}]"
    return line
