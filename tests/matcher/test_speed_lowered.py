"""Experience and education read an ASCII sentence in lower case with case-sensitive copies of
their patterns (matcher._rules.lowered, issue 15): the copies must find exactly what the
re.IGNORECASE patterns find, at the same places with the same groups, whatever the case of the
text, and the builders must refuse a pattern they cannot lower.
"""

from __future__ import annotations

import random
import re

import pytest

from matcher import _education_read, _experience, _experience_patterns
from matcher._rules import opening_letters
from matcher._rules_lower import lowered

#: Words the patterns read, in the case postings write them, and the glue between them.
PIECES = (
    "2",
    "1-2",
    "3+",
    "one (1)",
    "two",
    "a",
    "An",
    "six",
    "twenty-four",
    "half a",
    "years",
    "Year",
    "yrs.",
    "YRS",
    "months",
    "mo.",
    "weeks",
    "of",
    "experience",
    "Experience:",
    "EXPERIENCE",
    "required",
    "Preferred",
    "a plus",
    "minimum",
    "at least",
    "or more",
    "in a hospital",
    "HIM",
    "coding",
    "records",
    "customer service",
    "no experience",
    "will train",
    "Training provided",
    "entry-level",
    "new grads welcome",
    "including",
    "less than",
    "within the last",
    "in total",
    "total of",
    "of age",
    "probation",
    "High School",
    "HS diploma",
    "GED",
    "Associate's degree",
    "associate",
    "A.A.S.",
    "Bachelor's",
    "BA/BS",
    "Master's",
    "MBA",
    "M.S. in",
    "certificate program",
    "coding program",
    "vocational",
    "college",
    "some college",
    "two years of college",
    "equivalent",
    "or equivalent experience",
    "may substitute for",
    "in lieu of",
    "also accepted",
    "not required",
    "no",
    "we",
    "our",
    "you",
    "enrolled in",
    "in progress",
    "Education:",
    "Required",
    "CPC",
    "RHIT",
    "(",
    ")",
    ",",
    ";",
    ".",
    ":",
    "/",
    "-",
    "$18",
    "Tuition Reimbursement",
    "experience may substitute for the education",
    "of which",
    "one year-for-year",
    "two preferred",
    "and 12 preferred",
    "/ Ideally 2",
)
#: The ASCII blanks \s takes beside the space (the separators \x1c-\x1f stay in normalised
#: text): the copies read under re.ASCII, whose own \s leaves the separators out.
SEPARATORS = (" ", " ", " ", "", ", ", "; ", ". ", "\n", "\t", "\x1c", " \x1f ")
#: Whole sentences for the patterns that read a sentence from its first letter to its end.
SENTENCES = (
    "Medical records: 2 years (Required)",
    "Customer service: 1 year (Preferred)",
    "Years of experience: 3",
    "Minimum years of experience required: 1-2",
    "Experience (years): 2",
    "2 years preferred.",
    "at least 1 year required",
    " must be in a clinic",
    " Of Which one year",
    "-for-",
    ", ",
    " / ",
    "Degree (",
    "Epic training provided",
    " on our scheduling system",
)


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = rng.choices(PIECES, k=rng.randint(1, 14))
        text = "".join(w + rng.choice(SEPARATORS) for w in words)
        if rng.random() < 0.2:
            text = rng.choice(SENTENCES) + ("" if rng.random() < 0.5 else " " + text)
        if rng.random() < 0.3:  # shouting or sentence case: the case must not matter
            text = text.upper() if rng.random() < 0.5 else text.capitalize()
        out.append(text)
    return out


def _patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """(name, as written, lowered) of every pattern the two families read lowered."""
    out = []
    for module in (_experience, _education_read):
        written, low = module._AS_WRITTEN, module._LOWERED
        for name, a, b in zip(written._fields, written, low, strict=True):
            if isinstance(a, re.Pattern):
                out.append((f"{module.__name__}.{name}", a, b))
    return out


def _found(rx: re.Pattern[str], text: str, pos: int) -> list[tuple[object, ...]]:
    return [
        (m.span(), m.lastgroup, *(m.span(g) for g in rx.groupindex)) for m in rx.finditer(text, pos)
    ]


@pytest.mark.parametrize(("name", "written", "low"), _patterns(), ids=lambda v: str(v)[:40])
def test_a_lowered_pattern_finds_what_the_pattern_finds(
    name: str, written: re.Pattern[str], low: re.Pattern[str]
) -> None:
    assert not low.flags & re.I, name
    matched = 0
    for k, text in enumerate(_texts(1500, seed=len(name))):
        pos = k % 3
        got = _found(low, text.lower(), pos)
        assert got == _found(written, text, pos), (name, text)
        assert [m.group() for m in low.finditer(text.lower(), pos)] == [
            m.group().lower() for m in written.finditer(text, pos)
        ]
        matched += bool(got)
        start = written.match(text)
        assert (start and start.span()) == ((m := low.match(text.lower())) and m.span())
    assert matched, f"{name}: no text matched, the test says nothing"


def test_lowered_refuses_what_it_cannot_lower() -> None:
    with pytest.raises(ValueError, match="not re.IGNORECASE"):
        lowered(re.compile(r"RHIT"))
    with pytest.raises(ValueError, match="does not lower"):
        lowered(re.compile(r"\x41BC", re.I))  # an escaped capital stays one
    with pytest.raises(ValueError, match="does not lower"):
        lowered(re.compile(r"(?-i:CPC) required", re.I))  # its own case rule
    with pytest.raises(ValueError, match="inside"):
        lowered(re.compile(r"(?i)cpc"))
    # escapes and group names keep their case: "\S" is no "\s", "(?P<N>" names the same group;
    # under re.ASCII "\S" is spelt as the class of what Unicode's takes (the separators too)
    low = lowered(re.compile(r"(?P<N>\S+) (?P=N)\B", re.I))
    assert low.pattern == r"(?P<N>[^\t-\r\x1c-\x20]+) (?P=N)\B" and low.flags & re.A
    # "\S" inside a class has no such spelling: the copy keeps Unicode matching
    assert not lowered(re.compile(r"[\S,]+ years", re.I)).flags & re.A
    assert low.search("ab ab") is None and low.search("abc abcd").group("N") == "abc"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "pattern",
    [r"a\sb", r"a\s+b", r"a[\s,]b", r"a[^\s]b", r"a\Sb", r"\bab\b", r"\w\W\d\D", r"[]\s]x"],
)
def test_the_ascii_copy_reads_every_ascii_character_as_unicode_matching_does(pattern: str) -> None:
    """re.ASCII changes what \\s takes (not the separators \\x1c-\\x1f, which Unicode's
    takes): the copy spells the blanks out, so every ASCII character reads the same."""
    low = lowered(re.compile(pattern, re.I))
    assert low.flags & re.A, pattern
    unicode = re.compile(pattern)
    for a in range(128):
        for b in (" ", "b", "\x1c", "_", "1"):
            text = f"a{chr(a)}{b}x ab{chr(a)}"
            assert [m.span() for m in low.finditer(text)] == [
                m.span() for m in unicode.finditer(text)
            ], (pattern, text)


def test_opening_letters() -> None:
    assert opening_letters(re.compile(r"^(?:Min |max )?years", re.I)) == frozenset("mxy") - {"x"}
    assert opening_letters(re.compile(r"\w+ years", re.I)) is None  # any letter
    assert opening_letters(re.compile(r"(?:years)?", re.I)) is None  # may match nothing
    field = _experience_patterns.EXPERIENCE_FIELD_RE
    letters = opening_letters(field)
    assert letters is not None
    for text in ("Years of experience: 3", "Minimum years of experience required: 1-2"):
        assert field.match(text) and text[0].lower() in letters


def test_the_unit_gate_finds_every_figures_unit_and_skips_longer_words() -> None:
    """The figure pattern is started only near a unit the gate finds: a unit must end its word
    unless it ends in "." ("2 yrs.in", "3 mo."), so "weekends" and "more" are no units."""
    from matcher._lexicon import EXPERIENCE_RE

    assert _experience_patterns._UNIT_GATE is not None
    gate, _ = _experience_patterns._UNIT_GATE
    texts = [*_texts(3000, seed=7), "2 yrs.in coding", "3 mo. of work", "1 yr.", "2years"]
    for text in texts:
        low = text.lower()
        hits = {m.start() for m in re.finditer(f"(?={gate.pattern})", low)}
        for m in EXPERIENCE_RE.finditer(text):
            assert m.start("unit") in hits, text
    assert gate.search("weekends, more or less, yearly") is None
    assert gate.search("two yrs.in") is not None and gate.search("2 weeks") is not None


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("CPC or a coding certificate program.", None),
        ("AHIMA certification or a coding certificate program.", None),
        ("A coding certificate program or RHIT.", None),
        ("A coding certificate program or CPC, the \u017fame.", None),  # not ASCII: no gate
        ("A coding certificate program.", "certificate"),
    ],
)
def test_schooling_in_place_of_a_credential_passes_the_credential_gate(
    line: str, level: str | None
) -> None:
    """Education reads its credential-or-schooling patterns only in sentences holding one of
    their codes or words (_education_read._CREDENTIAL_GATE): each of these holds one."""
    from matcher import extract

    assert extract("Requirements:\n" + line).education_required == level


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Currently enrolled in an associate degree program.", None),
        ("Students pursuing a bachelor's degree.", None),
        ("Currently ENROLLED in an associate degree program.", None),
        ("An associate degree.", "associate"),
    ],
)
def test_studying_toward_a_level_passes_the_enrolled_gate(line: str, level: str | None) -> None:
    """ "Enrolled" before a mention is read only in sentences holding its words
    (_education_read._ENROLLED_GATE): studying toward a level is still not holding it."""
    from matcher import extract

    assert extract("Requirements:\n" + line).education_required == level
