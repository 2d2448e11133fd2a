"""The team's look back at a case (terugblik): how the problems arose, as a timeline of
decision points with what was decided and by whom in role terms; what went wrong where
(bottleneck categories and the point in the chain); reflections ("met de kennis van nu"),
lessons, and the themes a learning table can discuss it under.

Every member who reads cases reads it (a READ in the access log); the chair and the
coordinator change it (Permission.RETROSPECTIVE_EDIT). A save replaces the whole
retrospective, as the form always sends all of it, and is refused when it was made on an
older copy (`expected_version`; 0 for a case that has none yet).

Free texts here are written about real families; what leaves the case file does so only
through the learning table's anonymiser (services.learning), never from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from expertteam_app.domain.case import Case
from expertteam_app.domain.enums import AuditAction, ListKind
from expertteam_app.domain.learning import (
    CaseRetrospective,
    RetrospectiveBottleneck,
    RetrospectiveDecision,
    case_theme,
)
from expertteam_app.domain.team import ManagedListItem, Member
from expertteam_app.errors import FieldProblem, Problems, ValidationError
from expertteam_app.services.cases import load_case
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.reference import ListItemRow, list_items
from expertteam_app.services.roles import Permission

ROLE_MAX = 120  # retrospective_decision.decided_by_role
WHERE_MAX = 200  # retrospective_bottleneck.where_in_chain

# Who decides along a case's road, in role terms (never a person's name). The form offers
# these; a team may type another.
SUGGESTED_ROLES: tuple[str, ...] = (
    "wijkteam",
    "gemeente",
    "huisarts",
    "jeugdarts",
    "gecertificeerde instelling",
    "Veilig Thuis",
    "jeugdhulpaanbieder",
    "school",
    "rechter",
    "ouders",
    "jeugdige",
    "expertteam",
)


# --- input -------------------------------------------------------------------------------


@dataclass
class DecisionInput:
    decided_on: date | None = None
    decided_by_role: str = ""
    decision: str = ""
    consequence: str = ""


@dataclass
class BottleneckInput:
    bottleneck_id: int | None = None  # a ListKind.BOTTLENECK item
    where_in_chain: str = ""
    note: str = ""


@dataclass
class RetrospectiveDraft:
    how_it_arose: str = ""
    reflections: str = ""
    lessons: str = ""
    decisions: list[DecisionInput] = field(default_factory=list)  # in timeline order
    bottlenecks: list[BottleneckInput] = field(default_factory=list)
    theme_ids: list[int] = field(default_factory=list)  # ListKind.THEME items


# --- output ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionView:
    id: int
    decided_on: date | None
    decided_by_role: str
    decision: str
    consequence: str


@dataclass(frozen=True)
class BottleneckView:
    id: int
    bottleneck_id: int
    label: str
    where_in_chain: str
    note: str


class ThemeView(NamedTuple):
    item_id: int
    label: str


@dataclass(frozen=True)
class RetrospectiveView:
    case_id: int
    how_it_arose: str
    reflections: str
    lessons: str
    decisions: tuple[DecisionView, ...]
    bottlenecks: tuple[BottleneckView, ...]
    themes: tuple[ThemeView, ...]
    version: int  # 0: nothing recorded yet
    updated_by: str
    updated_at: datetime | None

    @property
    def is_empty(self) -> bool:
        return self.version == 0

    def to_draft(self) -> RetrospectiveDraft:
        """The form's starting point, and what a save is compared with."""
        return RetrospectiveDraft(
            how_it_arose=self.how_it_arose,
            reflections=self.reflections,
            lessons=self.lessons,
            decisions=[
                DecisionInput(d.decided_on, d.decided_by_role, d.decision, d.consequence)
                for d in self.decisions
            ],
            bottlenecks=[
                BottleneckInput(b.bottleneck_id, b.where_in_chain, b.note) for b in self.bottlenecks
            ],
            theme_ids=[t.item_id for t in self.themes],
        )


# --- reading -----------------------------------------------------------------------------


def themes(uow: UnitOfWork, *, include_inactive: bool = False) -> list[ListItemRow]:
    """The themes a case can be discussed under (the team manages the list)."""
    return list_items(uow, ListKind.THEME, include_inactive=include_inactive)


def retrospective(uow: UnitOfWork, case_id: int) -> RetrospectiveView:
    """The retrospective of a case (empty, version 0, when none was recorded); logged as a read."""
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.CASE_READ, case)
    uow.log_case(AuditAction.READ, case, "retrospective")
    return _view(uow.session, case)


def _view(session: Session, case: Case) -> RetrospectiveView:
    record = session.get(CaseRetrospective, case.id)
    decisions = session.scalars(
        select(RetrospectiveDecision)
        .where(RetrospectiveDecision.case_id == case.id)
        .order_by(RetrospectiveDecision.position, RetrospectiveDecision.id)
    ).all()
    bottlenecks = session.execute(
        select(RetrospectiveBottleneck, ManagedListItem.label)
        .join(ManagedListItem, ManagedListItem.id == RetrospectiveBottleneck.bottleneck_id)
        .where(RetrospectiveBottleneck.case_id == case.id)
        .order_by(RetrospectiveBottleneck.id)
    ).all()
    theme_rows = session.execute(
        select(ManagedListItem.id, ManagedListItem.label)
        .join(case_theme, case_theme.c.item_id == ManagedListItem.id)
        .where(case_theme.c.case_id == case.id)
        .order_by(ManagedListItem.sort_order, ManagedListItem.label)
    ).all()
    updated_by = ""
    if record is not None and record.updated_by_id is not None:
        member = session.get(Member, record.updated_by_id)
        updated_by = member.name if member is not None else ""
    return RetrospectiveView(
        case_id=case.id,
        how_it_arose=record.how_it_arose if record else "",
        reflections=record.reflections if record else "",
        lessons=record.lessons if record else "",
        decisions=tuple(
            DecisionView(d.id, d.decided_on, d.decided_by_role, d.decision, d.consequence)
            for d in decisions
        ),
        bottlenecks=tuple(
            BottleneckView(b.id, b.bottleneck_id, label, b.where_in_chain, b.note)
            for b, label in bottlenecks
        ),
        themes=tuple(ThemeView(item_id, label) for item_id, label in theme_rows),
        version=record.version if record else 0,
        updated_by=updated_by,
        updated_at=record.updated_at if record else None,
    )


# --- checking ----------------------------------------------------------------------------


def normalised(draft: RetrospectiveDraft) -> RetrospectiveDraft:
    """Surrounding spaces trimmed; decision and bottleneck rows left wholly empty dropped
    (a row added and never filled in is no decision)."""
    return RetrospectiveDraft(
        how_it_arose=draft.how_it_arose.strip(),
        reflections=draft.reflections.strip(),
        lessons=draft.lessons.strip(),
        decisions=[
            DecisionInput(
                d.decided_on, d.decided_by_role.strip(), d.decision.strip(), d.consequence.strip()
            )
            for d in draft.decisions
            if d.decided_on
            or d.decided_by_role.strip()
            or d.decision.strip()
            or d.consequence.strip()
        ],
        bottlenecks=[
            BottleneckInput(b.bottleneck_id, b.where_in_chain.strip(), b.note.strip())
            for b in draft.bottlenecks
            if b.bottleneck_id is not None or b.where_in_chain.strip() or b.note.strip()
        ],
        theme_ids=list(dict.fromkeys(draft.theme_ids)),
    )


def validate_retrospective(
    session: Session,
    case: Case,
    draft: RetrospectiveDraft,
    today: date,
    *,
    kept_item_ids: frozenset[int] = frozenset(),
) -> list[FieldProblem]:
    """Every rule a retrospective meets; field names are the draft's attribute paths
    (`decisions[2].decided_by_role`). `kept_item_ids` are list items the case already
    carries: a retired item may stay, it is only not offered for new choices."""
    problems = Problems()
    born = case.young_person.date_of_birth
    for i, d in enumerate(draft.decisions):
        prefix = f"decisions[{i}]"
        if not d.decision.strip():
            problems.add(f"{prefix}.decision", "Wat is er besloten?", "What was decided?")
        role = d.decided_by_role.strip()
        if not role:
            problems.add(
                f"{prefix}.decided_by_role",
                "Wie besloot dit (een rol, geen naam)?",
                "Who decided this (a role, not a name)?",
            )
        elif len(role) > ROLE_MAX:
            problems.add(
                f"{prefix}.decided_by_role",
                f"Houd de rol korter dan {ROLE_MAX} tekens.",
                f"Keep the role under {ROLE_MAX} characters.",
            )
        if d.decided_on is not None:
            if d.decided_on > today:
                problems.add(
                    f"{prefix}.decided_on",
                    "Deze datum ligt in de toekomst.",
                    "This date is in the future.",
                )
            elif d.decided_on < born:
                # How a case arose starts long before its registration, but not before
                # the child was born.
                problems.add(
                    f"{prefix}.decided_on",
                    "Deze datum ligt vóór de geboorte van de jeugdige.",
                    "This date is before the young person's birth.",
                )
    chosen = [b.bottleneck_id for b in draft.bottlenecks if b.bottleneck_id is not None]
    items = _items(session, [*chosen, *draft.theme_ids])
    for i, b in enumerate(draft.bottlenecks):
        prefix = f"bottlenecks[{i}]"
        if b.bottleneck_id is None:
            problems.add(f"{prefix}.bottleneck_id", "Kies een knelpunt.", "Choose a bottleneck.")
        else:
            item = items.get(b.bottleneck_id)
            if item is None or item.kind != ListKind.BOTTLENECK:
                problems.add(f"{prefix}.bottleneck_id", "Onbekend knelpunt.", "Unknown bottleneck.")
            elif not item.active and item.id not in kept_item_ids:
                problems.add(
                    f"{prefix}.bottleneck_id",
                    "Dit knelpunt wordt niet meer gebruikt.",
                    "This bottleneck is no longer in use.",
                )
        if len(b.where_in_chain) > WHERE_MAX:
            problems.add(
                f"{prefix}.where_in_chain",
                f"Houd dit korter dan {WHERE_MAX} tekens.",
                f"Keep this under {WHERE_MAX} characters.",
            )
    for theme_id in draft.theme_ids:
        item = items.get(theme_id)
        if item is None or item.kind != ListKind.THEME:
            problems.add("theme_ids", "Onbekend thema.", "Unknown theme.")
        elif not item.active and item.id not in kept_item_ids:
            problems.add(
                "theme_ids",
                f"Het thema '{item.label}' wordt niet meer gebruikt.",
                f"The theme '{item.label_en or item.label}' is no longer in use.",
            )
    return problems.items


def _items(session: Session, ids: list[int]) -> dict[int, ManagedListItem]:
    if not ids:
        return {}
    return {
        i.id: i
        for i in session.scalars(select(ManagedListItem).where(ManagedListItem.id.in_(set(ids))))
    }


# --- writing -----------------------------------------------------------------------------


def _changed_parts(before: RetrospectiveDraft, after: RetrospectiveDraft) -> list[str]:
    return [
        name
        for name in (
            "how_it_arose",
            "reflections",
            "lessons",
            "decisions",
            "bottlenecks",
            "theme_ids",
        )
        if getattr(before, name) != getattr(after, name)
    ]


def save_retrospective(
    uow: UnitOfWork, case_id: int, draft: RetrospectiveDraft, expected_version: int
) -> RetrospectiveView:
    """Replace the case's retrospective with `draft`; decisions keep the order given."""
    case = load_case(uow.session, case_id)
    uow.require_case(Permission.RETROSPECTIVE_EDIT, case)
    session = uow.session
    current = _view(session, case)
    if current.version != expected_version:
        raise ValidationError(
            [
                FieldProblem(
                    "version",
                    "De terugblik is intussen door iemand anders gewijzigd. Open hem opnieuw.",
                    "Someone else changed this retrospective in the meantime. Open it again.",
                )
            ]
        )
    draft = normalised(draft)
    kept = frozenset(
        [b.bottleneck_id for b in current.bottlenecks] + [t.item_id for t in current.themes]
    )
    problems = validate_retrospective(session, case, draft, uow.clock.today(), kept_item_ids=kept)
    if problems:
        raise ValidationError(problems)
    changed = _changed_parts(current.to_draft(), draft)
    if not changed:
        return current

    record = session.get(CaseRetrospective, case.id)
    if record is None:
        record = CaseRetrospective(case_id=case.id, version=0)
        session.add(record)
    record.how_it_arose = draft.how_it_arose
    record.reflections = draft.reflections
    record.lessons = draft.lessons
    record.updated_by_id = uow.actor.member_id
    record.updated_at = uow.clock.now()
    record.version = (record.version or 0) + 1

    # Rows are replaced as a whole: the form always sends all of them.
    session.execute(delete(RetrospectiveDecision).where(RetrospectiveDecision.case_id == case.id))
    session.execute(
        delete(RetrospectiveBottleneck).where(RetrospectiveBottleneck.case_id == case.id)
    )
    session.execute(delete(case_theme).where(case_theme.c.case_id == case.id))
    session.add_all(
        RetrospectiveDecision(
            case_id=case.id,
            position=position,
            decided_on=d.decided_on,
            decided_by_role=d.decided_by_role,
            decision=d.decision,
            consequence=d.consequence,
        )
        for position, d in enumerate(draft.decisions)
    )
    session.add_all(
        RetrospectiveBottleneck(
            case_id=case.id,
            bottleneck_id=b.bottleneck_id,
            where_in_chain=b.where_in_chain,
            note=b.note,
        )
        for b in draft.bottlenecks
        if b.bottleneck_id is not None
    )
    if draft.theme_ids:
        session.execute(
            insert(case_theme), [{"case_id": case.id, "item_id": t} for t in draft.theme_ids]
        )
    session.flush()
    uow.log_case(AuditAction.CHANGE, case, "retrospective: " + ", ".join(changed))
    return _view(session, case)
