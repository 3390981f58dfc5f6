"""The rule extractors' speed gates (issue 15) skip work only where it could find nothing.

Experience starts its figure pattern at the first unit word, inline paths read only the sentences
holding their words (or opening with "or "), residence and the diploma check read only sentences
holding their words, deadlines and totals are looked for only where their words are. These are the
inputs at a gate's edges: letters re.IGNORECASE folds onto ASCII ones ("\u017f" is "s", "\u0131"
is "i"), a letter whose lower case is longer ("\u0130"), which shifts every later sentence of the
lower-cased posting, a unit word before the figure, "or" after a comma or in capitals.
"""

from __future__ import annotations

import re

import pytest

from matcher import extract
from matcher._rules import end_search, group_gate, holds_any, literal_gate, literal_words

REQ = "Requirements:\n"


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        (REQ + "3 year\u017f of medical records experience required.", 3.0, None),
        # the first unit word is no figure; the figure comes later
        (
            "Years of service matter. Requirements: we ask for 2 years of coding experience.",
            2.0,
            None,
        ),
        (
            "\u0130stanbul office.\n" + REQ + "2 years of medical records experience required.",
            2.0,
            None,
        ),
        (
            REQ + "six months general and six months specialized experience, one year in total.",
            1.0,
            None,
        ),
        (REQ + "one year of coding experience minimum, two preferred.", 1.0, 2.0),
    ],
)
def test_experience_gates(text: str, required: float | None, preferred: float | None) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            REQ + "Two years of medical records experience\nor an associate degree in HIT.",
            ["experience", "education"],
        ),
        (
            "\u0130\n"
            + REQ
            + "Two years of medical records experience\nor an associate degree in HIT.",
            ["experience", "education"],
        ),
        ("Requirements: CCS, or two years of coding experience.", ["certification", "experience"]),
        ("Requirements: RHIT OR two years of coding experience.", ["certification", "experience"]),
    ],
)
def test_inline_paths_gates(text: str, labels: list[str]) -> None:
    assert [p.label for p in extract(text).paths or []] == labels


@pytest.mark.parametrize("within", ["within", "w\u0131thin"])
def test_deadline_gate(within: str) -> None:
    got = extract(f"Requirements: CCS required {within} 12 months of hire.")
    assert [(c.any_of, c.level, c.within_months) for c in got.certifications] == [
        (["CCS"], "required", 12)
    ]


def test_residence_after_a_longer_lower_case() -> None:
    got = extract("\u0130\nThis remote role is open only to residents of TX, OK and LA.")
    assert got.residence_states == ["TX", "OK", "LA"]


@pytest.mark.parametrize("school", ["school", "\u017fchool"])
def test_diploma_beside_inline_paths(school: str) -> None:
    text = (
        f"{REQ}Associate degree in HIT or two years of coding experience.\nHigh {school} diploma."
    )
    got = extract(text)
    assert [p.label for p in got.paths or []] == ["education", "experience"]
    assert got.education_required == "high_school"


def test_gate_builders() -> None:
    assert holds_any(())("anything") is False
    assert literal_gate(re.compile(r"\w+ \d+")) is None  # no literal: the pattern must run
    assert literal_words(re.compile(r"within|by the end of", re.I)) == ("by the end of", "within")
    assert group_gate(re.compile(r"(?P<n>\d+) ?(?P<unit>years?)\b.*"), "unit") is None  # unbounded
    gate = group_gate(re.compile(r"(?P<n>\d{1,2}) ?(?P<unit>years?|mo)\b", re.I), "unit")
    assert gate is not None
    assert gate[0].search("2 more") is None and gate[0].search("2 mo.") is not None


def test_end_search_starts_late_with_the_same_matches() -> None:
    rx = re.compile(r"\bincluding\b[^.;]{0,5}$", re.I)
    find = end_search(rx)
    assert find != rx.search
    padding = "records work " * 10
    # the window may open inside a word: the boundary still sees the letter before it
    assert find(padding + "xincluding ab") is None
    assert find(padding + "including ab").start() == len(padding)  # type: ignore[union-attr]
    assert find(padding + "including\n") is not None  # "$" before a final newline
    assert end_search(re.compile(r"total\b")) == re.compile(r"total\b").search  # not anchored
    assert end_search(re.compile(r"x+$")) == re.compile(r"x+$").search  # no widest match


def test_the_or_gate_finds_exactly_the_patterns_matches() -> None:
    """matcher._paths_sides.ors starts OR_RE only where " or" / "(or" stands: whatever the
    pattern is changed to, the gate must give the same matches as scanning every character
    (a merge once widened the pattern to "(or" and the gate hid it)."""
    import random

    from matcher._paths_sides import OR_RE, ors

    pieces = [
        "or",
        "Or",
        "OR",
        " or ",
        ", or ",
        "(or ",
        "( or ",
        ",or ",
        "nor ",
        "for ",
        "orange",
        "2 years",
        "an associate degree",
        "higher",
        "GED",
        "equivalent experience",
        "equivalent",
        "combination",
        " ",
        ", ",
        "(",
        ")",
        ";",
        "\n",
        "\u0130",
        "\u017f",
    ]
    rng = random.Random(17)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        got = [m.span() for m in ors(text, text.lower())]
        assert got == [m.span() for m in OR_RE.finditer(text)], repr(text)


def test_the_patterns_read_back_from_a_figure_stay_bounded() -> None:
    """The patterns read backwards from a figure (end_search) keep a widest match, so they start
    near the figure instead of trying all 80 characters before it: an unbounded word ("[\\w-]+")
    added to one of them made it a full search again (session 13)."""
    from matcher._experience_patterns import _BEFORE_FIGURE_RE
    from matcher._paths_parts import _TOTAL_BEFORE_RE

    for rx in (_BEFORE_FIGURE_RE, _TOTAL_BEFORE_RE):
        assert end_search(rx) != rx.search, rx.pattern[:60]
