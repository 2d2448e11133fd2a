"""A case as readable text (`expertteam cases show`), in Dutch or English."""

from __future__ import annotations

from expertteam_app.domain.dates import format_nl
from expertteam_app.domain.enums import ConsentParty
from expertteam_app.services.cases import CaseDetail


def render_text(case: CaseDetail, language: str = "nl") -> str:
    en = language.startswith("en")

    def t(nl: str, english: str) -> str:
        return english if en else nl

    p = case.young_person
    residence = case.residence_municipality.label if case.residence_municipality else "-"
    funding = case.funding_municipality.label if case.funding_municipality else "-"
    lines = [
        f"{case.reference}  —  {case.status.label(language)}"
        + (t("  (opgeschort)", "  (suspended)") if case.active_suspension else "")
        + (t("  [testgegevens]", "  [test data]") if case.is_test_data else ""),
        "",
        f"{t('Jeugdige', 'Young person')}: {p.display_name}, "
        f"{t('geboren', 'born')} {format_nl(p.date_of_birth)} "
        f"({p.age} {t('jaar', 'years')}), {p.gender.label(language).lower()}",
        f"BSN: {p.bsn or t('onbekend', 'unknown')}",
        f"{t('Aangemeld', 'Registered')}: {format_nl(case.registered_on)}    "
        f"{t('Urgentie', 'Urgency')}: {case.urgency.label(language)}    "
        f"{t('Doorlooptijd', 'Lead time')}: {case.lead_time_days} {t('dagen', 'days')}",
        f"{t('Woongemeente', 'Municipality')}: {residence}    "
        f"{t('Financierend', 'Funding')}: {funding}",
        f"{t('Verwijzer', 'Referrer')}: {case.referrer_type.label(language)}"
        + (f", {case.referrer_organisation}" if case.referrer_organisation else "")
        + (f" ({case.referrer_contact_name})" if case.referrer_contact_name else ""),
        f"{t('Eigenaar', 'Owner')}: {case.owner_name or '-'}",
        "",
        f"{t('Vraag aan het team', 'Question to the team')}:",
        f"  {case.question}",
    ]
    if case.problem_areas:
        lines.append(
            f"{t('Leefgebieden', 'Problem areas')}: "
            + "; ".join(c.label for c in case.problem_areas)
        )
    if case.bottlenecks:
        lines.append(
            f"{t('Knelpunten', 'Bottlenecks')}: " + "; ".join(c.label for c in case.bottlenecks)
        )
    if case.household:
        lines.append(f"{t('Gezin', 'Household')}:")
        for h in case.household:
            custody = t(", gezag", ", custody") if h.has_custody else ""
            lines.append(f"  - {h.display_name} ({h.relation.label(language).lower()}{custody})")
    if case.care_history:
        lines.append(f"{t('Hulpgeschiedenis', 'Care history')}:")
        for c in case.care_history:
            period = (
                f" {format_nl(c.period_from)}–{format_nl(c.period_to)}" if c.period_from else ""
            )
            lines.append(
                f"  - {c.provider_name or '-'}{period}: {c.description} {c.outcome}".rstrip()
            )
    lines.append(f"{t('Toestemming', 'Consent')}:")
    for consent in case.consents:
        who = (
            t("jeugdige", "young person")
            if consent.party == ConsentParty.YOUNG_PERSON
            else consent.given_by
        )
        lines.append(
            f"  - {who}: {consent.scope.label(language).lower()}, {format_nl(consent.given_on)}"
        )
    for missing in case.consent_missing:
        lines.append(f"  ! {t('ontbreekt', 'missing')}: {missing.en if en else missing.nl}")
    if case.imported_advice_on or case.imported_advice_text:
        lines.append(
            f"{t('Advies (uit register)', 'Advice (from register)')}: "
            f"{format_nl(case.imported_advice_on)} {case.imported_advice_text}".rstrip()
        )
    if case.closed_on:
        lines.append(
            f"{t('Afgesloten', 'Closed')}: {format_nl(case.closed_on)} "
            f"{case.closing_result}".rstrip()
        )
    lines.append(f"{t('Verloop', 'History')}:")
    for s in case.status_history:
        reason = f" — {s.reason}" if s.reason else ""
        lines.append(f"  {format_nl(s.changed_on)}  {s.to_status.label(language)}{reason}")
    return "\n".join(lines)
