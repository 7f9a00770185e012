"""What copydesk is built from: its version and licence, and the versions of its engines.

Shown by the window's About box and by ``copydesk --version --verbose``-style reports;
no Qt here (the window adds the Qt version itself).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from copydesk.checks import __version__
from copydesk.checks.grammar.lt_backend import server_jar
from copydesk.checks.settings import Settings

LICENCE = "MIT"


def package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def components(settings: Settings) -> list[tuple[str, str]]:
    """(component, version or state) pairs, copydesk first."""
    jar = server_jar(settings.languagetool)
    lt = f"6.8 at {jar.parent}" if jar is not None else "not installed (see Settings)"
    return [
        ("copydesk", f"{__version__} ({LICENCE} licence)"),
        ("Offline grammar engine (Harper, harper-py)", package_version("harper-py")),
        ("LanguageTool", lt),
        ("language-tool-python", package_version("language-tool-python")),
        ("Word frequencies (wordfreq)", package_version("wordfreq")),
        ("Text repair (ftfy)", package_version("ftfy")),
    ]
