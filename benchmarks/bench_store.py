"""Foundation figures on 100,000 cases: unlock, case list, full-text search, SQLCipher
versus plain SQLite on the same reads, and a 10,000-row register import."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event
from sqlalchemy.pool import QueuePool

from benchmarks.data import MEMBER, PASSPHRASE, big_database
from benchmarks.timing import Figure, median_ms, once_ms
from expertteam_app.services import case_search, cases, register_import
from expertteam_app.services import team as team_service
from expertteam_app.services.case_search import CaseQuery
from expertteam_app.services.context import TeamSession
from expertteam_app.store import engine as engines
from expertteam_app.store.team_store import TeamStore

SEARCHES = ["jans", "emma de vries", "wachtlijst", "noord", "ET-2025-01", "a"]


def read_workload(team: TeamSession, case_ids: list[int]) -> None:
    """What a person does in the list: first page, a search, counts, open a case."""
    with team.unit_of_work() as uow:
        case_search.search_cases(uow, CaseQuery(), limit=100)
        for text in SEARCHES:
            case_search.search_cases(uow, CaseQuery(text=text), limit=50)
        for case_id in case_ids:
            cases.get_case(uow, case_id)


def _plain_copy(team: TeamSession, target: Path) -> Path:
    """The same database without encryption, made by SQLCipher's own export."""
    conn = engines.connect(team.store.path, team.store.data_key)
    conn.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
    conn.execute("SELECT sqlcipher_export('plaintext')")
    conn.execute("DETACH DATABASE plaintext")
    conn.close()
    return target


def _plain_team(team: TeamSession, plain: Path) -> TeamSession:
    def creator() -> sqlcipher.Connection:
        conn = sqlcipher.connect(str(plain), isolation_level=None, check_same_thread=False)
        for pragma in (
            "foreign_keys = ON",
            f"cache_size = -{engines.CACHE_SIZE_KIB}",
            "temp_store = MEMORY",
            "journal_mode = WAL",
            "synchronous = FULL",
        ):
            conn.execute(f"PRAGMA {pragma}")
        return conn

    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=creator,
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=0,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    store = TeamStore(
        path=plain, vault=team.store.vault, engine=engine, data_key=team.store.data_key
    )
    return TeamSession(store, team.actor, team.workstation)


def run() -> list[Figure]:
    path = big_database()
    figures: list[Figure] = []

    def unlock_and_query() -> None:
        team = team_service.unlock(path, MEMBER, PASSPHRASE)
        with team.unit_of_work() as uow:
            case_search.search_cases(uow, CaseQuery(), limit=100)
        team.close()

    figures.append(
        Figure(
            "unlock to first query (Argon2id + checks)",
            median_ms(unlock_and_query, 5, 1),
            "ms",
            "<= 1000 ms",
            "incl. full cipher_integrity_check",
        )
    )

    team = team_service.unlock(path, MEMBER, PASSPHRASE)
    with team.unit_of_work() as uow:
        first = case_search.search_cases(uow, CaseQuery(), limit=100)
        total = case_search.status_counts(uow).total

    def first_page() -> None:
        with team.unit_of_work() as uow:
            case_search.search_cases(uow, CaseQuery(), limit=100)

    def next_page() -> None:
        with team.unit_of_work() as uow:
            case_search.search_cases(uow, CaseQuery(), after=first.next_cursor, limit=100)

    def counts() -> None:
        with team.unit_of_work() as uow:
            case_search.status_counts(uow)

    figures.append(
        Figure(f"case list first page ({total:,} cases)", median_ms(first_page), "ms", "<= 50 ms")
    )
    figures.append(
        Figure("case list counts per status", median_ms(counts), "ms", "", "fetched after the page")
    )
    figures.append(
        Figure("case list next page (keyset)", median_ms(next_page), "ms", "", "while scrolling")
    )

    for text in SEARCHES:

        def search(text: str = text) -> None:
            with team.unit_of_work() as uow:
                case_search.search_cases(uow, CaseQuery(text=text), limit=50)

        def search_counts(text: str = text) -> None:
            with team.unit_of_work() as uow:
                case_search.status_counts(uow, CaseQuery(text=text))

        with team.unit_of_work() as uow:
            hits = case_search.status_counts(uow, CaseQuery(text=text)).total
        figures.append(
            Figure(
                f"full-text search top 50: {text!r}",
                median_ms(search),
                "ms",
                "<= 50 ms",
                f"{hits:,} hits; counts {median_ms(search_counts, 5, 1):.0f} ms",
            )
        )

    ids = [r.id for r in first.rows[:10]]
    with tempfile.TemporaryDirectory() as tmp:
        plain = _plain_copy(team, Path(tmp) / "plain.db")
        plain_team = _plain_team(team, plain)
        cipher_ms = median_ms(lambda: read_workload(team, ids), 9, 2)
        plain_ms = median_ms(lambda: read_workload(plain_team, ids), 9, 2)
        plain_team.store.engine.dispose()
    figures.append(Figure("read workload, SQLCipher", cipher_ms, "ms", ""))
    figures.append(Figure("read workload, plain SQLite (same file, exported)", plain_ms, "ms", ""))
    figures.append(
        Figure("SQLCipher / plain SQLite on reads", cipher_ms / plain_ms, "x", "<= 1.3x")
    )
    team.close()

    figures.append(import_figure())
    return figures


def import_figure() -> Figure:
    from tests.support.registers import register

    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        source = register(directory / "register-10000.xlsx", 10_000)
        created = team_service.create_team(
            directory / "import.etdb",
            team_name="Import",
            admin_name="Bea Beheer",
            passphrase="een lange zin voor bea",  # noqa: S106 - a throwaway benchmark team
            region_code="JZ01",
        )
        team = created.team
        report: list[register_import.ImportReport] = []

        def do_import() -> None:
            with team.unit_of_work() as uow:
                report.append(register_import.import_register(uow, source))

        elapsed = once_ms(do_import)
        team.close()
        shutil.rmtree(directory, ignore_errors=True)
    imported = report[0].imported if report else 0
    return Figure(
        f"import of a 10,000-row register ({imported:,} imported)", elapsed / 1000, "s", "<= 15 s"
    )
