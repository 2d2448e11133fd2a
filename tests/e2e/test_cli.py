"""The `expertteam` command, run as a person runs it: a new process, real files, exit codes.

Every run goes through `run()`, which also checks the promise that holds for all of them:
no traceback ever reaches the person. Databases are copies of the session's template team
(or made by `init`/`demo` here); all people in them are synthetic.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from expertteam_app.domain.enums import Role
from expertteam_app.services import team as team_service
from expertteam_app.services.register_format import COLUMN_NAMES
from expertteam_app.store import engine
from expertteam_app.store.vault import slot_file_for
from tests.support import registers
from tests.support.team import MEMBERS

ADMIN, ADMIN_PASSPHRASE = MEMBERS[Role.BEHEERDER]
COORDINATOR, COORDINATOR_PASSPHRASE = MEMBERS[Role.COORDINATOR]
RECOVERY_CODE = re.compile(r"\b[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){5}\b")


def environment(cwd: Path, passphrase: str | None = None) -> dict[str, str]:
    """This process's environment without any EXPERTTEAM_ setting of the developer's."""
    result = {k: v for k, v in os.environ.items() if not k.startswith("EXPERTTEAM_")}
    result["EXPERTTEAM_LOG_DIR"] = str(cwd / "logs")
    if passphrase is not None:
        result["EXPERTTEAM_PASSPHRASE"] = passphrase
    return result


def run(cwd: Path, *args: str, passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
    """`expertteam ARGS` in `cwd`, stdin not a terminal, the passphrase (if any) in the
    environment as a script would pass it."""
    done = subprocess.run(
        [sys.executable, "-m", "expertteam_app.cli", *args],
        cwd=cwd,
        env=environment(cwd, passphrase),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert "Traceback" not in done.stdout, done.stdout
    return done


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def good_rows(n: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    used: set[str] = set()
    return [registers.good_row(rng, used_bsns=used) for _ in range(n)]


def as_coordinator(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run(
        cwd,
        *args,
        "--db",
        "testteam.etdb",
        "--user",
        COORDINATOR,
        passphrase=COORDINATOR_PASSPHRASE,
    )


@pytest.fixture
def db(team_db: Path) -> Path:
    """This test's copy of the template team, in the test's working directory."""
    assert team_db.name == "testteam.etdb"
    return team_db


@pytest.fixture(scope="module")
def registered(tmp_path_factory: pytest.TempPathFactory, team_template) -> Path:
    """A folder with a team database holding imported cases, for tests that only read."""
    folder = tmp_path_factory.mktemp("registered")
    team_template.copy_to(folder)
    zoe, bram, noor = good_rows(3, seed=1)
    open_case = {"afsluitdatum": "", "resultaat": "", "aanmelddatum": "01-02-2026"}
    rows = [
        zoe
        | open_case
        | {"kenmerk": "REG-ZOE", "voornaam": "Zoë", "achternaam": "van der Meer"}
        | {"status": "in uitvoering", "advies_datum": "01-03-2026"},
        bram
        | open_case
        | {"kenmerk": "REG-BRAM", "voornaam": "Bram", "achternaam": "Visser"}
        | {"status": "aangemeld", "advies_datum": "", "advies": ""},
        noor
        | open_case
        | {"kenmerk": "REG-NOOR", "voornaam": "Noor", "achternaam": "de Vries"}
        | {"status": "in uitvoering", "advies_datum": "02-03-2026"},
    ]
    registers.write_xlsx(folder / "register.xlsx", rows)
    done = as_coordinator(folder, "import", "register.xlsx")
    assert done.returncode == 0, done.stdout + done.stderr
    return folder


# --- init --------------------------------------------------------------------------------


def test_init_prints_the_recovery_code_once_and_makes_the_user_beheerder(tmp_path):
    passphrase = "groene appels in de mand"

    made = run(
        tmp_path, "init", "--db", "team.etdb", "--user", "Hanna Hoofd", passphrase=passphrase
    )

    assert made.returncode == 0, made.stderr
    codes = RECOVERY_CODE.findall(made.stdout)
    assert len(codes) == 1
    assert codes[0].replace("-", "") not in (tmp_path / "team.etdb.keys").read_text()
    members = run(
        tmp_path,
        "members",
        "list",
        "--db",
        "team.etdb",
        "--user",
        "Hanna Hoofd",
        passphrase=passphrase,
    )
    assert members.returncode == 0, members.stderr
    assert members.stdout.splitlines() == ["Hanna Hoofd  (Beheerder)"]
    assert not RECOVERY_CODE.search(members.stdout)


def test_init_refuses_to_overwrite_an_existing_team_database(db):
    before = snapshot(db.parent)

    done = run(
        db.parent,
        "init",
        "--db",
        db.name,
        "--user",
        "Hanna Hoofd",
        passphrase="groene appels in de mand",
    )

    assert done.returncode != 0
    assert "bestaat al" in one_line(done.stderr)
    assert snapshot(db.parent) == before


# --- template and import -----------------------------------------------------------------


def test_template_filled_in_and_imported_gives_cases_in_the_list(db):
    cwd = db.parent
    assert run(cwd, "template").returncode == 0
    template = cwd / "expertteam-register.xlsx"
    book = load_workbook(template)
    for values in good_rows(5, seed=4):
        book["Register"].append([values[c] for c in COLUMN_NAMES])
    book.save(template)

    imported = as_coordinator(cwd, "import", template.name)

    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "5 casus(sen) geïmporteerd" in imported.stdout
    listed = as_coordinator(cwd, "cases", "list")
    assert listed.stdout.strip().splitlines()[-1] == "5 van 5 casus(sen)."


def test_import_with_bad_rows_exits_9_names_each_row_and_imports_nothing(db):
    cwd = db.parent
    rows = [
        *good_rows(2, seed=5),
        good_rows(1, seed=6)[0] | {"gemeente": "Atlantis"},
        *good_rows(1, seed=7),
    ]
    rows.append(good_rows(1, seed=8)[0] | {"status": "in de wacht"})
    registers.write_xlsx(cwd / "register.xlsx", rows)

    done = as_coordinator(cwd, "import", "register.xlsx")

    assert done.returncode == 9
    assert "rij 4, kolom gemeente 'Atlantis': onbekende gemeente" in done.stdout
    assert "rij 6, kolom status 'in de wacht': onbekende status" in done.stdout
    assert "Niets geïmporteerd: 2 van 5 rij(en) afgewezen" in done.stdout
    listed = as_coordinator(cwd, "cases", "list")
    assert listed.stdout.strip().splitlines()[-1] == "0 van 0 casus(sen)."


def test_import_report_option_writes_the_rejected_rows_to_a_csv_file(db):
    cwd = db.parent
    registers.write_csv(
        cwd / "register.csv",
        [*good_rows(2, seed=9), good_rows(1, seed=10)[0] | {"bsn": "999990018"}],
    )

    done = run(
        cwd,
        "--lang",
        "en",
        "import",
        "--db",
        db.name,
        "--user",
        COORDINATOR,
        "--report",
        "out.csv",
        "register.csv",
        passphrase=COORDINATOR_PASSPHRASE,
    )

    assert done.returncode == 9
    assert "row 4, column bsn '999990018': This BSN is not valid" in done.stdout
    lines = (cwd / "out.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "row;column;value;problem;kind"
    assert len(lines) == 2
    assert lines[1].startswith("4;bsn;999990018;") and lines[1].endswith(";rejected")


def test_import_report_into_a_missing_folder_is_refused_before_anything_is_imported(db):
    cwd = db.parent
    registers.write_csv(cwd / "register.csv", good_rows(3, seed=11))

    done = as_coordinator(cwd, "import", "--report", "nergens/out.csv", "register.csv")

    assert done.returncode == 2
    assert "nergens" in one_line(done.stderr)
    listed = as_coordinator(cwd, "cases", "list")
    assert listed.stdout.strip().splitlines()[-1] == "0 van 0 casus(sen)."


@pytest.mark.parametrize("typed", ["register.xlsx", "register"])
def test_template_never_overwrites_a_filled_in_register(tmp_path, typed):
    filled = tmp_path / "register.xlsx"
    filled.write_bytes(b"een ingevuld register")

    done = run(tmp_path, "template", typed)

    assert done.returncode == 2
    assert "--force" in one_line(done.stderr)
    assert filled.read_bytes() == b"een ingevuld register"


def test_import_of_a_file_that_is_not_excel_is_one_line_and_exit_9(db):
    (db.parent / "register.xlsx").write_text("dit is geen Excel-bestand", encoding="utf-8")

    done = as_coordinator(db.parent, "import", "register.xlsx")

    assert done.returncode == 9
    assert "geen geldig Excel-bestand" in one_line(done.stderr)


# --- reading cases -----------------------------------------------------------------------


def test_cases_list_filters_on_search_text_and_on_status(registered):
    searched = as_coordinator(registered, "cases", "list", "--search", "Zoë")
    by_status = as_coordinator(
        registered, "cases", "list", "--status", "in uitvoering", "--sort", "reference"
    )

    assert searched.returncode == 0 and by_status.returncode == 0
    assert [line.split()[0] for line in searched.stdout.splitlines()[1:-1]] == ["REG-ZOE"]
    assert [line.split()[0] for line in by_status.stdout.splitlines()[1:-1]] == [
        "REG-NOOR",
        "REG-ZOE",
    ]
    assert by_status.stdout.strip().endswith("2 van 2 casus(sen).")


def test_cases_show_prints_the_young_person_and_the_status_in_the_chosen_language(registered):
    dutch = as_coordinator(registered, "cases", "show", "reg-zoe")
    english = run(
        registered,
        "--lang",
        "en",
        "cases",
        "show",
        "--db",
        "testteam.etdb",
        "--user",
        COORDINATOR,
        "REG-ZOE",
        passphrase=COORDINATOR_PASSPHRASE,
    )

    assert dutch.returncode == 0 and english.returncode == 0
    assert dutch.stdout.splitlines()[0].startswith("REG-ZOE  —  In uitvoering")
    assert "Jeugdige: Zoë van der Meer, geboren" in dutch.stdout
    assert english.stdout.splitlines()[0].startswith("REG-ZOE  —  Care under way")
    assert "Young person: Zoë van der Meer, born" in english.stdout


def test_cases_show_of_an_unknown_reference_is_one_line_and_exit_10(registered):
    done = as_coordinator(registered, "cases", "show", "REG-BESTAAT-NIET")

    assert done.returncode == 10
    assert "REG-BESTAAT-NIET" in one_line(done.stderr)


def test_output_into_a_pipe_that_closes_early_is_not_reported_as_a_bug(registered):
    # `expertteam cases list | head -1`: the reader is gone before the list is written.
    args = ("cases", "list", "--db", "testteam.etdb", "--user", COORDINATOR)
    process = subprocess.Popen(
        [sys.executable, "-m", "expertteam_app.cli", *args],
        cwd=registered,
        env=environment(registered, COORDINATOR_PASSPHRASE),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    errors = process.stderr.read().decode()
    process.wait(timeout=120)

    assert errors == ""
    assert not (registered / "logs").exists()  # no crash report


def test_check_passes_on_a_healthy_database(registered):
    done = as_coordinator(registered, "check")

    assert done.returncode == 0, done.stdout
    findings = done.stdout.strip().splitlines()
    assert findings and all(line.startswith("[ok  ]") for line in findings)


# --- the access log ----------------------------------------------------------------------


def test_audit_verify_passes_and_then_names_the_entry_someone_changed(db):
    cwd = db.parent
    args = ("audit", "verify", "--db", db.name, "--user", ADMIN)
    intact = run(cwd, *args, passphrase=ADMIN_PASSPHRASE)
    assert intact.returncode == 0, intact.stdout + intact.stderr
    assert "Toegangslogboek in orde" in intact.stdout

    team = team_service.unlock(db, ADMIN, ADMIN_PASSPHRASE)
    key = team.store.data_key
    team.close()
    conn = engine.connect(db, key)
    try:
        conn.execute("DROP TRIGGER access_log_no_update")
        conn.execute("UPDATE access_log SET detail = 'niets aan de hand' WHERE id = 2")
    finally:
        conn.close()

    broken = run(cwd, *args, passphrase=ADMIN_PASSPHRASE)
    assert broken.returncode == 11
    assert "TOEGANGSLOGBOEK GESCHONDEN: regel 2 is gewijzigd" in broken.stdout


# --- unlocking ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "message"), [("nl", "Onjuist wachtwoord"), ("en", "Wrong passphrase")]
)
def test_wrong_passphrase_exits_3_and_changes_no_byte(db, lang, message):
    before = snapshot(db.parent)

    done = run(
        db.parent,
        "--lang",
        lang,
        "cases",
        "list",
        "--db",
        db.name,
        "--user",
        COORDINATOR,
        passphrase="dit is niet het wachtwoord",
    )

    assert done.returncode == 3
    assert message in one_line(done.stderr)
    assert snapshot(db.parent) == before


def test_plaintext_sqlite_file_with_a_key_file_beside_it_exits_4(db):
    plain = db.parent / "plain.etdb"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    slot_file_for(plain).write_bytes(slot_file_for(db).read_bytes())
    before = snapshot(db.parent)

    done = run(
        db.parent,
        "cases",
        "list",
        "--db",
        plain.name,
        "--user",
        COORDINATOR,
        passphrase=COORDINATOR_PASSPHRASE,
    )

    assert done.returncode == 4
    assert "onversleutelde SQLite-database" in one_line(done.stderr)
    assert snapshot(db.parent) == before


def test_passphrase_is_never_taken_from_an_argument(db):
    # A file named like the passphrase holds it: were `--passphrase` an abbreviation of
    # `--passphrase-file`, this would unlock.
    (db.parent / "geheim").write_text(COORDINATOR_PASSPHRASE + "\n", encoding="utf-8")

    done = run(
        db.parent, "cases", "list", "--db", db.name, "--user", COORDINATOR, "--passphrase", "geheim"
    )

    assert done.returncode == 2
    assert done.stdout == ""
    assert "--passphrase" in done.stderr


def test_no_passphrase_and_no_terminal_exits_2_and_says_how_to_give_one(db):
    done = run(db.parent, "cases", "list", "--db", db.name, "--user", COORDINATOR)

    assert done.returncode == 2
    line = one_line(done.stderr)
    assert "--passphrase-file" in line and "EXPERTTEAM_PASSPHRASE" in line


def test_passphrase_command_sets_the_new_one_and_the_old_one_stops_working(db):
    cwd = db.parent
    (cwd / "oud.txt").write_text(COORDINATOR_PASSPHRASE + "\n", encoding="utf-8")
    (cwd / "nieuw.txt").write_text("vier nieuwe tulpen in de zon\n", encoding="utf-8")
    unlock = ("--db", db.name, "--user", COORDINATOR)

    changed = run(
        cwd,
        "passphrase",
        *unlock,
        "--passphrase-file",
        "oud.txt",
        "--new-passphrase-file",
        "nieuw.txt",
    )

    assert changed.returncode == 0, changed.stderr
    assert run(cwd, "cases", "list", *unlock, "--passphrase-file", "oud.txt").returncode == 3
    assert run(cwd, "cases", "list", *unlock, "--passphrase-file", "nieuw.txt").returncode == 0


# --- demo --------------------------------------------------------------------------------


def test_demo_creates_synthetic_cases_and_if_missing_then_leaves_it_alone(tmp_path):
    made = run(tmp_path, "demo", "--db", "demo.etdb", "--cases", "20")
    assert made.returncode == 0, made.stderr
    before = snapshot(tmp_path)

    again = run(tmp_path, "demo", "--db", "demo.etdb", "--if-missing")

    assert again.returncode == 0
    assert "Demodatabase staat klaar" in again.stdout
    assert snapshot(tmp_path) == before
    listed = run(
        tmp_path,
        "cases",
        "list",
        "--db",
        "demo.etdb",
        "--user",
        "Demo Coördinator",
        passphrase="demo-expertteam",
    )
    assert listed.stdout.strip().splitlines()[-1] == "20 van 20 casus(sen)."


# --- advice letter -----------------------------------------------------------------------


def test_the_advice_letter_is_written_as_pdf_from_the_command_line(tmp_path):
    from pypdf import PdfReader

    from expertteam_app.services import meetings
    from expertteam_app.services import team as team_service

    assert run(tmp_path, "demo", "--db", "demo.etdb", "--cases", "20").returncode == 0
    team = team_service.unlock(tmp_path / "demo.etdb", "Demo Voorzitter", "demo-expertteam")
    try:
        with team.unit_of_work() as uow:
            # The demo's meetings: two held, each with an advice, and one planned.
            held, planned_row = (
                next(m for m in meetings.list_meetings(uow) if m.minutes_count),
                next(m for m in meetings.list_meetings(uow) if not m.minutes_count),
            )
            advised = meetings.get_meeting(uow, held.id).agenda[0].case_reference
            planned = meetings.get_meeting(uow, planned_row.id)
            not_advised = planned.agenda[0].case_reference
    finally:
        team.close()
    unlock = ("--db", "demo.etdb", "--user", "Demo Coördinator")

    done = run(tmp_path, "advice", "letter", *unlock, advised, "--pdf", "brief.pdf",
               passphrase="demo-expertteam")  # fmt: skip
    missing = run(tmp_path, "advice", "letter", *unlock, not_advised, "--pdf", "x.pdf",
                  passphrase="demo-expertteam")  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert "Adviesbrief (versie 1) geschreven naar brief.pdf" in done.stdout
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "brief.pdf").pages)
    assert advised in text and "Vertrouwelijk" in text and "Demo Voorzitter" in text
    assert missing.returncode == 10
    assert "geen uitgebracht advies" in one_line(missing.stderr)
    assert not (tmp_path / "x.pdf").exists()
