"""Key wrapping, key derivation parameters and recovery codes (expertteam_app.store.crypto)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from expertteam_app.store import crypto

KEK = bytes(range(32))
AAD = b"expertteam-keyslots/v1|db|slot|member|7"
# Key derivation itself is tested with cheap parameters; the policy is tested separately.
CHEAP = {"time_cost": 1, "memory_kib": 8, "parallelism": 1}
RECOVERY_CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){5}$")


# --- wrapping --------------------------------------------------------------------------


def test_wrapped_data_key_unwraps_to_the_same_key() -> None:
    data_key = crypto.new_data_key()
    assert len(data_key) == 32
    assert crypto.unwrap(KEK, crypto.wrap(KEK, data_key, AAD), AAD) == data_key


def test_wrapped_key_does_not_contain_the_data_key() -> None:
    data_key = crypto.new_data_key()
    assert data_key not in crypto.wrap(KEK, data_key, AAD).ciphertext


def test_wrong_kek_fails_to_unwrap() -> None:
    wrapped = crypto.wrap(KEK, crypto.new_data_key(), AAD)
    with pytest.raises(crypto.UnwrapFailed):
        crypto.unwrap(bytes(32), wrapped, AAD)


@pytest.mark.parametrize("kek_length", [0, 5, 31])
def test_a_kek_of_the_wrong_size_fails_to_unwrap_rather_than_crash(kek_length: int) -> None:
    wrapped = crypto.wrap(KEK, crypto.new_data_key(), AAD)
    with pytest.raises(crypto.UnwrapFailed):
        crypto.unwrap(bytes(kek_length), wrapped, AAD)


def test_other_associated_data_fails_to_unwrap() -> None:
    wrapped = crypto.wrap(KEK, crypto.new_data_key(), AAD)
    with pytest.raises(crypto.UnwrapFailed):
        crypto.unwrap(KEK, wrapped, AAD.replace(b"|7", b"|8"))


def test_altered_ciphertext_fails_to_unwrap() -> None:
    wrapped = crypto.wrap(KEK, crypto.new_data_key(), AAD)
    flipped = bytes([wrapped.ciphertext[0] ^ 1]) + wrapped.ciphertext[1:]
    with pytest.raises(crypto.UnwrapFailed):
        crypto.unwrap(KEK, crypto.Wrapped(wrapped.nonce, flipped), AAD)


def test_a_wrapped_value_that_is_not_a_data_key_is_refused() -> None:
    wrapped = crypto.wrap(KEK, b"sixteen byte key", AAD)
    with pytest.raises(crypto.UnwrapFailed):
        crypto.unwrap(KEK, wrapped, AAD)


def test_each_wrap_uses_a_fresh_nonce() -> None:
    data_key = crypto.new_data_key()
    nonces = {crypto.wrap(KEK, data_key, AAD).nonce for _ in range(50)}
    assert len(nonces) == 50


# --- key derivation parameters ---------------------------------------------------------


def test_fresh_parameters_meet_rfc9106_low_memory_with_a_random_16_byte_salt() -> None:
    a, b = crypto.KdfParams.fresh(), crypto.KdfParams.fresh()
    assert a.meets_policy()
    assert (a.time_cost, a.memory_kib, a.parallelism) >= (3, 64 * 1024, 4)
    assert len(a.salt) == 16 and a.salt != b.salt


@pytest.mark.parametrize(
    "weaker", [{"time_cost": 2}, {"memory_kib": 32 * 1024}, {"parallelism": 1}, {"version": 0x10}]
)
def test_weaker_parameters_do_not_meet_the_policy(weaker: dict[str, int]) -> None:
    assert not crypto.KdfParams(salt=bytes(16), **weaker).meets_policy()


def test_parameters_survive_the_key_file_round_trip() -> None:
    params = crypto.KdfParams.fresh()
    assert crypto.KdfParams.from_json(params.to_json()) == params


def test_a_key_derivation_other_than_argon2id_is_refused() -> None:
    data = crypto.KdfParams.fresh().to_json() | {"alg": "pbkdf2"}
    with pytest.raises(ValueError, match="pbkdf2"):
        crypto.KdfParams.from_json(data)


@pytest.mark.parametrize(
    "damaged",
    [{"salt": "AAAA"}, {"time_cost": 0}, {"parallelism": 0}, {"memory_kib": 1}],
)
def test_parameters_argon2_cannot_use_are_refused_when_read(damaged: dict[str, object]) -> None:
    data = crypto.KdfParams.fresh().to_json() | damaged
    with pytest.raises(ValueError, match="out of range"):
        crypto.KdfParams.from_json(data)


def test_the_same_passphrase_typed_on_another_system_gives_the_same_kek() -> None:
    params = crypto.KdfParams(salt=bytes(16), **CHEAP)
    composed = unicodedata.normalize("NFC", "crème brûlée op zondag")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert crypto.derive_kek(composed, params) == crypto.derive_kek(decomposed, params)


def test_another_salt_gives_another_kek() -> None:
    one = crypto.KdfParams(salt=bytes(16), **CHEAP)
    other = crypto.KdfParams(salt=b"\x01" * 16, **CHEAP)
    assert crypto.derive_kek("dezelfde zin", one) != crypto.derive_kek("dezelfde zin", other)


# --- recovery codes --------------------------------------------------------------------


def test_recovery_code_is_six_groups_of_five_crockford_symbols() -> None:
    codes = [crypto.new_recovery_code() for _ in range(200)]
    for code in codes:
        assert RECOVERY_CODE.match(code), code
    assert len(set(codes)) == len(codes)


@pytest.mark.parametrize(
    "typed",
    [
        "0A1BC-DEFGH-JKMNP-QRSTV-WXYZ2-34567",
        "0a1bc-defgh-jkmnp-qrstv-wxyz2-34567",
        " 0A1BC DEFGH JKMNP QRSTV WXYZ2 34567 ",
        "0A1BCDEFGHJKMNPQRSTVWXYZ234567",
        "OAIBC-DEFGH-JKMNP-QRSTV-WXYZ2-34567",  # O for 0, I for 1
        "oalbc-defgh-jkmnp-qrstv-wxyz2-34567",  # o for 0, l for 1
    ],
)
def test_recovery_code_is_normalised_as_a_person_might_type_it(typed: str) -> None:
    assert crypto.normalise_recovery_code(typed) == "0A1BCDEFGHJKMNPQRSTVWXYZ234567"


def test_a_different_recovery_code_does_not_normalise_to_the_same_secret() -> None:
    assert crypto.normalise_recovery_code("0A1BC-DEFGH-JKMNP-QRSTV-WXYZ2-34568") != (
        crypto.normalise_recovery_code("0A1BC-DEFGH-JKMNP-QRSTV-WXYZ2-34567")
    )
