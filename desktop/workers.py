"""Background work on the global QThreadPool: checking a batch, and any plain function call.

Workers never touch widgets.  They post results back through signals, which Qt
delivers on the UI thread.  Each check job carries a generation number so the
window can drop results of a job it has since replaced, and a cancel flag the
engine polls between files and between checks.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from checks.context import Batch, BatchMember
from checks.engine import Cancelled, Engine, FileResult


class CheckSignals(QObject):
    # generation, text that was checked, result
    fileDone = Signal(int, str, object)
    # generation, files done, files to do, path just done
    progress = Signal(int, int, int, str)
    # generation, cancelled
    finished = Signal(int, bool)
    # generation, message
    failed = Signal(int, str)


class CheckJob(QRunnable):
    """Check ``targets`` (paths; all members when None) with the whole batch as context."""

    def __init__(
        self,
        generation: int,
        engine: Engine,
        members: Sequence[BatchMember],
        targets: Collection[str] | None = None,
    ) -> None:
        super().__init__()
        self.generation = generation
        self.engine = engine
        self.members = list(members)
        self._texts = {m.path: m.text for m in self.members}
        self.targets = set(targets) if targets is not None else None
        self.signals = CheckSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        gen, sig = self.generation, self.signals
        try:
            if self.targets is None:
                total = len(self.members)
                results = self.engine.iter_batch(self.members, self._cancel.is_set)
                for n, result in enumerate(results, start=1):
                    self._post(result, n, total)
            else:
                batch = Batch(self.members)
                todo = [m for m in batch.members if m.path in self.targets]
                for n, member in enumerate(todo, start=1):
                    if self._cancel.is_set():
                        raise Cancelled
                    self._post(self.engine.check_member(member, batch, self._cancel.is_set), n)
        except Cancelled:
            sig.finished.emit(gen, True)
            return
        except Exception as exc:  # a bug in a check must not take the window down
            traceback.print_exc()
            sig.failed.emit(gen, f"{type(exc).__name__}: {exc}")
            sig.finished.emit(gen, False)
            return
        sig.finished.emit(gen, self._cancel.is_set())

    def _post(self, result: FileResult, n: int, total: int | None = None) -> None:
        self.signals.fileDone.emit(self.generation, self._texts[result.path], result)
        todo = total if total is not None else len(self.targets or ())
        self.signals.progress.emit(self.generation, n, todo, result.path)


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
    # Python owns the job object (and its signals); the pool must not delete it.
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)
