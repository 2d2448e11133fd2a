"""The Learning tables tab as the coordinator uses it: choose cases for a session, make the
anonymised summaries (the anonymiser loads on the worker), review them original beside
anonymised with every replacement and every doubt coloured, redact a selection and undo
it, approve, export PDF, CSV and XLSX and read the PDF back; a member (lid) has no tab."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from expertteam_app.anonymise.types import EntityKind, Replacement, ScrubbedText, Source
from expertteam_app.domain.enums import Role
from expertteam_app.services import cases
from expertteam_app.services.learning_views import (
    CandidateCase,
    GeneralisedFacts,
    SessionRow,
    SummaryRow,
    SummarySection,
    SummaryView,
    TimelineStep,
)
from tests.support.cases import draft
from tests.ui.conftest import run_sync, wait
from ui.learning.highlight import highlighted
from ui.learning.models import CandidateModel, SessionListModel, SummaryListModel
from ui.learning.review import ReviewPane
from ui.main_window import MainWindow
from ui.worker import JobContext

# Synthetic young people; each question names the young person, a parent, a town and a number.
PEOPLE = (
    ("Daan", "van der", "Berg", "999990019", "Anja", "Zwolle"),
    ("Sem", "", "Visser", "999990032", "Ria", "Kampen"),
    ("Lotte", "de", "Jong", "999990044", "Miriam", "Deventer"),
)


def question(first: str, mother: str, town: str) -> str:
    return (
        f"{first} zit thuis sinds de zomer. Moeder {mother} belt ons vanuit {town} "
        f"op 06-12345678; de wachtlijst voor autismezorg is lang."
    )


def register_cases(qtbot, db) -> list[int]:  # type: ignore[no-untyped-def]
    def op(ctx: JobContext) -> list[int]:
        ids = []
        for first, prefix, last, bsn, mother, town in PEOPLE:
            new = draft(
                first=first,
                prefix=prefix,
                last=last,
                bsn=bsn,
                question=question(first, mother, town),
            )
            new.household[0].first_name = mother
            with ctx.unit_of_work() as uow:
                ids.append(cases.register_case(uow, new).case_id)
        return ids

    result = run_sync(qtbot, db, op)
    assert isinstance(result, list)
    return result


def add_retrospective(qtbot, db, case_id: int) -> None:  # type: ignore[no-untyped-def]
    """A retrospective with one decision point that names the mother (to be scrubbed)."""
    from expertteam_app.services import retrospective as retro

    def op(ctx: JobContext) -> None:
        with ctx.unit_of_work() as uow:
            version = retro.retrospective(uow, case_id).version
        with ctx.unit_of_work() as uow:
            retro.save_retrospective(
                uow,
                case_id,
                retro.RetrospectiveDraft(
                    how_it_arose="Na de verhuizing naar Zwolle viel de school weg.",
                    lessons="Eerder opschalen als de wachtlijst langer is dan acht weken.",
                    decisions=[
                        retro.DecisionInput(
                            decided_on=date.today() - timedelta(days=200),
                            decided_by_role="wijkteam",
                            decision="Anja vroeg om hulp; het wijkteam verwees door.",
                            consequence="Wachtlijst van vier maanden.",
                        )
                    ],
                ),
                version,
            )

    run_sync(qtbot, db, op)


def learning_page(qtbot, db, main: MainWindow):  # type: ignore[no-untyped-def]
    main.show_learning_tables()
    page = main.learning_page
    assert page is not None and main.tabs.currentWidget() is main.learning_tab
    qtbot.waitUntil(page.isVisible)  # shown, it asks for its list
    wait(qtbot, db)
    return page


# --- the tab and the role -------------------------------------------------------------------


def test_a_member_has_no_learning_tab(qtbot, db, window):
    main = window(Role.LID)
    titles = [main.tabs.tabText(i) for i in range(main.tabs.count())]
    assert main.learning_tab is None
    assert "Leertafels" not in titles and "Learning tables" not in titles
    chair = window(Role.COORDINATOR)
    assert "Leertafels" in [chair.tabs.tabText(i) for i in range(chair.tabs.count())]
    assert main.show_learning_tables() is None
    assert main.findChild(type(main.lock_action), "showLearningTables") is None


def test_the_tab_is_built_when_first_shown_and_forgets_on_lock(qtbot, db, window):
    main = window(Role.VOORZITTER)
    assert main.learning_tab is not None and main.learning_page is None
    assert main.tabs.indexOf(main.learning_tab) == main.tabs.indexOf(main.meetings_page) + 1
    main.findChild(type(main.lock_action), "showLearningTables").trigger()
    page = main.learning_page
    assert page is not None
    qtbot.waitUntil(page.isVisible)
    wait(qtbot, db)
    assert page.count_label.text()  # the (empty) list has been asked for
    main.lock()
    wait(qtbot, db)
    assert page.model.rowCount() == 0 and page.stack.currentWidget() is page.list_page


# --- the models -------------------------------------------------------------------------------


def test_the_learning_models_pass_the_model_tester(qtmodeltester):
    sessions = SessionListModel()
    sessions.set_rows(
        [
            SessionRow(1, "Leertafel thuiszitters", date(2026, 6, 1), 3, 3, None),
            SessionRow(2, "Leertafel 18-/18+", date(2026, 9, 1), 2, 1, datetime.now(UTC)),
        ]
    )
    qtmodeltester.check(sessions)
    assert sessions.data(sessions.index(0, 3)) == "3 of 3" or "3" in sessions.data(
        sessions.index(0, 3)
    )
    summaries = SummaryListModel()
    summaries.set_rows(
        [SummaryRow(5, 10, "Casus A", True, True), SummaryRow(6, 11, "Casus B", True, False)]
    )
    qtmodeltester.check(summaries)
    assert not summaries.all_approved()
    candidates = CandidateModel()
    candidates.set_rows(
        [
            CandidateCase(10, "ET-2026-0001", "Daan van der Berg", "Afgesloten", date(2026, 5, 1)),
            CandidateCase(11, "ET-2026-0002", "Sem Visser", "In behandeling", None),
        ]
    )
    qtmodeltester.check(candidates)
    candidates.set_checked(11, True)
    assert candidates.checked_ids() == [11]
    assert candidates.data(candidates.index(1, 0), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    candidates.set_all(True)
    assert candidates.checked_ids() == [10, 11]
    candidates.set_all(False)
    assert candidates.checked_ids() == []


# --- the review pane on its own ---------------------------------------------------------------


def scrubbed(
    original: str, parts: list[tuple[str, str, EntityKind]], checks: list[str]
) -> ScrubbedText:
    """A ScrubbedText made by hand: each (found, label, kind) replaced in order."""
    text = ""
    position = 0
    replacements = []
    for found, label, kind in parts:
        start = original.index(found, position)
        text += original[position:start]
        out_start = len(text)
        text += label
        replacements.append(
            Replacement(
                start, start + len(found), out_start, len(text), found, label, kind, Source.CASE
            )
        )
        position = start + len(found)
    text += original[position:]
    spans = tuple((text.index(word), text.index(word) + len(word)) for word in checks)
    return ScrubbedText(original, text, tuple(replacements), spans)


def hand_made_view(built: bool = True) -> SummaryView:
    # An emoji (two UTF-16 units) and a Windows line end before the spans: Qt counts
    # positions differently from Python, and the colours must still fall on the words.
    question_text = scrubbed(
        "😀 Daan woont in Zwolle.\r\nMoeder Anja belt 06-12345678 over Hanzeborg.",
        [
            ("Daan", "[PERSOON-1]", EntityKind.PERSON),
            ("Zwolle", "[LOCATIE-1]", EntityKind.PLACE),
            ("Anja", "[PERSOON-2]", EntityKind.PERSON),
            ("06-12345678", "[TELEFOONNUMMER-1]", EntityKind.PHONE),
        ],
        ["Hanzeborg"],
    )
    decision = scrubbed("Daan naar De Linde.", [("Daan", "[PERSOON-1]", EntityKind.PERSON)], [])
    facts = GeneralisedFacts(
        "12-15",
        "IJsselland",
        "2e kwartaal 2025",
        "1e kwartaal 2026",
        9,
        "Wijkteam",
        "Urgent",
        ("Autisme",),
        ("Wachtlijst",),
        ("Thuiszitten",),
        "Doelen bereikt",
        "Afgesloten",
    )
    return SummaryView(
        id=7,
        session_id=1,
        case_id=3,
        label="Casus A",
        facts=facts,
        sections=(SummarySection("question", "Hulpvraag", question_text),),
        timeline=(TimelineStep("3e kwartaal 2025", "wijkteam", decision, scrubbed("", [], [])),),
        redactions=("Hanzeborg",) if built else (),
        built_at=datetime.now(UTC) if built else None,
        approved_by="",
        approved_at=None,
    )


def test_the_review_colours_every_replacement_label_and_doubt(qtbot):
    pane = ReviewPane()
    qtbot.addWidget(pane)
    pane.resize(1100, 700)
    pane.show()
    pane.show_summary(hand_made_view())
    question_pair = pane.pair("question")
    assert question_pair is not None
    assert highlighted(question_pair.original) == [
        ("Daan", "person"),
        ("Zwolle", "place"),
        ("Anja", "person"),
        ("06-12345678", "number"),
    ]
    assert highlighted(question_pair.anonymised) == [
        ("[PERSOON-1]", "person"),
        ("[LOCATIE-1]", "place"),
        ("[PERSOON-2]", "person"),
        ("[TELEFOONNUMMER-1]", "number"),
        ("Hanzeborg", "check"),
    ]
    decision = pane.pair("decision1")
    assert decision is not None and highlighted(decision.original) == [("Daan", "person")]
    assert pane.pair("consequence1") is None  # an empty consequence is not shown
    assert "1" in pane.check_count.text()
    facts = [label.text() for label in pane.facts_box.findChildren(type(pane.title), "factValue")]
    assert "12-15" in facts and "IJsselland" in facts and "Thuiszitten" in facts
    assert [pane.redactions.item(i).text() for i in range(pane.redactions.count())] == ["Hanzeborg"]

    asked: list[str] = []
    pane.redact_requested.connect(asked.append)
    assert not pane.redact_button.isEnabled()
    assert pane.select_in(question_pair.anonymised, "belt")
    assert pane.redact_button.isEnabled()
    qtbot.mouseClick(pane.redact_button, Qt.MouseButton.LeftButton)
    assert asked == ["belt"]
    undone: list[str] = []
    pane.unredact_requested.connect(undone.append)
    pane.redactions.setCurrentRow(0)
    qtbot.mouseClick(pane.unredact_button, Qt.MouseButton.LeftButton)
    assert undone == ["Hanzeborg"]
    assert pane.approve_button.isEnabled() and not pane.withdraw_button.isEnabled()


def test_an_unbuilt_summary_cannot_be_approved(qtbot):
    pane = ReviewPane()
    qtbot.addWidget(pane)
    pane.show_summary(hand_made_view(built=False))
    assert not pane.approve_button.isEnabled() and not pane.redact_button.isEnabled()


# --- the whole walk on the real database ------------------------------------------------------


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The save dialogs answer with a file in the test's folder, by the suggested suffix."""
    folder = tmp_path / "export"
    folder.mkdir()

    def answer(parent, caption, suggested, filters):  # type: ignore[no-untyped-def]
        return str(folder / ("leertafel" + Path(suggested).suffix)), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return folder


def test_select_build_review_redact_approve_and_export(qtbot, db, window, anonymiser, save_to):
    main = window(Role.COORDINATOR)
    case_ids = register_cases(qtbot, db)
    add_retrospective(qtbot, db, case_ids[0])
    page = learning_page(qtbot, db, main)
    wait(qtbot, db)

    dialog = page.new_session()
    assert dialog is not None
    wait(qtbot, db)
    assert dialog.themes.count() >= 8  # the seeded themes to filter on
    dialog.title.setText("Leertafel thuiszitters")
    dialog.all_cases.setChecked(True)
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    names = [dialog.model.row(i).name for i in range(dialog.model.rowCount())]
    assert "Daan van der Berg" in names  # the coordinator chooses by name
    assert not dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.select_all, Qt.MouseButton.LeftButton)
    for case_id in dialog.model.checked_ids():
        if case_id not in case_ids:
            dialog.model.set_checked(case_id, False)
    assert sorted(dialog.model.checked_ids()) == sorted(case_ids)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    qtbot.waitUntil(lambda: page.dialog is None)

    panel = page.panel
    assert page.stack.currentWidget() is panel
    assert "Leertafel thuiszitters" in panel.title.text()
    assert [panel.model.row(i).label for i in range(3)] == ["Casus A", "Casus B", "Casus C"]
    assert not panel.export_button.isEnabled()  # nothing built, nothing approved
    assert "Make summaries" in panel.review.empty.text() or panel.review.empty.isVisible()

    # Make the summaries: the anonymiser is fetched on the worker (the fixture preloaded it).
    qtbot.mouseClick(panel.build_button, Qt.MouseButton.LeftButton)
    assert panel.progress is not None and panel.progress.isVisible()
    wait(qtbot, db, timeout=60_000)
    qtbot.waitUntil(lambda: panel.review.view is not None, timeout=10_000)
    assert panel.progress is None
    assert all(panel.model.row(i).built for i in range(3))
    review = panel.review
    view = review.view
    assert view.label == "Casus A"

    # The young person's name is coloured as a person in the original and gone from the
    # anonymised text, where labels are coloured.
    first = review.pair("question")
    assert first is not None
    assert ("Daan", "person") in highlighted(first.original)
    assert "Daan" not in first.anonymised.toPlainText()
    assert any(
        text.startswith("[PERSOON-") and family == "person"
        for text, family in highlighted(first.anonymised)
    )
    assert "wachtlijst" in first.anonymised.toPlainText()  # domain words stay
    assert review.pair("decision1") is not None  # the retrospective's decision point

    # Redact a word by selecting it in the anonymised text, then undo it.
    assert review.select_in(first.anonymised, "wachtlijst")
    qtbot.mouseClick(review.redact_button, Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    first = review.pair("question")
    assert first is not None and "wachtlijst" not in first.anonymised.toPlainText()
    assert "[AFGESCHERMD" in first.anonymised.toPlainText()
    assert ("wachtlijst", "redacted") in highlighted(first.original)
    assert review.redactions.item(0).text() == "wachtlijst"
    review.redactions.setCurrentRow(0)
    qtbot.mouseClick(review.unredact_button, Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    assert review.redactions.count() == 0
    assert "wachtlijst" in review.pair("question").anonymised.toPlainText()

    # Approve each summary; then, and only then, the export is possible.
    for row in range(3):
        panel.table.selectRow(row)
        wait(qtbot, db)
        qtbot.waitUntil(
            lambda r=row: review.view is not None and review.view.label == panel.model.row(r).label
        )
        qtbot.mouseClick(review.approve_button, Qt.MouseButton.LeftButton)
        wait(qtbot, db)
        assert review.view.approved and review.withdraw_button.isEnabled()
        assert not panel.export_button.isEnabled() or row == 2
    assert panel.export_button.isEnabled()
    assert "3" in panel.progress_label.text()

    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    export = panel.export_dialog
    assert export is not None and not export.export_button.isEnabled()
    for kind in ("pdf", "csv", "xlsx"):
        qtbot.mouseClick(export.choose_buttons[kind], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    wait(qtbot, db, timeout=30_000)
    assert not export.message.text(), export.message.text()
    assert "leertafel.pdf" in export.result_label.text()
    written = {p.suffix: p for p in save_to.iterdir()}
    assert set(written) == {".pdf", ".csv", ".xlsx"}

    from pypdf import PdfReader

    pdf_text = "".join(p.extract_text() for p in PdfReader(written[".pdf"]).pages)
    assert "Casus A" in pdf_text and "Casus C" in pdf_text
    csv_text = written[".csv"].read_text(encoding="utf-8-sig")
    assert list(csv.reader(csv_text.splitlines()))
    from openpyxl import load_workbook

    xlsx_text = " ".join(
        str(cell)
        for sheet in load_workbook(written[".xlsx"]).worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    )
    # Three cases: every count in the overview is a small cell, shown as "<5".
    assert "<5" in pdf_text and "<5" in csv_text and "<5" in xlsx_text
    for first_name, _p, last, bsn, mother, town in PEOPLE:
        for identifier in (first_name, last, bsn, mother, town, "06-12345678"):
            assert identifier not in pdf_text, identifier
            assert identifier not in csv_text, identifier
            assert identifier not in xlsx_text, identifier

    export.close()
    qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    assert page.stack.currentWidget() is page.list_page
    row = page.model.row(0)
    assert row is not None and row.approved_count == 3 and row.last_exported_at is not None


def test_delete_a_session_after_confirming(qtbot, db, window, monkeypatch):
    main = window(Role.COORDINATOR)
    case_ids = register_cases(qtbot, db)

    def create(ctx: JobContext) -> int:
        from expertteam_app.services import learning

        with ctx.unit_of_work() as uow:
            return learning.create_session(uow, "Leertafel weg", date.today(), case_ids[:1])

    run_sync(qtbot, db, create)
    page = learning_page(qtbot, db, main)
    wait(qtbot, db)
    assert page.model.rowCount() == 1
    assert not page.delete_button.isEnabled()
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None and "Leertafel weg" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_creating_a_session_without_a_title_shows_the_service_problem(qtbot, db, window):
    main = window(Role.COORDINATOR)
    register_cases(qtbot, db)
    page = learning_page(qtbot, db, main)
    dialog = page.new_session()
    wait(qtbot, db)
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    assert dialog.model.rowCount() >= 3
    dialog.model.set_checked(dialog.model.row(0).case_id, True)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait(qtbot, db)
    assert dialog.messages["title"].text() and dialog.isVisible()
    dialog.close()


def test_loading_the_anonymiser_is_shown_with_its_status_and_can_be_cancelled(qtbot, db, unlocked):
    from ui.learning.session_view import SessionPanel

    panel = SessionPanel(db, unlocked(Role.COORDINATOR))
    qtbot.addWidget(panel)
    panel.show()
    relay = panel._progress("Making the summaries…", show_now=False)
    progress = panel.progress
    assert progress is not None and not progress.isVisible()  # quick jobs show nothing
    relay.loading.emit()  # what the worker says when deduce is not loaded yet
    qtbot.waitUntil(progress.isVisible)
    assert "anonymiser" in progress.labelText() or "anonimiseerder" in progress.labelText()
    relay.line.emit("Namenlijsten laden")
    qtbot.waitUntil(lambda: "Namenlijsten laden" in progress.labelText())

    def waits_for_cancel(ctx: JobContext) -> bool:  # a job on the worker, as a build is
        import time

        deadline = time.monotonic() + 10
        while not ctx.cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return ctx.cancelled()

    answers: list[bool] = []
    panel.job = db.run(waits_for_cancel, on_done=answers.append)
    from PySide6.QtWidgets import QPushButton

    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the person presses Cancel
    qtbot.waitUntil(lambda: answers == [True], timeout=5_000)
    panel._close_progress()
    assert panel.progress is None
