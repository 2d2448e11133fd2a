"""The review of one anonymised summary: its generalised facts, then per section the original
and the anonymised text side by side, with every replacement, every label and every
stretch to check coloured; hand redactions, approval.

The pane only shows a SummaryView and says what the reviewer asked for (signals); the
session view runs those requests through the service and shows the answer again.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.anonymise.types import ScrubbedText
from expertteam_app.services.learning_views import SummaryView
from ui.formatting import moment
from ui.learning.highlight import (
    BACKGROUND,
    CHECK_UNDERLINE,
    Family,
    original_spans,
    scrubbed_spans,
    show_highlighted,
)
from ui.widgets import FieldMessage


class SectionText(QTextEdit):
    """A read-only text as tall as its content, so the sections scroll as one page."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = self.document().documentLayout()
        layout.documentSizeChanged.connect(self._fit)
        self._fit(self.document().size())

    def _fit(self, size: QSizeF) -> None:
        margins = self.contentsMargins()
        height = int(size.height()) + margins.top() + margins.bottom() + 4
        self.setFixedHeight(max(height, 36))


class SectionPair(QWidget):
    """One section: its heading, the original on the left, the anonymised on the right."""

    def __init__(self, key: str, heading: str, scrubbed: ScrubbedText) -> None:
        super().__init__()
        self.key = key
        self.scrubbed = scrubbed
        self.setObjectName(f"section_{key}")
        title = QLabel(heading)
        title.setObjectName("sectionHeading")
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        self.original = SectionText("originalText")
        self.anonymised = SectionText("anonymisedText")
        show_highlighted(self.original, scrubbed.original, original_spans(scrubbed))
        show_highlighted(self.anonymised, scrubbed.text, scrubbed_spans(scrubbed))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.original, 1)
        row.addWidget(self.anonymised, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(title)
        layout.addLayout(row)


def _swatch(text: str, family: str) -> QLabel:
    label = QLabel(text)
    style = f"background: {BACKGROUND[family]}; padding: 1px 6px; border-radius: 3px;"
    if family == Family.CHECK:
        style += f" border-bottom: 2px solid {CHECK_UNDERLINE};"
    label.setStyleSheet(style)
    return label


class ReviewPane(QWidget):
    redact_requested = Signal(str)  # the phrase selected in either text
    unredact_requested = Signal(str)
    approve_requested = Signal()
    withdraw_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: SummaryView | None = None
        self.pairs: list[SectionPair] = []
        self._selected_in: QTextEdit | None = None
        self._busy = False
        self._may_review = True

        self.title = QLabel()
        self.title.setObjectName("reviewTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.state = QLabel()
        self.state.setObjectName("approvalState")

        self.facts_box = QGroupBox(self.tr("Facts (generalised)"))
        self.facts_box.setObjectName("factsBox")
        self.facts = QGridLayout(self.facts_box)
        self.facts.setHorizontalSpacing(14)
        self.facts.setVerticalSpacing(2)

        legend = QHBoxLayout()
        legend.setSpacing(6)
        legend.addWidget(QLabel(self.tr("Colours:")))
        for text, family in (
            (self.tr("person"), Family.PERSON),
            (self.tr("place"), Family.PLACE),
            (self.tr("organisation"), Family.INSTITUTION),
            (self.tr("date or age"), Family.TIME),
            (self.tr("number or address"), Family.NUMBER),
            (self.tr("redacted by hand"), Family.REDACTED),
            (self.tr("check this"), Family.CHECK),
        ):
            legend.addWidget(_swatch(text, family))
        legend.addStretch(1)
        self.check_count = QLabel()
        self.check_count.setObjectName("checkCount")
        legend.addWidget(self.check_count)

        heads = QHBoxLayout()
        for text in (self.tr("Original"), self.tr("Anonymised")):
            head = QLabel(text)
            bold = QFont(head.font())
            bold.setBold(True)
            head.setFont(bold)
            heads.addWidget(head, 1)

        self.sections = QWidget()
        self.sections_layout = QVBoxLayout(self.sections)
        self.sections_layout.setContentsMargins(0, 0, 4, 0)
        self.sections_layout.addStretch(1)
        self.section_scroll = QScrollArea()
        self.section_scroll.setObjectName("reviewSections")
        self.section_scroll.setWidgetResizable(True)
        self.section_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.section_scroll.setWidget(self.sections)

        self.redact_button = QPushButton(self.tr("Redact selection"))
        self.redact_button.setObjectName("redactSelection")
        self.redact_button.setToolTip(
            self.tr("Replace the selected words everywhere in this summary by [AFGESCHERMD]")
        )
        self.redactions = QListWidget()
        self.redactions.setObjectName("redactionList")
        self.redactions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.redactions.setMaximumHeight(64)
        self.unredact_button = QPushButton(self.tr("Undo redaction"))
        self.unredact_button.setObjectName("undoRedaction")
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approveSummary")
        self.withdraw_button = QPushButton(self.tr("Withdraw approval"))
        self.withdraw_button.setObjectName("withdrawApproval")
        for button in (
            self.redact_button,
            self.unredact_button,
            self.approve_button,
            self.withdraw_button,
        ):
            button.setAutoDefault(False)
        self.message = FieldMessage()
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)

        # Redaction on the left (list and its two buttons), approval on the right: two
        # buttons high, so the texts keep the room.
        hand = QVBoxLayout()
        hand.addWidget(QLabel(self.tr("Redacted by hand:")))
        hand.addWidget(self.redactions)
        redaction_buttons = QVBoxLayout()
        redaction_buttons.addWidget(self.redact_button)
        redaction_buttons.addWidget(self.unredact_button)
        redaction_buttons.addStretch(1)
        approval_buttons = QVBoxLayout()
        approval_buttons.addWidget(self.withdraw_button)
        approval_buttons.addWidget(self.approve_button)
        approval_buttons.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addLayout(hand, 1)
        bottom.addLayout(redaction_buttons)
        bottom.addSpacing(24)
        bottom.addLayout(approval_buttons)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.state)

        self.empty = QLabel()
        self.empty.setObjectName("reviewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(top)
        body.addWidget(self.facts_box)
        body.addLayout(legend)
        body.addLayout(heads)
        body.addWidget(self.section_scroll, 1)
        body.addWidget(self.message)
        body.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.body, 1)

        self.redact_button.clicked.connect(self._redact)
        self.unredact_button.clicked.connect(self._unredact)
        self.approve_button.clicked.connect(self.approve_requested)
        self.withdraw_button.clicked.connect(self.withdraw_requested)
        self.redactions.itemSelectionChanged.connect(self.update_actions)
        self.show_nothing(self.tr("Choose a case on the left."))

    # --- what is shown ---------------------------------------------------------------------

    def show_nothing(self, text: str) -> None:
        self.view = None
        self._clear_sections()
        self.empty.setText(text)
        self.empty.show()
        self.body.hide()

    def show_summary(self, view: SummaryView) -> None:
        keep = self.section_scroll.verticalScrollBar().value() if self.view is not None else 0
        same = self.view is not None and self.view.id == view.id
        self.view = view
        self.empty.hide()
        self.body.show()
        self.title.setText(view.label)
        self._show_state(view)
        self._show_facts(view)
        self._clear_sections()
        for section in view.sections:
            if section.scrubbed.original.strip() or section.scrubbed.text.strip():
                self._add_pair(SectionPair(section.key, section.heading, section.scrubbed))
        for number, step in enumerate(view.timeline, start=1):
            heading = self.tr("Decision point {n} ({when}, {role})").format(
                n=number, when=step.when, role=step.by_role
            )
            self._add_pair(SectionPair(f"decision{number}", heading, step.decision))
            if step.consequence.original or step.consequence.text:
                self._add_pair(
                    SectionPair(
                        f"consequence{number}",
                        self.tr("Consequence of decision point {n}").format(n=number),
                        step.consequence,
                    )
                )
        checks = sum(len(p.scrubbed.to_check) for p in self.pairs)
        self.check_count.setText(
            self.tr("{n} place(s) to check").format(n=checks)
            if checks
            else self.tr("nothing to check")
        )
        self.redactions.clear()
        self.redactions.addItems(list(view.redactions))
        self.message.show_text("")
        if same:  # after a redaction the reviewer keeps their place
            self.section_scroll.verticalScrollBar().setValue(keep)
        self.update_actions()

    def _show_state(self, view: SummaryView) -> None:
        if view.approved:
            self.state.setText(
                self.tr("Approved by {who} on {when}").format(
                    who=view.approved_by, when=moment(view.approved_at)
                )
            )
            self.state.setStyleSheet("color: #1e6b2e; font-weight: bold;")
        else:
            self.state.setText(self.tr("Not approved yet"))
            self.state.setStyleSheet("color: #8a4b00; font-weight: bold;")

    def _show_facts(self, view: SummaryView) -> None:
        while self.facts.count():
            item = self.facts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        facts = view.facts
        weeks = "" if facts.lead_time_weeks is None else str(facts.lead_time_weeks)
        rows = [
            (self.tr("Age at registration"), facts.age_band),
            (self.tr("Region"), facts.region),
            (self.tr("Registered"), facts.registered),
            (self.tr("Closed"), facts.closed),
            (self.tr("Lead time (weeks)"), weeks),
            (self.tr("Referred by"), facts.referrer_type),
            (self.tr("Urgency"), facts.urgency),
            (self.tr("Status"), facts.status),
            (self.tr("Result"), facts.result),
            (self.tr("Problem areas"), ", ".join(facts.problem_areas)),
            (self.tr("Bottlenecks"), ", ".join(facts.bottlenecks)),
            (self.tr("Themes"), ", ".join(facts.themes)),
        ]
        # Short facts three to a line; the lists each on a line of their own.
        short, lists = rows[:9], rows[9:]
        for number, (name, value) in enumerate(short):
            self._fact(number // 3, (number % 3) * 2, name, value)
        for offset, (name, value) in enumerate(lists):
            self._fact(3 + offset, 0, name, value, span=5)

    def _fact(self, row: int, column: int, name: str, value: str, span: int = 1) -> None:
        key = QLabel(name + ":")
        key.setStyleSheet("color: #555555;")
        shown = QLabel(value or "–")
        shown.setObjectName("factValue")
        shown.setWordWrap(span > 1)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.addWidget(key, row, column, Qt.AlignmentFlag.AlignTop)
        self.facts.addWidget(shown, row, column + 1, 1, span, Qt.AlignmentFlag.AlignTop)

    def _clear_sections(self) -> None:
        for pair in self.pairs:
            self.sections_layout.removeWidget(pair)
            pair.deleteLater()
        self.pairs = []
        self._selected_in = None

    def _add_pair(self, pair: SectionPair) -> None:
        self.sections_layout.insertWidget(self.sections_layout.count() - 1, pair)
        self.pairs.append(pair)
        for edit in (pair.original, pair.anonymised):
            edit.selectionChanged.connect(lambda e=edit: self._selection_moved(e))

    # --- what the reviewer asks ------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.update_actions()

    def set_may_review(self, allowed: bool) -> None:
        self._may_review = allowed
        self.update_actions()

    def _selection_moved(self, edit: QTextEdit) -> None:
        if edit.textCursor().hasSelection():
            self._selected_in = edit
        elif self._selected_in is edit:
            self._selected_in = None
        self.update_actions()

    def selected_phrase(self) -> str:
        """The words selected in either text (one line of it), trimmed."""
        if self._selected_in is None:
            return ""
        text = self._selected_in.textCursor().selectedText()
        # Qt marks line ends in a selection with U+2029; a phrase is redacted within a line.
        return text.replace("\u2029", "\n").strip()

    def update_actions(self) -> None:
        view = self.view
        ready = view is not None and view.built_at is not None and not self._busy
        allowed = ready and self._may_review
        self.redact_button.setEnabled(allowed and bool(self.selected_phrase()))
        self.unredact_button.setEnabled(allowed and bool(self.redactions.selectedItems()))
        self.approve_button.setEnabled(allowed and view is not None and not view.approved)
        self.withdraw_button.setEnabled(allowed and view is not None and view.approved)

    def _redact(self) -> None:
        phrase = self.selected_phrase()
        if phrase:
            self.redact_requested.emit(phrase)

    def _unredact(self) -> None:
        items = self.redactions.selectedItems()
        if items:
            self.unredact_requested.emit(items[0].text())

    def select_in(self, edit: QTextEdit, phrase: str) -> bool:
        """Select the first `phrase` in `edit` as a reviewer would by mouse; for tests and
        the screenshot."""
        found = edit.document().find(phrase)
        if found.isNull():
            return False
        edit.setFocus()
        edit.setTextCursor(found)
        return True

    def pair(self, key: str) -> SectionPair | None:
        return next((p for p in self.pairs if p.key == key), None)
