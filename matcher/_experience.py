"""Years of experience a posting requires or prefers (ranges give the lower end); what the words
around a figure say about it is read in matcher._experience_context."""

from __future__ import annotations

import re
from typing import Final

from matcher._experience_context import (
    CLASSES_RE,
    CLASSES_WITHIN,
    VESTING_RE,
    VESTING_WITHIN,
    figure_years,
    follows_experience,
    narrows,
    says_zero,
)
from matcher._experience_levels import another_level_asks_none
from matcher._experience_patterns import (
    _AS_WRITTEN,
    _CUE_NEXT_RE,
    _ELIDED_GATE,
    _FIELD_FIRSTS,
    _HEAD_GATE,
    _LEVEL_NEXT_RE,
    _LOWERED,
    _RECENCY_RE,
    _TOTAL_GATE,
    CONDITIONAL_ROUTE_RE,
    EXPERIENCE_AS_ROUTE_RE,
    TIED_WORD,
    _holds_substitute_hint,
    _holds_zero_hint,
    credential_route,
    first_unit,
    may_route,
    number,
    read_figures,
    summed,
)
from matcher._levels import mention_level
from matcher._lexicon import EXPERIENCE_TRIGGERS
from matcher._lexicon_not_experience import (
    EXAMPLE_SENTENCE_RE,
    EXAMPLE_WITHIN,
    TERM_AFTER_RE,
    ZERO_EXPERIENCE_RE,
)
from matcher._paths_lieu import lacks_schooling
from matcher._paths_parts import general_and_specialized
from matcher._sentences import Doc, section_kind

Found = tuple[float, str]
#: What joins the two ends of a range written with a unit each ("6 months - 1 year").
_RANGE_JOINS: Final = frozenset(("to", "-", "–", "—"))
#: A unit left singular after a figure above one makes the two a compound adjective ("a 2 month
#: project"), as a hyphen does: what follows is what they measure.
_SINGULAR_UNITS: Final = frozenset(("year", "month", "week"))
#: The words of a window the next figure closes ("within the last 3 years", "in the past 4"):
#: the words after that figure are still this one's.
_WINDOW: Final[tuple[str, ...]] = ("within", "last", "past")
#: A preference that closes the figure's own long phrase, past mention_level's reach: "1 year in
#: a hospital HIM department or physician office medical records preferred", and in brackets or
#: after a comma: "... medical records experience (preferred)", "..., desired" (session 18). One
#: phrase only: no clause between ("..., Epic preferred", "... and familiarity with Epic
#: preferred").
_LATE_CUE_RE: Final = re.compile(
    r"[^,;.:()]{50,110}?(?:\s|\s?\(|,\s)(?:is |are )?(?:preferred|desired|(?:is )?a plus)\b", re.I
)
#: Words that end the figure's phrase (another clause), and words of a requirement already said.
_LATE_CUE_CLAUSES: Final = (" and ", " with ", " but ")
_LATE_CUE_ASKED: Final = ("requir", "must", "minimum", " plus ")
#: Where a heading's sentence starts, compiled once: re.split with a pattern string runs the re
#: module's Python code (its cache look-up) on every call, even in the compiled build.
_SENTENCE_END_RE: Final = re.compile(r"[.;!?]")


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
        head = low[:EXAMPLE_WITHIN]
        if ("xampl" in head or "e.g." in head) and EXAMPLE_SENTENCE_RE.match(s.text):
            continue
        # an ASCII sentence is read in lower case with the lowered patterns
        ascii_low = aligned and s.text.isascii()
        rx, text = (_LOWERED, low) if ascii_low else (_AS_WRITTEN, s.text)
        # substring tests first: the patterns run only where one of their words is present
        if zero is None and _holds_zero_hint(low) and says_zero(text, rx):
            zero = s.text
        if zero is None and "grad" in low and rx.new_graduates.search(text):
            # new graduates are welcome to the experience asked, not to a program named before
            near = doc.sentences[i - 1].text.lower() if i else ""
            if "experience" in low or "experience" in near:
                zero = s.text
        # a job-board item, a career-site field and a figure all name a unit: an ASCII sentence
        # naming none is done here (a third of them; the unit is read once)
        first = first_unit(low) if ascii_low else None
        if first == -1:
            continue
        if "(" in low and (item := rx.item.match(text)) is not None:
            if rx.not_bare.search(item.group("area")):
                continue  # a period of something else: "Contract length - 6 months (Required)"
            per = 12.0 if item.group("unit").lower().startswith("mo") else 1.0
            years = round(number(item.group("n")) / per, 2)
            own = bool(rx.role_work.search(item.group("area")))
            # ("(req)", "(pref'd)": a job board's abbreviations, session 18)
            marked = "required" if item.group("level")[:3].lower() == "req" else "preferred"
            block[marked].append((years, s.text, own))
            continue
        if (not ascii_low or _FIELD_FIRSTS is None or text[:1] in _FIELD_FIRSTS) and (
            field := rx.field.match(text)
        ) is not None:
            years = float(field.group("n"))  # "Years of experience: 3"
            if required is None or years < required[0]:
                required = (years, s.text)
            continue
        # a sentence names a few figures; a run of hundreds is no requirement and is not read
        found = read_figures(text, rx, first)
        # without a figure nothing below applies: the sentence's last checks need this
        # sentence's own figure (an earlier one of the same text would have found it too)
        if not found:
            continue
        routed = may_route(low)  # a credential's route may be stated (its words; most: no)
        if _holds_substitute_hint(low) and (
            rx.for_education.search(text)
            or EXPERIENCE_AS_ROUTE_RE.search(s.text)
            # (the lower-case slice is the sentence's own only when aligned)
            or (("also accepted" in low or not aligned) and CONDITIONAL_ROUTE_RE.search(s.text))
        ):
            continue  # experience as an alternative to schooling (or a credential) is not
            # asked of everyone
        if lacks_schooling(text, low, found[0].start()):
            continue  # ... nor is the figure of those without the schooling
        prev_end = 0
        may_total = not ascii_low or _TOTAL_GATE is None or _TOTAL_GATE(low)
        may_elide = not ascii_low or _ELIDED_GATE is None or _ELIDED_GATE(low)
        total: Found | None = None
        last_years: float | None = None  # the figure before, when it was experience
        listed: bool | None = None  # a bare figure here may be experience (_NOT_BARE_RE)
        for k, m in enumerate(found):
            # the words after a figure reach only to the next one ("1 year required, 2 preferred")
            tail = m.group("tail")
            if k + 1 < len(found) and not (
                # "one year of recent (within the last 3 years) coding experience": the next
                # figure only says how recent; the words after it are still this one's
                # (or "in the last 5 years in a hospital coding role", s17probe2)
                any(w in (between := text[m.end("unit") : found[k + 1].start()]) for w in _WINDOW)
                and _RECENCY_RE.search(between)
            ):
                tail = tail[: max(0, found[k + 1].start() - m.end("unit"))]
                joint = tail.strip().lower()
                close = text.find(")", found[k + 1].end()) if joint == "(" else -1
                if close > 0:  # "1 year (2 years preferred) of experience": past the aside
                    tail = text[close + 1 : close + 91]
                elif joint in _RANGE_JOINS:
                    # "six months to one year of ... experience": a range across two units
                    # shares the words after its upper end (the lower end is the figure)
                    nxt = found[k + 1]
                    tail = nxt.group("tail")
                    if k + 2 < len(found):
                        tail = tail[: max(0, found[k + 2].start() - nxt.end("unit"))]
            before = text[max(prev_end, m.start() - 80) : m.start()]
            prev_end = m.end("unit")
            after = rx.after_figure.match(tail)
            said = None if after is None else after.lastgroup
            if said == "skip" or rx.before_figure(before):
                continue
            if routed and credential_route(s.text, low, m.start(), m.end("unit")):
                continue  # one route's years: in place of a credential, or without one
            if (
                text.startswith("-", m.end("n"))
                or (
                    m.group("unit").lower() in _SINGULAR_UNITS
                    and m.group("n").lower() not in ("1", "one", "a", "an")
                )
            ) and TERM_AFTER_RE.match(text, m.end("unit")):
                continue  # "a 12-week coding academy": the programme's length
            if "vest" in tail[:VESTING_WITHIN] and VESTING_RE.match(tail):
                continue  # a benefit's term: "a pension plan with five-year vesting"
            if ("class" in tail[:CLASSES_WITHIN] or "course" in tail[:CLASSES_WITHIN]) and (
                CLASSES_RE.match(tail)
            ):
                continue  # schooling: "two years of coding courses"
            if k == 0 and said == "next" and narrows(doc, i, figure_years(m)):
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
                (TIED_WORD is not None and TIED_WORD in tail)
                or rx.tail.search(tail)
                or (
                    (not ascii_low or _HEAD_GATE is None or _HEAD_GATE(before))
                    and rx.head.search(before)
                )
                or (is_total and "experience" in s.text.lower())
                # "Minimum 1 year experience required. 3 years preferred.": a short sentence
                # holding only a figure and its cue goes on from an experience sentence
                or (len(s.text) <= 32 and k == 0 and follows_experience(doc, i))
                # "3-5 years' experience preferred; a minimum of 2 years is required": a figure
                # with its own cue after an experience figure of the same sentence
                or (last_years is not None and bool(_CUE_NEXT_RE.match(tail)))
                # ... or in the next clause, split off at the ";" ("a minimum of 2 years is
                # required" after an experience sentence)
                or (
                    k == 0
                    and len(s.text) <= 60
                    and bool(_CUE_NEXT_RE.match(tail))
                    and follows_experience(doc, i)
                )
            )
            # In a qualifications list a bare figure is experience ("Preferred: 1 year coding"),
            # but "a year" / "an hour" alone is a rate ("$56,000 a year", "one Saturday a month").
            # ...so is one right after an inline heading ("...; Good to have: 1 year with Epic")
            lead = before[-30:].rstrip()
            headed = section_kind(_SENTENCE_END_RE.split(lead)[-1]) if lead.endswith(":") else None
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
            years = figure_years(m)
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
            if (
                which == "required"
                and len(tail) > 60
                and tail == m.group("tail")  # no later figure or clause cut it short
                and (late := _LATE_CUE_RE.match(text, m.end("unit"), m.end("unit") + 130))
                is not None
                and not any(w in late.group().lower() for w in _LATE_CUE_CLAUSES + _LATE_CUE_ASKED)
                and not any(w in before[-40:].lower() for w in _LATE_CUE_ASKED)
            ):
                which = "preferred"
            if headed == "preferred" and not rx.required.search(tail[:60]):
                which = "preferred"  # the soft heading's words are no cue mention_level reads
            figures = [(years, which)]
            if is_total:
                total = (figures[0][0], s.text)
            if elided is not None:
                n = elided.group("n") or elided.group("n_ideal")
                cue = "required" if elided.group("req") else "preferred"
                figures.append((round(number(n) / per_year, 2), cue))
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
            and (both := summed(s.text)) is not None
        ):
            required = (max(both, required[0]), s.text)  # "1 year clerical and 1 year records"
    # a job board's block of marked areas is the employer's own list: it wins where it speaks
    required = _block_pick(block["required"]) or required
    preferred = _block_pick(block["preferred"]) or preferred
    if required is None and zero is None and title and ZERO_EXPERIENCE_RE.search(title):
        zero = title
    if required is None and zero is not None:
        required = (0.0, zero)
    if required and required[0] and another_level_asks_none(doc, required[1], extract_experience):
        required = None  # "Clerk I: ... No experience required." / "Clerk II: ... two years"
    return required, preferred
