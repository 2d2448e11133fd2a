"""Building one case's anonymised summary, and keeping it as JSON in `LearningSummary`.

Layer 1 (generalising the structured fields) happens here with `anonymise.generalise`;
layer 2 (scrubbing free text) with the `Anonymiser` handed in, one `Labeller` per summary
so that `[PERSOON-1]` is the same person in every text of it. The stored JSON keeps the
original beside the scrubbed text, so the reviewer sees both sides; headings and fact
labels are stored in both languages and picked when the view is read.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from expertteam_app.anonymise.types import (
    EntityKind,
    KnownEntities,
    KnownPerson,
    Replacement,
    ScrubbedText,
    Source,
)
from expertteam_app.domain.advice import BindingAdvice
from expertteam_app.domain.case import Case
from expertteam_app.domain.learning import (
    CaseRetrospective,
    LearningSummary,
    RetrospectiveBottleneck,
    RetrospectiveDecision,
    case_theme,
)
from expertteam_app.domain.team import ManagedListItem, Member, Municipality, Provider, Region
from expertteam_app.services.advice_in_force import current_advice, first_issued_on
from expertteam_app.services.learning_views import (
    GeneralisedFacts,
    SummarySection,
    SummaryView,
    TimelineStep,
)

if TYPE_CHECKING:
    from expertteam_app.anonymise.scrubber import Anonymiser

CONTENT_VERSION = 1
LANGUAGES = ("nl", "en")

# The sections in the order a summary shows them: key, Dutch heading, English heading.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("question", "Hulpvraag", "Question to the team"),
    ("history", "Voorgeschiedenis", "Care history"),
    ("arose", "Hoe de problemen ontstonden", "How the problems arose"),
    ("went_wrong", "Wat er misging", "What went wrong"),
    ("hindsight", "Met de kennis van nu", "With what we know now"),
    ("lessons", "Lessen", "Lessons"),
    ("advice", "Advies", "Advice"),
    ("result", "Resultaat", "Result"),
)
_HEADINGS = {key: (nl, en) for key, nl, en in SECTIONS}

# Words in a contact's name that are titles, not names ("mevr. J. de Boer").
_TITLES = frozenset(
    f"{word}{dot}"
    for word in ("dhr", "mr", "mevr", "mw", "drs", "dr", "ir", "ing", "prof")
    for dot in ("", ".")
)


def letter_label(position: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA": the session-local label after "Casus"."""
    letters = ""
    number = position + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def case_label(position: int) -> str:
    return f"Casus {letter_label(position)}"


def split_name(full: str) -> KnownPerson:
    """ "Jan van den Berg" -> first "Jan", prefix "van den", last "Berg"; titles dropped."""
    words = [w for w in full.replace(",", " ").split() if w.lower() not in _TITLES]
    if not words:
        return KnownPerson()
    if len(words) == 1:
        return KnownPerson(last_name=words[0])
    last = words[-1]
    middle = words[1:-1]
    prefix = [w for w in middle if w.islower()]
    first = " ".join([words[0], *(w for w in middle if not w.islower())])
    return KnownPerson(first_name=first, name_prefix=" ".join(prefix), last_name=last)


# --- what one case knows --------------------------------------------------------------------


def _municipality(session: Session, code: str | None) -> Municipality | None:
    return session.get(Municipality, code) if code else None


def _advice_providers(session: Session, advice: BindingAdvice | None) -> list[str]:
    if advice is None:
        return []
    ids = {item.provider_id for item in advice.care_items}
    if not ids:
        return []
    return list(session.scalars(select(Provider.name).where(Provider.id.in_(ids))))


def known_entities(session: Session, case: Case) -> KnownEntities:
    """Every name and place the case itself knows, for the scrubber to find in any form."""
    young = case.young_person
    persons = [KnownPerson(young.first_name, young.name_prefix, young.last_name)]
    persons += [
        KnownPerson(m.first_name, m.name_prefix, m.last_name)
        for m in case.household
        if m.first_name or m.last_name
    ]
    contacts = [case.referrer_contact_name, *(h.contact_name for h in case.care_history)]
    advice = current_advice(session, case.id)
    if advice is not None:
        contacts.append(advice.case_director_name)
    persons += [split_name(name) for name in contacts if name.strip()]
    places = []
    for code in (case.residence_municipality_code, case.funding_municipality_code):
        found = _municipality(session, code)
        if found is not None:
            places.append(found.name)
    institutions = [
        case.referrer_organisation,
        case.school_name,
        *(h.provider_name for h in case.care_history),
        *_advice_providers(session, advice),
    ]
    if advice is not None:
        institutions.append(advice.case_director_organisation)
    return KnownEntities(
        persons=tuple(dict.fromkeys(p for p in persons if p != KnownPerson())),
        places=tuple(dict.fromkeys(p for p in places if p.strip())),
        institutions=tuple(dict.fromkeys(i for i in institutions if i.strip())),
    )


# --- generalised facts ----------------------------------------------------------------------


def _labels(items: Sequence[ManagedListItem], language: str) -> tuple[str, ...]:
    ordered = sorted(items, key=lambda i: (i.sort_order, i.label))
    return tuple((i.label_en or i.label) if language == "en" else i.label for i in ordered)


def _themes(session: Session, case_id: int) -> list[ManagedListItem]:
    return list(
        session.scalars(
            select(ManagedListItem)
            .join(case_theme, case_theme.c.item_id == ManagedListItem.id)
            .where(case_theme.c.case_id == case_id)
        )
    )


def region_name(session: Session, region_code: str | None) -> str:
    region = session.get(Region, region_code) if region_code else None
    return region.name if region is not None else ""


def lead_time_weeks(session: Session, case: Case) -> int | None:
    """Registration to the first issued advice (or the advice date an imported case brought
    along), in whole weeks, with suspensions taken out as everywhere else in the app."""
    from expertteam_app.domain.lead_time import lead_time_days

    issued = first_issued_on(session, case.id) or case.imported_advice_on
    if issued is None:
        return None
    suspensions = [(s.started_on, s.ended_on) for s in case.suspensions]
    return lead_time_days(case.registered_on, issued, suspensions) // 7


def generalised_facts(
    session: Session,
    case: Case,
    language: str,
    *,
    fallback_region: str = "",
    lead_weeks: int | tuple[()] | None = (),
    themes: Sequence[ManagedListItem] | None = None,
) -> GeneralisedFacts:
    """`lead_weeks` and `themes` may be passed in when known (both languages of one case
    are built together, and each costs a query)."""
    from expertteam_app.anonymise.generalise import age_band, quarter

    municipality = _municipality(session, case.residence_municipality_code)
    region = region_name(session, municipality.region_code if municipality else None)
    result = ""
    if case.closing_result_id is not None:
        item = session.get(ManagedListItem, case.closing_result_id)
        if item is not None:
            result = (item.label_en or item.label) if language == "en" else item.label
    return GeneralisedFacts(
        age_band=age_band(case.young_person.date_of_birth, case.registered_on),
        region=region or fallback_region,
        registered=quarter(case.registered_on, language),
        closed=quarter(case.closed_on, language) if case.closed_on else "",
        lead_time_weeks=(
            lead_time_weeks(session, case) if isinstance(lead_weeks, tuple) else lead_weeks
        ),
        referrer_type=case.referrer_type.label(language),
        urgency=case.urgency.label(language),
        problem_areas=_labels(case.problem_areas, language),
        bottlenecks=_labels(case.bottlenecks, language),
        themes=_labels(_themes(session, case.id) if themes is None else themes, language),
        result=result,
        status=case.status.label(language),
    )


# --- the texts to scrub ---------------------------------------------------------------------


def _lines(*parts: str) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


def _history_text(case: Case) -> str:
    lines = []
    for item in case.care_history:
        head = f"{item.provider_name.strip()}: " if item.provider_name.strip() else ""
        body = item.description.strip()
        # Lower case and in brackets: a capital mid-line would be marked "check this".
        outcome = f" (uitkomst: {item.outcome.strip()})" if item.outcome.strip() else ""
        if head or body or outcome:
            lines.append(f"- {head}{body}{outcome}".rstrip())
    return "\n".join(lines)


def _went_wrong_text(session: Session, case_id: int) -> str:
    rows = session.execute(
        select(RetrospectiveBottleneck, ManagedListItem.label)
        .join(ManagedListItem, ManagedListItem.id == RetrospectiveBottleneck.bottleneck_id)
        .where(RetrospectiveBottleneck.case_id == case_id)
        .order_by(RetrospectiveBottleneck.id)
    )
    lines = []
    for row, label in rows:
        where = f" ({row.where_in_chain.strip()})" if row.where_in_chain.strip() else ""
        note = f": {row.note.strip()}" if row.note.strip() else ""
        lines.append(f"- {label}{where}{note}")
    return "\n".join(lines)


def _advice_text(session: Session, advice: BindingAdvice | None) -> str:
    if advice is None:
        return ""
    kinds = {
        i.id: i.label
        for i in session.scalars(
            select(ManagedListItem).where(
                ManagedListItem.id.in_({c.care_kind_id for c in advice.care_items})
            )
        )
    }
    providers = {
        p.id: p.name
        for p in session.scalars(
            select(Provider).where(Provider.id.in_({c.provider_id for c in advice.care_items}))
        )
    }
    lines = []
    if advice.no_new_care:
        lines.append(_lines("Geen nieuwe hulp.", advice.no_new_care_reason))
    for item in sorted(advice.care_items, key=lambda c: c.position):
        intensity = f", {item.intensity.strip()}" if item.intensity.strip() else ""
        provider = providers.get(item.provider_id, "")
        by = f" bij {provider}" if provider else ""
        lines.append(f"- {kinds.get(item.care_kind_id, '')}{by}{intensity}".rstrip())
    for goal in sorted(advice.goals, key=lambda g: g.position):
        lines.append(f"- Doel: {goal.description.strip()}")
    return "\n".join(lines)


def _result_text(session: Session, case: Case) -> str:
    label = ""
    if case.closing_result_id is not None:
        item = session.get(ManagedListItem, case.closing_result_id)
        label = item.label if item is not None else ""
    return _lines(f"{label}." if label else "", case.closing_result)


def section_texts(session: Session, case: Case) -> dict[str, str]:
    retro = session.get(CaseRetrospective, case.id)
    advice = current_advice(session, case.id)
    return {
        "question": case.question,
        "history": _history_text(case),
        "arose": retro.how_it_arose if retro else "",
        "went_wrong": _went_wrong_text(session, case.id),
        "hindsight": _lines(retro.reflections if retro else "", case.reflection),
        "lessons": retro.lessons if retro else "",
        "advice": _advice_text(session, advice),
        "result": _result_text(session, case),
    }


def _decisions(session: Session, case_id: int) -> list[RetrospectiveDecision]:
    return list(
        session.scalars(
            select(RetrospectiveDecision)
            .where(RetrospectiveDecision.case_id == case_id)
            .order_by(RetrospectiveDecision.position, RetrospectiveDecision.id)
        )
    )


# --- building -------------------------------------------------------------------------------


def build_content(
    session: Session,
    case: Case,
    anonymiser: Anonymiser,
    redactions: Sequence[str],
    *,
    fallback_region: str = "",
) -> str:
    """The summary of `case` as the JSON stored in `LearningSummary.content_json`."""
    from expertteam_app.anonymise.generalise import quarter
    from expertteam_app.anonymise.labels import Labeller

    known = known_entities(session, case)
    labeller = Labeller()

    def scrub(text: str) -> ScrubbedText:
        if not text.strip():  # nothing to hide, and the scrubber's time is the bottleneck
            return ScrubbedText(text, text)
        return anonymiser.scrub(text, known, labeller, redactions)

    sections = [
        {"key": key, "scrubbed": _scrubbed_json(scrub(text))}
        for key, text in section_texts(session, case).items()
    ]
    timeline = [
        {
            "when": {
                lang: quarter(d.decided_on, lang) if d.decided_on else "" for lang in LANGUAGES
            },
            "by_role": _scrubbed_json(scrub(d.decided_by_role)),
            "decision": _scrubbed_json(scrub(d.decision)),
            "consequence": _scrubbed_json(scrub(d.consequence)),
        }
        for d in _decisions(session, case.id)
    ]
    lead_weeks = lead_time_weeks(session, case)
    themes = _themes(session, case.id)
    facts = {
        lang: _facts_json(
            generalised_facts(
                session,
                case,
                lang,
                fallback_region=fallback_region,
                lead_weeks=lead_weeks,
                themes=themes,
            )
        )
        for lang in LANGUAGES
    }
    content = {
        "version": CONTENT_VERSION,
        "facts": facts,
        "sections": sections,
        "timeline": timeline,
    }
    return json.dumps(content, ensure_ascii=False)


# --- JSON (de)serialisers -------------------------------------------------------------------


def _scrubbed_json(s: ScrubbedText) -> dict[str, Any]:
    return {
        "original": s.original,
        "text": s.text,
        "replacements": [
            [r.start, r.end, r.out_start, r.out_end, r.original, r.label, r.kind, r.source]
            for r in s.replacements
        ],
        "to_check": [list(span) for span in s.to_check],
    }


def _scrubbed(data: dict[str, Any]) -> ScrubbedText:
    return ScrubbedText(
        original=data["original"],
        text=data["text"],
        replacements=tuple(
            Replacement(a, b, c, d, original, label, EntityKind(kind), Source(source))
            for a, b, c, d, original, label, kind, source in data["replacements"]
        ),
        to_check=tuple((int(a), int(b)) for a, b in data["to_check"]),
    )


def _facts_json(f: GeneralisedFacts) -> dict[str, Any]:
    return {
        "age_band": f.age_band,
        "region": f.region,
        "registered": f.registered,
        "closed": f.closed,
        "lead_time_weeks": f.lead_time_weeks,
        "referrer_type": f.referrer_type,
        "urgency": f.urgency,
        "problem_areas": list(f.problem_areas),
        "bottlenecks": list(f.bottlenecks),
        "themes": list(f.themes),
        "result": f.result,
        "status": f.status,
    }


def _facts(data: dict[str, Any]) -> GeneralisedFacts:
    return GeneralisedFacts(
        age_band=data["age_band"],
        region=data["region"],
        registered=data["registered"],
        closed=data["closed"],
        lead_time_weeks=data["lead_time_weeks"],
        referrer_type=data["referrer_type"],
        urgency=data["urgency"],
        problem_areas=tuple(data["problem_areas"]),
        bottlenecks=tuple(data["bottlenecks"]),
        themes=tuple(data["themes"]),
        result=data["result"],
        status=data["status"],
    )


EMPTY_FACTS = GeneralisedFacts("", "", "", "", None, "", "", (), (), (), "", "")


def heading(key: str, language: str) -> str:
    nl, en = _HEADINGS[key]
    return en if language == "en" else nl


def redactions_of(summary: LearningSummary) -> tuple[str, ...]:
    return tuple(json.loads(summary.redactions_json or "[]"))


def summary_view_of(
    summary: LearningSummary, approved_by: Member | None, language: str = "nl"
) -> SummaryView:
    """The stored summary as a view; an unbuilt one has empty facts and no sections."""
    lang = "en" if language.startswith("en") else "nl"
    content: dict[str, Any] = json.loads(summary.content_json) if summary.content_json else {}
    facts = _facts(content["facts"][lang]) if content else EMPTY_FACTS
    sections = tuple(
        SummarySection(s["key"], heading(s["key"], lang), _scrubbed(s["scrubbed"]))
        for s in content.get("sections", [])
    )
    timeline = tuple(
        TimelineStep(
            when=t["when"][lang],
            by_role=_scrubbed(t["by_role"]).text,
            decision=_scrubbed(t["decision"]),
            consequence=_scrubbed(t["consequence"]),
        )
        for t in content.get("timeline", [])
    )
    return SummaryView(
        id=summary.id,
        session_id=summary.session_id,
        case_id=summary.case_id,
        label=summary.label,
        facts=facts,
        sections=sections,
        timeline=timeline,
        redactions=redactions_of(summary),
        built_at=summary.built_at,
        approved_by=approved_by.name if approved_by is not None else "",
        approved_at=summary.approved_at,
    )


def stamp_built(summary: LearningSummary, content: str, now: datetime) -> None:
    """A (re)built summary is new text: any approval of the old text no longer holds."""
    summary.content_json = content
    summary.built_at = now
    summary.approved_at = None
    summary.approved_by_id = None
