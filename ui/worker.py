"""The one database worker: every store call, import, check and PDF runs here, never on
the GUI thread. Results come back by Qt signal to the callbacks given to `run`.

    db.run(op, on_done=..., on_error=..., progress=...)

`op` receives a JobContext: `ctx.team` is the unlocked TeamSession (owned by this thread),
`ctx.report(done, total)` reports progress, `ctx.cancelled()` asks whether the person
pressed Cancel. Never touch a widget inside `op`.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from expertteam_app.crashlog import write_crash_report
from expertteam_app.errors import ExpertteamError

Op = Callable[["JobContext"], Any]
DoneFn = Callable[[Any], None]
ErrorFn = Callable[[BaseException, "str | None"], None]
ProgressFn = Callable[[int, int], None]


class Locked(ExpertteamError):
    def __init__(self) -> None:
        super().__init__("De teamdatabase is vergrendeld.", "The team database is locked.")


@dataclass
class WorkerState:
    """What lives on the worker thread between jobs: the unlocked team, if any."""

    team: Any = None  # TeamSession; typed loosely so this module imports no SQLAlchemy


@dataclass
class _Job:
    id: int
    op: Op
    cancel: threading.Event = field(default_factory=threading.Event)


class JobContext:
    def __init__(self, worker: _Worker, job: _Job) -> None:
        self._worker = worker
        self._job = job
        self._last_report = 0.0

    @property
    def state(self) -> WorkerState:
        return self._worker.state

    @property
    def team(self) -> Any:
        if self._worker.state.team is None:
            raise Locked()
        return self._worker.state.team

    @contextlib.contextmanager
    def unit_of_work(self, *, write: bool = True) -> Iterator[Any]:
        with self.team.unit_of_work(write=write) as uow:
            yield uow

    def report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report > 0.05:  # at most 20 updates a second
            self._last_report = now
            self._worker.progressed.emit(self._job.id, done, total)

    def cancelled(self) -> bool:
        return self._job.cancel.is_set()


class _Worker(QObject):
    done = Signal(int, object)
    failed = Signal(int, object, object)
    progressed = Signal(int, int, int)

    def __init__(self) -> None:
        super().__init__()
        self.state = WorkerState()

    @Slot(object)
    def execute(self, job: _Job) -> None:
        try:
            result = job.op(JobContext(self, job))
        except ExpertteamError as exc:
            self.failed.emit(job.id, exc, None)
        except Exception as exc:  # a bug: report it without client data, keep the worker alive
            self.failed.emit(job.id, exc, str(write_crash_report(type(exc), exc.__traceback__)))
        else:
            self.done.emit(job.id, result)


@dataclass
class _Callbacks:
    on_done: DoneFn | None
    on_error: ErrorFn | None
    progress: ProgressFn | None
    owner: QObject | None = None

    def alive(self) -> bool:
        """False once the widget that asked is gone: its answer has nobody to go to."""
        return self.owner is None or shiboken6.isValid(self.owner)


def _owner_of(*callbacks: Callable[..., Any] | None) -> QObject | None:
    for callback in callbacks:
        target = getattr(callback, "__self__", None)
        if isinstance(target, QObject):
            return target
    return None


class JobHandle:
    def __init__(self, job: _Job) -> None:
        self._job = job
        self.id = job.id

    def cancel(self) -> None:
        self._job.cancel.set()


class Database(QObject):
    """The GUI side of the worker. One per application."""

    _submit = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, _Callbacks] = {}
        self._thread = QThread()
        self._thread.setObjectName("database-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._worker.progressed.connect(self._on_progress)
        self._thread.start()
        self.default_error: ErrorFn | None = None

    def run(
        self,
        op: Op,
        on_done: DoneFn | None = None,
        on_error: ErrorFn | None = None,
        progress: ProgressFn | None = None,
        *,
        owner: QObject | None = None,
    ) -> JobHandle:
        """Queue `op`; the callbacks run on the GUI thread, unless `owner` (by default the
        object of a bound-method callback) has been deleted by then."""
        job = _Job(next(self._ids), op)
        was_idle = not self._callbacks
        self._callbacks[job.id] = _Callbacks(
            on_done, on_error, progress, owner or _owner_of(on_done, on_error, progress)
        )
        if was_idle:
            self.busy_changed.emit(True)
        self._submit.emit(job)
        return JobHandle(job)

    @property
    def idle(self) -> bool:
        return not self._callbacks

    def _finish(self, job_id: int) -> _Callbacks | None:
        callbacks = self._callbacks.pop(job_id, None)
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        callbacks = self._finish(job_id)
        if callbacks and callbacks.on_done and callbacks.alive():
            callbacks.on_done(result)

    @Slot(int, object, object)
    def _on_failed(self, job_id: int, exc: object, crash: object) -> None:
        callbacks = self._finish(job_id)
        assert isinstance(exc, BaseException)
        crash_path = None if crash is None else str(crash)
        if callbacks is not None and not callbacks.alive():
            return
        handler = (callbacks.on_error if callbacks else None) or self.default_error
        if handler is not None:
            handler(exc, crash_path)

    @Slot(int, int, int)
    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        callbacks = self._callbacks.get(job_id)
        if callbacks and callbacks.progress and callbacks.alive():
            callbacks.progress(done, total)

    def shutdown(self) -> None:
        """Close the team on its own thread, then stop the thread."""

        def close(ctx: JobContext) -> None:
            if ctx.state.team is not None:
                ctx.state.team.close()
                ctx.state.team = None

        self.run(close)
        self._thread.quit()
        self._thread.wait(10_000)
