"""Workplace: on site, remote or hybrid, from the workplace words (matcher._rules_workplace);
split from matcher._schedule by job in session 13."""

from __future__ import annotations

import re
from typing import Final

from matcher._benefit_terms import states_term
from matcher._lexicon_job import (
    ON_SITE_CONTRAST_RE,
    REMOTE_EMPLOYER_AFTER_RE,
    REMOTE_JOB_YES_RE,
    ROLE_ITSELF_RE,
    WORKPLACE_ELIGIBLE_BEFORE_RE,
    WORKPLACE_LATER_RE,
    WORKPLACE_MAYBE_RE,
    WORKPLACE_OTHERS_BEFORE_RE,
)
from matcher._rules import CompiledRule, lookahead
from matcher._rules_lower import lowered_if_i, sentence_lower
from matcher._rules_workplace import SECURE_ZONE_PATTERNS, SECURE_ZONE_WORDS, WORKPLACE_RULES
from matcher._sentences import Doc
from matcher._triggers import WORKPLACE

_REMOTE: Final[tuple[str, ...]] = ("remote",)


def _eligible_later(text: str, start: int) -> bool:
    """ "After 90 days you become eligible for remote work": eligibility gained later, a
    possibility like "may be approved" (README, Workplace), not the job's arrangement."""
    return (
        "eligib" in text[max(0, start - 50) : start].lower()
        and WORKPLACE_ELIGIBLE_BEFORE_RE.search(text, max(0, start - 50), start) is not None
        and WORKPLACE_LATER_RE.search(text) is not None
    )


#: The words that name an arrangement other than on site, lower case.
_ARRANGEMENT_WORDS: Final = ("hybrid", "remote", "telework", "work from home")


def _first_arrangement(text: str, start: int) -> int:
    """Where the sentence first names a hybrid or remote arrangement, at ``start`` at the latest:
    "eligible for a hybrid schedule after 6 months (3 days remote)" speaks of the later
    arrangement in its "remote" too."""
    low = text[:start].lower()
    found = [k for k in (low.find(w) for w in _ARRANGEMENT_WORDS) if k >= 0]
    return min(found, default=start)


def _apart(
    rule: CompiledRule,
) -> tuple[str, re.Pattern[str], re.Pattern[str] | None, tuple[str, ...]]:
    """The on_site rule without its secure-zone patterns, and those patterns apart (their words
    gate them): (id, regex, zone regex or None, triggers)."""
    if rule.id != "on_site":
        return rule.id, rule.regex, None, rule.triggers
    record = next(r for r in WORKPLACE_RULES if r.id == rule.id)
    rest = tuple(p for p in record.patterns if p not in SECURE_ZONE_PATTERNS)
    if len(rest) + len(SECURE_ZONE_PATTERNS) != len(record.patterns):  # checked at import
        raise ValueError("on_site: the secure-zone patterns are not all in the record")
    main = re.compile(lookahead(rest, record.flags) + "(?:" + "|".join(rest) + ")", record.flags)
    zone = re.compile("|".join(SECURE_ZONE_PATTERNS), record.flags)
    return rule.id, main, zone, rule.triggers


Workplace = tuple[
    str,
    re.Pattern[str],
    re.Pattern[str] | None,
    tuple[str, ...],
    re.Pattern[str] | None,
    re.Pattern[str] | None,
]


def _with_lowered(
    apart: tuple[str, re.Pattern[str], re.Pattern[str] | None, tuple[str, ...]],
) -> Workplace:
    """A rule with the lowered copies of its regexes (matcher._rules_lower; None for a
    case-sensitive one), which read an ASCII sentence in lower case: a re.IGNORECASE search of
    the sentence as written lowers every character it compares and gets no first-letter skip
    (about 14 us a posting of regex time, session 15)."""
    kind, rx, zone, triggers = apart
    zone_low = None if zone is None else lowered_if_i(zone)
    return kind, rx, zone, triggers, lowered_if_i(rx), zone_low


_WORKPLACE: Final = [_with_lowered(_apart(rule)) for rule in WORKPLACE]

#: A field's value alone on the line under its label ("Work from home eligible" / "No").
_NO_VALUES: Final = frozenset({"no", "n", "no.", "none"})


def _answered_below(doc: Doc, i: int, rx: re.Pattern[str]) -> re.Match[str] | None:
    """A workplace field whose value is the next line, as career sites lay out label and value
    ("Work from home eligible" / "No"; README: read as "Work from home eligible: No"): the
    label and its answer joined, searched with the not-remote words."""
    sentences = doc.sentences
    if i + 1 >= len(sentences) or sentences[i + 1].text.strip().lower() not in _NO_VALUES:
        return None
    text = sentences[i].text
    return None if len(text) > 40 else rx.search(text.rstrip(" :") + ": No")


def extract_workplace(doc: Doc) -> tuple[str, str] | None:
    hits: dict[str, str] = {}
    staff: dict[str, str] = {}  # arrangements said of the employer's staff
    contrast = False  # "..., but this role is on site" said right after the employer's
    # (narrowing them as the shifts are cost more than it saved: few sentences, few misses)
    for kind, rx, zone, triggers, rx_low, zone_low in _WORKPLACE:
        if kind in hits:
            continue
        for i in doc.with_words(triggers):
            s = doc.sentences[i]
            # an ASCII sentence is read in lower case with the lowered copies (the same
            # spans); re.I folds a few other letters onto ASCII ones ("\u017f" onto "s"):
            # other text keeps the patterns and is not gated
            low = sentence_lower(doc, i)
            m = rx.search(s.text) if low is None or rx_low is None else rx_low.search(low)
            if m is None and zone is not None:
                if low is None:
                    m = zone.search(s.text)
                elif any(w in low for w in SECURE_ZONE_WORDS):
                    m = zone.search(s.text) if zone_low is None else zone_low.search(low)
            if m is not None and s.section == "benefits" and not states_term(s.text, *m.span()):
                m = None  # under an offer heading only the job's own terms ("Onsite.")
            if m is None and kind == "not_remote":
                m = _answered_below(doc, i, rx)
            if m is None:
                continue
            if kind in ("hybrid", "remote") and (
                WORKPLACE_MAYBE_RE.search(s.text, m.end())
                or _eligible_later(s.text, m.start())
                # (only a sentence naming eligibility: most do not)
                or (
                    "ligib" in s.text
                    and _eligible_later(s.text, _first_arrangement(s.text, m.start()))
                )
            ):
                continue  # "hybrid telework may be approved after probation": a possibility
            if (
                kind in ("hybrid", "remote")
                and "our " in s.text[: m.start()].lower()
                and WORKPLACE_OTHERS_BEFORE_RE.search(s.text[: m.start()])
            ):
                # "Our coders work remotely": the department's; this job's too (a vendor's "Our
                # ROI specialists work from home" over an ROI specialist's posting) unless the
                # posting says otherwise of the role ("... but this clerk role is on-site")
                staff.setdefault(kind, s.text)
                continue
            if kind == "remote" and REMOTE_EMPLOYER_AFTER_RE.match(s.text, m.end()):
                # "a remote-first records company", "a vendor with remote coding teams": the
                # employer's; "..., but this project is on site" in the same sentence is the job's
                if ON_SITE_CONTRAST_RE.search(s.text, m.end()):
                    contrast = True
                staff.setdefault(kind, s.text)
                continue
            hits[kind] = s.text
            break
    # A negated remote ("not a remote position", "Telework eligible: No") beats the bare word,
    # but a "Remote job: Yes" field beats both telework fields, "No" and "Yes" (telework is days
    # away from an on-site job), though not the word "hybrid".
    if (
        "remote" in hits
        and ("not_remote" in hits or "hybrid" in hits)
        and "hybrid" not in hits.get("hybrid", "").lower()
        and any(REMOTE_JOB_YES_RE.search(doc.sentences[i].text) for i in doc.with_words(_REMOTE))
    ):
        return "remote", hits["remote"]
    if staff and not ({"hybrid", "remote", "not_remote"} & hits.keys()):
        # the staff's arrangement is the job's unless the posting puts the role itself on site
        # ("this clerk role is on-site"; not "training is on-site for the first week")
        on_site = hits.get("on_site")
        if on_site is None or not (contrast or ROLE_ITSELF_RE.search(on_site)):
            kind = "hybrid" if "hybrid" in staff else "remote"
            return kind, staff[kind]
    for kind in ("hybrid", "not_remote", "remote", "on_site"):
        if kind in hits:
            return ("on_site" if kind == "not_remote" else kind), hits[kind]
    return None
