"""Labels that stand in for what was scrubbed: "[PERSOON-1]", the same within one summary."""

from __future__ import annotations

import re
import threading

from expertteam_app.anonymise.types import EntityKind

LABEL_PATTERN = re.compile(r"\[(?:" + "|".join(k.value for k in EntityKind) + r")-\d+\]")


def normalise_key(key: str) -> str:
    """The same entity written with other spacing or capitals is the same entity."""
    return " ".join(key.split()).casefold()


class Labeller:
    """Hands out labels for one summary: the same (kind, key) gets the same label in every
    text of that summary, and labels of one kind are numbered in order of first use."""

    def __init__(self) -> None:
        self._labels: dict[tuple[EntityKind, str], str] = {}
        self._counts: dict[EntityKind, int] = {}
        self._lock = threading.Lock()

    def label(self, kind: EntityKind, key: str) -> str:
        slot = (kind, normalise_key(key))
        with self._lock:
            found = self._labels.get(slot)
            if found is None:
                number = self._counts.get(kind, 0) + 1
                self._counts[kind] = number
                found = f"[{kind.value}-{number}]"
                self._labels[slot] = found
            return found

    def keys(self, kind: EntityKind) -> tuple[str, ...]:
        """The keys labelled so far for one kind, in order of first use."""
        with self._lock:
            return tuple(key for (k, key) in self._labels if k is kind)

    def known(self, kind: EntityKind, key: str) -> bool:
        with self._lock:
            return (kind, normalise_key(key)) in self._labels
