"""The pinned PySide6 must not leak references to None/True (6.12.0 on Python 3.11 did).

With the leak, a long review session (tens of thousands of Qt calls and signals)
aborted the interpreter with "bool_dealloc" / "none_dealloc".  These counts are
exact on a healthy build, so the bound below is generous, not a timing.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCharFormat

CALLS = 20_000


class _Emitter(QObject):
    sig = Signal(int, bool)


def test_void_qt_calls_keep_the_reference_count_of_none():
    fmt = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        fmt.setFontItalic(True)
    assert abs(sys.getrefcount(None) - before) < 100


def test_signal_emits_keep_the_reference_count_of_true():
    emitter = _Emitter()
    emitter.sig.connect(lambda n, flag: None)
    before = sys.getrefcount(True)
    for n in range(CALLS):
        emitter.sig.emit(n, True)
    assert abs(sys.getrefcount(True) - before) < 100
