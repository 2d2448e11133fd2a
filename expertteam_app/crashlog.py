"""Crash reports without client data.

A bug is written to a log file as the exception's type and the stack of code locations,
never the exception's message or local values: those can hold a name, a BSN or a line of
a case file. The person sees one line that names the file.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from expertteam_app import __version__


def log_directory() -> Path:
    from platformdirs import user_log_dir

    return Path(os.environ.get("EXPERTTEAM_LOG_DIR") or user_log_dir("Expertteam", appauthor=False))


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    lines = [
        f"Expertteam {__version__} on Python {platform.python_version()} ({platform.system()})",
        f"time: {datetime.now(UTC).isoformat(timespec='seconds')}",
        f"error: {exc_type.__module__}.{exc_type.__qualname__}",
        "where (most recent call last):",
    ]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def write_crash_report(
    exc_type: type[BaseException], tb: TracebackType | None, directory: Path | None = None
) -> Path:
    directory = directory or log_directory()
    directory.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    path = directory / f"crash-{stamp}-{os.getpid()}.log"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(describe(exc_type, tb))
    return path


def report_current_exception() -> Path:
    exc_type, _, tb = sys.exc_info()
    assert exc_type is not None
    return write_crash_report(exc_type, tb)
