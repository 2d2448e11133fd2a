"""The full-text index of cases (FTS5 table `case_search`, contentless).

The index holds tokens, not text: the text stays in its own tables. The cases service calls
`index_case` after every write, in the same transaction, so the index never lags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

from expertteam_app.domain import names
from expertteam_app.domain.case import Case

_TOKEN = re.compile(r"\w+", re.UNICODE)


def search_row(
    case_id: int,
    *,
    reference: str,
    bsn: str | None,
    people: Iterable[str],
    question: str,
    organisation: str,
    advice: str,
    result: str,
    reflection: str,
    care: Iterable[str],
) -> dict[str, object]:
    """What the index holds of a case, in one place for single writes and bulk writes."""
    body = [question, organisation, advice, result, reflection, *care]
    return {
        "id": case_id,
        "reference": " ".join(x for x in (reference, bsn or "") if x),
        "names": " ".join(x for x in people if x),
        "body": "\n".join(x for x in body if x),
    }


def index_case(session: Session, case: Case) -> None:
    p = case.young_person
    people = [names.display_name(p.first_name, p.name_prefix, p.last_name)]
    people += [names.display_name(h.first_name, h.name_prefix, h.last_name) for h in case.household]
    people.append(case.referrer_contact_name)
    care = [
        " ".join((item.provider_name, item.description, item.outcome)) for item in case.care_history
    ]
    row = search_row(
        case.id,
        reference=case.reference,
        bsn=p.bsn,
        people=people,
        question=case.question,
        organisation=case.referrer_organisation,
        advice=case.imported_advice_text,
        result=case.closing_result,
        reflection=case.reflection,
        care=care,
    )
    index_many(session, [row])


def index_many(session: Session, rows: list[dict[str, object]]) -> None:
    """Bulk form for imports: rows of id, reference, names, body."""
    if rows:
        session.execute(
            text(
                "INSERT OR REPLACE INTO case_search(rowid, reference, names, body) "
                "VALUES (:id, :reference, :names, :body)"
            ),
            rows,
        )


def remove_case(session: Session, case_id: int) -> None:
    session.execute(text("DELETE FROM case_search WHERE rowid = :id"), {"id": case_id})


def match_expression(user_text: str) -> str | None:
    """What a person types, as an FTS5 query: every word must occur, as a word prefix.

    Each token is quoted, so FTS5 syntax in the input (AND, NEAR, *, quotes) is only text.
    """
    tokens = _TOKEN.findall(user_text)
    if not tokens:
        return None
    return " ".join('"' + t.replace('"', "") + '"*' for t in tokens[:12])
