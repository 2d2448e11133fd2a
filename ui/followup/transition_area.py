"""The 18-/18+ area of an open case: the eighteenth birthday and the "big five" checklist
(support, housing, school or work, income, wellbeing) that the team keeps from 16.5 years,
so that care does not stop at 18. When it applies is the domain's rule
(domain.transition); the case tab shows this area only then."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain.enums import BigFiveArea, BigFiveStatus
from expertteam_app.services.cases import CaseDetail
from expertteam_app.services.followup import NOTE_MAX, TransitionInput, TransitionView
from ui.followup.area import BANNER_STYLE, CaseArea, heading
from ui.formatting import day, moment
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.widgets import EnumCombo
from ui.worker import Database, JobContext, Op


def load_op(case_id: int) -> Op:
    def op(ctx: JobContext) -> TransitionView:
        from expertteam_app.services import followup

        with ctx.unit_of_work(write=False) as uow:
            return followup.transition_checklist(uow, case_id)

    return op


def save_op(case_id: int, changes: list[TransitionInput]) -> Op:
    def op(ctx: JobContext) -> TransitionView:
        from expertteam_app.services import followup

        with ctx.unit_of_work() as uow:
            return followup.save_transition_checks(uow, case_id, changes)

    return op


class AreaRow:
    """The widgets of one of the five areas."""

    def __init__(self, area: BigFiveArea) -> None:
        self.area = area
        self.label = QLabel(area.label(current_language()))
        self.status: EnumCombo[BigFiveStatus] = EnumCombo(BigFiveStatus)
        self.status.setObjectName(f"status_{area.value}")
        self.note = QLineEdit()
        self.note.setObjectName(f"note_{area.value}")
        self.note.setMaxLength(NOTE_MAX)
        self.changed = QLabel()
        self.changed.setObjectName(f"changed_{area.value}")
        self.changed.setStyleSheet("color: #52606d;")

    def value(self) -> TransitionInput:
        return TransitionInput(
            self.area, self.status.value() or BigFiveStatus.OPEN, self.note.text().strip()
        )


class TransitionArea(CaseArea):
    """The 18-/18+ tab of an open case. Loads when first shown."""

    case_changed = Signal(object)  # CaseDetail; saving the checklist never moves the case

    def __init__(
        self, db: Database, info: SessionInfo, detail: CaseDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, info, detail, parent)
        self.setObjectName("transitionArea")
        self.view: TransitionView | None = None
        self._busy = False

        self.birthday = QLabel(self.tr("Loading…"))
        self.birthday.setObjectName("eighteenthBirthday")
        font = QFont(self.birthday.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.birthday.setFont(font)
        self.explain = QLabel()
        self.explain.setObjectName("transitionExplain")
        self.explain.setWordWrap(True)
        banner = QWidget()
        banner.setObjectName("transitionBanner")
        banner.setStyleSheet(f"#transitionBanner {{ {BANNER_STYLE} }}")
        banner_layout = QVBoxLayout(banner)
        banner_layout.setContentsMargins(10, 8, 10, 8)
        banner_layout.addWidget(self.birthday)
        banner_layout.addWidget(self.explain)
        banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        for column, text in enumerate(
            (self.tr("Area"), self.tr("Status"), self.tr("Note"), self.tr("Last change"))
        ):
            grid.addWidget(heading(text), 0, column)
        self.rows: dict[BigFiveArea, AreaRow] = {}
        for r, area in enumerate(BigFiveArea, start=1):
            row = AreaRow(area)
            self.rows[area] = row
            grid.addWidget(row.label, r, 0)
            grid.addWidget(row.status, r, 1)
            grid.addWidget(row.note, r, 2)
            grid.addWidget(row.changed, r, 3)
            row.status.setEnabled(self.may_follow_up)
            row.note.setReadOnly(not self.may_follow_up)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveTransition")
        self.save_button.setAutoDefault(False)
        self.save_button.setVisible(self.may_follow_up)
        self.save_button.clicked.connect(self.save)
        self.status.setObjectName("transitionStatus")
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)

        content = QWidget()
        content.setMaximumWidth(1100)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(banner)
        content_layout.addLayout(grid)
        content_layout.addLayout(bar)
        content_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(content)

    # --- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self.reload()

    def reload(self) -> None:
        self._started = True
        self._db.run(
            load_op(self.detail.id), on_done=self._apply, on_error=self._failed, owner=self
        )

    def set_case(self, detail: CaseDetail) -> None:
        same = detail == self.detail
        self.detail = detail
        if self.loaded and not same and not self.dirty():
            self.reload()

    def dirty(self) -> bool:
        """Something typed or chosen that is not saved yet."""
        if self.view is None:
            return False
        return any(
            self.rows[item.area].value() != TransitionInput(item.area, item.status, item.note)
            for item in self.view.items
        )

    def _apply(self, view: TransitionView) -> None:
        self.view = view
        self.loaded = True
        self.birthday.setText(
            self.tr("Eighteenth birthday: {date}").format(date=day(view.eighteenth_birthday))
        )
        lines = []
        if view.turns_18_soon:
            lines.append(self.tr("Turns 18 soon: arrange what must continue after 18."))
        lines.append(
            self.tr(
                "From 16.5 years the team checks the big five, so that care does not stop at 18."
            )
        )
        if not view.applies:
            lines.append(self.tr("The young person is not yet 16.5; the checklist starts then."))
        if not self.may_follow_up:
            lines.append(self.tr("You can read the checklist; your role does not change it."))
        elif not view.may_record:
            lines.append(self.tr("This case is closed: reopen it to change the checklist."))
        self.explain.setText("\n".join(lines))
        language = current_language()
        editable = self.may_follow_up and view.may_record and view.applies
        for item in view.items:
            row = self.rows[item.area]
            row.label.setText(item.area.label(language))
            row.status.set_value(item.status)
            row.note.setText(item.note)
            row.status.setEnabled(editable)
            row.note.setReadOnly(not editable)
            row.changed.setText(
                self.tr("{name}, {when}").format(
                    name=item.member_name, when=moment(item.updated_at)
                )
                if item.updated_at is not None
                else ""
            )
        self.save_button.setEnabled(editable and not self._busy)

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        if self._busy or self.view is None:
            return
        self._busy = True
        self.save_button.setEnabled(False)
        self._say(self.tr("Saving…"))
        changes = [self.rows[area].value() for area in BigFiveArea]
        self._db.run(
            save_op(self.detail.id, changes),
            on_done=self._saved,
            on_error=self._save_failed,
            owner=self,
        )

    def _saved(self, view: TransitionView) -> None:
        self._busy = False
        self._apply(view)
        self._say(self.tr("Checklist saved."))

    def _save_failed(self, exc: BaseException, crash: str | None) -> None:
        self._busy = False
        if self.view is not None:
            self.save_button.setEnabled(True)
        self._failed(exc, crash)
