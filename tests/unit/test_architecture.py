"""The core stays free of Qt: walk every module of expertteam_app and check its imports."""

from __future__ import annotations

import ast
from pathlib import Path

import expertteam_app

CORE = Path(expertteam_app.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "ui")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_the_core_imports_nothing_from_qt_or_the_ui():
    offenders = {}
    for path in CORE.rglob("*.py"):
        bad = {m for m in imported_modules(path) if m.split(".")[0] in FORBIDDEN}
        if bad:
            offenders[str(path.relative_to(CORE))] = bad
    assert offenders == {}


def test_the_core_imports_without_loading_qt():
    import subprocess
    import sys

    code = (
        "import sys, expertteam_app.cli, expertteam_app.services.cases, expertteam_app.services.register_import;"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_deduce_is_not_loaded_by_starting_the_app_or_opening_learning_tables():
    """deduce takes seconds to load (a minute the first time): it is loaded on the worker when
    a summary is made, never by importing the window, the learning-table tab or the CLI."""
    import os
    import subprocess
    import sys

    code = (
        "import sys, ui.app, ui.main_window, ui.learning, ui.retrospective, expertteam_app.cli,"
        " expertteam_app.services.learning, expertteam_app.anonymise.scrubber;"
        "print(sorted(m for m in ('deduce', 'docdeid') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip() == "[]"
