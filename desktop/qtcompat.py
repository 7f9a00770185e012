"""A guard against a reference-count bug of PySide6 6.12 on Python 3.11.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a Qt
method that returns nothing (``QLabel.setText``, ``QTextCharFormat.setBackground``…)
drops one reference to ``None``, and every ``Signal.emit`` drops one to ``True``
(what it returns).  Python 3.12 made these singletons immortal, so there it is
harmless; on 3.11 a count reaches zero after some tens of thousands of calls and
the interpreter aborts ("none_dealloc: deallocating None", "bool_dealloc") — a
copy editor accepting fixes in a long file would lose the session.

The guard gives ``None``, ``True`` and ``False`` reference counts so large that no
session can use them up, which is what Python 3.12 does by design.  Remove it
once the pinned PySide6 no longer has the bug (see tests/desktop/test_qtcompat.py).
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 48
_done = False


def guard_none_refcount() -> None:
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    _done = True
    # ob_refcnt is the first field of every object in a release build of CPython 3.11.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
