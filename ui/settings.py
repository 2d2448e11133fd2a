"""Workstation preferences in QSettings, declared once with their types and defaults.

Team settings (lock time, target lead time) live in the team database (services.settings);
this is only what belongs to this person on this computer.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    def _get(self, key: str, default: Any) -> Any:
        value = self._s.value(key)
        if value is None:
            return default
        try:
            return json.loads(str(value))
        except ValueError:
            return default

    def _set(self, key: str, value: Any) -> None:
        self._s.setValue(key, json.dumps(value))

    # --- files and people ------------------------------------------------------------

    @property
    def recent_databases(self) -> list[str]:
        value = self._get("recent_databases", [])
        return [str(v) for v in value] if isinstance(value, list) else []

    def remember_database(self, path: str) -> None:
        recent = [p for p in self.recent_databases if p != path]
        self._set("recent_databases", [path, *recent][:MAX_RECENT])

    def forget_database(self, path: str) -> None:
        self._set("recent_databases", [p for p in self.recent_databases if p != path])

    def last_member(self, path: str) -> str:
        value = self._get("last_member", {})
        return str(value.get(path, "")) if isinstance(value, dict) else ""

    def set_last_member(self, path: str, name: str) -> None:
        value = self._get("last_member", {})
        value = value if isinstance(value, dict) else {}
        value[path] = name
        self._set("last_member", value)

    # --- language ----------------------------------------------------------------------

    @property
    def language(self) -> str:
        value = self._get("language", "system")
        return value if value in ("system", "nl", "en") else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value)

    # --- window state (Qt's own byte blobs) ---------------------------------------------

    def window_state(self, name: str) -> QByteArray | None:
        value = self._s.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, name: str, state: QByteArray) -> None:
        self._s.setValue(f"window/{name}", state)
