"""Keep standard output for the report alone, whatever a library prints.

A machine-readable report (``copydesk check --format json``) must be the only
thing on stdout, but libraries print there too: Harper's Rust code prints debug
lines (``gerund_form: -snowing- -- verb: -snow-``) straight to file descriptor
1, below anything Python can intercept.  :func:`report_stdout` therefore points
descriptor 1 at stderr for the whole run and hands the caller a stream on a
saved copy of the real stdout, to which only the report is written.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator
from typing import TextIO

_STDOUT_FD, _STDERR_FD = 1, 2


def _fileno(stream: TextIO) -> int | None:
    try:
        return stream.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is both
        return None


@contextlib.contextmanager
def report_stdout() -> Iterator[TextIO]:
    """Yield the stream the report goes to; all other output meanwhile goes to stderr.

    When ``sys.stdout`` is the process's descriptor 1, the redirection is made at the
    descriptor level (so native code is caught too) and undone on exit.  When it is
    something else (a test capturing it, an embedding program), only Python's
    ``sys.stdout`` is swapped: native code's descriptor 1 is then not the caller's.
    """
    original = sys.stdout
    original.flush()
    if _fileno(original) != _STDOUT_FD:
        sys.stdout = sys.stderr
        try:
            yield original
        finally:
            sys.stdout = original
        return
    sys.stderr.flush()
    saved = os.dup(_STDOUT_FD)
    report: TextIO | None = None
    try:
        os.dup2(_STDERR_FD, _STDOUT_FD)
        report = io.TextIOWrapper(
            io.FileIO(os.dup(saved), "w", closefd=True),
            encoding=original.encoding or "utf-8",
            errors=original.errors or "strict",
            newline=None,
        )
        yield report
    finally:
        # What was printed meanwhile (buffered in Python) belongs to stderr, not the report.
        with contextlib.suppress(OSError, ValueError):
            original.flush()
        if report is not None:
            with contextlib.suppress(OSError, ValueError):
                report.close()  # flushes the report to the real stdout
        os.dup2(saved, _STDOUT_FD)
        os.close(saved)
