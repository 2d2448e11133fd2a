"""The database worker: results on the GUI thread, bugs as crash reports, no answers to
widgets that are gone."""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QLabel

from expertteam_app.errors import ValidationError
from tests.ui.conftest import wait


def test_ops_run_off_the_gui_thread_and_answer_on_it(qtbot, db):
    seen = {}
    gui = threading.get_ident()
    db.run(
        lambda ctx: threading.get_ident(),
        on_done=lambda worker: seen.update(worker=worker, gui=threading.get_ident()),
    )
    wait(qtbot, db)
    assert seen["worker"] != gui and seen["gui"] == gui


def test_a_bug_in_an_op_becomes_a_crash_report_without_its_message(
    qtbot, db, tmp_path, monkeypatch
):
    monkeypatch.setenv("EXPERTTEAM_LOG_DIR", str(tmp_path))
    failures = []

    def buggy(ctx):  # type: ignore[no-untyped-def]
        raise KeyError("Daan van der Berg")

    db.run(buggy, on_error=lambda exc, crash: failures.append((exc, crash)))
    wait(qtbot, db)
    [(exc, crash)] = failures
    assert isinstance(exc, KeyError) and crash is not None
    assert "Daan" not in Path(crash).read_text()


def test_a_person_error_is_passed_on_without_a_crash_report(qtbot, db):
    failures = []

    def refused(ctx):  # type: ignore[no-untyped-def]
        raise ValidationError([])

    db.run(refused, on_error=lambda exc, crash: failures.append(crash))
    wait(qtbot, db)
    assert failures == [None]


def test_ops_while_locked_say_locked(qtbot, db):
    failures = []
    db.run(lambda ctx: ctx.team, on_error=lambda exc, crash: failures.append(exc.message.nl))
    wait(qtbot, db)
    assert failures == ["De teamdatabase is vergrendeld."]


def test_an_answer_for_a_deleted_widget_is_dropped(qtbot, db):
    label = QLabel()
    gate = threading.Event()
    db.run(lambda ctx: "klaar" if gate.wait(5) else "", on_done=label.setText)
    shiboken6.delete(label)  # the window closed while the worker was busy
    gate.set()
    qtbot.waitUntil(lambda: db.idle)  # delivery to a deleted label would raise here
