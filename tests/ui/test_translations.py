"""Dutch first: every string the window shows has a Dutch translation, the committed .ts
files match the source, and Qt's own buttons speak Dutch too."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from expertteam_app.domain.enums import Role
from tests.ui.conftest import wait
from ui.paths import translations_dir

PLACEHOLDER = re.compile(r"\{(\w*)\}")


def messages(language: str) -> list[tuple[str, str, str | None]]:
    tree = ET.parse(translations_dir() / f"expertteam_{language}.ts")
    found = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        found.append(
            (message.findtext("source") or "", translation.text or "", translation.get("type"))
        )
    return found


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_message_is_translated_with_the_same_placeholders(language):
    problems = []
    for source, translation, kind in messages(language):
        if kind in ("unfinished", "vanished", "obsolete") or not translation.strip():
            problems.append(f"untranslated: {source!r}")
        elif set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translation)):
            problems.append(f"placeholders differ: {source!r} -> {translation!r}")
    assert problems == []


def test_the_committed_translations_cover_every_string_in_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    tool = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    assert tool, "pyside6-lupdate ships with PySide6"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in Path("ui").rglob("*.py"))
    subprocess.run(
        [tool, *sources, "-locations", "none", "-ts", str(fresh)], check=True, capture_output=True
    )
    in_code = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    committed = {source for source, _, _ in messages("nl")}
    assert in_code - committed == set(), (
        "run `python -m ui.i18n_build --update` and translate the new strings"
    )
    assert committed - in_code == set(), "the .ts file holds strings the code no longer uses"


def visible_texts(root: QWidget) -> set[str]:
    texts: set[str] = set()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if widget.windowTitle():
            texts.add(widget.windowTitle())
        if widget.toolTip():
            texts.add(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            texts.update(
                widget.tabText(i).rstrip(" ⚠").removeprefix("● ") for i in range(widget.count())
            )
        for action in widget.actions():
            texts.add(action.text())
            if action.menu() is not None:
                texts.update(a.text() for a in action.menu().actions())
    return {t for t in texts if t}


def untranslated(texts: set[str]) -> set[str]:
    """English source strings shown as they are, although a Dutch translation exists."""
    english = {
        source for source, translation, _ in messages("nl") if translation and translation != source
    }
    return texts & english


def test_the_main_screens_show_no_english(qtbot, db, prefs, unlocked, team_db):
    from ui.import_dialog import ImportDialog
    from ui.main_window import MainWindow
    from ui.new_team_wizard import NewTeamWizard
    from ui.unlock_window import UnlockWindow

    unlock = UnlockWindow(db, prefs)
    qtbot.addWidget(unlock)
    unlock.panel.select_database(str(team_db))
    unlock.show()
    wizard = NewTeamWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    info = unlocked(Role.VOORZITTER)
    main = MainWindow(db, prefs, info)
    main.show()
    wait(qtbot, db)
    tab = main.new_registration()
    assert tab is not None
    tab.form.household.add_row()
    tab.form.care.add_row()
    tab.form.consents.add_row()
    dialog = ImportDialog(db, main)
    dialog.show()
    shown = set()
    for window in (unlock, wizard, main, dialog):
        shown |= visible_texts(window)
    for page in range(tab.form.sections.count()):
        shown |= visible_texts(tab.form.sections.widget(page))
    headers = main.list_page.model
    shown |= {headers.headerData(c, headers_orientation()) for c in range(headers.columnCount())}
    shown |= preview_texts(qtbot, db, main)
    dialog.close()
    tab.form._set_dirty(False)
    main.close()
    assert untranslated(shown) == set()
    assert "Casussen" in shown and "Nieuwe aanmelding" in shown


def preview_texts(qtbot, db, main) -> set[str]:  # type: ignore[no-untyped-def]
    """The labels of the preview pane, for a suspended case without consent."""
    from expertteam_app.domain.enums import SuspensionReason
    from expertteam_app.services import cases, lifecycle
    from tests.support.cases import draft
    from tests.ui.conftest import run_sync

    def op(ctx):  # type: ignore[no-untyped-def]
        with ctx.unit_of_work() as uow:
            case_id = cases.register_case(uow, draft(consent=False)).case_id
            return lifecycle.suspend_case(
                uow, case_id, SuspensionReason.WAITING_FOR_CONSENT, "Wacht"
            )

    html = main.list_page.preview_html(run_sync(qtbot, db, op), 6)
    return {part.split(":")[0].split(" — ")[-1].strip() for part in re.findall(r">([^<>]+)<", html)}


def headers_orientation():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_qt_standard_buttons_speak_dutch(qtbot):
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Annuleren", "Opslaan"}


def test_strings_inside_expressions_are_in_the_translations_too():
    """lupdate does not look inside f-string expressions; a tr() there would stay English."""
    committed = {source for source, _, _ in messages("nl")}
    missing = []
    for path in Path("ui").rglob("*.py"):
        for match in re.finditer(
            r"self\.tr\(\s*(['\"])(.+?)\1\s*\)", path.read_text(encoding="utf-8")
        ):
            text = (
                match.group(2).encode().decode("unicode_escape")
                if "\\" in match.group(2)
                else match.group(2)
            )
            if text not in committed:
                missing.append(f"{path}: {text!r}")
    assert missing == []


def test_every_translate_call_names_its_text_literally():
    """lupdate reads only literal texts: a helper like `def t(text): return
    QCoreApplication.translate("Ctx", text)` hides every string passed to it, and those
    stayed English in the Dutch window (found on the dashboard's chart titles and in five
    older screens). Every translate() and tr() call must carry a string literal."""
    import ast

    hidden = []
    for path in Path("ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            if node.func.attr == "translate" and len(node.args) >= 2:
                text = node.args[1]
            elif node.func.attr == "tr" and node.args:
                text = node.args[0]
            else:
                continue
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                hidden.append(f"{path}:{node.lineno}")
    assert hidden == []


def test_the_meeting_and_advice_screens_show_no_english(qtbot, db, prefs, unlocked):
    from tests.support.advice import plan_table
    from tests.ui.conftest import run_sync
    from ui.main_window import MainWindow
    from ui.meetings.meeting_room import MeetingRoom

    unlocked(Role.COORDINATOR)
    table = run_sync(qtbot, db, lambda ctx: plan_table(ctx.team))
    info = unlocked(Role.VOORZITTER)
    main = MainWindow(db, prefs, info)
    main.show()
    wait(qtbot, db)
    page = main.meetings_page
    page.new_meeting()
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=10_000)
    room = page.open_room(table.meeting_id)
    assert isinstance(room, MeetingRoom)
    qtbot.waitUntil(lambda: room.current_item() is not None and db.idle, timeout=10_000)
    main.open_case(table.case_ids[0])
    wait(qtbot, db)
    tab = main.case_tabs()[0]
    tab.areas.setCurrentWidget(tab.advice)
    qtbot.waitUntil(lambda: tab.advice.loaded, timeout=10_000)
    wait(qtbot, db)
    shown = set()
    for window in (main, page, page.dialog, room, tab.advice):
        shown |= visible_texts(window)
    model = page.model
    shown |= {model.headerData(c, headers_orientation()) for c in range(model.columnCount())}
    page.dialog.close()
    room.close()
    wait(qtbot, db)
    main.close()
    assert untranslated(shown) == set()
    assert {"Overleggen", "Advies", "Aanmelding"} <= shown


def test_the_work_list_follow_up_funding_and_transition_screens_show_no_english(
    qtbot, db, prefs, unlocked
):
    from dataclasses import replace
    from datetime import UTC, date, datetime, time, timedelta

    from expertteam_app.services.context import FixedClock
    from tests.support.advice import plan_table
    from tests.support.followup import issue_first_advice
    from tests.ui.conftest import run_sync
    from ui.main_window import MainWindow

    issued = date.today() - timedelta(days=20)
    unlocked(Role.COORDINATOR)
    table = run_sync(
        qtbot,
        db,
        lambda ctx: plan_table(ctx.team, starts_at=datetime.combine(issued, time(14, 0))),
    )

    def issue(ctx):  # type: ignore[no-untyped-def]
        back = FixedClock(datetime.combine(issued, time(12, 0), tzinfo=UTC))
        return issue_first_advice(replace(ctx.team, clock=back), table, today=issued)

    unlocked(Role.VOORZITTER)
    advised = run_sync(qtbot, db, issue)
    main = MainWindow(db, prefs, unlocked(Role.COORDINATOR))
    main.show()
    wait(qtbot, db)
    page = main.work_list
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    main.open_case(advised.case_id, "funding")
    qtbot.waitUntil(lambda: bool(main.case_tabs()), timeout=10_000)
    tab = main.case_tabs()[0]
    wait(qtbot, db)
    shown = visible_texts(main) | visible_texts(tab.funding)
    tab.show_area("followup")
    wait(qtbot, db)
    shown |= visible_texts(tab.followup)
    for model in (page.model, tab.followup.care_model, tab.followup.goals_model):
        shown |= {model.headerData(c, headers_orientation()) for c in range(model.columnCount())}
        shown |= {
            model.data(model.index(r, c))
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        } - {None}
    main.open_funding_overview()
    overview = main.findChild(QWidget, "fundingOverview")
    wait(qtbot, db)
    shown |= visible_texts(overview)
    overview.close()
    main.close()
    assert untranslated(shown) == set()
    assert {"Werklijst", "Opvolging", "Financiering", "Financieringsoverzicht"} <= shown
