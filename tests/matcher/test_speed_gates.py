"""The speed gates of extraction (docs/benchmarks.md, "Issue 15 speed") skip work only where it
could find nothing: the same results on the inputs at their edges.

Each gate tests words before a pattern runs. These are the cases a gate could get wrong: blanks
other than the space, non-ASCII letters that re.IGNORECASE folds onto ASCII ones ("\u0131" is
"i", "\u017f" is "s"), text in a title (not normalised), and trigger words found in one or in
several sentences.
"""

from __future__ import annotations

import random

import pytest

from matcher import extract
from matcher._cuts import _pieces
from matcher._paths_parts import education_level, first_years
from matcher._paths_sentence import sentence_paths
from matcher._sentences import Doc, Sentence
from matcher.text import html_to_text, normalise_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("RHIT required", "RHIT required"),
        ("RHIT  required", "RHIT required"),
        ("RHIT\trequired", "RHIT required"),
        ("RHIT\u00a0required", "RHIT required"),
        ("RHIT\u2003 \u202frequired", "RHIT required"),
        ("Associate\u2019s degree\u3000required", "Associate\u2019s degree required"),
    ],
)
def test_normalise_text_collapses_every_blank(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_substitution_on_non_ascii_text_is_still_read() -> None:
    # "experıence" (dotless i): re.I matches it, a lower-case substring test would not
    text = "Four years of exper\u0131ence may be substituted for the bachelor's degree."
    paths = sentence_paths(text)
    assert paths is not None
    assert {p.label for p in paths} == {"education", "experience"}


def test_figures_and_schooling_on_non_ascii_text() -> None:
    assert first_years("two yea\u0280s") is None  # no unit at all
    assert first_years("two years of records work") == (2.0, 0)
    assert education_level("two years above h\u0131gh school") == "associate"
    assert education_level("two years above high school") == "associate"


def test_an_or_without_credential_or_experience_is_no_path() -> None:
    assert sentence_paths("Associate or bachelor's degree in health information.") is None
    paths = sentence_paths("Associate degree in HIT or two years of coding experience.")
    assert paths is not None and {p.label for p in paths} == {"education", "experience"}
    paths = sentence_paths("Associate degree in HIT or a current RHIT credential.")
    assert paths is not None and {p.label for p in paths} == {"education", "certification"}


def test_with_words_one_and_several_hit_lists() -> None:
    doc = Doc(
        [
            Sentence("Two years of experience.", ""),
            Sentence("Day shift.", ""),
            Sentence("One year required; night shift.", ""),
        ]
    )
    assert doc.with_words(("year",)) == [0, 2]
    assert doc.with_words(("night", "day")) == [1, 2]
    assert doc.with_words(("absent-word",)) == []
    first = doc.with_words(("year",))
    first.append(99)  # a caller's list is its own
    assert doc.with_words(("year",)) == [0, 2]


def test_with_words_merges_several_hit_lists_in_order_without_repeats() -> None:
    """Several words' sentence lists are merged (sorted, each sentence once): the same indices
    as the sentences holding any of the words, on random documents and word sets."""
    pool = ["year", "day", "night", "shift", "coding", "records", "remote", "no such word"]
    rng = random.Random(15)
    for _ in range(300):
        texts = [" ".join(rng.choices(pool[:-1], k=rng.randint(0, 3))) + "." for _ in range(8)]
        doc = Doc([Sentence(t, "") for t in texts])
        words = tuple(rng.sample(pool, rng.randint(0, 5)))
        expected = [i for i, t in enumerate(texts) if any(w in t for w in words)]
        assert doc.with_words(words) == expected, (texts, words)


def test_title_and_residence_gates_through_extract() -> None:
    r = extract(
        "Remote role. Open only to residents of TX, OK and LA.",
        title="Medical Records Clerk \u2013 experience may be substituted",
    )
    assert r.residence_states == ["TX", "OK", "LA"]
    assert extract("Remote role in Texas.").residence_states == []


def test_with_digits_on_ascii_non_ascii_and_multi_line_sentences() -> None:
    ascii_doc = Doc([Sentence("Two years.", ""), Sentence("Days 7a-3p.", ""), Sentence("$19", "")])
    assert ascii_doc.with_digits() == [1, 2]
    # "\u0667" is an Arabic-Indic seven: \d takes it, the ASCII byte filter would not
    other = Doc([Sentence("Caf\u00e9 staff.", ""), Sentence("Hours \u0667p-\u0667a.", "")])
    assert other.with_digits() == [1]
    # a title may hold a newline: the sentences no longer line up with the text's lines
    titled = Doc([Sentence("Clerk\nnights", "title"), Sentence("Days", ""), Sentence("8-5", "")])
    assert titled.with_digits() == [2]
    assert Doc([]).with_digits() == []


def test_clock_hours_read_only_in_sentences_with_digits_still_read() -> None:
    assert extract("Hours: 7p-7a on the unit.").shifts == ["night"]
    assert extract("Hours: \u0667p-\u0667a on the unit.").shifts == ["night"]
    assert extract("Caf\u00e9 on site. Hours: 7p-7a.").shifts == ["night"]
    assert extract("Hours 3p-11:30p.", title="Clerk\nnights? no").shifts == ["night", "evening"]


def test_differential_read_only_for_a_shift_still_drops_the_add_on() -> None:
    # the differential is read lazily, once per sentence holding a candidate shift
    assert extract("Day shift. $2 night differential.").shifts == ["day"]
    assert extract("Nights 7p-7a; $3 weekend differential").shifts == ["night"]
    assert extract("Sat-Sun 8a-4p, weekend premium paid.").shifts == ["day", "weekend"]
    assert extract("Hours 3p-11:30p, $2 evening differential.").shifts == ["evening"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("RHIT\rrequired", "RHIT\nrequired"),
        ("RHIT\r\n\r\n\r\n\r\nrequired", "RHIT\n\nrequired"),
        ("RHIT\vrequired\fnow", "RHIT required now"),  # ASCII blanks other than the space
        ("RHIT\n \x1c\n\u2028\nrequired", "RHIT\n\nrequired"),  # lines of odd blanks are blank
        ("RHIT\n\n\nrequired", "RHIT\n\nrequired"),
    ],
)
def test_normalise_text_line_breaks_and_ascii_blanks(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "<div>GED<p>RHIT (CPC)</p>, then<ul><li>Days</li></ul>tail</div>",
            "GED\n\nRHIT (CPC)\n\n, then\n\nDays\n\ntail",
        ),
        ("<b>a</b><i>(b</i>c<br>d", "a (b c\nd"),  # tails after closing tags, nested and not
    ],
)
def test_html_text_keeps_tails_in_document_order(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("Days \u2022 Nights \u25aa Weekends", ["Days", "Nights", "Weekends"]),
        ("RHIT | CCS\t|\tCPC", ["RHIT", "CCS", "CPC"]),  # a bar between any blanks
        (
            "Shift ends 5 p.m. Monday start. Next; last",
            ["Shift ends 5 p.m. Monday start.", "Next", "last"],
        ),
        ("a|b \u2022c \u00b7  d", ["a|b", "c", "d"]),  # a bar needs blanks; a bullet does not
    ],
)
def test_sentence_split_at_bullets_bars_and_semicolons(line: str, pieces: list[str]) -> None:
    assert _pieces(line) == pieces  # a short line of capitalised words alone is a heading
