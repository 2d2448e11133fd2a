from hypothesis import given
from hypothesis import strategies as st

from expertteam_app.domain import bsn


def test_a_valid_bsn_passes_the_11_test():
    assert bsn.is_valid("111222333")
    assert bsn.is_valid("999990019")


def test_separators_and_a_lost_leading_zero_are_forgiven():
    assert bsn.normalise(" 1112.22.333 ") == "111222333"
    assert bsn.normalise("12345672") == "012345672"
    assert bsn.is_valid("12345672")


def test_a_single_changed_digit_fails_with_a_message_in_both_languages():
    problem = bsn.problem("111222334")
    assert problem is not None
    assert "elfproef" in problem.nl
    assert "11-test" in problem.en


def test_wrong_length_letters_and_zeros_are_refused_with_their_own_reason():
    assert "9 cijfers" in bsn.problem("1234567").nl  # type: ignore[union-attr]
    assert "cijfers" in bsn.problem("12345678a").nl  # type: ignore[union-attr]
    assert bsn.problem("000000000") is not None


@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_check_digit_for_makes_any_eight_digits_valid_or_says_none(first_eight):
    digit = bsn.check_digit_for(first_eight)
    if digit is None:
        assert (
            not any(bsn.is_valid(first_eight + str(d)) for d in range(10))
            or first_eight == "00000000"
        )
    elif first_eight + str(digit) != "000000000":
        assert bsn.is_valid(first_eight + str(digit))


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_every_single_digit_change_of_a_valid_bsn_is_caught(number):
    if not bsn.is_valid(number):
        return
    for position in range(9):
        for replacement in "0123456789":
            if replacement == number[position]:
                continue
            changed = number[:position] + replacement + number[position + 1 :]
            assert not bsn.is_valid(changed)


def test_masked_shows_only_the_last_three_digits():
    assert bsn.masked("111222333") == "******333"
