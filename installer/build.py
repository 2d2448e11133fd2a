"""`make installer`: build the one-folder application for this platform with PyInstaller.

    python installer/build.py [--clean]

Compiles the translations first (as `make translations` does; a missing .ts file is a
warning, not a failure), then runs PyInstaller on installer/expertteam.spec with its work
files in build/pyinstaller/ (kept, so the next build is incremental) and the result in
dist/Expertteam/. `--clean` throws PyInstaller's caches away first.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "expertteam.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_NAME = "Expertteam"


def app_dir() -> Path:
    return DIST / APP_NAME


def executable() -> Path:
    return app_dir() / (APP_NAME + (".exe" if sys.platform == "win32" else ""))


def build_translations() -> list[Path]:
    """The .qm files, built from the .ts files that exist (ui.i18n_build does the work)."""
    sys.path.insert(0, str(ROOT))
    from ui import i18n_build
    from ui.paths import translations_dir

    folder = translations_dir()
    missing = [
        lang for lang in i18n_build.LANGUAGES if not (folder / f"expertteam_{lang}.ts").exists()
    ]
    if not missing:
        return i18n_build.build()
    print(
        f"warning: no expertteam_{{{','.join(missing)}}}.ts in {folder}: "
        "the application is built without those translations",
        file=sys.stderr,
    )
    built = []
    for lang in i18n_build.LANGUAGES:
        source = folder / f"expertteam_{lang}.ts"
        if lang in missing:
            continue
        target = source.with_suffix(".qm")
        subprocess.run(  # noqa: S603 - our own command line
            [i18n_build._tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
            check=True,
        )
        built.append(target)
    return built


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build_deduce_lookup() -> None:
    """Build deduce's lookup cache in the venv (a minute, once) so it is frozen with the app."""
    code = "from deduce import Deduce; Deduce()"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)  # noqa: S603


def keep_deduce_cache_valid() -> None:
    """deduce rebuilds its lookup cache when a file under its lookup sources is newer than
    the cache; PyInstaller's copies carry the time of copying. Give them their originals'
    times again, so the installed app loads the frozen cache in seconds."""
    import deduce

    source = Path(deduce.__file__).resolve().parent / "data" / "lookup" / "src"
    frozen = app_dir() / "_internal" / "deduce" / "data" / "lookup" / "src"
    for path in [*sorted(frozen.rglob("*"), reverse=True), frozen]:
        original = source / path.relative_to(frozen)
        if original.exists():
            stat = original.stat()
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def main(argv: list[str]) -> int:
    clean = "--clean" in argv
    qm = build_translations()
    build_deduce_lookup()
    print("translations:", ", ".join(p.name for p in qm) or "none")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
    ]
    if clean:
        command.append("--clean")
    started = time.monotonic()
    subprocess.run(command, cwd=ROOT, check=True)  # noqa: S603
    keep_deduce_cache_valid()
    seconds = time.monotonic() - started
    size = folder_size(app_dir()) / 1e6
    print(f"built {executable()} in {seconds:.0f} s ({size:.0f} MB in {app_dir()})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
