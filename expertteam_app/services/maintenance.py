"""`expertteam check` and backups: the health of a team database, in plain findings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, text

from expertteam_app.domain.enums import AuditAction
from expertteam_app.domain.team import Member
from expertteam_app.services import audit
from expertteam_app.services.audit import AuditEvent
from expertteam_app.services.context import TeamSession, UnitOfWork
from expertteam_app.services.roles import Permission
from expertteam_app.store import migrate
from expertteam_app.store.vault import SlotKind


@dataclass(frozen=True)
class Finding:
    ok: bool
    nl: str
    en: str

    def text(self, language: str = "nl") -> str:
        return self.en if language.startswith("en") else self.nl


def check_database(uow: UnitOfWork) -> list[Finding]:
    uow.require(Permission.DATABASE_CHECK)
    session = uow.session
    findings: list[Finding] = []

    hmac_failures = session.execute(text("PRAGMA cipher_integrity_check")).all()
    findings.append(
        Finding(
            not hmac_failures,
            "versleuteling: alle pagina's intact"
            if not hmac_failures
            else f"versleuteling: {len(hmac_failures)} beschadigde pagina('s)",
            "encryption: all pages intact"
            if not hmac_failures
            else f"encryption: {len(hmac_failures)} damaged page(s)",
        )
    )
    integrity = [r[0] for r in session.execute(text("PRAGMA integrity_check")).all()]
    ok = integrity == ["ok"]
    findings.append(
        Finding(
            ok,
            "database-structuur: in orde" if ok else "database-structuur: fouten gevonden",
            "database structure: ok" if ok else "database structure: errors found",
        )
    )
    fk = session.execute(text("PRAGMA foreign_key_check")).all()
    findings.append(
        Finding(
            not fk,
            "verwijzingen: in orde" if not fk else f"verwijzingen: {len(fk)} gebroken",
            "references: ok" if not fk else f"references: {len(fk)} broken",
        )
    )
    revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    current = revision == migrate.head_revision()
    findings.append(Finding(current, f"schemaversie {revision}", f"schema version {revision}"))

    chain = audit.verify_chain(session, audit.chain_key(uow.store.data_key))
    findings.append(
        Finding(
            chain.ok,
            f"toegangslogboek: {chain.entries} regels, keten ongebroken"
            if chain.ok
            else f"toegangslogboek: {chain.problem_nl}",
            f"access log: {chain.entries} entries, chain unbroken"
            if chain.ok
            else f"access log: {chain.problem_en}",
        )
    )

    vault = uow.store.vault
    active = {m.id for m in session.scalars(select(Member).where(Member.active.is_(True)))}
    slotted = {s.member_id for s in vault.slots if s.kind == SlotKind.MEMBER}
    without_slot = active - slotted
    orphans = {s.member_id for s in vault.slots if s.member_id is not None} - active
    has_recovery = any(s.kind == SlotKind.RECOVERY for s in vault.slots)
    slots_ok = not without_slot and not orphans and has_recovery
    findings.append(
        Finding(
            slots_ok,
            f"sleutels: {len(slotted)} leden, "
            f"herstelcode {'aanwezig' if has_recovery else 'ONTBREEKT'}"
            + (f", {len(without_slot)} lid/leden zonder sleutel" if without_slot else "")
            + (f", {len(orphans)} sleutel(s) van vertrokken leden" if orphans else ""),
            f"keys: {len(slotted)} members, "
            f"recovery code {'present' if has_recovery else 'MISSING'}"
            + (f", {len(without_slot)} member(s) without a key" if without_slot else "")
            + (f", {len(orphans)} key(s) of departed members" if orphans else ""),
        )
    )
    uow.log(
        AuditEvent(
            AuditAction.ADMIN, detail="database checked: ok=" + str(all(f.ok for f in findings))
        )
    )
    return findings


def backup(team: TeamSession, target: Path) -> Path:
    """A consistent copy of the database and its key file, made after the unit of work
    that allows and logs it (the backup API needs the connection free of a transaction)."""
    with team.unit_of_work() as uow:
        uow.require(Permission.BACKUP)
        uow.log(AuditEvent(AuditAction.EXPORT, detail=f"backup to {Path(target).name}"))
    return team.store.backup_to(Path(target))
