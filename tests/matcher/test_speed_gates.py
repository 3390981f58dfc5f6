"""The speed gates of extraction (docs/benchmarks.md, "Issue 15 speed") skip work only where it
could find nothing: the same results on the inputs at their edges.

Each gate tests words before a pattern runs. These are the cases a gate could get wrong: blanks
other than the space, non-ASCII letters that re.IGNORECASE folds onto ASCII ones ("\u0131" is
"i", "\u017f" is "s"), text in a title (not normalised), and trigger words found in one or in
several sentences.
"""

from __future__ import annotations

import pytest

from matcher import extract
from matcher._paths_inline import sentence_paths
from matcher._paths_parts import education_level, first_years
from matcher._sentences import Doc, Sentence
from matcher.text import normalise_text


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


def test_title_and_residence_gates_through_extract() -> None:
    r = extract(
        "Remote role. Open only to residents of TX, OK and LA.",
        title="Medical Records Clerk \u2013 experience may be substituted",
    )
    assert r.residence_states == ["TX", "OK", "LA"]
    assert extract("Remote role in Texas.").residence_states == []
