"""The key-slot file beside the database: the only place the data key lives, wrapped.

`team.etdb` is the SQLCipher database; `team.etdb.keys` holds the slots. Keeping them in
a separate file is what lets a passphrase change rewrap one slot without writing a single
byte of the database. The slot file names the team members (so the unlock window can list
them) but holds no client data. Losing it loses the database: backups copy both files.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from expertteam_app.errors import KeyFileMissing, NotATeamDatabase, UnknownMember, WrongPassphrase
from expertteam_app.store import crypto
from expertteam_app.store.atomic import write_bytes_atomically

FORMAT = "expertteam-keyslots"
FORMAT_VERSION = 1
SLOT_FILE_SUFFIX = ".keys"


def slot_file_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SLOT_FILE_SUFFIX)


class SlotKind(StrEnum):
    MEMBER = "member"
    RECOVERY = "recovery"
    WORKSTATION = "workstation"


@dataclass
class KeySlot:
    slot_id: str
    kind: SlotKind
    member_id: int | None
    label: str
    wrapped: crypto.Wrapped
    kdf: crypto.KdfParams | None = None
    keyring_username: str | None = None
    created_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())

    def aad(self, database_id: str) -> bytes:
        # Binds the wrapped key to this database and this slot's identity: a slot copied
        # to another member or another database no longer opens.
        parts = [
            f"{FORMAT}/v{FORMAT_VERSION}",
            database_id,
            self.slot_id,
            self.kind,
            self.member_id,
        ]
        return "|".join(str(p) for p in parts).encode()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "slot_id": self.slot_id,
            "kind": str(self.kind),
            "member_id": self.member_id,
            "label": self.label,
            "cipher": {"alg": "AES-256-GCM", "nonce": crypto.b64e(self.wrapped.nonce)},
            "wrapped_key": crypto.b64e(self.wrapped.ciphertext),
            "created_at": self.created_at,
        }
        if self.kdf is not None:
            data["kdf"] = self.kdf.to_json()
        if self.keyring_username is not None:
            data["keyring_username"] = self.keyring_username
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySlot:
        if data["cipher"]["alg"] != "AES-256-GCM":
            raise ValueError("unknown slot cipher")
        nonce, ciphertext = crypto.b64d(data["cipher"]["nonce"]), crypto.b64d(data["wrapped_key"])
        if len(nonce) != crypto.NONCE_BYTES:  # AES-GCM would raise ValueError at unlock
            raise ValueError("malformed slot nonce")
        return cls(
            slot_id=str(data["slot_id"]),
            kind=SlotKind(data["kind"]),
            member_id=None if data.get("member_id") is None else int(data["member_id"]),
            label=str(data.get("label", "")),
            wrapped=crypto.Wrapped(nonce, ciphertext),
            kdf=crypto.KdfParams.from_json(data["kdf"]) if "kdf" in data else None,
            keyring_username=data.get("keyring_username"),
            created_at=str(data.get("created_at", "")),
        )


def _bad_key_file(path: Path) -> NotATeamDatabase:
    return NotATeamDatabase(
        f"Het sleutelbestand {path.name} is beschadigd of geen Expertteam-sleutelbestand.",
        f"The key file {path.name} is damaged or not an Expertteam key file.",
    )


@dataclass
class Vault:
    """The parsed slot file; every change is written back atomically."""

    path: Path
    database_id: str
    team_name: str
    demo: bool = False
    slots: list[KeySlot] = field(default_factory=list)

    # --- file ---------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> Vault:
        if not path.exists():
            raise KeyFileMissing(
                f"Het sleutelbestand {path.name} ontbreekt. Zet het terug naast de database "
                "(het hoort bij elke kopie en back-up).",
                f"The key file {path.name} is missing. Put it back beside the database "
                "(it belongs with every copy and backup).",
            )
        try:
            data = json.loads(path.read_bytes())
            if data.get("format") != FORMAT:
                raise ValueError("not a key-slot file")
            if int(data.get("format_version", 0)) > FORMAT_VERSION:
                raise ValueError("newer key-slot format")
            return cls(
                path=path,
                database_id=str(data["database_id"]),
                team_name=str(data.get("team_name", "")),
                demo=bool(data.get("demo", False)),
                slots=[KeySlot.from_json(s) for s in data["slots"]],
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise _bad_key_file(path) from exc

    def save(self) -> None:
        data = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "database_id": self.database_id,
            "team_name": self.team_name,
            "demo": self.demo,
            "slots": [s.to_json() for s in self.slots],
        }
        write_bytes_atomically(self.path, json.dumps(data, indent=2).encode("utf-8"))

    @classmethod
    def create(cls, path: Path, team_name: str, demo: bool = False) -> Vault:
        return cls(path=path, database_id=str(uuid.uuid4()), team_name=team_name, demo=demo)

    # --- queries ------------------------------------------------------------------------

    def member_names(self) -> list[str]:
        return sorted((s.label for s in self.slots if s.kind == SlotKind.MEMBER), key=str.casefold)

    def member_slot(self, name: str) -> KeySlot:
        wanted = name.strip().casefold()
        for slot in self.slots:
            if slot.kind == SlotKind.MEMBER and slot.label.casefold() == wanted:
                return slot
        raise UnknownMember(
            "Deze naam hoort niet bij deze teamdatabase.",
            "This name is not a member of this team database.",
        )

    def slot_of_member(self, member_id: int) -> KeySlot | None:
        for slot in self.slots:
            if slot.kind == SlotKind.MEMBER and slot.member_id == member_id:
                return slot
        return None

    def workstation_slots(self, member_id: int | None = None) -> list[KeySlot]:
        return [
            s
            for s in self.slots
            if s.kind == SlotKind.WORKSTATION and (member_id is None or s.member_id == member_id)
        ]

    # --- unwrapping ---------------------------------------------------------------------

    def _unwrap_with_secret(self, slot: KeySlot, secret: str) -> bytes:
        if slot.kdf is None:
            raise _bad_key_file(self.path)
        kek = crypto.derive_kek(secret, slot.kdf)
        return crypto.unwrap(kek, slot.wrapped, slot.aad(self.database_id))

    def unlock_member(self, name: str, passphrase: str) -> tuple[int, bytes]:
        slot = self.member_slot(name)
        try:
            key = self._unwrap_with_secret(slot, passphrase)
        except crypto.UnwrapFailed:
            raise WrongPassphrase(
                "Onjuist wachtwoord. Er is niets aan de database veranderd.",
                "Wrong passphrase. Nothing in the database was changed.",
            ) from None
        assert slot.member_id is not None
        if not slot.kdf or not slot.kdf.meets_policy():
            # An older slot with weaker parameters is rewrapped now that we know the secret.
            self.set_member_secret(slot.member_id, slot.label, passphrase, key)
        return slot.member_id, key

    def unlock_recovery(self, code: str) -> bytes:
        normalised = crypto.normalise_recovery_code(code)
        for slot in self.slots:
            if slot.kind == SlotKind.RECOVERY:
                try:
                    return self._unwrap_with_secret(slot, normalised)
                except crypto.UnwrapFailed:
                    break
        raise WrongPassphrase(
            "Onjuiste herstelcode. Er is niets aan de database veranderd.",
            "Wrong recovery code. Nothing in the database was changed.",
        )

    def unlock_with_kek(self, slot: KeySlot, kek: bytes) -> bytes:
        try:
            return crypto.unwrap(kek, slot.wrapped, slot.aad(self.database_id))
        except crypto.UnwrapFailed:
            raise WrongPassphrase(
                "De sleutel op deze werkplek past niet meer. Ontgrendel met uw wachtwoord.",
                "The key stored on this workstation no longer fits. Unlock with your passphrase.",
            ) from None

    # --- changing slots (each call saves) -----------------------------------------------

    def _refresh(self) -> None:
        """Take over what is on disk before changing it: another Vault (a passphrase change
        from the unlock window, the CLI) may have written the file since this one loaded."""
        if not self.path.exists():
            return
        current = Vault.load(self.path)
        if current.database_id != self.database_id:
            raise _bad_key_file(self.path)
        self.team_name, self.demo, self.slots = current.team_name, current.demo, current.slots

    def _new_secret_slot(
        self, kind: SlotKind, member_id: int | None, label: str, secret: str, data_key: bytes
    ) -> KeySlot:
        params = crypto.KdfParams.fresh()
        slot = KeySlot(
            slot_id=str(uuid.uuid4()),
            kind=kind,
            member_id=member_id,
            label=label,
            kdf=params,
            wrapped=crypto.Wrapped(b"", b""),
        )
        slot.wrapped = crypto.wrap(
            crypto.derive_kek(secret, params), data_key, slot.aad(self.database_id)
        )
        return slot

    def set_recovery_code(self, data_key: bytes) -> str:
        """Replace the recovery slot; returns the new code (shown once, never stored)."""
        self._refresh()
        code = crypto.new_recovery_code()
        self.slots = [s for s in self.slots if s.kind != SlotKind.RECOVERY]
        self.slots.append(
            self._new_secret_slot(
                SlotKind.RECOVERY,
                None,
                "herstelcode",
                crypto.normalise_recovery_code(code),
                data_key,
            )
        )
        self.save()
        return code

    def set_member_secret(
        self, member_id: int, name: str, passphrase: str, data_key: bytes
    ) -> None:
        """Add the member's slot, or rewrap it under a new passphrase."""
        self._refresh()
        others = [
            s for s in self.slots if not (s.kind == SlotKind.MEMBER and s.member_id == member_id)
        ]
        self.slots = [
            *others,
            self._new_secret_slot(SlotKind.MEMBER, member_id, name, passphrase, data_key),
        ]
        self.save()

    def rename_member(self, member_id: int, name: str) -> None:
        self._refresh()
        for slot in self.slots:
            if slot.member_id == member_id and slot.kind == SlotKind.MEMBER:
                slot.label = name
        self.save()

    def remove_member(self, member_id: int) -> list[KeySlot]:
        """Drop every slot of the member; returns the workstation slots that were removed."""
        self._refresh()
        removed = [s for s in self.slots if s.member_id == member_id]
        self.slots = [s for s in self.slots if s.member_id != member_id]
        self.save()
        return [s for s in removed if s.kind == SlotKind.WORKSTATION]

    def add_workstation_slot(
        self, member_id: int, label: str, kek: bytes, data_key: bytes, keyring_username: str
    ) -> KeySlot:
        self._refresh()
        self.slots = [
            s
            for s in self.slots
            if not (s.kind == SlotKind.WORKSTATION and s.keyring_username == keyring_username)
        ]
        slot = KeySlot(
            slot_id=str(uuid.uuid4()),
            kind=SlotKind.WORKSTATION,
            member_id=member_id,
            label=label,
            wrapped=crypto.Wrapped(b"", b""),
            keyring_username=keyring_username,
        )
        slot.wrapped = crypto.wrap(kek, data_key, slot.aad(self.database_id))
        self.slots.append(slot)
        self.save()
        return slot

    def remove_slot(self, slot_id: str) -> None:
        self._refresh()
        self.slots = [s for s in self.slots if s.slot_id != slot_id]
        self.save()
