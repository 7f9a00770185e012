"""Background work on the global QThreadPool: checking a batch, and any plain function call.

Workers never touch widgets, nor the files under review: a check job is handed
immutable snapshots on the UI thread (each plain file's text and the text its
accepted fixes make, a :class:`Recheck`; each bilingual file's working layout and its
units as the accepted fixes make them, a :class:`BilingualRecheck`)
and reads only those while the editor goes on deciding.
It posts results back through signals, which Qt delivers on the UI thread, each
with the basis it was computed from (``FileReview.basis``), so the window takes
it only if the file still has that basis.  Each check job carries a generation
number so the window can drop results of a job it has since replaced, and a
cancel flag the engine polls between files and between checks.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from copydesk.checks.context import Batch
from copydesk.checks.engine import Cancelled, Engine, FileResult
from copydesk.checks.model import Issue
from copydesk.checks.review_bilingual import BilingualRecheck, iter_rechecks
from copydesk.checks.review_recheck import Recheck

# Results are posted at most this often (the first at once), so a fast check of a
# big folder cannot flood the UI thread's event queue.
FLUSH_SECONDS = 0.08

# Qt calls back into Python on the UI thread for every event, and each call must take
# the GIL.  With CPython's default 5 ms switch interval a checking thread busy in Python
# makes each of those waits long, and the window froze for a whole batch (measured: two
# 10 ms timer ticks in 3 s).  A short interval only costs anything while another thread
# is waiting for the GIL; the batch took the same time (3.05 s vs 3.09 s) with it.
UI_SWITCH_INTERVAL = 0.0002


class CheckSignals(QObject):
    # generation, list of (Recheck checked, FileResult, [(Issue, decision key)]): a plain
    # file's Recheck (its text and the corrected text checked) or a bilingual file's
    # BilingualRecheck (its layout and the corrected units checked); Recheck.basis()
    filesDone = Signal(int, object)
    # generation, files done, files to do, path just done
    progress = Signal(int, int, int, str)
    # generation: the job has left the pool's queue and is checking
    started = Signal(int)
    # generation, cancelled
    finished = Signal(int, bool)
    # generation, message
    failed = Signal(int, str)


class CheckJob(QRunnable):
    """Check ``targets`` (paths; all members when None) with the whole batch as context.

    ``bilingual_targets`` likewise names the bilingual files to check (None: all of
    ``bilingual``); every one of ``bilingual`` is their batch."""

    def __init__(
        self,
        generation: int,
        engine: Engine,
        rechecks: Sequence[Recheck],
        targets: Collection[str] | None = None,
        bilingual: Sequence[BilingualRecheck] = (),
        bilingual_targets: Collection[str] | None = None,
    ) -> None:
        super().__init__()
        # Bilingual files are checked after the plain ones, unit by unit, as one batch,
        # each as its accepted fixes leave it (what a fix reveals is found), like the plain.
        self.bilingual = list(bilingual)
        self.bilingual_targets = set(bilingual_targets) if bilingual_targets is not None else None
        self.generation = generation
        self.engine = engine
        # Each plain file is checked as its accepted fixes leave it (the batch as context
        # likewise), and what is found there placed back on the text the editor decides on.
        self.members = [r.member() for r in rechecks]
        self._rechecks = {r.path: r for r in rechecks}
        self.targets = set(targets) if targets is not None else None
        self.signals = CheckSignals()
        self._cancel = threading.Event()
        self._buffer: list[tuple[Recheck, FileResult, list[tuple[Issue, str]]]] = []
        self._last_flush: float | None = None
        self._done = 0
        self._total = len(self.targets) if self.targets is not None else len(self.members)
        self._total += (
            len(self.bilingual) if self.bilingual_targets is None else len(self.bilingual_targets)
        )
        self._last_path = ""

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        gen, sig = self.generation, self.signals
        sig.started.emit(gen)
        try:
            if self.targets is None:
                for result in self.engine.iter_batch(
                    self.members, self._cancel.is_set, self._post_partial
                ):
                    self._post(result)
            else:
                batch = Batch(self.members)
                todo = [m for m in batch.members if m.path in self.targets]
                for member in todo:
                    if self._cancel.is_set():
                        raise Cancelled
                    self._post(
                        self.engine.check_member(
                            member, batch, self._cancel.is_set, self._post_partial
                        )
                    )
            self._run_bilingual()
        except Cancelled:
            self._flush()
            sig.finished.emit(gen, True)
            return
        except Exception as exc:  # a bug in a check must not take the window down
            traceback.print_exc()
            self._flush()
            sig.failed.emit(gen, f"{type(exc).__name__}: {exc}")
            sig.finished.emit(gen, False)
            return
        self._flush()
        sig.finished.emit(gen, self._cancel.is_set())

    def _run_bilingual(self) -> None:
        if not self.bilingual:
            return
        if self._cancel.is_set():
            raise Cancelled
        by_path = {r.path: r for r in self.bilingual}
        found = iter_rechecks(
            self.engine, self.bilingual, self._cancel.is_set, self.bilingual_targets
        )
        for result in found:  # each file as soon as it is checked: the progress moves on
            recheck = by_path[result.path]
            self._buffer.append((recheck, result, recheck.keyed(result.issues)))
            self._count(result.path)

    def _count(self, path: str) -> None:
        """One more file done: the results and the progress go out, at most so often."""
        self._done += 1
        self._last_path = path
        now = time.monotonic()
        if self._last_flush is None or now - self._last_flush >= FLUSH_SECONDS:
            self._flush(now)

    def _post_partial(self, result: FileResult) -> None:
        """Our own passes' issues, sent at once while the grammar engines still run."""
        recheck = self._rechecks[result.path]
        self._buffer.append((recheck, result, recheck.keyed(result.issues)))
        self._flush()

    def _post(self, result: FileResult) -> None:
        recheck = self._rechecks[result.path]
        # Placing issues and their decision keys slice the text around every issue: done
        # here, off the UI thread.
        self._buffer.append((recheck, result, recheck.keyed(result.issues)))
        self._count(result.path)

    def _flush(self, now: float | None = None) -> None:
        self._last_flush = now if now is not None else time.monotonic()
        if self._buffer:
            batch, self._buffer = self._buffer, []
            self.signals.filesDone.emit(self.generation, batch)
        self.signals.progress.emit(self.generation, self._done, self._total, self._last_path)


class CallSignals(QObject):
    done = Signal(object)
    error = Signal(str)
    finished = Signal()


class CallJob(QRunnable):
    """Run ``func()`` on the pool; ``done`` gets its result, ``error`` a one-line message."""

    def __init__(self, func: Callable[[], Any]) -> None:
        super().__init__()
        self.func = func
        self.signals = CallSignals()

    def run(self) -> None:
        try:
            result = self.func()
        except Exception as exc:
            self.signals.error.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(result)
        self.signals.finished.emit()


def start(job: QRunnable) -> None:
    if sys.getswitchinterval() > UI_SWITCH_INTERVAL:
        sys.setswitchinterval(UI_SWITCH_INTERVAL)
    # Python owns the job object (and its signals); the pool must not delete it.
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)
