from expertteam_app.domain import passphrase


def test_short_passphrases_are_refused_with_advice_in_both_languages():
    [problem] = passphrase.problems("kort")
    assert "12 tekens" in problem.nl
    assert "12 characters" in problem.en


def test_a_sentence_of_words_is_accepted():
    assert passphrase.problems("drie tulpen in de regen") == []


def test_repetitive_well_known_and_own_name_passphrases_are_refused():
    assert passphrase.problems("aaaaaaaaaaaaaaaa")
    assert passphrase.problems("Welkom123456")
    assert passphrase.problems("cor coordinator!", member_name="Cor Coordinator")


def test_a_name_inside_a_long_passphrase_is_fine():
    assert passphrase.problems("cor fietst elke ochtend naar zee", member_name="Cor") == []


def test_strength_grows_with_length_and_variety():
    scores = [
        passphrase.strength(p)
        for p in (
            "",
            "abc",
            "abcdefghijkl",
            "drie tulpen in de regen",
            "Drie tulpen, 7 zwanen & een fiets!",
        )
    ]
    assert scores == sorted(scores)
    assert scores[0] == 0
    assert scores[-1] == 4
