"""The state of an outside service (LanguageTool) as the user should see it.

The grammar backend updates a :class:`ServiceMonitor`; the command line prints
its one-line status and the desktop app shows it in the status bar, subscribed
to changes.  ``warm_up`` is set by the backend so that a front end can start
the service early, on a worker thread, before the first check needs it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from copydesk.checks.settings import Settings


class ServiceState(StrEnum):
    OFF = "off"  # turned off in the settings
    NOT_STARTED = "not started"
    STARTING = "starting"
    READY = "ready"
    UNAVAILABLE = "unavailable"  # message says why and what to do


@dataclass(frozen=True)
class ServiceStatus:
    state: ServiceState
    message: str
    # It answered, then stopped answering a request (server gone, a request timed out):
    # what it checked before holds its results and what came after none: a run incomplete.
    lost: bool = False

    def line(self, name: str) -> str:
        return f"{name}: {self.state}" + (f" — {self.message}" if self.message else "")


Listener = Callable[[ServiceStatus], None]


class ServiceMonitor:
    """Thread-safe holder of a service's status; listeners run on the thread that sets it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._lock = threading.Lock()
        self._status = ServiceStatus(ServiceState.NOT_STARTED, "")
        self._listeners: list[Listener] = []
        self.warm_up: Callable[[Settings], ServiceStatus] | None = None

    @property
    def status(self) -> ServiceStatus:
        with self._lock:
            return self._status

    def set(self, state: ServiceState, message: str = "", *, lost: bool = False) -> ServiceStatus:
        """``lost``: it stopped answering a request (said by the backend); a loss already
        recorded stays while it is unavailable (two threads' requests failing in turn)."""
        with self._lock:
            before = self._status
            lost = state is ServiceState.UNAVAILABLE and (lost or before.lost)
            status = ServiceStatus(state, message, lost)
            self._status = status
            listeners = list(self._listeners)
        for listener in listeners:
            listener(status)
        return status

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe


LANGUAGETOOL = ServiceMonitor("LanguageTool")
