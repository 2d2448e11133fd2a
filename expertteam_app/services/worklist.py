"""The work list (werklijst): what needs a person now, computed from the data each time.

No flag is stored that could go stale: every signal is a question to the tables, asked in
one SQL statement, never by loading cases into Python. Each kind of signal is one branch of
a UNION ALL, driven from an indexed set: the open cases of a status in id order (so that
the look-ups that follow land near each other), young people by date of birth, meetings by
date. The branches read indexes made for them (migration 0004), not the wide table rows.
The statement returns the count per kind and the most urgent `limit` signals, with the
names joined in for those rows only.

Signals leave out closed and not-admissible cases. A signal is due on `due_on`;
`days_over` is how many days it is overdue (zero or less: days still left).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text

from expertteam_app.domain import names
from expertteam_app.domain.dates import add_months, format_nl
from expertteam_app.domain.enums import (
    AuditAction,
    BigFiveArea,
    BigFiveStatus,
    CareAnswer,
    CaseStatus,
    FundingDecision,
    SignalKind,
)
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.roles import Permission
from expertteam_app.services.settings import TeamSettings, read_settings

MAX_LIMIT = 5000
SUBJECT_LENGTH = 60  # a goal's description is cut to this many characters

# The case area a signal opens (see ui.main_window.CaseTab.show_area).
AREAS: dict[SignalKind, str] = {
    SignalKind.LEAD_TIME: "registration",
    SignalKind.LATE_START: "followup",
    SignalKind.NO_ANSWER: "followup",
    SignalKind.FUNDING_UNDECIDED: "funding",
    SignalKind.EVALUATION_DUE: "followup",
    SignalKind.TURNING_18: "transition",
    # The preparation is written in the meeting; the case's registration holds what it
    # needs (question, history, problem areas).
    SignalKind.NO_PREPARATION: "registration",
}

_BEFORE_ADVICE = (CaseStatus.AANGEMELD, CaseStatus.IN_BEHANDELING, CaseStatus.GEAGENDEERD)
# Only these statuses can have an issued advice: the first issue moves a case from
# geagendeerd to advies_uitgebracht, and no move leads back before the advice.
_ADVISED = (CaseStatus.ADVIES_UITGEBRACHT, CaseStatus.IN_UITVOERING, CaseStatus.OPGESCHAALD)
_OPEN = (*_BEFORE_ADVICE, *_ADVISED)


@dataclass(frozen=True)
class Signal:
    kind: SignalKind
    case_id: int
    case_reference: str
    young_person_name: str
    owner_name: str
    due_on: date
    days_over: int  # > 0: overdue by this many days; <= 0: days left
    subject: str  # what it is about: a provider, a municipality, a goal, a meeting
    area: str  # the case area to open: registration, followup, funding, transition, advice

    @property
    def overdue(self) -> bool:
        return self.days_over > 0


@dataclass(frozen=True)
class WorkList:
    signals: tuple[Signal, ...]
    counts: dict[SignalKind, int]  # every matching signal per kind, before the limit
    truncated: bool

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _in(values: tuple[str, ...]) -> str:
    """An SQL list of enum values (fixed vocabulary, never user input)."""
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


# --- the branches, one per kind ------------------------------------------------------------
# Each yields: kind, case_id, due_on ('YYYY-MM-DD'), ref_id, ref_text; ref_id / ref_text
# point at what the signal is about, and the final SELECT names it for the rows it returns.
# {owner} is replaced by the "mine" condition on the case alias `c` (or nothing).
# CROSS JOIN fixes SQLite's join order: from the small driving set to its rows, never a
# scan of a big table probing a short list. Where a branch needs the columns of a row, an
# index holds them (see the indexes in migration 0004), so no table row is read.

# The current advice of each advised case: the highest issued version (NULL for a case
# escalated before its advice). One search in a partial index of issued versions.
_CURRENT_ADVICE = f"""
current_advice AS MATERIALIZED (
    SELECT c.id AS case_id, (
        SELECT b.id FROM binding_advice AS b
        WHERE b.case_id = c.id AND b.issued_at IS NOT NULL
        ORDER BY b.number DESC LIMIT 1) AS advice_id
    FROM case_file AS c INDEXED BY ix_case_file_status_case
    WHERE c.status IN {_in(_ADVISED)} {{owner}}
)"""

# Care items of the current advice that have not started (nor ended): late or unanswered.
# The advice date is looked up only for the items whose answer is still missing.
_PENDING_ITEM = """
pending_item AS MATERIALIZED (
    SELECT ca.case_id, ca.advice_id, i.provider_id, i.latest_start, f.answer
    FROM current_advice AS ca
    CROSS JOIN advice_care_item AS i ON i.advice_id = ca.advice_id
    LEFT JOIN care_item_follow_up AS f INDEXED BY ix_care_item_follow_up_item_state
        ON f.care_item_id = i.id
    WHERE f.started_on IS NULL AND f.ended_on IS NULL
      AND (i.latest_start < :today OR (f.answer IS NULL AND (
          SELECT a.issued_on FROM binding_advice AS a INDEXED BY ix_binding_advice_issued
          WHERE a.case_id = ca.case_id AND a.id = ca.advice_id AND a.issued_at IS NOT NULL)
          < :answer_cutoff))
)"""

# The cases before their advice that are old enough to be near their target lead time,
# and whether each was ever suspended (few were: the others need no sum of suspensions).
# A case before its advice has no imported advice date (the register import refuses one).
_LEAD_CANDIDATE = f"""
lead_candidate AS MATERIALIZED (
    SELECT c.id AS case_id, c.registered_on,
        EXISTS (SELECT 1 FROM suspension AS s WHERE s.case_id = c.id) AS ever_suspended
    FROM case_file AS c INDEXED BY ix_case_file_status_case
    WHERE c.status IN {_in(_BEFORE_ADVICE)} AND c.registered_on <= :lead_cutoff {{owner}}
)"""

_BRANCHES: dict[SignalKind, str] = {
    # Nearing or past the target lead time: the day the target is reached is registration +
    # target + the days the case was suspended (the clock stands still; an open suspension
    # counts until today). A suspended case is not "nearing" anything while its clock
    # stands still: it shows only once it is past the target.
    SignalKind.LEAD_TIME: """
    SELECT 'lead_time' AS kind, l.case_id AS case_id, l.due_on AS due_on,
           NULL AS ref_id, NULL AS ref_text
    FROM (
        SELECT lc.case_id, lc.ever_suspended,
            CASE WHEN NOT lc.ever_suspended THEN date(lc.registered_on, :lead_modifier)
            ELSE date(lc.registered_on, '+' || (:lead_days + (
                SELECT CAST(sum(max(0, julianday(min(coalesce(s.ended_on, :today), :today))
                                       - julianday(max(s.started_on, lc.registered_on))))
                            AS INTEGER)
                FROM suspension AS s WHERE s.case_id = lc.case_id)) || ' days')
            END AS due_on
        FROM lead_candidate AS lc
    ) AS l
    WHERE NOT l.ever_suspended OR (l.due_on <= :lead_horizon AND (l.due_on < :today OR NOT EXISTS (
        SELECT 1 FROM suspension AS s WHERE s.case_id = l.case_id AND s.ended_on IS NULL)))""",
    # Past its latest start and not started (declined items too: nothing has started).
    SignalKind.LATE_START: """
    SELECT 'late_start' AS kind, case_id, latest_start AS due_on, provider_id AS ref_id,
           CASE WHEN answer = :declined THEN 'declined' END AS ref_text
    FROM pending_item WHERE latest_start < :today""",
    # The provider has not answered within the team's term after the advice.
    SignalKind.NO_ANSWER: """
    SELECT 'no_answer' AS kind, p.case_id AS case_id,
           date(a.issued_on, :answer_modifier) AS due_on,
           p.provider_id AS ref_id, NULL AS ref_text
    FROM pending_item AS p
    CROSS JOIN binding_advice AS a INDEXED BY ix_binding_advice_issued
        ON a.case_id = p.case_id AND a.id = p.advice_id AND a.issued_at IS NOT NULL
    WHERE p.answer IS NULL AND a.issued_on < :answer_cutoff""",
    # A request (or a dispute) without a decision after the team's term, on a care item
    # of the advice in force of an open case (a request is only made on one; a request on
    # an item a later version dropped no longer counts).
    SignalKind.FUNDING_UNDECIDED: f"""
    SELECT 'funding_undecided' AS kind, r.case_id AS case_id,
           date(r.requested_on, :funding_modifier) AS due_on,
           r.id AS ref_id, r.municipality_code AS ref_text
    FROM current_advice AS ca
    CROSS JOIN funding_request AS r INDEXED BY ix_funding_request_open
        ON r.case_id = ca.case_id
    WHERE r.decision IN {_in((FundingDecision.REQUESTED, FundingDecision.DISPUTED))}
      AND r.requested_on < :funding_cutoff
      AND EXISTS (
          SELECT 1 FROM advice_care_item AS i
          WHERE i.advice_id = ca.advice_id AND i.id = r.care_item_id)""",
    # A goal's evaluation date is near or past, and nobody evaluated it in that window.
    SignalKind.EVALUATION_DUE: """
    SELECT 'evaluation_due' AS kind, ca.case_id AS case_id, g.evaluation_date AS due_on,
           g.id AS ref_id, NULL AS ref_text
    FROM current_advice AS ca
    CROSS JOIN advice_goal AS g ON g.advice_id = ca.advice_id
    WHERE g.evaluation_date <= :evaluation_horizon
      AND NOT EXISTS (
          SELECT 1 FROM goal_evaluation AS e
          WHERE e.goal_id = g.id
            AND e.evaluated_on >= date(g.evaluation_date, :notice_modifier))""",
    # Turning 18 within the team's months. 29 February + 18 years is 28 February (as in
    # domain.dates.add_months): SQLite would say 1 March, and year + 18 is never a leap year.
    SignalKind.TURNING_18: f"""
    SELECT 'turning_18' AS kind, case_id, due_on, arranged AS ref_id, NULL AS ref_text
    FROM (SELECT c.id AS case_id,
              CASE WHEN strftime('%m-%d', y.date_of_birth) = '02-29'
                   THEN date(y.date_of_birth, '+18 years', '-1 day')
                   ELSE date(y.date_of_birth, '+18 years') END AS due_on,
              (SELECT count(*) FROM transition_check AS t
               WHERE t.case_id = c.id
                 AND t.status IN {_in((BigFiveStatus.ARRANGED, BigFiveStatus.NOT_NEEDED))})
                  AS arranged
          FROM young_person AS y
          CROSS JOIN case_file AS c ON c.young_person_id = y.id
          WHERE y.date_of_birth BETWEEN :born_from AND :born_to
            AND c.status IN {_in(_OPEN)} {{owner}})
    WHERE due_on BETWEEN :today AND :turning_horizon""",
    # On the agenda of a coming meeting (cancelled meetings are deleted) without the
    # preparation the table reads beforehand.
    SignalKind.NO_PREPARATION: f"""
    SELECT 'no_preparation' AS kind, ai.case_id AS case_id, date(m.starts_at) AS due_on,
           m.id AS ref_id, NULL AS ref_text
    FROM meeting AS m
    CROSS JOIN agenda_item AS ai ON ai.meeting_id = m.id
    CROSS JOIN case_file AS c ON c.id = ai.case_id
    WHERE m.starts_at >= :today
      AND trim(ai.preparation, char(32, 9, 10, 13)) = ''
      AND c.status IN {_in(_OPEN)} {{owner}}""",
}

_NEEDS: dict[SignalKind, tuple[str, ...]] = {
    SignalKind.LEAD_TIME: ("lead_candidate",),
    SignalKind.LATE_START: ("current_advice", "pending_item"),
    SignalKind.NO_ANSWER: ("current_advice", "pending_item"),
    SignalKind.FUNDING_UNDECIDED: ("current_advice",),
    SignalKind.EVALUATION_DUE: ("current_advice",),
}
_HELPERS = {
    "lead_candidate": _LEAD_CANDIDATE,
    "current_advice": _CURRENT_ADVICE,
    "pending_item": _PENDING_ITEM,
}

# The most urgent signals first (the earliest due date is the most days over), then the
# counts per kind of everything that matched. One statement: the signals are computed once.
_TAIL = """
signal AS MATERIALIZED ({union}),
top AS (
    SELECT * FROM signal ORDER BY due_on, kind, case_id, ref_id LIMIT :limit
)
SELECT 0 AS part, t.kind, t.case_id, t.due_on, t.ref_id, c.reference,
       y.first_name, y.name_prefix, y.last_name, o.name AS owner,
       CASE t.kind
           WHEN 'late_start' THEN p.name
           WHEN 'no_answer' THEN p.name
           WHEN 'funding_undecided' THEN mu.name
           WHEN 'evaluation_due' THEN g.description
           WHEN 'no_preparation' THEN coalesce(nullif(m.title, ''), m.place)
       END AS subject,
       CASE t.kind
           WHEN 'no_preparation' THEN m.starts_at
           WHEN 'lead_time' THEN (
               SELECT 'suspended' FROM suspension AS s
               WHERE s.case_id = t.case_id AND s.ended_on IS NULL)
           ELSE t.ref_text
       END AS ref_text
FROM top AS t
CROSS JOIN case_file AS c ON c.id = t.case_id
CROSS JOIN young_person AS y ON y.id = c.young_person_id
LEFT JOIN member AS o ON o.id = c.owner_id
LEFT JOIN provider AS p ON t.kind IN ('late_start', 'no_answer') AND p.id = t.ref_id
LEFT JOIN municipality AS mu ON t.kind = 'funding_undecided' AND mu.cbs_code = t.ref_text
LEFT JOIN advice_goal AS g ON t.kind = 'evaluation_due' AND g.id = t.ref_id
LEFT JOIN meeting AS m ON t.kind = 'no_preparation' AND m.id = t.ref_id
UNION ALL
SELECT 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, {counts}, NULL
FROM signal
ORDER BY part, due_on, kind, case_id, ref_id"""


def statement(kinds: frozenset[SignalKind], *, mine: bool) -> str:
    """The SQL for these kinds (exposed for the benchmark's query plans)."""
    chosen = [k for k in SignalKind if k in kinds]
    helpers: list[str] = []
    for kind in chosen:
        for helper in _NEEDS.get(kind, ()):
            if helper not in helpers:
                helpers.append(helper)
    owner = "AND c.owner_id = :owner_id" if mine else ""
    ctes = [_HELPERS[h].format(owner=owner) for h in helpers]
    union = "\nUNION ALL".join(_BRANCHES[k].format(owner=owner) for k in chosen)
    # The counts in one pass over the signals (a GROUP BY would sort them all).
    counts = "json_object({})".format(
        ", ".join(f"'{k.value}', count(*) FILTER (WHERE kind = '{k.value}')" for k in chosen)
    )
    return "WITH " + ",".join([*ctes, _TAIL.format(union=union, counts=counts)])


def parameters(
    settings: TeamSettings, today: date, *, owner_id: int | None, limit: int
) -> dict[str, Any]:
    lead_days = settings.target_lead_time_weeks * 7
    horizon = add_months(today, settings.turning_18_months)
    return {
        "today": today.isoformat(),
        "limit": limit,
        "owner_id": owner_id,
        "lead_days": lead_days,
        "lead_modifier": f"+{lead_days} days",
        # Suspensions only push the due date later, so a case registered after this date
        # cannot be near its target yet.
        "lead_cutoff": (
            today - timedelta(days=lead_days - settings.lead_time_warning_days)
        ).isoformat(),
        "lead_horizon": (today + timedelta(days=settings.lead_time_warning_days)).isoformat(),
        "answer_modifier": f"+{settings.provider_answer_days} days",
        "answer_cutoff": (today - timedelta(days=settings.provider_answer_days)).isoformat(),
        "declined": CareAnswer.DECLINED.value,
        "funding_modifier": f"+{settings.funding_decision_days} days",
        "funding_cutoff": (today - timedelta(days=settings.funding_decision_days)).isoformat(),
        "notice_modifier": f"-{settings.evaluation_notice_days} days",
        "evaluation_horizon": (today + timedelta(days=settings.evaluation_notice_days)).isoformat(),
        # A day's slack either side; the exact birthday is tested in SQL.
        "born_from": (add_months(today, -18 * 12) - timedelta(days=1)).isoformat(),
        "born_to": (add_months(horizon, -18 * 12) + timedelta(days=1)).isoformat(),
        "turning_horizon": horizon.isoformat(),
    }


def work_list(
    uow: UnitOfWork,
    *,
    mine: bool = False,
    kinds: frozenset[SignalKind] | None = None,
    limit: int = 500,
    language: str = "nl",
) -> WorkList:
    """The signals for the team (or for the actor's own cases), most urgent first."""
    uow.require(Permission.CASE_READ)
    chosen = frozenset(SignalKind) if kinds is None else kinds
    limit = max(1, min(limit, MAX_LIMIT))
    today = uow.clock.today()
    counts = {kind: 0 for kind in SignalKind if kind in chosen}
    signals: list[Signal] = []
    if chosen:
        settings = read_settings(uow)
        owner_id = uow.actor.member_id if mine else None
        rows = uow.session.execute(
            text(statement(chosen, mine=mine)),
            parameters(settings, today, owner_id=owner_id, limit=limit),
        ).all()
        for row in rows:
            if row.part == 1:
                counts.update({SignalKind(k): int(n) for k, n in json.loads(row.subject).items()})
            else:
                signals.append(_signal(row, today, language))
    # The SQL order (due date, kind, case) is the order of urgency.
    described = ",".join(k.value for k in SignalKind if k in chosen)
    uow.log(
        AuditEvent(
            AuditAction.SEARCH,
            detail=f"work list: {'mine' if mine else 'team'}; kinds={described or 'none'}",
        )
    )
    return WorkList(tuple(signals), counts, sum(counts.values()) > len(signals))


def _signal(row: Any, today: date, language: str) -> Signal:
    kind = SignalKind(row.kind)
    due_on = date.fromisoformat(row.due_on)
    return Signal(
        kind=kind,
        case_id=int(row.case_id),
        case_reference=row.reference,
        young_person_name=names.display_name(row.first_name, row.name_prefix, row.last_name),
        owner_name=row.owner or "",
        due_on=due_on,
        days_over=(today - due_on).days,
        subject=_subject(kind, row, language),
        area=AREAS[kind],
    )


def _subject(kind: SignalKind, row: Any, language: str) -> str:
    def t(nl: str, en: str) -> str:
        return en if language.startswith("en") else nl

    if kind is SignalKind.LEAD_TIME:
        return t("opgeschort", "suspended") if row.ref_text == "suspended" else ""
    if kind is SignalKind.LATE_START and row.ref_text == "declined":
        return f"{row.subject or ''} ({t('geweigerd', 'declined')})"
    if kind is SignalKind.EVALUATION_DUE:
        return shorten(row.subject or "")
    if kind is SignalKind.TURNING_18:
        still_open = len(BigFiveArea) - int(row.ref_id or 0)
        return t(
            f"{still_open} van {len(BigFiveArea)} leefgebieden nog open",
            f"{still_open} of {len(BigFiveArea)} areas open",
        )
    if kind is SignalKind.NO_PREPARATION:
        when = str(row.ref_text or "")
        moment = f"{format_nl(date.fromisoformat(when[:10]))} {when[11:16]}" if when else ""
        return f"{row.subject or ''}, {moment}".strip(", ")
    return str(row.subject or "")


def shorten(value: str, length: int = SUBJECT_LENGTH) -> str:
    """One line, at most `length` characters, cut at a word with an ellipsis."""
    flat = " ".join(value.split())
    if len(flat) <= length:
        return flat
    cut = flat[: length - 1].rsplit(" ", 1)[0] or flat[: length - 1]
    return cut.rstrip(" ,;.") + "…"
