"""Desktop figures: start-up against a bare PySide6 window, unlock to a painted main window
on 100,000 cases, and the longest GUI-thread stall while typing a search."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.data import MEMBER, PASSPHRASE, big_database
from benchmarks.timing import Figure

BARE = (
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([])\n"
    "w = QWidget(); w.resize(760, 560); w.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)


def _start_ms(command: list[str], runs: int = 7) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def startup_figures() -> list[Figure]:
    bare = _start_ms([sys.executable, "-c", BARE])
    ours = _start_ms([sys.executable, "-m", "ui.app", "--startup-probe"])
    return [
        Figure("bare PySide6 window: start to shown", bare, "ms", ""),
        Figure("Expertteam unlock window: start to shown", ours, "ms", ""),
        Figure("start-up ratio (Expertteam / bare)", ours / bare, "x", "<= 2x"),
    ]


def in_process_figures() -> list[Figure]:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui import session
    from ui.main_window import MainWindow
    from ui.settings import Preferences
    from ui.worker import Database

    path = big_database()
    app = QApplication.instance() or QApplication([])
    app.setOrganizationName("ExpertteamBench")
    db = Database()
    prefs = Preferences()
    figures: list[Figure] = []

    def wait_until(check, timeout_s: float = 60.0) -> None:  # type: ignore[no-untyped-def]
        deadline = time.perf_counter() + timeout_s
        while not check():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if time.perf_counter() > deadline:
                raise TimeoutError

    box: dict[str, object] = {}
    submitted = time.perf_counter()
    db.run(
        session.unlock(Path(path), MEMBER, PASSPHRASE, False),
        on_done=lambda info: box.setdefault("info", info),
    )
    wait_until(lambda: "info" in box)
    unlocked_at = time.perf_counter()
    window = MainWindow(db, prefs, box["info"])  # type: ignore[arg-type]
    window.show()
    model = window.list_page.model
    wait_until(lambda: model.rowCount() > 0)
    window.repaint()
    painted = time.perf_counter()
    figures.append(
        Figure(
            "unlocked to painted main window (100,000 cases)",
            (painted - unlocked_at) * 1000,
            "ms",
            "<= 500 ms",
            "first page of the list on screen",
        )
    )
    figures.append(
        Figure(
            "passphrase submitted to painted main window",
            (painted - submitted) * 1000,
            "ms",
            "",
            "incl. Argon2id and the full integrity check",
        )
    )
    wait_until(lambda: db.idle)

    # Longest stall of the GUI thread while a person types a search (a key every 120 ms).
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer(interval=2)
    ticker.timeout.connect(tick)
    ticker.start()
    search = window.list_page.search
    search.setFocus()
    for word in ("jansen", " emma", " wachtlijst"):
        for char in word:
            QTest.keyClick(search, char)
            end = time.perf_counter() + 0.12
            while time.perf_counter() < end:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        wait_until(lambda: db.idle and not model.loading)
        search.clear()
        wait_until(lambda: db.idle and not model.loading)
    ticker.stop()
    figures.append(
        Figure(
            "longest GUI-thread stall while typing a search",
            max(gaps) - 2,
            "ms",
            "<= 50 ms",
            f"{len(gaps)} timer ticks, median gap {statistics.median(gaps):.0f} ms",
        )
    )
    window.close()
    db.shutdown()
    return figures


def run() -> list[Figure]:
    return startup_figures() + in_process_figures()
