"""Workplace, skills, employment types, shifts, pay, credentials and the routes' kinds, fields and
levels read ASCII text in lower case with lowered copies of their re.IGNORECASE patterns
(matcher._rules_lower, sessions 15 and 16): every copy must find what its pattern finds in the
text as written, at the same places with the same groups (in lower case), on labelled sentences,
their slices and random texts in any case.
"""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest

from bench.accuracy import load_cases
from matcher import (
    _cert_lists,
    _cert_terms,
    _certs,
    _employment,
    _paths_kinds,
    _paths_parts,
    _pay,
    _schedule,
    _skills,
    _workplace,
)
from matcher._sentences import split_sentences
from matcher.text import normalise_text

_DATA = Path(__file__).parents[1] / "data" / "extraction"
#: Labelled sets whose sentences the copies are checked on (retired and development sets).
_SETS = ("dev.yaml", "seen22.yaml", "seen23.yaml")

#: Words the patterns read, in the case postings write them, and the glue between them.
PIECES = (
    "7a-7p", "7:00 AM - 3:30 PM", "0700-1530", "8 AND 5", "between 8 am and 5 pm", "8-4",
    "11p to 7a", "Mon-Fri", "Tues & Thurs", "SAT-SUN", "every other weekend", "nights",
    "$18.50/hr", "$45,000 - $52,000 per year", "18.00 - 21.00 per hour", "20 dollars an hour",
    "up to", "starting at", "Minimum:", "Max", "hourly", "Annually", "bi-weekly", "+ bonus",
    "sign-on", "differential", "plus", "Pay:", "Salary range", "USD", "k", "K",
    "remote", "Remote", "hybrid", "on-site", "On Site", "telework", "not a remote position",
    "work from home", "inside the secure perimeter", "behind the fence", "in office",
    "Full-Time", "part time", "PRN", "per diem", "FT/PT:", "Employment Type:", "Status:",
    "benefits eligible", "for", "employees", "FTE", "0.8", "Temporary", "Perm/Temp:",
    "CPC", "RHIT", "required", "Preferred", "within 12 months", "of hire", "Within one year",
    "one of the following", "tuition reimbursement", "bonus", "Requirements:", "(required)",
    "certification", "Epic", "ICD-10", "HIPAA", "release of information", "scanning",
    "chart analysis", "medical terminology", "customer service", "10-key", "Microsoft Office",
    "leads the team", "Allscripts", "Hourly rate: 19.25 - 24.10", "Pay range is 41,600", "from",
    "Starting", "per month", "/ wk", "if you hold", "For applicants who hold", "Master's degree",
    "MBA", "Bachelor's", "BS in", "Associate degree", "A.A.S.", "certificate program", "GED",
    "clerical", "Office", "health information", "coding", "Works closely with", "Manages",
    "the scanning team", "ROI staff", "employees in", "Includes", "(", ")", ",", ";",
    ".", ":", "/", "-", "2", "12", "30 days", "a", "the",
)  # fmt: skip
SEPARATORS = (" ", " ", " ", "", ", ", "; ", ". ", "\t", "\x1c", " - ")


def _pairs() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """(name, as written, lowered copy) of every copy these readers use."""
    out: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = []
    for kind, rx, zone, _triggers, rx_low, zone_low in _workplace._WORKPLACE:
        if rx_low is not None:
            out.append((f"workplace.{kind}", rx, rx_low))
        if zone is not None and zone_low is not None:
            out.append((f"workplace.{kind}.zone", zone, zone_low))
    for k, (rx, low) in enumerate(zip(_skills._LED_AS_WRITTEN, _skills._LED_LOWERED, strict=True)):
        out.append((f"skills.led.{k}", rx, low))  # the teams the person leads (session 16)
    for skill, rx, _triggers, low in _skills._SKILLS_LOWERED:
        if low is not None:
            out.append((f"skill.{skill}", rx, low))
    for name, a, b in zip(_pay._AS_WRITTEN._fields, _pay._AS_WRITTEN, _pay._LOWERED, strict=True):
        if isinstance(a, re.Pattern):
            assert isinstance(b, re.Pattern)
            out.append((f"pay.{name}", a, b))
        else:  # the periods: (period, pattern) pairs
            for (p, x), (_, y) in zip(a, b, strict=True):
                out.append((f"pay.{name}.{p}", x, y))
    out += [
        (
            "employment.field_label",
            _employment.FIELD_LABEL_HEAD_RE,
            _employment._FIELD_LABEL_HEAD_LOW,
        ),
        (
            "employment.skip_before",
            _employment.EMPLOYMENT_SKIP_BEFORE_RE,
            _employment._SKIP_BEFORE_LOW,
        ),
        (
            "employment.skip_after",
            _employment.EMPLOYMENT_SKIP_AFTER_RE,
            _employment._SKIP_AFTER_LOW,
        ),
        ("schedule.clock", _schedule.CLOCK_RE, _schedule._CLOCK_LOW),
        ("schedule.clock_hint", _schedule._CLOCK_HINT_RE, _schedule._CLOCK_HINT_LOW),
        ("schedule.day_span", _schedule.DAY_SPAN_RE, _schedule._DAY_SPAN_LOW),
        ("certs.off_scope", _certs.CERT_OFF_SCOPE_RE, _certs._OFF_SCOPE_LOW),
        ("certs.level_mark", _certs.CERT_LEVEL_MARK_RE, _certs._LEVEL_MARK_LOW),
        ("certs.level_closes", _certs.CERT_LEVEL_CLOSES_RE, _certs._LEVEL_CLOSES_LOW),
        ("certs.label", _certs.REQUIREMENTS_LABEL_RE, _certs._LABEL_LOW),
        ("cert_terms.within", _cert_terms.WITHIN_RE, _cert_terms._WITHIN_LOW),
        (
            "cert_terms.for_holders",
            _cert_terms.WITHIN_FOR_HOLDERS_RE,
            _cert_terms._WITHIN_FOR_HOLDERS_LOW,
        ),
        ("cert_lists.one_of", _cert_lists.ONE_OF_FOLLOWING_RE, _cert_lists._ONE_OF_LOW),
        ("paths_kinds.any_kind", _paths_kinds._ANY_KIND_RE, _paths_kinds._ANY_KIND_LOW),
    ]
    # a route's kind of experience, field of study and education level (session 16)
    for table in (
        _paths_kinds._GATED_KINDS,
        _paths_kinds._GATED_FIELDS,
        _paths_parts._GATED_LEVELS,
    ):
        out += [(f"paths.{name}", rx, low) for name, rx, _gate, low in table]
    return out


@cache
def _labelled_texts() -> tuple[str, ...]:
    """ASCII sentences of the labelled sets, and slices of them (callers read the words before
    and after a hit, so a pattern ending in "$" meets a cut sentence)."""
    rng = random.Random(15)
    out: list[str] = []
    for name in _SETS:
        for case in load_cases(_DATA / name):
            for s in split_sentences(normalise_text(case["text"])):
                if not s.text.isascii():
                    continue
                out.append(s.text)
                cut = rng.randrange(len(s.text) + 1)
                out.append(s.text[max(0, cut - 40) : cut])
    return tuple(dict.fromkeys(out))


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = rng.choices(PIECES, k=rng.randint(1, 12))
        out.append("".join(w + rng.choice(SEPARATORS) for w in words))
    return out


def _cased(texts: list[str] | tuple[str, ...]) -> list[str]:
    """Each text as written, shouting and in title case: the case must not matter."""
    return [v for t in texts for v in (t, t.upper(), t.title())]


def _found(rx: re.Pattern[str], text: str, pos: int) -> list[tuple[object, ...]]:
    return [
        (m.span(), m.lastgroup, *(m.span(g) for g in rx.groupindex)) for m in rx.finditer(text, pos)
    ]


def test_every_copy_is_lowered_and_ascii() -> None:
    pairs = _pairs()
    assert len(pairs) > 40
    for name, written, low in pairs:
        assert written.flags & re.I and not low.flags & re.I, name


@pytest.mark.parametrize(("name", "written", "low"), _pairs(), ids=lambda v: str(v)[:40])
def test_a_lowered_copy_finds_what_the_pattern_finds(
    name: str, written: re.Pattern[str], low: re.Pattern[str]
) -> None:
    texts = _cased(_labelled_texts()[::3]) + _cased(_random_texts(400, seed=len(name)))
    matched = 0
    for k, text in enumerate(texts):
        pos = k % 3
        lower = text.lower()
        got = _found(low, lower, pos)
        assert got == _found(written, text, pos), (name, text)
        matched += bool(got)
        assert [m.group() for m in low.finditer(lower, pos)] == [
            m.group().lower() for m in written.finditer(text, pos)
        ], (name, text)
        start = written.match(text)
        assert (start and start.span()) == ((m := low.match(lower)) and m.span()), (name, text)
    assert matched, f"{name}: no text matched, the test says nothing"


@pytest.mark.parametrize(
    ("line", "shifts"),
    [  # (the same answers on main 35155b3)
        # a clock range's "and" reads as hours only after "between", whatever its case
        ("Hours: between 8 am and 5 pm.", ["day"]),
        ("Hours: BETWEEN 8 AM AND 5 PM.", ["day"]),
        ("Hours: 8 am and 5 pm on Fridays.", []),
        ("Hours: 8 AM AND 5 PM on Fridays.", ["day"]),  # as on main: "AND" is no "and"
        ("Shifts: 7A-7P or 7p-7a.", ["day", "night"]),
        ("Schedule: Mon-Fri 8-4.", ["day"]),
        ("SCHEDULE: MON-FRI 8-4.", ["day"]),
        ("Hours 8-12 hours a week.", []),
    ],
)
def test_clock_ranges_read_in_lower_case_give_the_same_shifts(line: str, shifts: list[str]) -> None:
    """Clock ranges are found in the lower case of an ASCII sentence; the separator "and" is
    read as written (tests/matcher examples, written for this test)."""
    from matcher import extract

    assert extract(line).shifts == shifts
