"""The installer: `installer/build.py` makes the one-folder app, and the frozen app starts.

The build runs once per session (PyInstaller's work files stay in build/pyinstaller/, so a
second run is incremental). The frozen app is started as a person's computer would start
it: a new process, offscreen, with only the files in dist/Expertteam/.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from expertteam_app import __version__
from tests.support.old_schema import make_schema_0001

pytestmark = [pytest.mark.installer, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
APP_DIR = ROOT / "dist" / "Expertteam"
EXECUTABLE = APP_DIR / ("Expertteam.exe" if sys.platform == "win32" else "Expertteam")
INTERNAL = APP_DIR / "_internal"  # PyInstaller's contents directory (sys._MEIPASS)
MIGRATIONS = ROOT / "expertteam_app" / "store" / "migrations"
TRANSLATIONS = ROOT / "resources" / "translations"
DEMO_MEMBER = "Demo Coördinator"
DEMO_PASSPHRASE = "demo-expertteam"


@pytest.fixture(scope="module")
def frozen_app() -> Path:
    done = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, f"the build failed:\n{done.stdout}\n{done.stderr}"
    assert EXECUTABLE.is_file(), done.stdout
    return EXECUTABLE


def frozen_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """No EXPERTTEAM_ setting of the developer's; preferences and logs in tmp_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXPERTTEAM_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        EXPERTTEAM_LOG_DIR=str(tmp_path / "logs"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # QSettings of the smoke run
        **extra,
    )
    # The frozen app must not lean on the source tree or the venv.
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONHOME", None)
    return env


def run_frozen(
    executable: Path, tmp_path: Path, *args: str, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run(
            [str(executable), *args],
            cwd=tmp_path,
            env=frozen_env(tmp_path, **extra_env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=180,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        # A crash on the GUI thread opens a modal dialog that nobody closes offscreen.
        reports = sorted((tmp_path / "logs").glob("*"))
        details = "\n".join(p.read_text("utf-8", "replace") for p in reports)
        pytest.fail(f"the frozen app did not exit: {exc.stdout!r} {exc.stderr!r}\n{details}")
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_frozen_app_prints_its_version(frozen_app: Path, tmp_path: Path) -> None:
    done = run_frozen(frozen_app, tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Expertteam {__version__}"


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    """A fresh demo team (20 synthetic cases), made by the CLI of the source tree."""
    database = tmp_path / "demo.etdb"
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "expertteam_app.cli",
            "demo",
            "--db",
            str(database),
            "--cases",
            "20",
        ],
        cwd=tmp_path,
        env=frozen_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    return database


def smoke(executable: Path, tmp_path: Path, database: Path, *extra: str) -> None:
    done = run_frozen(
        executable,
        tmp_path,
        "--smoke",
        "--db",
        str(database),
        "--user",
        DEMO_MEMBER,
        *extra,
        EXPERTTEAM_PASSPHRASE=DEMO_PASSPHRASE,
    )
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
    assert "smoke ok: main window shows 20 cases" in done.stdout
    assert not list((tmp_path / "logs").glob("crash-*")), "the smoke run wrote a crash report"


def test_frozen_app_opens_the_demo_database_and_writes_an_advice_letter(
    frozen_app: Path, tmp_path: Path, demo_db: Path
) -> None:
    from pypdf import PdfReader

    letter = tmp_path / "adviesbrief.pdf"
    smoke(frozen_app, tmp_path, demo_db, "--smoke-letter", str(letter))
    text = "\n".join(page.extract_text() for page in PdfReader(letter).pages)
    assert "Bindend advies" in text and "Vertrouwelijk" in text


def test_frozen_app_upgrades_an_older_database(
    frozen_app: Path, tmp_path: Path, demo_db: Path
) -> None:
    """Alembic in the frozen app: env.py and the revision scripts are read from its files."""
    from expertteam_app.store import engine, migrate
    from expertteam_app.store.vault import Vault, slot_file_for

    _member_id, key = Vault.load(slot_file_for(demo_db)).unlock_member(DEMO_MEMBER, DEMO_PASSPHRASE)
    make_schema_0001(demo_db, key)  # as tests/integration/test_undo_and_upgrade.py does

    smoke(frozen_app, tmp_path, demo_db)
    head = migrate.head_revision()
    assert demo_db.with_name(f"{demo_db.name}.voor-schema-{head}.bak").exists()
    conn = engine.connect(demo_db, key, read_only=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
    finally:
        conn.close()


def test_frozen_app_scrubs_text_with_deduce_and_its_lookup_cache(
    frozen_app: Path, tmp_path: Path
) -> None:
    """deduce, its lookup cache and our word list are in the bundle: the learning tables'
    anonymiser works in the installed app without building anything."""
    cache = INTERNAL / "deduce" / "data" / "lookup" / "cache" / "lookup_structs.pickle"
    assert cache.is_file(), "deduce's lookup cache is not in the bundle"
    built_at = cache.stat().st_mtime_ns
    done = run_frozen(frozen_app, tmp_path, "--smoke-scrub")
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip().splitlines()[-1]
    assert line.startswith("smoke scrub: [PERSOON-1]"), line
    for identifier in ("Daan", "Berg", "123456782", "Zwolle", "06-12345678"):
        assert identifier not in line, identifier
    assert "wachtlijst" in line and "autisme" in line
    assert cache.stat().st_mtime_ns == built_at, "the installed app rebuilt deduce's cache"


def test_frozen_app_carries_translations_and_migrations_as_files(frozen_app: Path) -> None:
    languages = sorted(p.stem for p in TRANSLATIONS.glob("expertteam_*.ts"))
    assert languages, f"no .ts files in {TRANSLATIONS}"
    for stem in languages:
        assert (INTERNAL / "resources" / "translations" / f"{stem}.qm").is_file(), stem

    # Alembic reads these from the disk; in the PYZ archive they would not be found.
    sources = {
        p.relative_to(MIGRATIONS).as_posix()
        for pattern in ("*.py", "*.mako")
        for p in MIGRATIONS.rglob(pattern)
        if "__pycache__" not in p.parts
    }
    frozen = INTERNAL / "expertteam_app" / "store" / "migrations"
    missing = sorted(name for name in sources if not (frozen / name).is_file())
    assert not missing, f"not in the frozen app: {missing}"
    assert {"env.py", "script.py.mako", "versions/0001_initial_schema.py"} <= sources
    assert list((INTERNAL / "expertteam_app" / "reference_data").glob("*.csv"))
