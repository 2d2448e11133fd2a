"""Reference data: regions, municipalities, managed lists and providers (sociale kaart)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from expertteam_app import reference_data
from expertteam_app.domain.enums import AuditAction, ListKind
from expertteam_app.domain.team import ManagedListItem, Municipality, Provider, Region
from expertteam_app.errors import NotFound, Problems
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.roles import Permission

# --- the lists a new team database starts with ------------------------------------------

DEFAULT_LISTS: dict[ListKind, list[tuple[str, str, str]]] = {
    ListKind.PROBLEM_AREA: [
        ("parenting_family", "Opvoeding en gezinsrelaties", "Parenting and family relations"),
        ("development_behaviour", "Ontwikkeling en gedrag", "Development and behaviour"),
        ("mental_health_child", "Psychische gezondheid jeugdige", "Mental health of the child"),
        ("mental_health_parent", "Psychische gezondheid ouder", "Mental health of a parent"),
        (
            "physical_health",
            "Lichamelijke gezondheid en beperking",
            "Physical health and disability",
        ),
        (
            "intellectual_disability",
            "Licht verstandelijke beperking",
            "Mild intellectual disability",
        ),
        ("autism", "Autisme", "Autism"),
        ("school_daytime", "School, werk en dagbesteding", "School, work and day activities"),
        ("safety", "Veiligheid en huiselijk geweld", "Safety and domestic violence"),
        ("finances_debts", "Financiën en schulden", "Finances and debts"),
        ("housing", "Huisvesting", "Housing"),
        ("addiction", "Verslaving en middelengebruik", "Addiction and substance use"),
        ("justice", "Justitie en criminaliteit", "Justice and crime"),
        ("social_network", "Sociaal netwerk", "Social network"),
    ],
    ListKind.BOTTLENECK: [
        ("waiting_list", "Wachtlijst", "Waiting list"),
        ("no_suitable_offer", "Geen passend aanbod", "No suitable offer"),
        ("funding_dispute", "Financieringsgeschil (wie betaalt?)", "Funding dispute (who pays?)"),
        ("clashing_systems", "Botsende wetten of systemen", "Clashing laws or systems"),
        ("transition_18", "Overgang 18-/18+", "Transition at 18"),
        ("provider_declined", "Aanbieder weigert", "Provider declined"),
        ("placement_far", "Plaatsing ver van huis", "Placement far from home"),
        ("no_case_direction", "Geen regie of samenwerking", "No case direction or cooperation"),
        ("crisis_no_place", "Geen crisisplek", "No crisis placement"),
    ],
    ListKind.OFFER_CATEGORY: [
        ("ambulatory", "Ambulante jeugdhulp", "Ambulatory youth care"),
        (
            "intensive_family",
            "Intensieve ambulante gezinsbehandeling",
            "Intensive family treatment",
        ),
        ("day_treatment", "Dagbehandeling", "Day treatment"),
        ("youth_mental_health", "Specialistische jeugd-ggz", "Specialist youth mental health"),
        (
            "intellectual_disability_care",
            "Zorg bij (licht) verstandelijke beperking",
            "Intellectual disability care",
        ),
        ("foster_care", "Pleegzorg", "Foster care"),
        ("family_home", "Gezinshuis", "Family-style group home"),
        ("residential", "Residentiële jeugdhulp", "Residential youth care"),
        ("secure_care", "Gesloten jeugdhulp (JeugdzorgPlus)", "Secure youth care"),
        ("crisis_shelter", "Crisisopvang", "Crisis shelter"),
        ("respite", "Logeeropvang en respijtzorg", "Respite care"),
        ("education_care", "Onderwijs-zorgarrangement", "Education and care arrangement"),
        ("supported_living", "Begeleid wonen", "Supported living"),
    ],
}


def seed_reference_data(session: Session) -> None:
    """Regions, municipalities and default lists into a new team database."""
    for row in reference_data.rows("jeugdregios.csv"):
        session.add(Region(code=row["code"], name=row["name"]))
    session.flush()
    for row in reference_data.rows("gemeenten.csv"):
        session.add(
            Municipality(
                cbs_code=row["cbs_code"],
                name=row["name"],
                province=row["province"],
                region_code=row["jeugdregio_code"] or None,
                active=True,
            )
        )
    for kind, items in DEFAULT_LISTS.items():
        for order, (code, label, label_en) in enumerate(items):
            session.add(
                ManagedListItem(
                    kind=kind,
                    code=code,
                    label=label,
                    label_en=label_en,
                    sort_order=order,
                    active=True,
                )
            )
    session.flush()


# --- plain rows for the UI and CLI -----------------------------------------------------


@dataclass(frozen=True)
class RegionRow:
    code: str
    name: str


@dataclass(frozen=True)
class MunicipalityRow:
    cbs_code: str
    name: str
    province: str
    region_code: str | None
    active: bool


@dataclass(frozen=True)
class ListItemRow:
    id: int
    kind: ListKind
    code: str
    label: str
    label_en: str
    active: bool

    def text(self, language: str = "nl") -> str:
        return self.label_en or self.label if language.startswith("en") else self.label


@dataclass(frozen=True)
class ProviderRow:
    id: int
    name: str
    contact_name: str
    phone: str
    email: str
    notes: str
    active: bool
    offer_codes: tuple[str, ...]
    address: str = ""
    website: str = ""
    min_age: int | None = None
    max_age: int | None = None
    region_code: str = ""
    wait_weeks: int | None = None
    capacity_note: str = ""

    def serves_age(self, age: int) -> bool:
        return (self.min_age is None or age >= self.min_age) and (
            self.max_age is None or age <= self.max_age
        )


def regions(uow: UnitOfWork) -> list[RegionRow]:
    return [
        RegionRow(r.code, r.name) for r in uow.session.scalars(select(Region).order_by(Region.name))
    ]


def municipalities(uow: UnitOfWork, *, include_inactive: bool = False) -> list[MunicipalityRow]:
    stmt = select(Municipality).order_by(Municipality.name)
    if not include_inactive:
        stmt = stmt.where(Municipality.active.is_(True))
    return [
        MunicipalityRow(m.cbs_code, m.name, m.province, m.region_code, m.active)
        for m in uow.session.scalars(stmt)
    ]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def find_municipality(session: Session, text: str) -> Municipality | None:
    """By CBS code (GM0363 or 0363 or 363) or by name, ignoring case and accents."""
    raw = text.strip()
    if not raw:
        return None
    code = raw.upper()
    if re.fullmatch(r"(GM)?\d{1,4}", code):
        code = "GM" + code.removeprefix("GM").zfill(4)
        return session.get(Municipality, code)
    wanted = _fold(raw)
    for m in session.scalars(select(Municipality)):
        if _fold(m.name) == wanted:
            return m
    return None


def set_municipality_active(uow: UnitOfWork, cbs_code: str, active: bool) -> None:
    """Municipalities merge; the old one stays for old cases but is not offered anymore."""
    uow.require(Permission.REFERENCE_MANAGE)
    m = uow.session.get(Municipality, cbs_code)
    if m is None:
        raise NotFound(
            f"Gemeente {cbs_code} bestaat niet.", f"Municipality {cbs_code} does not exist."
        )
    m.active = active
    uow.log(AuditEvent(AuditAction.ADMIN, detail=f"municipality {cbs_code} active={active}"))


def list_items(
    uow: UnitOfWork, kind: ListKind, *, include_inactive: bool = False
) -> list[ListItemRow]:
    stmt = select(ManagedListItem).where(ManagedListItem.kind == kind)
    if not include_inactive:
        stmt = stmt.where(ManagedListItem.active.is_(True))
    stmt = stmt.order_by(ManagedListItem.sort_order, ManagedListItem.label)
    return [
        ListItemRow(i.id, i.kind, i.code, i.label, i.label_en, i.active)
        for i in uow.session.scalars(stmt)
    ]


def _code_from(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", _fold(label)).strip("_")[:48] or "item"


def add_list_item(uow: UnitOfWork, kind: ListKind, label: str, label_en: str = "") -> ListItemRow:
    uow.require(Permission.REFERENCE_MANAGE)
    label = label.strip()
    problems = Problems()
    if not label:
        problems.add("label", "Geef een omschrijving.", "Give a label.")
    problems.raise_if_any()
    existing = {
        _fold(i.label): i
        for i in uow.session.scalars(select(ManagedListItem).where(ManagedListItem.kind == kind))
    }
    if _fold(label) in existing:
        problems.add(
            "label", "Deze omschrijving staat al in de lijst.", "This label is already in the list."
        )
        problems.raise_if_any()
    code = base = _code_from(label)
    taken = {i.code for i in existing.values()}
    n = 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    order = uow.session.scalar(
        select(func.coalesce(func.max(ManagedListItem.sort_order), 0)).where(
            ManagedListItem.kind == kind
        )
    )
    item = ManagedListItem(
        kind=kind,
        code=code,
        label=label,
        label_en=label_en.strip(),
        sort_order=(order or 0) + 1,
        active=True,
    )
    uow.session.add(item)
    uow.session.flush()
    uow.log(AuditEvent(AuditAction.ADMIN, detail=f"list {kind}: added {code}"))
    return ListItemRow(item.id, item.kind, item.code, item.label, item.label_en, item.active)


def set_list_item_active(uow: UnitOfWork, item_id: int, active: bool) -> None:
    """Items are never deleted (cases refer to them); a retired item is just not offered."""
    uow.require(Permission.REFERENCE_MANAGE)
    item = uow.session.get(ManagedListItem, item_id)
    if item is None:
        raise NotFound("Dit lijstitem bestaat niet.", "This list item does not exist.")
    item.active = active
    uow.log(AuditEvent(AuditAction.ADMIN, detail=f"list {item.kind}: {item.code} active={active}"))


def items_by_code(session: Session, kind: ListKind) -> dict[str, ManagedListItem]:
    return {
        i.code: i
        for i in session.scalars(select(ManagedListItem).where(ManagedListItem.kind == kind))
    }


def match_list_item(items: dict[str, ManagedListItem], text: str) -> ManagedListItem | None:
    """An item by code or by its Dutch or English label, ignoring case and accents."""
    wanted = _fold(text)
    for item in items.values():
        if wanted in (_fold(item.code), _fold(item.label), _fold(item.label_en)):
            return item
    return None


# --- providers (sociale kaart) -----------------------------------------------------------


@dataclass
class ProviderInput:
    name: str
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    offer_codes: tuple[str, ...] = ()
    active: bool = True
    address: str = ""
    website: str = ""
    min_age: int | None = None
    max_age: int | None = None
    region_code: str = ""
    wait_weeks: int | None = None
    capacity_note: str = ""


def _provider_row(p: Provider) -> ProviderRow:
    return ProviderRow(
        p.id,
        p.name,
        p.contact_name,
        p.phone,
        p.email,
        p.notes,
        p.active,
        tuple(sorted(o.code for o in p.offers)),
        p.address,
        p.website,
        p.min_age,
        p.max_age,
        p.region_code or "",
        p.wait_weeks,
        p.capacity_note,
    )


def providers(
    uow: UnitOfWork, *, query: str = "", include_inactive: bool = False
) -> list[ProviderRow]:
    stmt = select(Provider).order_by(Provider.name)
    if not include_inactive:
        stmt = stmt.where(Provider.active.is_(True))
    rows = [_provider_row(p) for p in uow.session.scalars(stmt)]
    if query.strip():
        q = _fold(query)
        rows = [r for r in rows if q in _fold(r.name)]
    return rows


def save_provider(
    uow: UnitOfWork, data: ProviderInput, provider_id: int | None = None
) -> ProviderRow:
    uow.require(Permission.PROVIDERS_MANAGE)
    problems = Problems()
    name = data.name.strip()
    if not name:
        problems.add("name", "Geef de naam van de aanbieder.", "Give the provider's name.")
    if data.email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", data.email.strip()):
        problems.add("email", "Dit e-mailadres klopt niet.", "This e-mail address is not valid.")
    clash = uow.session.scalar(select(Provider).where(func.lower(Provider.name) == name.lower()))
    if clash is not None and clash.id != provider_id:
        problems.add(
            "name", "Er is al een aanbieder met deze naam.", "A provider with this name exists."
        )
    offers = items_by_code(uow.session, ListKind.OFFER_CATEGORY)
    for code in data.offer_codes:
        if code not in offers:
            problems.add(
                "offer_codes", f"Onbekend aanbod: {code}.", f"Unknown kind of care: {code}."
            )
    for name_, value in (("min_age", data.min_age), ("max_age", data.max_age)):
        if value is not None and not 0 <= value <= 27:
            problems.add(name_, "Kies een leeftijd van 0 tot 27.", "Choose an age from 0 to 27.")
    if data.min_age is not None and data.max_age is not None and data.min_age > data.max_age:
        problems.add(
            "max_age",
            "De hoogste leeftijd ligt onder de laagste.",
            "The highest age is below the lowest.",
        )
    if data.wait_weeks is not None and not 0 <= data.wait_weeks <= 260:
        problems.add(
            "wait_weeks", "Kies een wachttijd van 0 tot 260 weken.", "Choose 0 to 260 weeks."
        )
    if data.region_code and uow.session.get(Region, data.region_code) is None:
        problems.add("region_code", "Onbekende jeugdregio.", "Unknown youth-care region.")
    problems.raise_if_any()
    if provider_id is None:
        provider = Provider(name=name)
        uow.session.add(provider)
    else:
        found = uow.session.get(Provider, provider_id)
        if found is None:
            raise NotFound("Deze aanbieder bestaat niet.", "This provider does not exist.")
        provider = found
    provider.name = name
    provider.contact_name = data.contact_name.strip()
    provider.phone = data.phone.strip()
    provider.email = data.email.strip()
    provider.notes = data.notes.strip()
    provider.active = data.active
    provider.address = data.address.strip()
    provider.website = data.website.strip()
    provider.min_age = data.min_age
    provider.max_age = data.max_age
    provider.region_code = data.region_code or None
    provider.wait_weeks = data.wait_weeks
    provider.capacity_note = data.capacity_note.strip()
    provider.offers = [offers[c] for c in data.offer_codes]
    uow.session.flush()
    uow.log(AuditEvent(AuditAction.ADMIN, detail=f"provider {provider.id} saved"))
    return _provider_row(provider)


def search_providers(
    uow: UnitOfWork, *, text: str = "", care_kind_code: str = "", age: int | None = None
) -> list[ProviderRow]:
    """The sociale kaart for picking a provider for a care item: active providers whose
    name, contact or notes match `text`; those offering `care_kind_code` and serving `age`
    first, then by shortest wait, then by name."""
    rows = providers(uow)
    if text.strip():
        words = _fold(text).split()
        rows = [
            r
            for r in rows
            if all(w in _fold(f"{r.name} {r.contact_name} {r.notes} {r.address}") for w in words)
        ]

    def rank(row: ProviderRow) -> tuple[int, int, int, str]:
        offers = care_kind_code in row.offer_codes if care_kind_code else True
        fits = row.serves_age(age) if age is not None else True
        return (
            0 if offers else 1,
            0 if fits else 1,
            row.wait_weeks if row.wait_weeks is not None else 999,
            _fold(row.name),
        )

    return sorted(rows, key=rank)
