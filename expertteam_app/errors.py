"""Errors a person can act on, each with a Dutch and an English message.

Every error that reaches a person derives from `ExpertteamError`. It carries both languages
so the CLI and the window can show it without a traceback; the `exit_code` is what the
`expertteam` command returns for it. Messages never contain client data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    WRONG_CREDENTIALS = 3
    NOT_A_TEAM_DATABASE = 4
    DAMAGED = 5
    NEWER_VERSION = 6
    LOCKED = 7
    NOT_ALLOWED = 8
    INVALID_INPUT = 9
    NOT_FOUND = 10
    AUDIT_BROKEN = 11


@dataclass(frozen=True)
class Message:
    nl: str
    en: str

    def text(self, language: str = "nl") -> str:
        return self.en if language.startswith("en") else self.nl

    def both(self) -> str:
        return f"{self.nl} | {self.en}"


class ExpertteamError(Exception):
    """Base of every error that is shown to a person instead of a traceback."""

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, nl: str, en: str) -> None:
        super().__init__(en)
        self.message = Message(nl, en)

    def text(self, language: str = "nl") -> str:
        return self.message.text(language)


# --- opening the store -----------------------------------------------------------------


class StoreOpenError(ExpertteamError):
    """The team database could not be opened; the file was left as it was."""


class DatabaseNotFound(StoreOpenError):
    exit_code = ExitCode.NOT_FOUND


class KeyFileMissing(StoreOpenError):
    exit_code = ExitCode.NOT_A_TEAM_DATABASE


class WrongPassphrase(StoreOpenError):
    exit_code = ExitCode.WRONG_CREDENTIALS


class UnknownMember(StoreOpenError):
    exit_code = ExitCode.WRONG_CREDENTIALS


class PlaintextDatabase(StoreOpenError):
    exit_code = ExitCode.NOT_A_TEAM_DATABASE


class NotATeamDatabase(StoreOpenError):
    exit_code = ExitCode.NOT_A_TEAM_DATABASE


class DamagedDatabase(StoreOpenError):
    exit_code = ExitCode.DAMAGED


class NewerSchema(StoreOpenError):
    exit_code = ExitCode.NEWER_VERSION


class DatabaseLocked(StoreOpenError):
    exit_code = ExitCode.LOCKED


class DatabaseExists(ExpertteamError):
    exit_code = ExitCode.USAGE


class KeyringRefused(ExpertteamError):
    """The OS keyring is missing or not a secure backend; nothing was stored in it."""


# --- services --------------------------------------------------------------------------


class NotAllowed(ExpertteamError):
    exit_code = ExitCode.NOT_ALLOWED


class NotFound(ExpertteamError):
    exit_code = ExitCode.NOT_FOUND


class InvalidTransition(ExpertteamError):
    exit_code = ExitCode.INVALID_INPUT


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field, for a message next to that field."""

    field: str
    nl: str
    en: str


class ValidationError(ExpertteamError):
    """Input that breaks a rule; `problems` says which field and why."""

    exit_code = ExitCode.INVALID_INPUT

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = list(problems)
        nl = "; ".join(f"{p.field}: {p.nl}" for p in self.problems)
        en = "; ".join(f"{p.field}: {p.en}" for p in self.problems)
        super().__init__(f"Ongeldige invoer — {nl}", f"Invalid input — {en}")


@dataclass
class Problems:
    """Collects field problems and raises them together."""

    items: list[FieldProblem] = field(default_factory=list)

    def add(self, field_name: str, nl: str, en: str) -> None:
        self.items.append(FieldProblem(field_name, nl, en))

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(self.items)

    def __bool__(self) -> bool:
        return bool(self.items)
