"""Reading and verifying the access log, for the roles that may (NEN 7513 review)."""

from __future__ import annotations

from expertteam_app.domain.enums import AuditAction
from expertteam_app.services import audit
from expertteam_app.services.audit import AccessLogRow, AuditEvent, ChainReport
from expertteam_app.services.cases import load_case
from expertteam_app.services.context import UnitOfWork
from expertteam_app.services.roles import Permission


def verify(uow: UnitOfWork) -> ChainReport:
    uow.require(Permission.AUDIT_VERIFY)
    key = audit.chain_key(uow.store.data_key)
    report = audit.verify_chain(uow.session, key)
    # Logged after verifying, so this entry is checked by the next run.
    uow.log(AuditEvent(AuditAction.ADMIN, detail=f"access log verified: ok={report.ok}"))
    return report


def for_case(uow: UnitOfWork, case_id: int) -> list[AccessLogRow]:
    case = load_case(uow.session, case_id)
    uow.require(
        Permission.ACCESS_LOG_READ,
        case_id=case.id,
        case_reference=case.reference,
        person_id=case.young_person_id,
    )
    rows = audit.entries_for_case(uow.session, case_id)
    uow.log(
        AuditEvent(
            AuditAction.READ,
            case_id=case.id,
            case_reference=case.reference,
            person_id=case.young_person_id,
            detail="access log of the case",
        )
    )
    return rows


def recent(uow: UnitOfWork, limit: int = 200) -> list[AccessLogRow]:
    uow.require(Permission.ACCESS_LOG_READ)
    rows = audit.recent_entries(uow.session, limit)
    uow.log(AuditEvent(AuditAction.READ, detail=f"access log: latest {limit} entries"))
    return rows
