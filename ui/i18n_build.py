"""`make translations`: compile the committed .ts files into .qm files with lrelease.

`python -m ui.i18n_build --update` first refreshes the .ts files from the source with
lupdate (a developer step; translations are then filled in Qt Linguist or by hand).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ui.paths import translations_dir

LANGUAGES = ("nl", "en")


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt Linguist tools)")
    return found


def sources() -> list[str]:
    root = Path(__file__).resolve().parent
    return sorted(str(p) for p in root.rglob("*.py"))


def update() -> None:
    for language in LANGUAGES:
        target = translations_dir() / f"expertteam_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                "-ts",
                str(target),
            ],
            check=True,
        )


def build() -> list[Path]:
    built = []
    for language in LANGUAGES:
        source = translations_dir() / f"expertteam_{language}.ts"
        target = source.with_suffix(".qm")
        if not source.exists():
            print(
                f"warning: {source} is missing; the window falls back to its English source strings"
            )
            continue
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            built.append(target)
            continue
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True
        )
        built.append(target)
    return built


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    build()
