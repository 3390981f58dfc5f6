"""The paths readers' speed gates (issue 15) skip work only where it could find nothing.

Federal "OR" markers and grade headings are matched only where str.find sees "OR" / "GS"
(matcher._literal_scan.finditer_at), "education cannot be substituted" and the experience kinds
and study fields are looked for only where their words are. Each test compares a gate with the
plain scan on random texts built from the pieces at its edges (capitals, dashes before "OR",
letters re.IGNORECASE folds onto ASCII ones).
"""

from __future__ import annotations

import random
import re

from matcher import _paths, _paths_blocks, _paths_kinds, _paths_parts
from matcher._literal_scan import finditer_at

_PIECES = [
    "OR",
    "or",
    "Or",
    "--OR--",
    "- OR",
    "-- ",
    "-",
    "COLOR",
    "OR,",
    "OR 97201",
    "GS",
    "GS-04",
    "GS 05",
    "to the GS-5",
    "GS-4 - 6",
    "AGS-7",
    " grade",
    "experience",
    "Education",
    "none beyond",
    ".",
    "\n",
    " ",
    " ",
    "education cannot be substituted",
    "Education may not be used",
    "no substitution of education",
    "a degree can't be accepted",
    "acc\u0435pted",  # a Cyrillic "e": not ASCII
    "\u017fubstituted",  # re.I reads the long s as "s"
    "coding",
    "ICD",
    "medical records",
    "health information",
    "HIM",
    "Hospital",
    "clerical",
    "office",
    "that",
    ";",
    "in total",
    "total of",
    "one year",
    "6 months",
    "TOTAL OF",
    "Associate",
    "associate's degree",
    "Education: a",
    "two years of college",
    "Bachelor",
    "B.S. in",
    "MBA",
    "master of",
    "certificate program",
    "vocational school",
    "post-secondary",
]


def _texts(seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_PIECES, k=rng.randint(1, 16))) for _ in range(count)]


def test_finditer_at_gives_the_patterns_matches() -> None:
    found = 0
    for text in _texts(1):
        for rx, word, back in (
            (_paths_blocks._OR_RE, "OR", _paths_blocks._OR_BACK),
            (_paths._GRADE_RE, "GS", 0),
        ):
            for lo, hi in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
                ours = [m.span() for m in finditer_at(rx, text, word, back, lo, hi)]
                assert ours == [m.span() for m in rx.finditer(text, lo, hi)], (text, lo, hi)
                found += bool(ours)
    assert found > 500


def test_no_education_gate_hides_no_match() -> None:
    for text in _texts(2):
        assert _paths._no_education(text) == bool(_paths._NO_EDUCATION_RE.search(text)), text


def test_kind_and_field_gates_hide_no_match() -> None:
    """experience_kind / study_field / first_years as the plain patterns read them."""

    def kind(text: str) -> str | None:  # experience_kind without the gates
        cut = _paths_kinds._CLAUSE_RE.search(text, 10)
        if cut is not None and text[: cut.start()] != text:
            own = kind(text[: cut.start()]) if cut.start() < len(text) else None
            if own is not None:
                return own
        for name, rx in _paths_kinds._KIND_WORDS:
            if rx.search(text):
                return name
        return "any" if _paths_kinds._ANY_KIND_RE.search(text) else None

    def field(text: str) -> str | None:
        return next((n for n, rx in _paths_kinds._FIELD_WORDS if rx.search(text)), None)

    def level(text: str) -> str | None:  # education_level's degree patterns without the gates
        return next(
            (n for n, rx in _paths_parts.LEVEL_RES if n != "high_school" and rx.search(text)), None
        )

    for text in _texts(3):
        assert _paths_kinds.experience_kind(text) == kind(text), text
        assert _paths_kinds.study_field(text) == field(text), text
        if _paths_parts.SCHOOLING_RE.search(text) is None:
            assert _paths_parts.education_level(text) == level(text), text
        before = re.compile(r"\btotal of\s?$").search(text)
        assert bool(_paths_parts._total_before(text)) == bool(before), text


def test_residence_gate_hides_no_limit() -> None:
    """A residence limit is looked for only in sentences holding the words every limit holds
    ("the following states", not the "United States" of most federal postings)."""
    from matcher import _residence

    pieces = ["Open only to", "residents of", "must", "live in", "be", "based in", "located in"]
    pieces += ["one of the following states:", "United States", "hire in the following states"]
    pieces += ["TX", "OK", "and", "Texas", ",", "or", "only", "reside within", "the state of"]
    rng = random.Random(6)
    found = 0
    for _ in range(3000):
        text = " ".join(rng.choices(pieces, k=rng.randint(2, 10)))
        if _residence._RESIDENCE_RE.search(text):
            found += 1
            assert _residence._MAY_LIMIT is not None and _residence._MAY_LIMIT(text.lower()), text
    assert found > 100


def test_no_paths_table_is_keyed_by_a_pattern() -> None:
    """A re.Pattern hashes its whole compiled code on every lookup (about 10k instructions for
    the associate pattern): the paths' gates sit beside their patterns, in the tables' order,
    instead of in a dict keyed by them."""
    import importlib
    import pkgutil

    import matcher

    names = [m.name for m in pkgutil.iter_modules(matcher.__path__) if m.name.startswith("_paths")]
    assert "_paths_parts" in names
    for name in names:
        module = importlib.import_module(f"matcher.{name}")
        for attr, value in vars(module).items():
            if isinstance(value, (dict, set, frozenset)):
                assert not any(isinstance(k, re.Pattern) for k in value), f"{name}.{attr}"
    gated = (
        (_paths_kinds._GATED_KINDS, _paths_kinds._KIND_WORDS),
        (_paths_kinds._GATED_FIELDS, _paths_kinds._FIELD_WORDS),
        (_paths_parts._GATED_LEVELS, [t for t in _paths_parts.LEVEL_RES if t[0] != "high_school"]),
    )
    for table, plain in gated:
        assert [(n, rx) for n, rx, _gate, _low in table] == list(plain)


def test_route_side_gates_hide_no_match() -> None:
    """A side is searched for "preferred" words and "<code> eligible" only where the words are;
    the codes pattern runs behind the lookahead of their first letters: as the plain patterns."""
    from matcher import _paths_route

    pieces = ["RHIA", "RHIT", "CCS", "CPC-A", "-CPC", "xCCA", "CCA", " ", "-", " or ", ", ", "("]
    pieces += ["eligible", "Eligible", "ELİGİBLE", "\u0130", "preferred", "PREFERRED", "a plus"]
    pieces += ["nice to have", "bonus", "Ideally", "de\u017fired", "desired", "certification"]
    pieces += ["AHIMA", "AAPC", "certificate program", "credential", "approved coding program"]
    pieces += ["RHIA eligible", "CCS-Eligible", "CPC-A EL\u0130GIBLE", "xRHIA eligible"]
    plain_codes = re.compile(_paths_kinds._CODE_RE.pattern.split("(?:", 1)[1][:-1])
    assert plain_codes.pattern.startswith("(?<![")
    rng = random.Random(7)
    seen = {"preferred": 0, "eligible": 0, "codes": 0}
    for _ in range(4000):
        side = "".join(rng.choices(pieces, k=rng.randint(1, 10)))
        plain = _paths_route.PREFERRED_RE.search(side) is not None
        assert _paths_route.preferred(side) == plain, side
        seen["preferred"] += plain
        for code in ("RHIA", "CCS", "CPC-A"):
            found = re.search(rf"\b{re.escape(code)}[- ]eligib", side, re.I) is not None
            assert _paths_route._eligible_only(code, side) == found, (code, side)
            seen["eligible"] += found
        spans = [m.span(1) for m in plain_codes.finditer(side)]
        assert [m.span(1) for m in _paths_kinds._CODE_RE.finditer(side)] == spans, side
        seen["codes"] += bool(spans)
    assert min(seen.values()) > 100, seen


def test_a_repeated_sentence_is_read_again_after_another_sentence() -> None:
    """A repeated sentence is read with the sentence before each copy: the substitution names
    its degree in the sentence before ("Associate degree in HIT required."), so the second
    copy, after the degree, states the paths (a cache of sentences without paths must be
    keyed by both)."""
    from matcher._paths_inline import inline_paths
    from matcher._sentences import Doc, Sentence

    # (the offer names no schooling of its own: "for the degree" alone is read as the least
    # degree since session 11, so it would state paths after any sentence)
    offer = "Four years of experience may be substituted for this requirement."
    lines = ["Benefits include dental.", offer, "Associate degree in HIT required.", offer]
    found = inline_paths(Doc([Sentence(line, "") for line in lines]))
    assert found is not None
    paths, texts = found
    assert [(p.label, p.education, p.experience_years) for p in paths] == [
        ("education", "associate", None),
        ("experience", None, 4.0),
    ]
    assert texts == [offer, lines[2]]
    # the same posting with the block pasted twice reads the same paths
    twice = inline_paths(Doc([Sentence(line, "") for line in lines + lines]))
    assert twice is not None and twice[0] == paths


def test_first_years_stops_at_the_first_figure_only_when_none_sums() -> None:
    """first_years stops scanning at the first figure when the text cannot say "total": the
    same answer as reading every figure and preferring one that sums the parts."""
    pp = _paths_parts

    def plain(text: str) -> tuple[float, int] | None:  # every figure read, as before
        if not pp.YEARS_RE.search(text):
            return None
        school = [m.span() for m in pp.SCHOOLING_RE.finditer(text)]
        found = [
            m for m in pp.YEARS_RE.finditer(text) if not any(a <= m.start() < b for a, b in school)
        ]
        total = [
            m
            for m in found
            if pp._TOTAL_AFTER_RE.match(text, m.end())
            or pp._TOTAL_BEFORE_RE.search(text[: m.start()])
        ]
        if (
            not total
            and "general" in text
            and (pair := pp.general_and_specialized(text)) is not None
        ):
            return pair
        for m in total + found:
            value = pp.number(m.group("n")) / (12 if m.group("unit").lower().startswith("m") else 1)
            return round(value, 4) if m.group("unit").lower().startswith("m") else value, m.start()
        return None

    pieces = ["one year", "6 months", "two (2) years", "1+ yrs", " in total", " total", "total of "]
    pieces += ["Total", " of general experience and ", " of specialized experience", "six months"]
    pieces += ["two years above high school", "one year of college", " experience", ", ", ". "]
    pieces += ["MONTHS", "a year", "general", "Four Years", "ONE YEAR", "\u0130"]
    rng = random.Random(8)
    seen = 0
    for _ in range(4000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 9)))
        assert pp.first_years(text) == plain(text), text
        seen += plain(text) is not None
    assert seen > 500
