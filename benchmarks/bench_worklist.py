"""The work list over 100,000 cases with their advice, care items, funding and evaluations:
the whole list, the "mine" list and each kind alone, and a check of the query plans (the
big tables are searched through indexes, never scanned). EXPERTTEAM_BENCH_PLANS=1 prints
the plans too."""

from __future__ import annotations

import os
import re
from datetime import date

from sqlalchemy import text

from benchmarks.data import MEMBER, PASSPHRASE, big_database
from benchmarks.timing import Figure, median_ms
from expertteam_app.domain.enums import SignalKind
from expertteam_app.services import settings, worklist
from expertteam_app.services import team as team_service
from expertteam_app.services.context import TeamSession

TARGET_MS = 200
SHOW_PLANS = os.environ.get("EXPERTTEAM_BENCH_PLANS", "") not in ("", "0")
# Tables whose full scan would grow with the register; a plan that scans one is a fault.
BIG_TABLES = (
    "case_file",
    "young_person",
    "binding_advice",
    "advice_care_item",
    "advice_goal",
    "care_item_follow_up",
    "funding_request",
    "goal_evaluation",
    "suspension",
    "agenda_item",
    "transition_check",
)


def query_plan(team: TeamSession, kinds: frozenset[SignalKind], *, mine: bool) -> list[str]:
    with team.unit_of_work(write=False) as uow:
        params = worklist.parameters(
            settings.read_settings(uow),
            uow.clock.today(),
            owner_id=uow.actor.member_id if mine else None,
            limit=500,
        )
        rows = uow.session.execute(
            text("EXPLAIN QUERY PLAN " + worklist.statement(kinds, mine=mine)), params
        ).all()
    depth: dict[int, int] = {0: -1}
    lines = []
    for node, parent, _unused, detail in rows:
        depth[node] = depth.get(parent, -1) + 1
        lines.append("  " * depth[node] + str(detail))
    return lines


def full_scans(plan: list[str], sql: str) -> list[str]:
    """Plan lines that read a big table (or one of its indexes) from end to end: every
    big table must be searched, never scanned. The plan names a table by its alias."""
    table_of = {alias: table for table, alias in re.findall(r"\b(\w+) AS (\w+)\b", sql)}
    scans = []
    for line in plan:
        m = re.match(r"\s*SCAN (\w+)", line)
        if m and table_of.get(m.group(1), m.group(1)) in BIG_TABLES:
            scans.append(line.strip())
    return scans


def run(show_plans: bool = SHOW_PLANS) -> list[Figure]:
    path = big_database()
    team = team_service.unlock(path, MEMBER, PASSPHRASE)
    figures: list[Figure] = []
    try:

        def listing(mine: bool = False, kinds: frozenset[SignalKind] | None = None) -> object:
            with team.unit_of_work() as uow:
                return worklist.work_list(uow, mine=mine, kinds=kinds)

        with team.unit_of_work() as uow:
            everything = worklist.work_list(uow)
            mine = worklist.work_list(uow, mine=True)
        figures.append(
            Figure(
                "work list, all kinds (first 500)",
                median_ms(listing),
                "ms",
                f"<= {TARGET_MS} ms",
                f"{everything.total:,} signals",
            )
        )
        figures.append(
            Figure(
                "work list, only my cases",
                median_ms(lambda: listing(mine=True)),
                "ms",
                f"<= {TARGET_MS} ms",
                f"{mine.total:,} signals",
            )
        )
        for kind in SignalKind:
            figures.append(
                Figure(
                    f"  {kind.label('en')}",
                    median_ms(lambda k=kind: listing(kinds=frozenset({k})), repeat=7),
                    "ms",
                    "",
                    f"{everything.counts[kind]:,} signals",
                )
            )
        scans = []
        for name, plan in (
            ("all kinds", query_plan(team, frozenset(SignalKind), mine=False)),
            ("mine", query_plan(team, frozenset(SignalKind), mine=True)),
        ):
            scans += full_scans(
                plan, worklist.statement(frozenset(SignalKind), mine=name == "mine")
            )
            if show_plans:
                print(f"\nQuery plan, work list ({name}), on {date.today():%d-%m-%Y}:")
                for line in plan:
                    print("   ", line)
        figures.append(
            Figure(
                "big tables scanned in the query plans",
                len(scans),
                "scans",
                "0",
                "; ".join(scans),
            )
        )
    finally:
        team.close()
    return figures
