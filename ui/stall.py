"""A freeze detector: records every stall of the GUI thread longer than a threshold.

A clerk feels a window freeze as soon as the event loop stops turning for ~100 ms. This
helper (used by tests and by ``bench/gui_national.py``) measures exactly that:

- a heartbeat ``QTimer`` fires every few milliseconds on the GUI thread; the gap between two
  beats, less the interval, is the time the loop could not run (a stall);
- a watchdog thread looks at the last beat; while a stall is going on it samples the GUI
  thread's Python stack (``sys._current_frames``), so each stall says where it happened.

Stalls are attributed to the *action* set with :meth:`StallRecorder.action` (a scripted
session names each step: "switch commune", "open course"...). Nothing here is timed in
tests: a test may check that a deliberate stall is found, never that the app is fast.
"""
from __future__ import annotations

import contextlib
import sys
import threading
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QTimer


@dataclass
class Stall:
    action: str
    started: float  # perf_counter at the last beat before the stall
    ms: float  # how long the loop did not turn (the beat gap less the interval)
    where: list[str] = field(default_factory=list)  # sampled GUI-thread stacks, innermost last


class StallRecorder(QObject):
    """``start()`` on the GUI thread, run the session, ``stop()``; read ``stalls``.

    ``threshold_ms``: gaps shorter than this are not stalls (50 ms: half of what a clerk
    notices). ``interval_ms``: the heartbeat (5-10 ms keeps the detector itself cheap).
    """

    def __init__(self, threshold_ms: float = 50.0, interval_ms: int = 5, *,
                 sample_stacks: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.threshold_ms = threshold_ms
        self.interval_ms = interval_ms
        self.stalls: list[Stall] = []
        self.current_action = ""
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)
        self._last = 0.0
        self._gui_ident = threading.get_ident()
        self._samples: list[str] = []
        self._lock = threading.Lock()
        self._sample_stacks = sample_stacks
        self._watchdog: threading.Thread | None = None
        self._running = threading.Event()

    # -- control -------------------------------------------------------------------------
    def start(self) -> None:
        self._gui_ident = threading.get_ident()
        self._last = time.perf_counter()
        self._timer.start()
        self._running.set()
        if self._sample_stacks:
            self._watchdog = threading.Thread(target=self._watch, name="stall-watchdog",
                                              daemon=True)
            self._watchdog.start()

    def stop(self) -> None:
        self._beat()  # a stall still going on when the session ends counts too
        self._timer.stop()
        self._running.clear()
        if self._watchdog is not None:
            self._watchdog.join(1.0)
            self._watchdog = None

    @contextlib.contextmanager
    def action(self, name: str) -> Iterator[None]:
        """Attribute the stalls found while the block runs (and its events are handled)
        to ``name``. The beat before the block is taken so that earlier work never leaks in."""
        self._beat()
        self.current_action = name
        try:
            yield
        finally:
            self._beat()
            self.current_action = ""

    # -- results -------------------------------------------------------------------------
    def worst(self, action: str | None = None) -> float:
        """The longest stall (ms) of one action, or of the whole session; 0 when none."""
        found = [s.ms for s in self.stalls if action is None or s.action == action]
        return max(found, default=0.0)

    def by_action(self) -> dict[str, list[Stall]]:
        out: dict[str, list[Stall]] = {}
        for s in self.stalls:
            out.setdefault(s.action, []).append(s)
        return out

    def over(self, ms: float) -> list[Stall]:
        return [s for s in self.stalls if s.ms > ms]

    # -- internals -----------------------------------------------------------------------
    def _beat(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000.0 - self.interval_ms
        if self._last and gap > self.threshold_ms:
            with self._lock:
                where, self._samples = self._samples, []
            self.stalls.append(Stall(self.current_action, self._last, gap, where))
        else:
            with self._lock:
                self._samples = []
        self._last = now

    def _watch(self) -> None:
        """Sample the GUI thread's stack while it has not beaten for half the threshold."""
        pause = self.threshold_ms / 2000.0
        while self._running.is_set():
            time.sleep(pause)
            if (time.perf_counter() - self._last) * 1000.0 < self.threshold_ms:
                continue
            frame = sys._current_frames().get(self._gui_ident)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)
            ours = [f for f in stack if "site-packages" not in f.filename
                    and "/lib/python" not in f.filename and "/bench/" not in f.filename]
            text = " > ".join(f"{f.filename.rsplit('/', 2)[-2]}/"
                              f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}"
                              for f in (ours or stack)[-4:])
            with self._lock:
                self._samples.append(text)

    @staticmethod
    def culprit(stall: Stall) -> str:
        """The stack seen most often while the stall lasted ("" when none was sampled,
        e.g. the thread was inside Qt's own C++ code, or waiting for the GIL)."""
        if not stall.where:
            return ""
        return max(set(stall.where), key=stall.where.count)
