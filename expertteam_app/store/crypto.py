"""Key derivation and key wrapping for the key slots.

A slot wraps the 256-bit data key with AES-256-GCM under a key-encryption key (KEK). For a
member or the recovery code the KEK is Argon2id of the secret; for a workstation it is a
random key kept in the OS keyring. The GCM tag tells a wrong secret from a right one
without touching the database.
"""

from __future__ import annotations

import base64
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any

from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

DATA_KEY_BYTES = 32

# RFC 9106 "second recommended option" (low-memory): t=3, p=4, m=64 MiB. We never go below.
MIN_TIME_COST = 3
MIN_MEMORY_KIB = 64 * 1024
MIN_PARALLELISM = 4


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored with each slot so they can be raised later."""

    salt: bytes
    time_cost: int = MIN_TIME_COST
    memory_kib: int = MIN_MEMORY_KIB
    parallelism: int = MIN_PARALLELISM
    version: int = ARGON2_VERSION

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=secrets.token_bytes(16))

    def meets_policy(self) -> bool:
        return (
            self.time_cost >= MIN_TIME_COST
            and self.memory_kib >= MIN_MEMORY_KIB
            and self.parallelism >= MIN_PARALLELISM
            and self.version >= ARGON2_VERSION
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "alg": "argon2id",
            "version": self.version,
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
            "salt": b64e(self.salt),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise ValueError(f"unknown key derivation {data.get('alg')!r}")
        params = cls(
            salt=b64d(str(data["salt"])),
            time_cost=int(data["time_cost"]),
            memory_kib=int(data["memory_kib"]),
            parallelism=int(data["parallelism"]),
            version=int(data["version"]),
        )
        # Values Argon2 itself rejects (HashingError) mean a damaged slot, not a wrong secret.
        if (
            len(params.salt) < 8
            or params.time_cost < 1
            or params.parallelism < 1
            or params.memory_kib < 8 * params.parallelism
        ):
            raise ValueError("key derivation parameters out of range")
        return params


def derive_kek(secret: str, params: KdfParams) -> bytes:
    # Passphrases are compared as NFC text so the same words typed on another OS match.
    return hash_secret_raw(
        secret=unicodedata.normalize("NFC", secret).encode("utf-8"),
        salt=params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
        version=params.version,
    )


@dataclass(frozen=True)
class Wrapped:
    nonce: bytes
    ciphertext: bytes  # includes the 16-byte GCM tag


NONCE_BYTES = 12


def wrap(kek: bytes, data_key: bytes, aad: bytes) -> Wrapped:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return Wrapped(nonce, AESGCM(kek).encrypt(nonce, data_key, aad))


class UnwrapFailed(Exception):
    """The secret was wrong, or the slot was altered."""


def unwrap(kek: bytes, wrapped: Wrapped, aad: bytes) -> bytes:
    try:
        key = AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except (InvalidTag, ValueError) as exc:  # ValueError: a KEK or nonce of the wrong size
        raise UnwrapFailed from exc
    if len(key) != DATA_KEY_BYTES:
        raise UnwrapFailed
    return key


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# --- recovery codes ----------------------------------------------------------------------
# Crockford's base32: no I, L, O, U, so a code read aloud or copied by hand survives.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LEN = 5  # 30 symbols x 5 bits = 150 bits of chance


def new_recovery_code() -> str:
    symbols = [secrets.choice(_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)]
    groups = [
        "".join(symbols[i : i + RECOVERY_GROUP_LEN])
        for i in range(0, len(symbols), RECOVERY_GROUP_LEN)
    ]
    return "-".join(groups)


def normalise_recovery_code(text: str) -> str:
    """Upper case, no spaces or dashes, confusable letters mapped to digits."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_CONFUSABLE)
    return cleaned
