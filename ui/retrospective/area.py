"""The Retrospective (Terugblik) tab of an open case: how the problems arose, as a timeline
of decisions (when, who in role terms, what, what followed), what went wrong where
(bottlenecks from the team's list), reflections "with what we know now", lessons, and the
themes a learning table can discuss the case under.

The chair and the coordinator change it; every other member reads it. The rules are the
service's (services.retrospective); this tab shows its problems next to the fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.enums import ListKind
from expertteam_app.errors import FieldProblem, ValidationError
from expertteam_app.services.cases import CaseDetail
from expertteam_app.services.retrospective import (
    RetrospectiveDraft,
    RetrospectiveView,
    normalised,
)
from expertteam_app.services.roles import Permission, allows
from ui.followup.area import BANNER_STYLE, CaseArea, heading
from ui.formatting import moment
from ui.i18n import current_language
from ui.retrospective.rows import BottleneckRow, DecisionRow, RowList
from ui.session import SessionInfo
from ui.widgets import CheckList, FieldMessage
from ui.worker import Database, JobContext, Op


@dataclass(frozen=True)
class Loaded:
    view: RetrospectiveView
    themes: list[tuple[int, str, bool]]  # (id, label in the window's language, active)
    bottlenecks: list[tuple[int, str, bool]]


def load_op(case_id: int, language: str) -> Op:
    def op(ctx: JobContext) -> Loaded:
        from expertteam_app.services import reference, retrospective

        with ctx.unit_of_work() as uow:  # the read is logged
            view = retrospective.retrospective(uow, case_id)
            themes = retrospective.themes(uow, include_inactive=True)
            bottlenecks = reference.list_items(uow, ListKind.BOTTLENECK, include_inactive=True)
        return Loaded(
            view,
            [(i.id, i.text(language), i.active) for i in themes],
            [(i.id, i.text(language), i.active) for i in bottlenecks],
        )

    return op


def save_op(case_id: int, draft: RetrospectiveDraft, version: int) -> Op:
    def op(ctx: JobContext) -> RetrospectiveView:
        from expertteam_app.services import retrospective

        with ctx.unit_of_work() as uow:
            return retrospective.save_retrospective(uow, case_id, draft, version)

    return op


def _text_box(name: str, placeholder: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * (lines + 3) + 12)
    return box


class RetrospectiveArea(CaseArea):
    """The Retrospective tab of an open case. Loads when first shown."""

    def __init__(
        self, db: Database, info: SessionInfo, detail: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, info, detail, parent)
        self.setObjectName("retrospectiveArea")
        self.may_edit = allows(info.role, Permission.RETROSPECTIVE_EDIT)
        self.view: RetrospectiveView | None = None
        self._bottleneck_choices: list[tuple[int, str]] = []
        self._bottleneck_labels: dict[int, str] = {}
        self._busy = False

        self.explain = QLabel()
        self.explain.setObjectName("retrospectiveExplain")
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet(BANNER_STYLE)

        self.how_it_arose = _text_box(
            "howItArose",
            self.tr("How did the problems arise? What happened before the case came to the team?"),
            4,
        )
        self.decisions: RowList[DecisionRow] = RowList(
            DecisionRow, self.tr("Add decision"), movable=True
        )
        self.decisions.setObjectName("decisionTimeline")
        self.bottlenecks: RowList[BottleneckRow] = RowList(
            lambda: BottleneckRow(self._bottleneck_choices), self.tr("Add bottleneck")
        )
        self.bottlenecks.setObjectName("retrospectiveBottlenecks")
        self.reflections = _text_box(
            "reflections",
            self.tr("With what we know now: would we make the same choices? If not, why not?"),
            3,
        )
        self.lessons = _text_box(
            "lessons", self.tr("What does this mean for how we work today?"), 3
        )
        self.themes = CheckList()
        self.themes.setObjectName("themes")
        self.themes.setMaximumHeight(self.themes.fontMetrics().lineSpacing() * 9 + 16)
        self.theme_message = FieldMessage()
        self.theme_message.setObjectName("themeMessage")

        self.updated = QLabel()
        self.updated.setObjectName("retrospectiveUpdated")
        self.updated.setStyleSheet("color: #52606d;")
        self.status.setObjectName("retrospectiveStatus")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveRetrospective")
        self.save_button.setAutoDefault(False)
        self.save_button.setVisible(self.may_edit)
        self.save_button.clicked.connect(self.save)

        # Left: the story in words; right: the timeline and where it went wrong.
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("How the problems arose")))
        left.addWidget(self.how_it_arose)
        left.addWidget(heading(self.tr("Reflections (with what we know now)")))
        left.addWidget(self.reflections)
        left.addWidget(heading(self.tr("Lessons")))
        left.addWidget(self.lessons)
        left.addWidget(heading(self.tr("Themes for the learning table")))
        left.addWidget(self.themes)
        left.addWidget(self.theme_message)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(heading(self.tr("Decisions along the way (oldest first)")))
        caption = QLabel(
            self.tr(
                "Per decision: the date, who decided (a role), what was decided and what followed."
            )
        )
        caption.setWordWrap(True)
        caption.setStyleSheet("color: #52606d;")
        right.addWidget(caption)
        right.addWidget(self.decisions)
        right.addWidget(heading(self.tr("What went wrong where")))
        right.addWidget(self.bottlenecks)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addSpacing(12)
        columns.addLayout(right, 3)

        content = QWidget()
        content.setMaximumWidth(1400)
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.explain)
        content_layout.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.updated)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)

        for box in (self.how_it_arose, self.reflections, self.lessons):
            box.textChanged.connect(self._edited)
        self.decisions.changed.connect(self._edited)
        self.bottlenecks.changed.connect(self._edited)
        self.themes.changed.connect(self._edited)
        self._set_editable(False)

    # --- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.reload()

    def reload(self) -> None:
        self._started = True
        self._db.run(
            load_op(self.detail.id, current_language()),
            on_done=self._loaded,
            on_error=self._failed,
            owner=self,
        )

    def set_case(self, detail: CaseDetail) -> None:
        self.detail = detail  # the retrospective does not follow the case's changes

    def _loaded(self, loaded: Loaded) -> None:
        self._bottleneck_choices = [(i, label) for i, label, active in loaded.bottlenecks if active]
        in_use = {t.item_id for t in loaded.view.themes}
        self.themes.set_items(
            (str(i), label) for i, label, active in loaded.themes if active or i in in_use
        )
        self._bottleneck_labels = {i: label for i, label, _ in loaded.bottlenecks}
        self._apply(loaded.view)
        self.loaded = True
        self._say("")

    def _apply(self, view: RetrospectiveView) -> None:
        self.view = view
        self._busy = True
        draft = view.to_draft()
        self.how_it_arose.setPlainText(draft.how_it_arose)
        self.reflections.setPlainText(draft.reflections)
        self.lessons.setPlainText(draft.lessons)
        self.decisions.clear_rows()
        for d in draft.decisions:
            self.decisions.add_row().set_value(d)
        self.bottlenecks.clear_rows()
        for b in draft.bottlenecks:
            label = self._bottleneck_labels.get(b.bottleneck_id or -1, "")
            self.bottlenecks.add_row().set_value(b, label)
        self.themes.set_codes(str(i) for i in draft.theme_ids)
        self._busy = False
        self._show_problems([])
        self._set_editable(self.may_edit)
        if view.is_empty:
            self.updated.setText(self.tr("Nothing recorded yet"))
        else:
            self.updated.setText(
                self.tr("Last saved by {name}, {when}").format(
                    name=view.updated_by or "-",
                    when=moment(view.updated_at) if view.updated_at else "-",
                )
            )
        lines = [
            self.tr(
                "Looking back at this case: how it arose, what was decided by whom, what went "
                "wrong where and what the team learns from it. A learning table only ever sees "
                "an anonymised summary of it."
            ),
            self.tr("Write roles (wijkteam, gemeente), not names, where you can."),
        ]
        if not self.may_edit:
            lines.append(self.tr("You can read the retrospective; your role does not change it."))
        self.explain.setText("\n".join(lines))

    def _set_editable(self, editable: bool) -> None:
        for box in (self.how_it_arose, self.reflections, self.lessons):
            box.setReadOnly(not editable)
        self.decisions.set_read_only(not editable)
        self.bottlenecks.set_read_only(not editable)
        self.themes.setEnabled(editable)
        self.save_button.setEnabled(editable)

    # --- editing and saving -----------------------------------------------------------------

    def draft(self) -> RetrospectiveDraft:
        return RetrospectiveDraft(
            how_it_arose=self.how_it_arose.toPlainText(),
            reflections=self.reflections.toPlainText(),
            lessons=self.lessons.toPlainText(),
            decisions=[row.value() for row in self.decisions.rows],
            bottlenecks=[row.value() for row in self.bottlenecks.rows],
            theme_ids=[int(code) for code in self.themes.codes()],
        )

    def dirty(self) -> bool:
        """Something typed or chosen that is not saved yet."""
        if self.view is None:
            return False
        return normalised(self.draft()) != normalised(self.view.to_draft())

    def _edited(self) -> None:
        if not self._busy and self.loaded:
            self._say(self.tr("Not saved yet.") if self.dirty() else "")

    def save(self) -> None:
        if self.view is None or not self.may_edit:
            return
        unreadable = [
            i
            for i, row in enumerate(self.decisions.filled_rows())
            if row.decided_on.is_unreadable()
        ]
        if unreadable:
            self._show_problems(
                [
                    FieldProblem(
                        f"decisions[{i}].decided_on",
                        "Deze datum is onleesbaar (DD-MM-JJJJ).",
                        "This date cannot be read (DD-MM-YYYY).",
                    )
                    for i in unreadable
                ]
            )
            self._say(self.tr("Not saved: see the messages at the fields."), error=True)
            return
        self.save_button.setEnabled(False)
        self._say(self.tr("Saving…"))
        self._db.run(
            save_op(self.detail.id, self.draft(), self.view.version),
            on_done=self._saved,
            on_error=self._save_failed,
            owner=self,
        )

    def _saved(self, view: RetrospectiveView) -> None:
        self._apply(view)
        self._say(self.tr("Retrospective saved."))

    def _save_failed(self, exc: BaseException, crash: str | None) -> None:
        self.save_button.setEnabled(self.may_edit)
        if isinstance(exc, ValidationError) and crash is None:
            shown = self._show_problems(exc.problems)
            if shown == len(exc.problems):
                self._say(self.tr("Not saved: see the messages at the fields."), error=True)
                return
        self._failed(exc, crash)

    def _show_problems(self, problems: list[FieldProblem]) -> int:
        """Put each problem next to its field; returns how many found a place."""
        english = current_language() == "en"
        rows: dict[tuple[str, int], list[str]] = {}
        themes: list[str] = []
        shown = 0
        for p in problems:
            text = p.en if english else p.nl
            if p.field == "theme_ids":
                themes.append(text)
                shown += 1
            elif p.field.startswith(("decisions[", "bottlenecks[")):
                kind, rest = p.field.split("[", 1)
                rows.setdefault((kind, int(rest.split("]")[0])), []).append(text)
                shown += 1
        editors: tuple[tuple[str, RowList[Any]], ...] = (
            ("decisions", self.decisions),
            ("bottlenecks", self.bottlenecks),
        )
        for kind, editor in editors:
            for each in editor.rows:
                each.message.show_text("")
            for index, filled in enumerate(editor.filled_rows()):
                filled.message.show_text(" ".join(rows.get((kind, index), [])))
        self.theme_message.show_text(" ".join(themes))
        return shown
