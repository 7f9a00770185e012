"""A Linux desktop without Qt's X11 libraries gets one line naming them and a command-line check."""

from __future__ import annotations

import pytest

from copydesk.desktop import app
from copydesk.desktop.platform_libs import XCB_LIBRARIES, install_hint, missing_packages, uses_xcb


@pytest.mark.parametrize(
    ("env", "platform", "expected"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb:foo"}, "linux", True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w", "XDG_SESSION_TYPE": "wayland"}, "linux", False),
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "darwin", False),
    ],
)
def test_uses_xcb(env, platform, expected):
    assert uses_xcb(env, platform) is expected


def test_missing_packages_names_the_debian_packages():
    absent = {"xcb-cursor", "xkbcommon-x11"}
    find = lambda name: None if name in absent else f"lib{name}.so"  # noqa: E731
    assert missing_packages({"DISPLAY": ":0"}, find, "linux") == [
        "libxcb-cursor0",
        "libxkbcommon-x11-0",
    ]
    # Everything there, or not an X11 session: nothing to install.
    assert missing_packages({"DISPLAY": ":0"}, lambda n: f"lib{n}.so", "linux") == []
    assert missing_packages({"QT_QPA_PLATFORM": "offscreen"}, lambda n: None, "linux") == []
    assert len(XCB_LIBRARIES) == 7


class _NoQApplication:
    """Stands in for QApplication: constructing one would abort on a machine without the libs."""

    @staticmethod
    def instance():
        return None

    def __init__(self, *args):
        raise AssertionError("the window must not be started when Qt's libraries are missing")


def test_window_falls_back_to_a_command_line_check(monkeypatch, capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("It rained..  The end.\n", "utf-8")
    monkeypatch.setattr(app, "missing_packages", lambda: ["libxcb-cursor0", "libxcb-xkb1"])
    monkeypatch.setattr(app, "QApplication", _NoQApplication)
    code = app.main([str(article)])
    out, err = capsys.readouterr()
    err_lines = [line for line in err.splitlines() if line.strip()]
    # One line says what is missing; what follows is the command-line check's own output.
    assert err_lines[0] == "copydesk: " + install_hint(["libxcb-cursor0", "libxcb-xkb1"])
    assert sum("apt-get" in line for line in err_lines) == 1
    assert "sudo apt-get install libxcb-cursor0 libxcb-xkb1" in err_lines[0]
    assert code == 0  # issues found, as `copydesk start` reports without a display
    assert "punct.double-period" in out or "a.txt" in out


def test_no_display_is_told_apart_from_a_chosen_platform():
    from copydesk.desktop.platform_libs import no_display

    assert no_display({}, "linux")
    assert not no_display({"DISPLAY": ":0"}, "linux")
    assert not no_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not no_display({}, "darwin")


def test_window_without_a_display_checks_on_the_command_line(monkeypatch, capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("It rained..  The end.\n", "utf-8")
    monkeypatch.setattr(app, "missing_packages", lambda: [])
    monkeypatch.setattr(app, "no_display", lambda: True)
    monkeypatch.setattr(app, "QApplication", _NoQApplication)
    assert app.main([str(article)]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines()[0] == (
        "copydesk: no display to open the window on; running the command-line check instead"
    )
    assert "a.txt" in out
