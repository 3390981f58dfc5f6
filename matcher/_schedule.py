"""Shifts, from words and from clock hours and day spans (employment types: matcher._employment;
workplace: matcher._workplace)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Final

from matcher._benefit_terms import states_term
from matcher._lexicon_job import (
    CLAUSE_BREAK_RE,
    CLOCK_RE,
    CLOCK_SEPARATORS,
    DAY_INDEX,
    DAY_SPAN_RE,
    DAY_STEMS,
    ROTATING_COVERAGE_RE,
    SHIFT_ADD_ON_BEFORE_RE,
    SHIFT_AFTER_NEGATION_RE,
    SHIFT_NEGATION_RE,
    WEEKEND_DAY_WORDS,
)
from matcher._need import narrowed
from matcher._rules import literal_gate
from matcher._rules_lower import lowered, sentence_lower
from matcher._rules_shift import (
    DAY_COUNT_BEFORE_RE,
    DIFF_LIST_AFTER_RE,
    DIFF_LIST_BEFORE_RE,
    SHIFT_RULES,
)
from matcher._sentences import Doc
from matcher._shift_teams import event_time, not_this_role, other_teams
from matcher._triggers import SHIFTS

_SHIFTS: Final = narrowed(SHIFT_RULES, SHIFTS)

_SCHEDULE_WORDS_RE: Final = re.compile(
    # any weekday names a schedule ("Tues/Thurs 8-4"); "sat" and "sun" alone are other words
    r"\b(?:shifts?|hours|schedule|time|[ECMP][SD]?T|mon(?:day)?|fri(?:day)?|M-F|tues?(?:days?)?|"
    r"wed(?:nesdays?)?|thu(?:rs?)?(?:days?)?|saturdays?|sundays?)\b",
    re.I,
)
# Starts with a character class, so the regex engine skips to digits in C before trying more.
_CLOCK_HINT_RE: Final = re.compile(r"\d[\d:]{0,4} ?(?:[ap]\.?m?\b|[-–—]|to\b|until\b)", re.I)
#: A window of the day, not a shift, before long clock hours: "any 8 hours between 8am and 8pm",
#: "flexible hours within 7:30a-8p", "lines are open 8a-8p", "available 8am-8pm".
_WINDOW_BEFORE_RE: Final = re.compile(
    r"\b(?:between|within|any|anytime|flexible|flex|window|open|available|staffed|answered)\b"
    r"[^.;]{0,30}$",
    re.I,
)
#: A unit after a bare range makes it a count, not clock hours: "Mon-Fri, 8-12 hours a week".
_BARE_COUNT_AFTER_RE: Final = re.compile(
    r"\s?(?:hours?|hrs?|weeks?|wks?|days?|months?|mos?|years?|yrs?|patients|charts|people)\b",
    re.I,
)
#: An identifier's label right before a four-digit range: "Job ID 2026-0418", "Requisition
#: #2215-0630", "Posting No. 1830-0715".
_ID_BEFORE_RE: Final = re.compile(
    r"\b(?:ID|Id|id|Req(?:uisition)?|REQ|Ref(?:erence)?|Number|No\.?|#)\s?[:#.]?\s?#?$"
)
_DIFFERENTIAL_RE: Final = re.compile(r"\bdifferential|\bdiffs?\b|\bpremium\b|\bincentive\b", re.I)


def _gate(rx: re.Pattern[str]) -> Callable[[str], bool]:
    """matcher._rules.literal_gate of a pattern that has literal words (checked at import)."""
    gate = literal_gate(rx)
    if gate is None:
        raise ValueError(f"no literal words in {rx.pattern!r}")
    return gate


#: Whether a lower-case ASCII text may hold a match (the words every match holds, derived from
#: the patterns): an "in" test instead of a scan where the pattern (opening with "\b") is tried
#: at every character; most shift words and clock ranges have none of them near.
_MAY_NAME_DIFFERENTIAL: Final = _gate(_DIFFERENTIAL_RE)
_MAY_NEGATE_BEFORE: Final = _gate(SHIFT_NEGATION_RE)
_MAY_NEGATE_AFTER: Final = _gate(SHIFT_AFTER_NEGATION_RE)

Found = tuple[list[str], str]


def _hour(h: str, m: str | None, ap: str | None) -> float:
    value = int(h) % 24 + (int(m) / 60 if m else 0)
    if ap and ap[0].lower() == "p" and value < 12:
        value += 12
    if ap and ap[0].lower() == "a" and value >= 12:
        value -= 12
    return value


def _in_differential(text: str, start: int, end: int) -> bool:
    """(Called only for a sentence that names one.) The clause around text[start:end] names a
    differential or premium ("$2 night
    differential", "shift diff for nights"): the shift is an add-on's, not the job's. Only the
    clause: a joined line ("Shift: Evenings, every other weekend Pay: ..., differential
    eligible") keeps its shifts."""
    lo = max((b.end() for b in CLAUSE_BREAK_RE.finditer(text, 0, start)), default=0)
    hi = CLAUSE_BREAK_RE.search(text, end)
    if _DIFFERENTIAL_RE.search(text, lo, len(text) if hi is None else hi.start()) is not None:
        return True
    # a list of them: "Shift differentials: evenings $1.50, nights $2.25, weekends $1.00",
    # "differentials for evening, night and weekend shifts", "Evening/Night Differential: $2"
    return (
        DIFF_LIST_AFTER_RE.match(text, end) is not None
        or DIFF_LIST_BEFORE_RE.search(text, max(0, start - 160), start) is not None
    )


def _names_differential(text: str, known: dict[str, bool]) -> bool:
    """Whether a sentence names a differential anywhere, read once per sentence and only for one
    with a candidate shift: searched up front for every sentence with a shift word or a clock
    hint it cost ~30 us a posting (a pattern with no literal prefix tries every character), and
    most of those sentences name no shift at all."""
    found = known.get(text)
    if found is None:
        # re.I folds a few non-ASCII letters onto ASCII ones: only ASCII text is gated
        gated = text.isascii() and not _MAY_NAME_DIFFERENTIAL(text.lower())
        found = known[text] = not gated and _DIFFERENTIAL_RE.search(text) is not None
    return found


def _clock_shifts(text: str, clocks: list[re.Match[str]], known: dict[str, bool]) -> list[str]:
    """Every shift the clock ranges of a sentence (``clocks``, CLOCK_RE's matches) name
    ("6a-2:30p or 2:30p-11p": day, evening)."""
    out: list[str] = []
    words: list[bool] = []  # whether the sentence talks about a schedule, read once
    for m in clocks:
        if _names_differential(text, known) and _in_differential(text, m.start(), m.end()):
            continue
        kind = _clock_shift(m, text, words)
        if kind is not None and kind not in out:
            out.append(kind)
    return out


def _clock_shift(m: re.Match[str], text: str, words: list[bool]) -> str | None:
    # (m may be a match in the lower case: the separator as written)
    if (
        text[m.start("sep") : m.end("sep")] == "and"
        and "between" not in text[max(0, m.start() - 12) : m.start()]
    ):
        return None  # "8 and 5" only reads as hours in "between 8 am and 5 pm"
    h1, h2 = int(m.group("h1")), int(m.group("h2"))
    ap1, ap2 = m.group("ap1"), m.group("ap2")
    m1, m2 = m.group("m1"), m.group("m2")
    if h1 > 24 or h2 > 24 or (m1 and int(m1) > 59) or (m2 and int(m2) > 59):
        return None
    if text[max(0, m.start() - 1) : m.start()] in ("$", ".", ","):
        return None
    four_digit = bool(m1 and m2 and len(m.group("h1")) == 2 and len(m.group("h2")) == 2)
    colon = ":" in m.group()
    if four_digit and not colon and _ID_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()):
        return None  # "Job ID 2026-0418", "Req # 2215-0630": a number, not 20:26-04:18
    if not (ap1 or ap2 or colon or four_digit):
        # bare hours: a morning start and an end from noon to six ("8-4", "9-3", "8-2", "10-2",
        # "8-12"); a count after them is no clock ("8-12 hours a week", "6-10 weeks")
        if not (6 <= h1 <= 10 and (h2 == 12 or 1 <= h2 <= 6)) or _BARE_COUNT_AFTER_RE.match(
            text, m.end()
        ):
            return None
        if not words:
            words.append(bool(_SCHEDULE_WORDS_RE.search(text)))
        if not words[0]:
            return None
        ap1, ap2 = "a", "p"
    if not ap1 and ap2:
        same = h1 % 12 <= h2 % 12
        ap1 = ap2 if same else ("a" if ap2[0].lower() == "p" else "p")
    if not ap2 and ap1 and not four_digit:
        ap2 = ap1 if h2 % 12 > h1 % 12 else ("p" if ap1[0].lower() == "a" else "a")
    if not ap1 and not ap2 and not four_digit and h1 <= 12 and h2 <= 12:
        ap1, ap2 = "a", "p"
    s, e = _hour(m.group("h1"), m1, ap1), _hour(m.group("h2"), m2, ap2)
    if e <= s:  # overnight
        return "evening" if 13 <= s < 18 and e <= 2 else "night"
    if 4 <= s < 12:
        # a 12-hour day ("7a-7p", "8a-8:30p": twelve hours and a half-hour meal at most) is a
        # day shift; a longer span past 7:30 pm is opening hours ("Clinic hours 7am-9pm")
        # (not a window hours are picked in or a service is open: "any 8 hours between 8am
        # and 8pm", "phones open 8a-8p")
        if e <= 19.5:
            return "day"
        twelve = e <= 20.5 and e - s <= 12.5
        return "day" if twelve and not _WINDOW_BEFORE_RE.search(text, 0, m.start()) else None
    if 12 <= s < 18:
        return "evening" if e >= 20 else "day"
    if s < 4:
        return "night"
    return "evening"


def _shift_word(text: str, m: re.Match[str], known: dict[str, bool], following: str = "") -> bool:
    """A shift word the job works: not negated ("no weekends", "nights not required"), not an
    add-on's ("+$2 nights", "night differential"); ``following``: the next sentence."""
    start, end = m.start(), m.end()
    before, after = text[max(0, start - 30) : start], text[end : end + 24]
    ascii_ = text.isascii()  # re.I folds a few non-ASCII letters onto ASCII ones: no gate
    if (not ascii_ or _MAY_NEGATE_BEFORE(before.lower())) and SHIFT_NEGATION_RE.search(before):
        return False
    if (not ascii_ or _MAY_NEGATE_AFTER(after.lower())) and SHIFT_AFTER_NEGATION_RE.match(after):
        return False
    if SHIFT_ADD_ON_BEFORE_RE.search(before):
        return False
    if m.group()[:3].lower() == "day" and DAY_COUNT_BEFORE_RE.search(before):
        return False  # "the first 60 days, then hybrid": a length of time
    if ("eams" in text or "rews" in text or "EAMS" in text or "REWS" in text or not ascii_) and (
        other_teams(text, start, end)
    ):
        return False  # "Our hospital runs day, evening and night teams": the department's
    if not_this_role(text, end, following) or event_time(text, start, end):
        return False  # "Our lab runs night shifts; this role does not", "on Friday night"
    return not (_names_differential(text, known) and _in_differential(text, start, end))


#: The separators an ASCII text can hold ("–" and "—" are not ASCII).
_ASCII_SEPARATORS: Final = tuple(sep for sep in CLOCK_SEPARATORS if sep.isascii())


#: A separator, a space at most, and a digit: what every CLOCK_RE match holds (lower case).
_RANGE_HINT_RE: Final = re.compile("(?:" + "|".join(map(re.escape, _ASCII_SEPARATORS)) + ") ?[0-9]")


#: CLOCK_RE and _CLOCK_HINT_RE for the lower case of ASCII text (matcher._rules_lower): re.I on
#: the text as written lowered every character the clock pattern compared (~7 us a posting).
_CLOCK_LOW: Final = lowered(CLOCK_RE)
_CLOCK_HINT_LOW: Final = lowered(_CLOCK_HINT_RE)


def _may_hold_range(text: str) -> bool:
    """Whether a sentence may hold a CLOCK_RE match: every one holds a separator and then, after
    a space at most, the second hour's digit ("7p-7a", "8 am to 5 pm"). Searched in the lower
    case of ASCII text with a case-sensitive pattern (the engine skips to the separators' first
    characters): CLOCK_RE tried at each digit cost ~25,000 instructions a sentence with figures
    (cachegrind), a str.find loop per separator ~8,000, this ~5,600; 5 of a posting's 17
    sentences with figures pass it. Other text (re.I folds a few letters, \\d takes other
    digits): True."""
    return not text.isascii() or _RANGE_HINT_RE.search(text.lower()) is not None


_DAY_SPAN_LOW: Final = lowered(DAY_SPAN_RE)


def _day_spans(text: str) -> Iterator[re.Match[str]]:
    """DAY_SPAN_RE's matches in ``text`` (in its lower case when ASCII): every match starts with a
    day's first three letters, so on ASCII text the pattern is matched only where str.find sees
    one (a search tried "\\b" and the days at every character of sentences holding "month")."""
    if not text.isascii():
        yield from DAY_SPAN_RE.finditer(text)
        return
    low = text.lower()
    if sum(map(low.count, DAY_STEMS)) < 2:
        return  # a span names two days ("month" alone is no span): no position to try
    starts = sorted(pos for stem in DAY_STEMS for pos in _positions(low, stem))
    end = 0
    for pos in starts:
        # "\b" before the day: "common", "Samsung" need no match attempt (ASCII: \w is [a-z0-9_])
        if pos < end or (pos and (low[pos - 1].isalnum() or low[pos - 1] == "_")):
            continue
        m = _DAY_SPAN_LOW.match(low, pos)  # (groups in the lower case: _weekend_span lowers)
        if m is not None:
            yield m
            end = m.end()


def _positions(low: str, word: str) -> Iterator[int]:
    pos = low.find(word)
    while pos >= 0:
        yield pos
        pos = low.find(word, pos + 1)


def _weekend_span(m: re.Match[str]) -> bool:
    """A day range or pair that takes in Saturday or Sunday (a wrapped range, "Thu-Mon", too)."""
    a, b = (DAY_INDEX[m.group(g)[:3].lower()] for g in ("a", "b"))
    return max(a, b) >= 5 or a > b


def extract_shifts(doc: Doc) -> Found | None:
    """Shifts from words ("nights", "every other weekend") and from clock hours ("7p-7a")."""
    hits: list[tuple[int, str]] = []
    skip: dict[int, bool] = {}
    known: dict[str, bool] = {}  # sentence -> whether it names a differential

    def offer(i: int) -> bool:
        """Whether the sentence sits under an offer heading, where only the job's own terms
        count ("Schedule 8am-4:30pm", matcher._benefit_terms), not a perk naming a shift."""
        if i not in skip:
            skip[i] = doc.sentences[i].section == "benefits"
        return skip[i]

    def usable(i: int, m: re.Match[str]) -> bool:
        return not offer(i) or states_term(doc.sentences[i].text, m.start(), m.end())

    for kind, alts, triggers in _SHIFTS:
        for i in doc.with_words(triggers):
            text = doc.sentences[i].text
            found = alts.search_in(text)
            if found is None:
                continue
            if kind == "rotating" and ROTATING_COVERAGE_RE.search(text):
                continue
            rx, hay = found  # the same spans in hay (the lower case) as in text
            following = doc.sentences[i + 1].text if i + 1 < len(doc.sentences) else ""
            if any(
                usable(i, m) and _shift_word(text, m, known, following) for m in rx.finditer(hay)
            ):
                hits.append((i, kind))
                break
    if not any(k == "weekend" for _, k in hits):
        for i in doc.with_words(WEEKEND_DAY_WORDS):
            text = doc.sentences[i].text
            if any(
                usable(i, m)
                and _weekend_span(m)
                and not (
                    _names_differential(text, known) and _in_differential(text, m.start(), m.end())
                )
                # the days the job is not worked: "Days off: Sat and Sun", "off every Sunday"
                and not SHIFT_NEGATION_RE.search(text, max(0, m.start() - 30), m.start())
                for m in _day_spans(text)
            ):
                hits.append((i, "weekend"))
                break
    # every clock range and hint holds a digit: only sentences with one are searched
    # (Doc.with_digits); the ranges first (the pattern skips to digits in C), the hint only in
    # the few sentences holding a range (every sentence holding a hint: twice the searches)
    for i in doc.with_digits():
        text = doc.sentences[i].text
        # an ASCII sentence is read in lower case with the lowered copies (the same spans and
        # groups, in the lower case: _clock_shift reads the separator as written)
        low = sentence_lower(doc, i)
        if low is None:
            clocks = list(CLOCK_RE.finditer(text)) if _may_hold_range(text) else []
            if not clocks or not _CLOCK_HINT_RE.search(text):
                continue
        else:
            clocks = list(_CLOCK_LOW.finditer(low)) if _RANGE_HINT_RE.search(low) else []
            if not clocks or not _CLOCK_HINT_LOW.search(low):
                continue
        if offer(i):
            clocks = [c for c in clocks if usable(i, c)]
        for clock in _clock_shifts(text, clocks, known):
            if clock not in [k for _, k in hits]:
                hits.append((i, clock))
    if not hits:
        return None
    hits.sort()
    return [kind for _, kind in hits], doc.sentences[hits[0][0]].text
