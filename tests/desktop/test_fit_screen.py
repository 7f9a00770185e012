"""The window opens no larger than the screen it is on (trial: 1440×880 on 1280×800)."""

from __future__ import annotations


def test_the_window_opens_within_the_screen(qtbot, make_window):
    w = make_window()
    room = w.screen().availableGeometry()
    # Qt's offscreen screen is 800×800, smaller than the 1440×880 default.
    assert room.width() < 1440
    assert w.width() <= room.width()
    assert w.height() <= room.height()


def test_a_window_on_a_big_screen_keeps_its_size(qtbot, make_window):
    w = make_window()
    w.resize(600, 500)
    w._fit_to_screen()
    assert (w.width(), w.height()) == (600, 500)
