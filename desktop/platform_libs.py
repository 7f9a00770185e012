"""Can Qt's X11 platform plugin load here? Which system libraries it lacks, and their packages.

Since Qt 6.5 the ``xcb`` plugin needs a few X11 libraries that a bare Linux desktop
may not have. Without them Qt prints a long message and aborts the process, which no
``try`` can catch, so the window's launchers ask this module first and, when something
is missing, say in one line what to install and fall back to the command line.

No Qt import here: this runs before Qt is loaded.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# The library (as ctypes.util.find_library names it) and the Debian/Ubuntu package holding it.
XCB_LIBRARIES: dict[str, str] = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt would load its X11 (xcb) plugin in this environment."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    # Qt prefers Wayland in a Wayland session; elsewhere it falls back to X11.
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return False
    return bool(environ.get("DISPLAY"))


def no_display(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> bool:
    """Linux with no display to open a window on (Qt would abort trying)."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return False
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def _bundled(name: str) -> bool:
    """A frozen bundle may carry the library beside the program."""
    base = getattr(sys, "_MEIPASS", None)
    return base is not None and any(Path(base).rglob(f"lib{name}.so*"))


def missing_packages(
    environ: Mapping[str, str] | None = None,
    find: Callable[[str], str | None] = ctypes.util.find_library,
    platform: str = sys.platform,
) -> list[str]:
    """The packages to install before the window can open here (empty when none is missing)."""
    env = os.environ if environ is None else environ
    if not uses_xcb(env, platform):
        return []
    return [
        package
        for library, package in XCB_LIBRARIES.items()
        if find(library) is None and not _bundled(library)
    ]


def install_hint(packages: list[str]) -> str:
    """One line saying what the window needs, for stderr."""
    return (
        "the window cannot open: Qt's X11 plugin needs system libraries that are missing "
        f"(Debian/Ubuntu: sudo apt-get install {' '.join(packages)}); "
        "running the command-line check instead"
    )
