"""The optional workstation slot, whose key-encryption key lives in the OS keyring.

Only a backend that keeps secrets encrypted under the person's OS login counts. keyring
silently falls back to keyrings.alt's PlaintextKeyring (a file in the home directory) or to
a null backend on a bare Linux; both are refused, as is a chainer that contains one, with
a message that says why. The keyring is a convenience: the passphrase slot always stays.
"""

from __future__ import annotations

import contextlib
import secrets
import socket
from typing import Any

from expertteam_app.errors import KeyringRefused
from expertteam_app.store import crypto
from expertteam_app.store.vault import KeySlot, Vault

KEYRING_SERVICE = "Expertteam teamdatabase"

# Fully qualified class names of backends that encrypt at rest under the OS login.
SECURE_BACKENDS: set[str] = {
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
}

_NO_KEYRING = {"keyring.backends.null.Keyring", "keyring.backends.fail.Keyring"}


def _qualname(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def refusal_reason(backend: Any) -> KeyringRefused | None:
    """Why `backend` may not hold a workstation key, or None if it may."""
    name = _qualname(backend)
    if name == "keyring.backends.chainer.ChainerBackend":
        inner = list(getattr(backend, "backends", []))
        if not inner:
            return _none_available()
        for sub in inner:
            reason = refusal_reason(sub)
            if reason is not None:
                return reason
        return None
    if name in SECURE_BACKENDS:
        return None
    if name in _NO_KEYRING:
        return _none_available()
    if name.startswith("keyrings.alt.") or "plaintext" in name.lower():
        return KeyringRefused(
            f"De sleutelbos op deze werkplek ({type(backend).__name__}) bewaart sleutels "
            "onversleuteld in een bestand. Expertteam onthoudt daarom niets op deze werkplek.",
            f"The keyring on this workstation ({type(backend).__name__}) keeps keys unencrypted "
            "in a file, so Expertteam remembers nothing on this workstation.",
        )
    return KeyringRefused(
        f"De sleutelbos {type(backend).__name__} is niet bekend als veilig. Alleen Windows "
        "Credential Locker, macOS-sleutelhanger, Secret Service en KWallet worden gebruikt.",
        f"The keyring {type(backend).__name__} is not known to be secure. Only Windows "
        "Credential Locker, macOS Keychain, Secret Service and KWallet are used.",
    )


def _none_available() -> KeyringRefused:
    return KeyringRefused(
        "Op deze werkplek is geen beveiligde sleutelbos beschikbaar; onthouden kan hier niet.",
        "No secure keyring is available on this workstation; remembering is not possible here.",
    )


def secure_backend(backend: Any | None = None) -> Any:
    """The keyring backend to use, or KeyringRefused with the reason."""
    if backend is None:
        import keyring

        backend = keyring.get_keyring()
    reason = refusal_reason(backend)
    if reason is not None:
        raise reason
    return backend


def workstation_name() -> str:
    return socket.gethostname() or "werkplek"


def _username(vault: Vault, member_id: int) -> str:
    return f"{vault.database_id}:{member_id}:{workstation_name()}"


def remember(vault: Vault, member_id: int, data_key: bytes, backend: Any | None = None) -> KeySlot:
    """Store a workstation key in the keyring and add the slot it opens."""
    store = secure_backend(backend)
    kek = secrets.token_bytes(32)
    username = _username(vault, member_id)
    store.set_password(KEYRING_SERVICE, username, crypto.b64e(kek))
    return vault.add_workstation_slot(member_id, workstation_name(), kek, data_key, username)


def recall(vault: Vault, member_id: int, backend: Any | None = None) -> bytes | None:
    """The data key from this workstation's slot, or None if nothing is remembered here."""
    username = _username(vault, member_id)
    slot = next(
        (s for s in vault.workstation_slots(member_id) if s.keyring_username == username), None
    )
    if slot is None:
        return None
    store = secure_backend(backend)
    secret = store.get_password(KEYRING_SERVICE, username)
    if not secret:
        return None
    try:
        kek = crypto.b64d(secret)
    except ValueError:
        kek = b""  # not what this app stored (edited by hand): it no longer fits
    return vault.unlock_with_kek(slot, kek)


def is_remembered(vault: Vault, member_id: int) -> bool:
    username = _username(vault, member_id)
    return any(s.keyring_username == username for s in vault.workstation_slots(member_id))


def forget(vault: Vault, member_id: int, backend: Any | None = None) -> None:
    """Remove this workstation's slot and its keyring entry."""
    username = _username(vault, member_id)
    for slot in vault.workstation_slots(member_id):
        if slot.keyring_username == username:
            vault.remove_slot(slot.slot_id)
    delete_secret(username, backend)


def delete_secret(username: str, backend: Any | None = None) -> None:
    import keyring.errors

    # Nothing stored, or no keyring: the slot is gone, which is what counts.
    with contextlib.suppress(keyring.errors.PasswordDeleteError, KeyringRefused):
        secure_backend(backend).delete_password(KEYRING_SERVICE, username)
