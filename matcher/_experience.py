"""Years of experience a posting requires or prefers (ranges give the lower end)."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from typing import NamedTuple

from matcher._lexicon import (
    EXAMPLE_SENTENCE_RE,
    EXPERIENCE_ELIDED_RE,
    EXPERIENCE_FIELD_RE,
    EXPERIENCE_FOR_EDUCATION_RE,
    EXPERIENCE_HEAD_RE,
    EXPERIENCE_ITEM_RE,
    EXPERIENCE_PART_AFTER_RE,
    EXPERIENCE_PART_BEFORE_RE,
    EXPERIENCE_PART_LEAD_RE,
    EXPERIENCE_RE,
    EXPERIENCE_SUM_RE,
    EXPERIENCE_TAIL_RE,
    EXPERIENCE_TOTAL_RE,
    EXPERIENCE_TRIGGERS,
    NEW_GRADUATES_RE,
    NOT_EXPERIENCE_RE,
    NUMBER_WORDS,
    PREFERRED_RE,
    REQUIRED_RE,
    ROLE_WORK_RE,
    TRAINING_FOR_ONE_THING_RE,
    ZERO_EXPERIENCE_RE,
)
from matcher._paths_parts import general_and_specialized
from matcher._rules import (
    end_search,
    group_gate,
    holds_any,
    literal_gate,
    opening_letters,
)
from matcher._rules_lower import led, lowered
from matcher._sentences import Doc, mention_level, section_kind

_NOT_BARE_RE = re.compile(
    r"\b(?:degree|college|program|within|of hire|contract|assignment|commitment|age|old|"
    r"course|school|education)\b",
    re.I,
)
# "," then a new noun phrase ends the figure's clause: "two years of records experience,
# long-term care preferred" prefers the long-term care, not the two years.
# Both cuts open with the class "[,\s]" and a lookbehind says which: the engine skips to the
# class's characters in C instead of trying the alternatives everywhere (s7rule, issue 15).
_CLAUSE_CUT_RE = re.compile(
    r"[,\s](?:"
    r"(?<=,)\s(?!(?:preferred|required|desired|strongly|highly|ideally|but|is|are|a plus|plus|"
    r"must|minimum|at least|or more)\b|\()|"
    # "(medical office preferred)" qualifies the kind of work; "(Preferred)" is about the figure
    r"(?<=\s)\((?!(?:preferred|required|desired|strongly|ideally|a plus|minimum|at least)\b))",
    re.I,
)
#: A level cue right after a figure: "2 years is required", "3-5 years preferred".
_CUE_NEXT_RE = re.compile(
    r"^\W{0,3}(?:(?:is|are) )?(?:required|preferred|desired|minimum|a plus|strongly preferred)\b",
    re.I,
)
_LEVEL_NEXT_RE = re.compile(r"^\W{0,3}(?:(?:is|are) )?(?:required|preferred|desired)\b", re.I)
_RECENCY_RE = re.compile(
    r"\b(?:within (?:the )?(?:last|past|first)?|"
    r"(?:in|during|over|for) (?:the )?(?:last|past|first))\s?$",
    re.I,
)

#: A figure that narrows the one before it: "...; one year must be in a medical setting".
_PART_NEXT_RE = re.compile(
    r"^ (?:of (?:this|that|it|the experience) )?(?:must|should|has to|needs to) "
    r"(?:be|have been|include)\b",
    re.I,
)


_BARE_FIGURE_RE = re.compile(
    r"^(?:and |but |or )?(?:at least |(?:a )?minimum(?: of)? |ideally )?[\w-]+\+? "
    r"(?:years?|yrs?\.?|months?)"
    r"(?: or more)? (?:is |are )?\(?(?:preferred|required|desired|a plus|ideal|strongly "
    r"preferred)\)?\W{0,2}$",
    re.I,
)

Found = tuple[float, str]
#: Figures read per sentence ("1 year required, 2 preferred" has two; a grade table a few more).
MAX_FIGURES_PER_SENTENCE = 12
#: Words ZERO_EXPERIENCE_RE / EXPERIENCE_FOR_EDUCATION_RE cannot match without.
_ZERO_HINTS = ("no ", "not ", "none", "entry", "train", "new grad", "less than")
_SUBSTITUTE_HINTS = ("substitut", "in place", "in lieu", "accepted", "used ")
_holds_zero_hint = holds_any(_ZERO_HINTS)
_holds_substitute_hint = holds_any(_SUBSTITUTE_HINTS)


#: EXPERIENCE_RE's units over the lower-case sentence: a third of the experience sentences name
#: no unit, and scanning them was a fifth of the experience time; this pattern opens with
#: literals the engine skips to in C (h15r, issue 15).
_UNIT_GATE = group_gate(EXPERIENCE_RE, "unit")
#: The words a total ("in total", "total of") or an elided second figure ("two preferred")
#: cannot be said without: a sentence without them skips those patterns for all its figures
#: (4.8 and 9.7 searches a posting on the bench set, most of them on sentences without).
_TOTAL_GATE = literal_gate(EXPERIENCE_TOTAL_RE)
_ELIDED_GATE = literal_gate(EXPERIENCE_ELIDED_RE)
#: The letters a career-site field ("Years of experience: 3") opens with: most sentences open
#: with another one and skip the pattern.
_FIELD_FIRSTS = opening_letters(EXPERIENCE_FIELD_RE)
_Search = Callable[[str], "re.Match[str] | None"]
#: The words right after a figure, read with one match (s7rule, issue 15): no experience or a
#: part of this figure ("of age", "of which") is group "skip"; a part of the figure in the
#: sentence before ("must be in a clinic") is group "next" (only read when "skip" fails, as the
#: checks were ordered).
_AFTER_FIGURE_RE = re.compile(
    f"(?P<skip>{NOT_EXPERIENCE_RE.pattern}|{EXPERIENCE_PART_AFTER_RE.pattern})|"
    f"(?P<next>{_PART_NEXT_RE.pattern})",
    re.I,
)
#: The words before a figure, read once from their end: a recency ("within the last") or a part
#: of a total ("including", "up to") skips the figure.
_BEFORE_FIGURE_RE = re.compile(f"{_RECENCY_RE.pattern}|{EXPERIENCE_PART_BEFORE_RE.pattern}", re.I)


class _Patterns(NamedTuple):
    """The patterns a sentence is read with: as written (any text), or lowered for its lower-case
    copy when it is ASCII (matcher._rules.lowered: case-sensitive matching runs about twice as
    fast; s7rule, issue 15). Both give the same matches at the same places."""

    figure: re.Pattern[str]
    zero: re.Pattern[str]
    training_for_one_thing: re.Pattern[str]
    new_graduates: re.Pattern[str]
    item: re.Pattern[str]
    role_work: re.Pattern[str]
    field: re.Pattern[str]
    for_education: re.Pattern[str]
    after_figure: re.Pattern[str]
    elided: re.Pattern[str]
    clause_cut: re.Pattern[str]
    total: re.Pattern[str]
    tail: re.Pattern[str]
    head: re.Pattern[str]
    not_bare: re.Pattern[str]
    part_lead: re.Pattern[str]
    preferred: re.Pattern[str]
    required: re.Pattern[str]
    #: read the words before a figure up to its end ("... within the last", "up to"): started
    #: where such a match can still begin, not at each of the 80 characters
    before_figure: _Search


def _patterns(lower: bool) -> _Patterns:
    case = (lambda rx: led(lowered(rx))) if lower else (lambda rx: rx)
    return _Patterns._make(
        (
            *map(
                case,
                (
                    EXPERIENCE_RE,
                    ZERO_EXPERIENCE_RE,
                    TRAINING_FOR_ONE_THING_RE,
                    NEW_GRADUATES_RE,
                    EXPERIENCE_ITEM_RE,
                    ROLE_WORK_RE,
                    EXPERIENCE_FIELD_RE,
                    EXPERIENCE_FOR_EDUCATION_RE,
                    _AFTER_FIGURE_RE,
                    EXPERIENCE_ELIDED_RE,
                    _CLAUSE_CUT_RE,
                    EXPERIENCE_TOTAL_RE,
                    EXPERIENCE_TAIL_RE,
                    EXPERIENCE_HEAD_RE,
                    _NOT_BARE_RE,
                    EXPERIENCE_PART_LEAD_RE,
                    PREFERRED_RE,
                    REQUIRED_RE,
                ),
            ),
            end_search(case(_BEFORE_FIGURE_RE)),
        )
    )


_AS_WRITTEN = _patterns(lower=False)
_LOWERED = _patterns(lower=True)


def _figures(text: str, rx: _Patterns, ascii_low: bool) -> list[re.Match[str]]:
    """The figure pattern's first matches in a sentence (at most MAX_FIGURES_PER_SENTENCE), as
    finditer gives them; ``ascii_low``: ``text`` is the lower-case copy of an ASCII sentence
    (elsewhere re.I folds a few other letters onto ASCII ones: "\u017f" is "s")."""
    if not ascii_low or _UNIT_GATE is None:
        return list(islice(rx.figure.finditer(text), MAX_FIGURES_PER_SENTENCE))
    gate, widest = _UNIT_GATE
    found: list[re.Match[str]] = []
    pos = 0
    while len(found) < MAX_FIGURES_PER_SENTENCE:
        unit = gate.search(text, pos)
        if unit is None:
            break
        m = rx.figure.search(text, max(pos, unit.start() - widest))
        if m is None:
            break
        found.append(m)
        pos = m.end()
    return found


def _summed(text: str) -> float | None:
    """Two kinds of experience asked together, added up (EXPERIENCE_SUM_RE), unless a cue
    right after makes them a preference."""
    m = EXPERIENCE_SUM_RE.search(text)
    if m is None or PREFERRED_RE.search(text, m.end(), m.end() + 25):
        return None
    per = [12.0 if m.group(u).lower().startswith("m") else 1.0 for u in ("ua", "ub")]
    return round(_number(m.group("a")) / per[0] + _number(m.group("b")) / per[1], 2)


def _number(word: str) -> float:
    w = word.lower()
    return float(NUMBER_WORDS[w]) if w in NUMBER_WORDS else float(w)


def _zero(text: str, rx: _Patterns) -> bool:
    """ "No experience required", "will train", "training provided"; not "Epic training provided"
    or "training provided on our scheduling system" (training for one thing)."""
    for m in rx.zero.finditer(text):
        if not m.group().lower().startswith("training"):
            return True
        head = text[max(0, m.start() - 22) : m.end()]
        one_thing = rx.training_for_one_thing
        if not one_thing.search(head) and not one_thing.match(text[m.end() : m.end() + 30]):
            return True
    return False


def _follows_experience(doc: Doc, i: int) -> bool:
    """The sentence before ``i`` speaks of experience and ``i`` is only a figure and its cue."""
    text = doc.sentences[i].text
    if i == 0 or not _BARE_FIGURE_RE.match(text):
        return False
    return "experience" in doc.sentences[i - 1].text.lower()


def _years(m: re.Match[str]) -> float:
    """An EXPERIENCE_RE figure in years."""
    unit = m.group("unit").lower()
    per_year = 12.0 if unit.startswith("mo") else 52.0 if unit.startswith("week") else 1.0
    return round(_number(m.group("n")) / per_year, 2)


def _narrows(doc: Doc, i: int, years: float) -> bool:
    """Sentence ``i`` opens with a part ("one year must be in a clinic") of a larger figure of
    experience stated in the sentence before it."""
    if i == 0:
        return False
    prev = doc.sentences[i - 1].text
    if "experience" not in prev.lower():
        return False
    return any(_years(m) > years for m in islice(EXPERIENCE_RE.finditer(prev), 4))


ItemFound = tuple[float, str, bool]  # years, sentence, the role's own work


def _block_pick(items: list[ItemFound]) -> Found | None:
    """The largest figure of the role's own work in a job-board block, else the largest."""
    own = [it for it in items if it[2]]
    pool = own or items
    if not pool:
        return None
    best = max(pool, key=lambda it: it[0])
    return best[0], best[1]


def extract_experience(doc: Doc, title: str | None = None) -> tuple[Found | None, Found | None]:
    """(required years, preferred years) with their sentences; the lowest figure of each wins,
    except in a job-board block of marked areas ("Medical records: 2 years (Required)"), where
    the largest figure for the role's own work is the requirement."""
    required: Found | None = None
    preferred: Found | None = None
    zero: str | None = None
    block: dict[str, list[ItemFound]] = {"required": [], "preferred": []}
    aligned = len(doc.lower) == len(doc.text)  # else a sentence's slice of doc.lower is not its own
    for i in doc.with_words(EXPERIENCE_TRIGGERS):
        s = doc.sentences[i]
        if s.section == "benefits":
            continue
        low = doc.lower[doc.starts[i] : doc.starts[i] + len(s.text)]
        # a worked example ("Example of a combination: six months of experience plus ...")
        if ("xampl" in low[:14] or "e.g." in low[:6]) and EXAMPLE_SENTENCE_RE.match(s.text):
            continue
        # an ASCII sentence is read in lower case with the lowered patterns
        ascii_low = aligned and s.text.isascii()
        rx, text = (_LOWERED, low) if ascii_low else (_AS_WRITTEN, s.text)
        # substring tests first: the patterns run only where one of their words is present
        if zero is None and _holds_zero_hint(low) and _zero(text, rx):
            zero = s.text
        if zero is None and "grad" in low and rx.new_graduates.search(text):
            # new graduates are welcome to the experience asked, not to a program named before
            near = doc.sentences[i - 1].text.lower() if i else ""
            if "experience" in low or "experience" in near:
                zero = s.text
        if "(" in low and (item := rx.item.match(text)) is not None:
            per = 12.0 if item.group("unit").lower().startswith("mo") else 1.0
            years = round(_number(item.group("n")) / per, 2)
            own = bool(rx.role_work.search(item.group("area")))
            block[item.group("level").lower()].append((years, s.text, own))
            continue
        if (not ascii_low or _FIELD_FIRSTS is None or text[:1] in _FIELD_FIRSTS) and (
            field := rx.field.match(text)
        ) is not None:
            years = float(field.group("n"))  # "Years of experience: 3"
            if required is None or years < required[0]:
                required = (years, s.text)
            continue
        if _holds_substitute_hint(low) and rx.for_education.search(text):
            continue  # experience as an alternative to schooling is not asked of everyone
        prev_end = 0
        # a sentence names a few figures; a run of hundreds is no requirement and is not read
        found = _figures(text, rx, ascii_low)
        may_total = not ascii_low or _TOTAL_GATE is None or _TOTAL_GATE(low)
        may_elide = not ascii_low or _ELIDED_GATE is None or _ELIDED_GATE(low)
        total: Found | None = None
        last_years: float | None = None  # the figure before, when it was experience
        listed: bool | None = None  # a bare figure here may be experience (_NOT_BARE_RE)
        for k, m in enumerate(found):
            # the words after a figure reach only to the next one ("1 year required, 2 preferred")
            tail = m.group("tail")
            if k + 1 < len(found):
                tail = tail[: max(0, found[k + 1].start() - m.end("unit"))]
                close = text.find(")", found[k + 1].end()) if tail.strip() == "(" else -1
                if close > 0:  # "1 year (2 years preferred) of experience": past the aside
                    tail = text[close + 1 : close + 91]
            before = text[max(prev_end, m.start() - 80) : m.start()]
            prev_end = m.end("unit")
            after = rx.after_figure.match(tail)
            said = None if after is None else after.lastgroup
            if said == "skip" or rx.before_figure(before):
                continue
            if k == 0 and said == "next" and _narrows(doc, i, _years(m)):
                continue  # "Three years of clerical work; one year must be in a clinic."
            # "one year minimum, two preferred": the bare second figure has its own cue
            elided = rx.elided.search(tail) if may_elide else None
            # an aside holds only the figure and its cue: "(2 preferred)", not
            # "(2 preferred references)"
            if (
                elided is not None
                and elided.group().startswith("(")
                and not tail[elided.end() : elided.end() + 2].lstrip().startswith(")")
            ):
                elided = None
            if elided is not None:
                head = tail[: elided.start()]
                if elided.group().startswith("("):  # "1 year (2 preferred) of coding": the
                    close = tail.find(")", elided.end())  # figure's words go on past the aside
                    head = head.rstrip() + (tail[close + 1 :] if close >= 0 else "")
                tail = head
            if (cut := rx.clause_cut.search(tail)) is not None:
                tail = tail[: cut.start()]
            is_total = may_total and bool(
                rx.total.search(tail[:10]) or rx.total.search(before[-12:])
            )
            tied = (
                rx.tail.search(tail)
                or rx.head.search(before)
                or (is_total and "experience" in s.text.lower())
                # "Minimum 1 year experience required. 3 years preferred.": a short sentence
                # holding only a figure and its cue goes on from an experience sentence
                or (len(s.text) <= 32 and k == 0 and _follows_experience(doc, i))
                # "3-5 years' experience preferred; a minimum of 2 years is required": a figure
                # with its own cue after an experience figure of the same sentence
                or (last_years is not None and bool(_CUE_NEXT_RE.match(tail)))
                # ... or in the next clause, split off at the ";" ("a minimum of 2 years is
                # required" after an experience sentence)
                or (
                    k == 0
                    and len(s.text) <= 60
                    and bool(_CUE_NEXT_RE.match(tail))
                    and _follows_experience(doc, i)
                )
            )
            # In a qualifications list a bare figure is experience ("Preferred: 1 year coding"),
            # but "a year" / "an hour" alone is a rate ("$56,000 a year", "one Saturday a month").
            # ...so is one right after an inline heading ("...; Good to have: 1 year with Epic")
            lead = before[-30:].rstrip()
            headed = section_kind(re.split(r"[.;!?]", lead)[-1]) if lead.endswith(":") else None
            if headed not in ("required", "preferred"):
                headed = None
            unit = m.group("unit").lower()
            if unit.startswith("week") and m.group("n").lower() in ("a", "an"):
                continue  # "on-site 5 days a week": a rate, even with "experience" in reach
            if not tied:
                rate = m.group("n").lower() in ("a", "an")
                if rate or (s.section not in ("required", "preferred") and headed is None):
                    continue
                # "2 weeks of paid training", "a 13-week assignment": weeks only tied to experience
                if unit.startswith("week"):
                    continue
                if listed is None:  # the sentence's words, read once for all its figures
                    listed = not rx.not_bare.search(text)
                if not listed:
                    continue
            per_year = 12.0 if unit.startswith("mo") else 52.0 if unit.startswith("week") else 1.0
            years = round(_number(m.group("n")) / per_year, 2)
            # "three years, one of them in a hospital": a smaller figure led in right after a
            # total is a part of it (unless it carries its own cue: "..., one year preferred")
            part = (
                last_years is not None
                and years < last_years
                and len(before) <= 60
                and " or " not in before
                and rx.part_lead.search(before) is not None
                and not rx.preferred.search(tail[:30])
                and not _LEVEL_NEXT_RE.match(tail)  # "3 years preferred, 2 years required"
            )
            last_years = years
            if part:
                continue
            which = mention_level(s, before, tail, default_needs_cue=False)
            if headed == "preferred" and not rx.required.search(tail[:60]):
                which = "preferred"  # the soft heading's words are no cue mention_level reads
            figures = [(years, which)]
            if is_total:
                total = (figures[0][0], s.text)
            if elided is not None:
                n = elided.group("n") or elided.group("n_ideal")
                cue = "required" if elided.group("req") else "preferred"
                figures.append((round(_number(n) / per_year, 2), cue))
            for years, level in figures:
                if level == "preferred":
                    if preferred is None or years < preferred[0]:
                        preferred = (years, s.text)
                elif required is None or years < required[0]:
                    required = (years, s.text)
        if total is not None and required is not None and required[1] == s.text:
            required = total  # "six months general and six months specialized, one year in total"
        elif (
            total is None
            and required is not None
            and required[1] == s.text
            and "general" in low
            and (pair := general_and_specialized(s.text)) is not None
        ):
            required = (pair[0], s.text)  # "six months general and six months specialized"
        elif (
            total is None
            and required is not None
            and required[1] == s.text
            and len(found) > 1
            and (both := _summed(s.text)) is not None
        ):
            required = (max(both, required[0]), s.text)  # "1 year clerical and 1 year records"
    # a job board's block of marked areas is the employer's own list: it wins where it speaks
    required = _block_pick(block["required"]) or required
    preferred = _block_pick(block["preferred"]) or preferred
    if required is None and zero is None and title and ZERO_EXPERIENCE_RE.search(title):
        zero = title
    if required is None and zero is not None:
        required = (0.0, zero)
    return required, preferred
