"""Which advice counts after issuing: the version in force (the highest issued number) and
the date of the first one. Follow-up, funding and escalation all ask the same questions,
so they are answered once here (the work list asks them in SQL, services.worklist)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from expertteam_app.domain.advice import BindingAdvice


def _issued(case_id: int) -> Select[BindingAdvice]:
    return select(BindingAdvice).where(
        BindingAdvice.case_id == case_id, BindingAdvice.issued_at.is_not(None)
    )


def current_advice(session: Session, case_id: int) -> BindingAdvice | None:
    """The version in force: the highest number that has been issued."""
    return session.scalar(_issued(case_id).order_by(BindingAdvice.number.desc()).limit(1))


def first_issued_on(session: Session, case_id: int) -> date | None:
    """The date of the first issued advice. Follow-up and funding dates are checked against
    it: a care line carried over to a later version keeps the history it had before."""
    first = session.scalar(_issued(case_id).order_by(BindingAdvice.number).limit(1))
    return None if first is None else first.issued_on
