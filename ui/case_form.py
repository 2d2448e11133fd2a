"""Registering and editing a case: a form in sections, checked as you type by the service's
rules, with messages next to the fields, a duplicate warning, a guard against losing
unsaved changes, and an undo of the last save that cannot be mistaken for a delete.

The form holds no rules of its own: it asks `cases.validate_draft` (on the worker) and
shows what comes back; the BSN 11-test and date reading are the domain's functions, called
directly only so the message appears before the worker answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from expertteam_app.domain import bsn as bsn_rules
from expertteam_app.domain import names
from expertteam_app.domain.consent import (
    ConsentFact,
    Custodian,
    age_on,
    missing_consent,
    requirement_for_age,
)
from expertteam_app.domain.enums import (
    ConsentParty,
    ConsentScope,
    Gender,
    ListKind,
    ReferrerType,
    Relation,
    Role,
    Urgency,
)
from expertteam_app.errors import FieldProblem, ValidationError
from expertteam_app.services.cases import (
    CareHistoryInput,
    CaseDetail,
    CaseDraft,
    ConsentInput,
    HouseholdMemberInput,
    PersonInput,
)
from expertteam_app.services.duplicates import DuplicateHint
from expertteam_app.services.roles import Permission, allows
from ui.formatting import moment
from ui.i18n import current_language
from ui.session import SessionInfo
from ui.widgets import (
    WARNING_STYLE,
    CheckList,
    DateField,
    EnumCombo,
    FieldMessage,
    RowEditor,
    SearchCombo,
)
from ui.worker import Database, JobContext, Op

VALIDATE_DELAY_MS = 350
DUPLICATE_DELAY_MS = 600


@dataclass(frozen=True)
class FormChoices:
    """The lists the form offers, loaded once per session on the worker."""

    municipalities: list[tuple[str, str]]  # (name, CBS code)
    problem_areas: list[tuple[str, str]]  # (code, label)
    bottlenecks: list[tuple[str, str]]
    providers: list[tuple[int, str]]
    members: list[tuple[int, str]]


def load_choices(ctx: JobContext) -> FormChoices:
    from expertteam_app.services import reference
    from expertteam_app.services import team as team_service

    language = current_language()
    with ctx.unit_of_work(write=False) as uow:
        return FormChoices(
            municipalities=[(m.name, m.cbs_code) for m in reference.municipalities(uow)],
            problem_areas=[
                (i.code, i.text(language)) for i in reference.list_items(uow, ListKind.PROBLEM_AREA)
            ],
            bottlenecks=[
                (i.code, i.text(language)) for i in reference.list_items(uow, ListKind.BOTTLENECK)
            ],
            providers=[(p.id, p.name) for p in reference.providers(uow)],
            members=[
                (m.id, m.name) for m in team_service.list_members(uow) if m.role != Role.BEHEERDER
            ],
        )


def _set_combo(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


# --- rows --------------------------------------------------------------------------------


class HouseholdRow(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.relation: EnumCombo[Relation] = EnumCombo(Relation)
        self.first_name = QLineEdit()
        self.first_name.setPlaceholderText(self.tr("First name"))
        self.prefix = QLineEdit()
        self.prefix.setPlaceholderText(self.tr("Prefix"))
        self.prefix.setMaximumWidth(80)
        self.last_name = QLineEdit()
        self.last_name.setPlaceholderText(self.tr("Last name"))
        self.born = DateField()
        self.custody = QCheckBox(self.tr("Custody"))
        self.lives_here = QCheckBox(self.tr("Lives in the household"))
        self.lives_here.setChecked(True)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Phone"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("E-mail"))
        self.message = FieldMessage()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.relation, 0, 0)
        grid.addWidget(self.first_name, 0, 1)
        grid.addWidget(self.prefix, 0, 2)
        grid.addWidget(self.last_name, 0, 3)
        grid.addWidget(QLabel(self.tr("Born")), 1, 0)
        grid.addWidget(self.born, 1, 1)
        grid.addWidget(self.custody, 1, 2)
        grid.addWidget(self.lives_here, 1, 3)
        grid.addWidget(self.phone, 2, 1)
        grid.addWidget(self.email, 2, 2, 1, 2)
        grid.addWidget(self.message, 3, 0, 1, 4)
        for edit in (
            self.first_name,
            self.prefix,
            self.last_name,
            self.born,
            self.phone,
            self.email,
        ):
            edit.textChanged.connect(self.changed)
        for box in (self.custody, self.lives_here):
            box.toggled.connect(self.changed)
        self.relation.currentIndexChanged.connect(self.changed)

    def value(self) -> HouseholdMemberInput:
        return HouseholdMemberInput(
            self.relation.value() or Relation.OTHER,
            self.first_name.text(),
            self.prefix.text(),
            self.last_name.text(),
            self.born.value(),
            self.custody.isChecked(),
            self.lives_here.isChecked(),
            self.phone.text(),
            self.email.text(),
        )

    def set_value(self, h: HouseholdMemberInput) -> None:
        self.relation.set_value(h.relation)
        self.first_name.setText(h.first_name)
        self.prefix.setText(h.name_prefix)
        self.last_name.setText(h.last_name)
        self.born.set_value(h.date_of_birth)
        self.custody.setChecked(h.has_custody)
        self.lives_here.setChecked(h.lives_in_household)
        self.phone.setText(h.phone)
        self.email.setText(h.email)

    def display(self) -> str:
        value = self.value()
        name = names.display_name(value.first_name, value.name_prefix, value.last_name) or self.tr(
            "(no name)"
        )
        return f"{name} ({value.relation.label(current_language()).lower()})"


class CareRow(QWidget):
    changed = Signal()

    def __init__(self, providers: list[tuple[int, str]]) -> None:
        super().__init__()
        self.provider = QComboBox()
        self.provider.setEditable(True)
        self.provider.addItem("", None)
        for provider_id, name in providers:
            self.provider.addItem(name, provider_id)
        editor = self.provider.lineEdit()
        assert editor is not None  # an editable combo has one
        editor.setPlaceholderText(self.tr("Provider"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("What care"))
        self.period_from = DateField()
        self.period_to = DateField()
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("Outcome"))
        # Known to the anonymiser: a learning table must not meet this person's name.
        self.contact = QLineEdit()
        self.contact.setObjectName("careContact")
        self.contact.setPlaceholderText(self.tr("Contact person"))
        self.message = FieldMessage()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.provider, 0, 0, 1, 2)
        grid.addWidget(self.description, 0, 2, 1, 2)
        grid.addWidget(QLabel(self.tr("From")), 1, 0)
        grid.addWidget(self.period_from, 1, 1)
        grid.addWidget(QLabel(self.tr("To")), 1, 2)
        grid.addWidget(self.period_to, 1, 3)
        grid.addWidget(self.contact, 2, 0, 1, 2)
        grid.addWidget(self.outcome, 2, 2, 1, 2)
        grid.addWidget(self.message, 3, 0, 1, 4)
        self.provider.currentTextChanged.connect(self.changed)
        for edit in (
            self.description,
            self.period_from,
            self.period_to,
            self.outcome,
            self.contact,
        ):
            edit.textChanged.connect(self.changed)

    def value(self) -> CareHistoryInput:
        text = self.provider.currentText().strip()
        index = self.provider.findText(text, Qt.MatchFlag.MatchFixedString)
        provider_id = self.provider.itemData(index) if index > 0 else None
        return CareHistoryInput(
            text,
            provider_id,
            self.description.text(),
            self.period_from.value(),
            self.period_to.value(),
            self.outcome.text(),
            self.contact.text(),
        )

    def set_value(self, c: CareHistoryInput) -> None:
        index = self.provider.findData(c.provider_id) if c.provider_id else -1
        if index > 0:
            self.provider.setCurrentIndex(index)
        else:
            self.provider.setEditText(c.provider_name)
        self.description.setText(c.description)
        self.period_from.set_value(c.period_from)
        self.period_to.set_value(c.period_to)
        self.outcome.setText(c.outcome)
        self.contact.setText(c.contact_name)


def _who_key(party: ConsentParty, index: int | None) -> str:
    return "young_person" if party == ConsentParty.YOUNG_PERSON else f"custodian:{index}"


def _who_of(key: str) -> tuple[ConsentParty, int | None]:
    if key.startswith("custodian:"):
        return ConsentParty.CUSTODIAN, int(key.split(":", 1)[1])
    return ConsentParty.YOUNG_PERSON, None


class ConsentRow(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.who = QComboBox()
        self.who.setMinimumContentsLength(24)
        self.scope: EnumCombo[ConsentScope] = EnumCombo(ConsentScope)
        self.given_on = DateField()
        self.withdrawn_on = DateField()
        self.message = FieldMessage()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Given by")), 0, 0)
        grid.addWidget(self.who, 0, 1)
        grid.addWidget(self.scope, 0, 2, 1, 2)
        grid.addWidget(QLabel(self.tr("On")), 1, 0)
        grid.addWidget(self.given_on, 1, 1)
        grid.addWidget(QLabel(self.tr("Withdrawn on")), 1, 2)
        grid.addWidget(self.withdrawn_on, 1, 3)
        grid.addWidget(self.message, 2, 0, 1, 4)
        self.who.currentIndexChanged.connect(self.changed)
        self.scope.currentIndexChanged.connect(self.changed)
        self.given_on.textChanged.connect(self.changed)
        self.withdrawn_on.textChanged.connect(self.changed)

    def set_people(self, household: list[HouseholdRow]) -> None:
        """Offer the young person and each household member with custody."""
        current = self.who.currentData()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("The young person"), _who_key(ConsentParty.YOUNG_PERSON, None))
        for index, row in enumerate(household):
            if row.custody.isChecked():
                self.who.addItem(row.display(), _who_key(ConsentParty.CUSTODIAN, index))
        found = self.who.findData(current) if current is not None else 0
        self.who.setCurrentIndex(max(found, 0))
        self.who.blockSignals(False)

    def value(self) -> ConsentInput:
        party, index = _who_of(self.who.currentData() or "")
        scope = self.scope.value() or ConsentScope.REGISTRATION
        return ConsentInput(party, scope, self.given_on.value(), index, self.withdrawn_on.value())

    def set_value(self, c: ConsentInput) -> None:
        index = self.who.findData(_who_key(c.party, c.household_index))
        self.who.setCurrentIndex(max(index, 0))
        self.scope.set_value(c.scope)
        self.given_on.set_value(c.given_on)
        self.withdrawn_on.set_value(c.withdrawn_on)


# --- the form ------------------------------------------------------------------------------


def _validate_op(draft: CaseDraft) -> Op:
    def op(ctx: JobContext) -> list[FieldProblem]:
        from expertteam_app.services import cases

        with ctx.unit_of_work(write=False) as uow:
            return cases.validate_draft(uow.session, draft, uow.clock.today())

    return op


def _duplicates_op(person: PersonInput, exclude: int | None) -> Op:
    def op(ctx: JobContext) -> list[DuplicateHint]:
        from expertteam_app.services import cases

        with ctx.unit_of_work() as uow:
            return cases.possible_duplicates(uow, person, exclude_case_id=exclude)

    return op


def _save_op(draft: CaseDraft, case_id: int | None, version: int | None) -> Op:
    def op(ctx: JobContext) -> tuple[CaseDetail, Any]:
        from expertteam_app.services import cases

        with ctx.unit_of_work() as uow:
            if case_id is None:
                registered = cases.register_case(uow, draft)
                return cases.detail_of(
                    cases.load_case(uow.session, registered.case_id), uow.clock.today()
                ), registered
            detail = cases.update_case(uow, case_id, draft, expected_version=version)
            return detail, cases.last_save(uow, case_id)

    return op


def _undo_op(case_id: int, version: int) -> Op:
    def op(ctx: JobContext) -> tuple[CaseDetail, Any]:
        from expertteam_app.services import cases

        with ctx.unit_of_work() as uow:
            detail = cases.undo_last_save(uow, case_id, expected_version=version)
            return detail, cases.last_save(uow, case_id)

    return op


def _last_save_op(case_id: int) -> Op:
    def op(ctx: JobContext) -> Any:
        from expertteam_app.services import cases

        with ctx.unit_of_work(write=False) as uow:
            return cases.last_save(uow, case_id)

    return op


TOP_LEVEL_FIELDS = {
    "registered_on",
    "urgency",
    "residence_municipality_code",
    "funding_municipality_code",
    "referrer_type",
    "referrer_organisation",
    "referrer_contact_name",
    "referrer_contact_phone",
    "referrer_contact_email",
    "question",
    "problem_area_codes",
    "bottleneck_codes",
    "owner_id",
    "school_name",
}


class CaseForm(QWidget):
    saved = Signal(object)  # CaseDetail
    dirty_changed = Signal(bool)
    title_changed = Signal(str)
    open_case = Signal(int)

    def __init__(
        self,
        db: Database,
        info: SessionInfo,
        choices: FormChoices,
        detail: CaseDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._info = info
        self._choices = choices
        self.detail = detail
        self._dirty = False
        self._loading = False
        self._show_all = False
        self._touched: set[str] = set()
        self._problems: list[FieldProblem] = []
        self._validation_generation = 0
        self._duplicate_generation = 0
        self._last_save: Any = None
        self.can_edit = allows(
            info.role, Permission.CASE_EDIT if detail else Permission.CASE_REGISTER
        )
        self._messages: dict[str, FieldMessage] = {}

        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self._validate)
        self._duplicate_timer = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self._duplicate_timer.timeout.connect(self._check_duplicates)

        self.sections = QTabWidget()
        self.sections.setObjectName("formSections")
        self._tab_titles: list[str] = []
        self._build_person()
        self._build_household()
        self._build_referral()
        self._build_areas()
        self._build_care()
        self._build_consent()

        self.duplicates = QLabel()
        self.duplicates.setObjectName("duplicateWarning")
        self.duplicates.setWordWrap(True)
        self.duplicates.setStyleSheet(WARNING_STYLE)
        self.duplicates.setTextFormat(Qt.TextFormat.RichText)
        self.duplicates.linkActivated.connect(lambda link: self.open_case.emit(int(link)))
        self.duplicates.hide()
        self.general = FieldMessage()
        self.general.setObjectName("generalMessage")
        self.status = QLabel()
        self.status.setObjectName("saveStatus")

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.undo_button = QPushButton(self.tr("Undo last save…"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setToolTip(
            self.tr("Put back the case as it was before the last save. Nothing is deleted.")
        )
        self.undo_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.general)
        layout.addWidget(self.sections, 1)
        layout.addLayout(bar)

        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.undo_last_save)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)

        if detail is not None:
            self.load(detail)
        else:
            self.registered_on.set_value(date.today())
            self._refresh_consent_status()
        self._apply_read_only()

    # --- building the sections -----------------------------------------------------------

    def _field(self, form: QFormLayout, label: str, widget: QWidget, path: str) -> None:
        message = FieldMessage()
        self._messages[path] = message
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(message)
        form.addRow(label, box)

    def _page(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        self._tab_titles.append(title)
        page = QWidget()
        page.setMaximumWidth(1000)  # a form stretched over a wide screen reads badly
        layout = QVBoxLayout(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.sections.addTab(scroll, title)
        return page, layout

    def _build_person(self) -> None:
        _, layout = self._page(self.tr("Young person"))
        form = QFormLayout()
        layout.addLayout(form)
        layout.addStretch(1)
        self.first_name = QLineEdit()
        self.first_name.setObjectName("firstName")
        self.name_prefix = QLineEdit()
        self.name_prefix.setObjectName("namePrefix")
        self.name_prefix.setMaximumWidth(120)
        self.last_name = QLineEdit()
        self.last_name.setObjectName("lastName")
        self.date_of_birth = DateField()
        self.date_of_birth.setObjectName("dateOfBirth")
        self.bsn = QLineEdit()
        self.bsn.setObjectName("bsn")
        self.bsn.setMaximumWidth(160)
        self.gender: EnumCombo[Gender] = EnumCombo(Gender)
        self.gender.setObjectName("gender")
        self.school_name = QLineEdit()
        self.school_name.setObjectName("schoolName")
        self.urgency: EnumCombo[Urgency] = EnumCombo(Urgency)
        self.urgency.setObjectName("urgency")
        self.registered_on = DateField()
        self.registered_on.setObjectName("registeredOn")
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        self.owner.addItem(self.tr("(nobody yet)"), None)
        for member_id, name in self._choices.members:
            self.owner.addItem(name, member_id)
        self._field(form, self.tr("First name"), self.first_name, "young_person.first_name")
        self._field(form, self.tr("Prefix"), self.name_prefix, "young_person.name_prefix")
        self._field(form, self.tr("Last name"), self.last_name, "young_person.last_name")
        self._field(
            form, self.tr("Date of birth"), self.date_of_birth, "young_person.date_of_birth"
        )
        self._field(form, self.tr("BSN"), self.bsn, "young_person.bsn")
        self._field(form, self.tr("Gender"), self.gender, "young_person.gender")
        self._field(form, self.tr("School / day activity"), self.school_name, "school_name")
        self._field(form, self.tr("Urgency"), self.urgency, "urgency")
        self._field(form, self.tr("Registration date"), self.registered_on, "registered_on")
        self._field(form, self.tr("Case owner"), self.owner, "owner_id")
        for path, edit in (
            ("young_person.first_name", self.first_name),
            ("young_person.name_prefix", self.name_prefix),
            ("young_person.last_name", self.last_name),
            ("young_person.date_of_birth", self.date_of_birth),
            ("young_person.bsn", self.bsn),
            ("registered_on", self.registered_on),
            ("school_name", self.school_name),
        ):
            edit.textChanged.connect(lambda _t, p=path: self._edited(p))
        for path, combo in (
            ("young_person.gender", self.gender),
            ("urgency", self.urgency),
            ("owner_id", self.owner),
        ):
            combo.currentIndexChanged.connect(lambda _i, p=path: self._edited(p))
        for edit in (
            self.first_name,
            self.name_prefix,
            self.last_name,
            self.date_of_birth,
            self.bsn,
        ):
            edit.textChanged.connect(self._duplicate_timer.start)
        self.date_of_birth.textChanged.connect(self._refresh_consent_status)
        self.registered_on.textChanged.connect(self._refresh_consent_status)

    def _build_household(self) -> None:
        _, layout = self._page(self.tr("Household"))
        layout.addWidget(
            QLabel(
                self.tr(
                    "Parents, guardians and others in the household. Tick custody (gezag) where it applies."
                )
            )
        )
        self.household: RowEditor[HouseholdRow] = RowEditor(
            HouseholdRow, self.tr("Add household member")
        )
        self.household.setObjectName("householdEditor")
        layout.addWidget(self.household, 1)
        self.household.changed.connect(self._household_changed)

    def _build_referral(self) -> None:
        _, layout = self._page(self.tr("Referral and question"))
        form = QFormLayout()
        layout.addLayout(form)
        self.residence = SearchCombo()
        self.residence.setObjectName("residence")
        self.residence.set_items(self._choices.municipalities)
        self.funding = SearchCombo()
        self.funding.setObjectName("funding")
        self.funding.set_items(
            self._choices.municipalities, empty=self.tr("Same as the municipality of residence")
        )
        self.referrer_type: EnumCombo[ReferrerType] = EnumCombo(
            ReferrerType, empty=self.tr("(choose)")
        )
        self.referrer_type.setObjectName("referrerType")
        self.referrer_organisation = QLineEdit()
        self.referrer_contact_name = QLineEdit()
        self.referrer_contact_phone = QLineEdit()
        self.referrer_contact_email = QLineEdit()
        self.question = QPlainTextEdit()
        self.question.setObjectName("question")
        self.question.setPlaceholderText(
            self.tr("What is stuck, and what does the referrer ask of the team?")
        )
        self._field(
            form,
            self.tr("Municipality of residence"),
            self.residence,
            "residence_municipality_code",
        )
        self._field(
            form, self.tr("Funding municipality"), self.funding, "funding_municipality_code"
        )
        self._field(form, self.tr("Kind of referrer"), self.referrer_type, "referrer_type")
        self._field(
            form,
            self.tr("Referring organisation"),
            self.referrer_organisation,
            "referrer_organisation",
        )
        self._field(
            form, self.tr("Contact person"), self.referrer_contact_name, "referrer_contact_name"
        )
        self._field(form, self.tr("Phone"), self.referrer_contact_phone, "referrer_contact_phone")
        self._field(form, self.tr("E-mail"), self.referrer_contact_email, "referrer_contact_email")
        self._field(form, self.tr("Question to the team"), self.question, "question")
        self.residence.currentTextChanged.connect(
            lambda _t: self._edited("residence_municipality_code")
        )
        self.funding.currentTextChanged.connect(
            lambda _t: self._edited("funding_municipality_code")
        )
        self.referrer_type.currentIndexChanged.connect(lambda _i: self._edited("referrer_type"))
        for path, edit in (
            ("referrer_organisation", self.referrer_organisation),
            ("referrer_contact_name", self.referrer_contact_name),
            ("referrer_contact_phone", self.referrer_contact_phone),
            ("referrer_contact_email", self.referrer_contact_email),
        ):
            edit.textChanged.connect(lambda _t, p=path: self._edited(p))
        self.question.textChanged.connect(lambda: self._edited("question"))

    def _build_areas(self) -> None:
        _, layout = self._page(self.tr("Problem areas and bottlenecks"))
        row = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(QLabel(self.tr("Problem areas (leefgebieden)")))
        self.problem_areas = CheckList()
        self.problem_areas.setObjectName("problemAreas")
        self.problem_areas.set_items(self._choices.problem_areas)
        left.addWidget(self.problem_areas)
        message = FieldMessage()
        self._messages["problem_area_codes"] = message
        left.addWidget(message)
        right.addWidget(QLabel(self.tr("Bottlenecks (knelpunten)")))
        self.bottlenecks = CheckList()
        self.bottlenecks.setObjectName("bottlenecks")
        self.bottlenecks.set_items(self._choices.bottlenecks)
        right.addWidget(self.bottlenecks)
        message = FieldMessage()
        self._messages["bottleneck_codes"] = message
        right.addWidget(message)
        row.addLayout(left)
        row.addLayout(right)
        layout.addLayout(row)
        self.problem_areas.changed.connect(lambda: self._edited("problem_area_codes"))
        self.bottlenecks.changed.connect(lambda: self._edited("bottleneck_codes"))

    def _build_care(self) -> None:
        _, layout = self._page(self.tr("Care history"))
        layout.addWidget(QLabel(self.tr("Care tried so far: provider, period and how it ended.")))
        providers = self._choices.providers
        self.care: RowEditor[CareRow] = RowEditor(lambda: CareRow(providers), self.tr("Add care"))
        self.care.setObjectName("careEditor")
        layout.addWidget(self.care, 1)
        self.care.changed.connect(self._rows_changed)

    def _build_consent(self) -> None:
        _, layout = self._page(self.tr("Consent"))
        self.consent_status = QLabel()
        self.consent_status.setObjectName("consentStatus")
        self.consent_status.setWordWrap(True)
        layout.addWidget(self.consent_status)
        self.consents: RowEditor[ConsentRow] = RowEditor(ConsentRow, self.tr("Add consent"))
        self.consents.setObjectName("consentEditor")
        layout.addWidget(self.consents, 1)
        self.consents.changed.connect(self._consents_changed)

    # --- reading and filling ---------------------------------------------------------------

    def draft(self) -> CaseDraft:
        return CaseDraft(
            young_person=PersonInput(
                self.first_name.text(),
                self.name_prefix.text(),
                self.last_name.text(),
                self.date_of_birth.value(),
                self.bsn.text(),
                self.gender.value() or Gender.UNKNOWN,
            ),
            registered_on=self.registered_on.value(),
            urgency=self.urgency.value() or Urgency.REGULAR,
            residence_municipality_code=self.residence.value() or "",
            funding_municipality_code=self.funding.value() or "",
            referrer_type=self.referrer_type.value(),
            referrer_organisation=self.referrer_organisation.text(),
            referrer_contact_name=self.referrer_contact_name.text(),
            referrer_contact_phone=self.referrer_contact_phone.text(),
            referrer_contact_email=self.referrer_contact_email.text(),
            question=self.question.toPlainText(),
            problem_area_codes=self.problem_areas.codes(),
            bottleneck_codes=self.bottlenecks.codes(),
            household=[row.value() for row in self.household.rows],
            care_history=[row.value() for row in self.care.rows],
            consents=[row.value() for row in self.consents.rows],
            owner_id=self.owner.currentData(),
            school_name=self.school_name.text(),
        )

    def load(self, detail: CaseDetail) -> None:
        """Fill the form from a saved case; afterwards it is not dirty."""
        self._loading = True
        self.detail = detail
        d = detail.to_draft()
        yp = d.young_person
        self.first_name.setText(yp.first_name)
        self.name_prefix.setText(yp.name_prefix)
        self.last_name.setText(yp.last_name)
        self.date_of_birth.set_value(yp.date_of_birth)
        self.bsn.setText(yp.bsn)
        self.gender.set_value(yp.gender)
        self.school_name.setText(d.school_name)
        self.urgency.set_value(d.urgency)
        self.registered_on.set_value(d.registered_on)
        self.registered_on.setReadOnly(True)
        _set_combo(self.owner, d.owner_id)
        self.residence.set_value(d.residence_municipality_code)
        if d.funding_municipality_code == d.residence_municipality_code:
            self.funding.setCurrentIndex(0)
        else:
            self.funding.set_value(d.funding_municipality_code)
        self.referrer_type.set_value(d.referrer_type)
        self.referrer_organisation.setText(d.referrer_organisation)
        self.referrer_contact_name.setText(d.referrer_contact_name)
        self.referrer_contact_phone.setText(d.referrer_contact_phone)
        self.referrer_contact_email.setText(d.referrer_contact_email)
        self.question.setPlainText(d.question)
        self.problem_areas.set_codes(d.problem_area_codes)
        self.bottlenecks.set_codes(d.bottleneck_codes)
        self.household.clear_rows()
        for h in d.household:
            self.household.add_row().set_value(h)
        self.care.clear_rows()
        for c in d.care_history:
            self.care.add_row().set_value(c)
        self.consents.clear_rows()
        for consent in d.consents:
            row = self.consents.add_row()
            row.set_people(self.household.rows)
            row.set_value(consent)
        self._loading = False
        self._touched.clear()
        self._show_all = False
        self._show_problems([])
        self._refresh_consent_status()
        self._set_dirty(False)
        self.title_changed.emit(self.title())
        self._apply_read_only()
        self._db.run(
            _last_save_op(detail.id),
            on_done=self._last_save_known,
            on_error=lambda *_: None,
            owner=self,
        )

    def title(self) -> str:
        if self.detail is None:
            name = names.display_name(
                self.first_name.text(), self.name_prefix.text(), self.last_name.text()
            )
            return self.tr("New registration") + (f": {name}" if name else "")
        return f"{self.detail.reference} — {self.detail.young_person.display_name}"

    def _apply_read_only(self) -> None:
        read_only = not self.can_edit
        for edit in self.findChildren(QLineEdit):
            if edit is not self.registered_on or self.detail is None:
                edit.setReadOnly(read_only)
        self.question.setReadOnly(read_only)
        for combo in self.findChildren(QComboBox):
            combo.setEnabled(not read_only)
        for box in self.findChildren(QCheckBox):
            box.setEnabled(not read_only)
        for checklist in (self.problem_areas, self.bottlenecks):
            checklist.setEnabled(not read_only)
        for editor in (self.household, self.care, self.consents):
            editor.set_read_only(read_only)
        self.save_button.setVisible(not read_only)
        self.undo_button.setVisible(not read_only and self.detail is not None)

    # --- editing ---------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _edited(self, path: str) -> None:
        if self._loading:
            return
        self._touched.add(path)
        self._set_dirty(True)
        if path == "young_person.bsn":
            self._local_bsn_check()
        self._validate_timer.start()
        if self.detail is None:
            self.title_changed.emit(self.title())

    def _household_changed(self) -> None:
        for row in self.household.rows:
            if not row.property("wired"):
                row.changed.connect(self._household_changed)
                row.setProperty("wired", True)
        for consent in self.consents.rows:
            consent.set_people(self.household.rows)
        self._refresh_consent_status()
        self._edited("household")

    def _rows_changed(self) -> None:
        for row in self.care.rows:
            if not row.property("wired"):
                row.changed.connect(self._rows_changed)
                row.setProperty("wired", True)
        self._edited("care_history")

    def _consents_changed(self) -> None:
        for row in self.consents.rows:
            if not row.property("wired"):
                row.changed.connect(self._consents_changed)
                row.setProperty("wired", True)
                row.set_people(self.household.rows)
        self._refresh_consent_status()
        self._edited("consents")

    def _local_bsn_check(self) -> None:
        text = self.bsn.text().strip()
        problem = (
            bsn_rules.problem(text, "young_person.bsn")
            if len(bsn_rules.normalise(text)) >= 9
            else None
        )
        message = self._messages["young_person.bsn"]
        message.show_text(
            "" if problem is None else (problem.en if current_language() == "en" else problem.nl)
        )

    def _refresh_consent_status(self) -> None:
        born = self.date_of_birth.value()
        on = self.registered_on.value() or date.today()
        if born is None:
            self.consent_status.setText(
                self.tr("Fill in the date of birth to see whose consent is needed.")
            )
            return
        age = age_on(born, on)
        need = requirement_for_age(age)
        custodians = [
            Custodian(
                i, names.display_name(r.first_name.text(), r.prefix.text(), r.last_name.text())
            )
            for i, r in enumerate(self.household.rows)
            if r.custody.isChecked()
        ]
        facts = []
        for row in self.consents.rows:
            value = row.value()
            if value.given_on is not None:
                facts.append(
                    ConsentFact(
                        value.party,
                        value.scope,
                        value.household_index,
                        value.given_on,
                        value.withdrawn_on,
                    )
                )
        missing = missing_consent(
            date_of_birth=born,
            on=max(on, date.today()),
            scope=ConsentScope.REGISTRATION,
            custodians=custodians,
            facts=facts,
        )
        language = current_language()
        needed = self.tr("Age {age}: consent is needed from {who}.").format(
            age=age, who=need.describe(language)
        )
        if missing:
            lacking = "; ".join(m.en if language == "en" else m.nl for m in missing)
            self.consent_status.setText(
                needed + " " + self.tr("Missing: {what}.").format(what=lacking)
            )
            self.consent_status.setStyleSheet(WARNING_STYLE)
        else:
            self.consent_status.setText(needed + " " + self.tr("Consent is complete."))
            self.consent_status.setStyleSheet("")

    # --- checking ----------------------------------------------------------------------------

    def _validate(self) -> None:
        self._validation_generation += 1
        generation = self._validation_generation
        self._db.run(
            _validate_op(self.draft()),
            on_done=lambda problems: self._validated(generation, problems),
            on_error=lambda *_: None,
            owner=self,
        )

    def _validated(self, generation: int, problems: list[FieldProblem]) -> None:
        if generation == self._validation_generation:
            self._show_problems(problems)

    def _visible(self, path: str) -> bool:
        if self._show_all:
            return True
        root = (
            path.split("[")[0].split(".")[0]
            if path.startswith(("household", "care_history", "consents"))
            else path
        )
        return root in self._touched or path in self._touched

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        self._problems = problems
        language = current_language()
        by_field: dict[str, list[str]] = {}
        rows: dict[tuple[str, int], list[str]] = {}
        general: list[str] = []
        for p in problems:
            if not self._visible(p.field):
                continue
            text = p.en if language == "en" else p.nl
            if p.field in self._messages:
                by_field.setdefault(p.field, []).append(text)
            elif "[" in p.field:
                kind, rest = p.field.split("[", 1)
                rows.setdefault((kind, int(rest.split("]")[0])), []).append(text)
            else:
                general.append(text)
        for path, message in self._messages.items():
            if path == "young_person.bsn" and path not in by_field and self.bsn.text().strip():
                self._local_bsn_check()
                continue
            message.show_text(" ".join(by_field.get(path, [])))
        for kind, editor in (
            ("household", self.household),
            ("care_history", self.care),
            ("consents", self.consents),
        ):
            for index, row in enumerate(editor.rows):
                row.message.show_text(" ".join(rows.get((kind, index), [])))  # type: ignore[attr-defined]
        self.general.show_text(" ".join(general))
        self._mark_tabs()

    def _mark_tabs(self) -> None:
        for index, title in enumerate(self._tab_titles):
            page = self.sections.widget(index)
            messages = page.findChildren(FieldMessage) if page is not None else []
            has_error = any(not m.isHidden() and m.text() for m in messages)
            self.sections.setTabText(index, f"{title} ⚠" if has_error else title)

    def _check_duplicates(self) -> None:
        person = self.draft().young_person
        if not (person.bsn.strip() or (person.date_of_birth and person.last_name.strip())):
            self.duplicates.hide()
            return
        self._duplicate_generation += 1
        generation = self._duplicate_generation
        exclude = self.detail.id if self.detail else None
        self._db.run(
            _duplicates_op(person, exclude),
            on_done=lambda hints: self._duplicates_found(generation, hints),
            on_error=lambda *_: None,
            owner=self,
        )

    def _duplicates_found(self, generation: int, hints: list[DuplicateHint]) -> None:
        if generation != self._duplicate_generation:
            return
        if not hints:
            self.duplicates.hide()
            return
        language = current_language()
        links = ", ".join(
            f'<a href="{h.case_id}">{h.reference}</a> ({h.reason_en if language == "en" else h.reason_nl}, '
            f"{h.status.label(language).lower()})"
            for h in hints
        )
        self.duplicates.setText(
            self.tr("Possible duplicate: {cases}. Check before saving.").format(cases=links)
        )
        self.duplicates.show()

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        if not self.can_edit:
            return
        self._show_all = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        case_id = self.detail.id if self.detail else None
        version = self.detail.version if self.detail else None
        self._db.run(
            _save_op(self.draft(), case_id, version),
            on_done=self._saved,
            on_error=self._save_failed,
        )

    def _saved(self, result: tuple[CaseDetail, Any]) -> None:
        detail, extra = result
        self.save_button.setEnabled(True)
        new = self.detail is None
        self.load(detail)
        when = datetime.now().strftime("%H:%M")
        if new:
            self.status.setText(
                self.tr("Registered as {reference} at {time}.").format(
                    reference=detail.reference, time=when
                )
            )
            missing = getattr(extra, "consent_missing", ())
            if missing:
                language = current_language()
                self.general.show_text(
                    self.tr("Registered; consent is still missing: {what}.").format(
                        what="; ".join(m.en if language == "en" else m.nl for m in missing)
                    )
                )
        else:
            self.status.setText(self.tr("Saved at {time}.").format(time=when))
        self.saved.emit(detail)

    def _save_failed(self, exc: BaseException, crash: str | None) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.status.setText(self.tr("Not saved: check the marked fields."))
            self._show_problems(exc.problems)
            first = next((p for p in exc.problems if p.field in self._messages), None)
            if first is not None:
                self._reveal(self._messages[first.field])
            return
        self.status.setText(self.tr("Not saved."))
        from ui.messages import show_error

        show_error(self, exc, crash)

    def _reveal(self, widget: QWidget) -> None:
        for index in range(self.sections.count()):
            page = self.sections.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.sections.setCurrentIndex(index)
                return

    # --- undo ----------------------------------------------------------------------------------

    def _last_save_known(self, last: Any) -> None:
        self._last_save = last
        self.undo_button.setEnabled(last is not None and self.can_edit)

    def undo_last_save(self) -> None:
        if self.detail is None or self._last_save is None:
            return
        if not self._confirm_undo(self._last_save):
            return
        self._db.run(
            _undo_op(self.detail.id, self.detail.version),
            on_done=self._undone,
            on_error=self._save_failed,
        )

    def _confirm_undo(self, last: Any) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Undo last save"))
        box.setText(
            self.tr("Put back the case as it was before the save of {time} by {member}?").format(
                time=moment(last.saved_at), member=last.member_name or "-"
            )
        )
        box.setInformativeText(
            self.tr(
                "Changed then: {fields}.\nNothing is deleted: the undo is saved as a change of its own and can be undone in turn."
            ).format(fields=", ".join(last.changed_fields))
        )
        undo = box.addButton(self.tr("Undo last save"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is undo

    def _undone(self, result: tuple[CaseDetail, Any]) -> None:
        detail, _last = result
        self.load(detail)
        self.status.setText(self.tr("The last save was undone."))
        self.saved.emit(detail)

    # --- leaving ---------------------------------------------------------------------------------

    def confirm_leave(self) -> bool:
        """True when the form may close: nothing unsaved, or the person chose."""
        if not self._dirty:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("{title} has changes that are not saved.").format(title=self.title()))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        choice = box.exec()
        if choice == QMessageBox.StandardButton.Discard:
            return True
        if choice == QMessageBox.StandardButton.Save:
            self.save()
            return False  # closes after the save arrives, if it succeeds
        return False
