"""The full-text index of cases (FTS5 table `case_search`, contentless).

The index holds tokens, not text: the text stays in its own tables. The cases service calls
`index_case` after every write, in the same transaction, so the index never lags.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from expertteam_app.domain import names
from expertteam_app.domain.case import Case

_TOKEN = re.compile(r"\w+", re.UNICODE)


def document_of(case: Case) -> tuple[str, str, str]:
    """(reference, names, body) as indexed."""
    p = case.young_person
    reference = " ".join(x for x in (case.reference, p.bsn or "") if x)
    people = [names.display_name(p.first_name, p.name_prefix, p.last_name)]
    people += [names.display_name(h.first_name, h.name_prefix, h.last_name) for h in case.household]
    people.append(case.referrer_contact_name)
    body_parts = [
        case.question,
        case.referrer_organisation,
        case.imported_advice_text,
        case.closing_result,
        case.reflection,
    ]
    for item in case.care_history:
        body_parts += [item.provider_name, item.description, item.outcome]
    return reference, " ".join(x for x in people if x), "\n".join(x for x in body_parts if x)


def index_case(session: Session, case: Case) -> None:
    reference, people, body = document_of(case)
    session.execute(
        text(
            "INSERT OR REPLACE INTO case_search(rowid, reference, names, body) "
            "VALUES (:id, :reference, :names, :body)"
        ),
        {"id": case.id, "reference": reference, "names": people, "body": body},
    )


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
