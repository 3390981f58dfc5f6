"""Certification requirements: each sentence's any-of groups (matcher._cert_groups) with their
level and deadline (names: matcher._cert_names; across sentences: matcher._cert_lists; routes:
matcher._cert_routes)."""

from __future__ import annotations

import re
from typing import Final

from matcher._cert_groups import AND_RE, group_mentions, is_and, mentions
from matcher._cert_lists import Group, across_sentences
from matcher._cert_names import (
    may_hold_dotted,
    undot,
)
from matcher._cert_routes import Found
from matcher._cert_scan import cert_sentences
from matcher._cert_terms import (
    months_of,
    next_deadline,
    replaced_by_experience,
)
from matcher._cue_gate import CueGate
from matcher._levels import mention_level
from matcher._lexicon import CERT_OFF_SCOPE_RE, NEGATION_RE, PREFERRED_RE
from matcher._lexicon_certs import (
    CERT_ACCEPTED_FIRST_RE,
    CERT_ALSO_ACCEPTED_AFTER_RE,
    CERT_ALSO_ACCEPTED_BEFORE_RE,
    CERT_LATER_STEP_RE,
    CERT_LEVEL_CLOSES_RE,
    CERT_LEVEL_MARK_RE,
    CERT_NEGATED_BEFORE_RE,
    CERT_OTHER_MEANING,
    CERT_OTHER_MEANING_BEFORE,
    CERT_REFUSED_AFTER_RE,
    CERT_REPLACED_BEFORE_RE,
    CERT_SCHOOLING_AFTER_RE,
    CERT_WELCOME_AFTER_RE,
    ELIGIBILITY_TERM_RE,
    ELIGIBLE_AFTER_RE,
    ELIGIBLE_ALTERNATIVE_RE,
    ELIGIBLE_BEFORE_RE,
    ELIGIBLE_OR_HOLD_RE,
    HOLDERS_STEP_RE,
    REQUIREMENTS_LABEL_RE,
    WITHIN_RE,
)
from matcher._lexicon_codes import ISSUER_AFTER_RE
from matcher._rules_lower import lowered, match_lowered, search_lowered
from matcher._rules_scope import LACKING
from matcher._sentences import Doc
from schemas.vocab import CREDENTIALS

#: Each code's issuing body: an accepted credential meets a requirement of its own body only.
_BODIES: Final = {c.code: c.body for c in CREDENTIALS}
_NO_END_RE: Final = re.compile(r"\bno\s$", re.I)  # "No RHIT needed"
#: "Applicants without the CPC must have four years of coding": those who lack it, the code
#: right after the words (matcher._rules_scope.LACKING_RULE; the experience reader has the same
#: words before a credential and a figure).
_WITHOUT_END_RE: Final = re.compile(
    LACKING + r" (?:an? |the |any |their |your )?(?:(?:active|current|valid) )?$", re.I
)
#: ... and turned away: "Applicants without RHIT will not be considered" asks for it.
_NOT_CONSIDERED_RE: Final = re.compile(
    r"^[^.;]{0,40}?\b(?:(?:will|would|shall|can|could|may)(?: not|n't) be (?:considered|"
    r"reviewed|interviewed|eligible|accepted|hired|selected)|(?:need not|should not|do not|"
    r"don't|must not) apply|(?:are|is) (?:not eligible|ineligible|disqualified|screened out)"
    # (not "... are not eligible for the Level II rate": a pay step)
    r"(?= ?(?:$|[.;,)]| to apply\b| for (?:this|the) (?:position|role|job|opening)\b)))",
    re.I,
)
#: Lowered copies (matcher._rules_lower) of the context patterns read most, for the lower case
#: of an ASCII slice: re.I on the slices as written cost ~9 us a posting (session 15).
_OFF_SCOPE_LOW: Final = lowered(CERT_OFF_SCOPE_RE)
_LEVEL_MARK_LOW: Final = lowered(CERT_LEVEL_MARK_RE)
_LEVEL_CLOSES_LOW: Final = lowered(CERT_LEVEL_CLOSES_RE)
_LABEL_LOW: Final = lowered(REQUIREMENTS_LABEL_RE)
_OBTAIN_RE: Final = re.compile(r"\b(?:obtain|earn|achieve|acquire|pass|complete|become)\w*", re.I)


#: The patterns read around each group, run on a sentence only when it holds their words.
_CONTEXT_PATTERNS: Final[dict[str, re.Pattern[str]]] = {
    "and": AND_RE,
    "schooling": CERT_SCHOOLING_AFTER_RE,
    "level_mark": CERT_LEVEL_MARK_RE,
    "within": WITHIN_RE,
    "eligible_after": ELIGIBLE_AFTER_RE,
    "eligible_before": ELIGIBLE_BEFORE_RE,
    "eligible_or_hold": ELIGIBLE_OR_HOLD_RE,
    "label": REQUIREMENTS_LABEL_RE,
    "off_scope": CERT_OFF_SCOPE_RE,
    "negation": NEGATION_RE,
    "no_end": _NO_END_RE,
    "without_end": _WITHOUT_END_RE,
    "refused": CERT_REFUSED_AFTER_RE,
    "negated_before": CERT_NEGATED_BEFORE_RE,
    "also_accepted": CERT_ALSO_ACCEPTED_AFTER_RE,
    "replaced": CERT_REPLACED_BEFORE_RE,
    "obtain": _OBTAIN_RE,
    "later": CERT_LATER_STEP_RE,
    "eligible_alternative": ELIGIBLE_ALTERNATIVE_RE,
    "holders_step": HOLDERS_STEP_RE,
    "accepted_before": CERT_ALSO_ACCEPTED_BEFORE_RE,
}
_CONTEXT: Final = CueGate(_CONTEXT_PATTERNS)


def _holders_step(text: str) -> set[int]:
    """Where the codes of a step for some holders only start: the held code and the one they
    must earn ("Coders hired with the CCA must earn the CCS within 18 months")."""
    starts: set[int] = set()
    for m in HOLDERS_STEP_RE.finditer(text):
        held = next(g for g in ("held", "held_first", "held_one", "held_list") if m.group(g))
        starts.add(m.start(held))
        starts.add(m.end())
    return starts


def extract_certifications(doc: Doc) -> list[Group]:
    """Any-of groups with level and deadline; eligible / negated / off-scope mentions dropped."""
    found: list[Found] = []
    accepted: int | None = None  # the index in found of a group accepted before the next one
    dotted: bool | None = None
    named: set[int] | None = None
    candidates, name_sentences = cert_sentences(doc)
    for si in candidates:
        s = doc.sentences[si]
        if s.section == "benefits":
            continue
        if dotted is None:
            dotted = may_hold_dotted(doc)
            # the sentences that may hold a spelled-out name, in one pass (on ASCII text the
            # lower-cased posting keeps the positions; undotting may spell a word out)
            if not dotted and name_sentences is not None:
                named = set(name_sentences)
        text = undot(s.text) if dotted else s.text
        in_named = named is not None and si in named
        found_here = mentions(text, names=named is None or in_named, name_word=in_named)
        groups = group_mentions(text, found_here)
        if not groups:
            continue
        may = _CONTEXT.may_match(text)  # the context patterns worth running on its slices
        # (the held code and the earned one: two groups at least)
        for_holders = _holders_step(text) if len(groups) > 1 and "holders_step" in may else ()
        prev_end = 0
        after_eligible = False  # the group before was dropped as eligibility
        kept_level: str | None = None  # the level of the group before, when it was kept
        for i, g in enumerate(groups):
            # "Requires CPC or CCS and CRC": a group joined by "and" shares the cue before it
            and_level = kept_level if i and is_and(text[groups[i - 1].end : g.start]) else None
            kept_level = None
            nxt = groups[i + 1].start if i + 1 < len(groups) else len(text)
            if i + 1 < len(groups) and "and" in may and is_and(text[g.end : nxt]):
                # "CCS and RHIA or RHIT required": the cue after the conjunction is both groups'
                nxt = groups[i + 2].start if i + 2 < len(groups) else len(text)
            before, after = text[max(prev_end, g.start - 80) : g.start], text[g.end : nxt]
            prev_end = g.end
            if (issuer := ISSUER_AFTER_RE.match(after)) is not None:
                # the body that issues it, named after the code (a Workday line: "Certified
                # Coding Associate (CCA) - American Health Information Management Association
                # (AHIMA) Preferred"): the level and the deadline come after the name
                after = after[issuer.end() :]
            if not CERT_OTHER_MEANING.keys().isdisjoint(g.codes):
                g.codes = [
                    c
                    for c in g.codes
                    if c not in CERT_OTHER_MEANING
                    or not (
                        CERT_OTHER_MEANING[c].search(after[:40])
                        or CERT_OTHER_MEANING_BEFORE[c].search(before[-20:])
                    )
                ]
            if not g.codes or ("schooling" in may and CERT_SCHOOLING_AFTER_RE.match(after)):
                continue
            if g.start in for_holders:  # "coders hired with the CCA must earn the CCS ..."
                continue
            # a level mark closes the mention's phrase: what follows it is another item's
            mark = (
                match_lowered(CERT_LEVEL_MARK_RE, _LEVEL_MARK_LOW, after)
                if "level_mark" in may
                else None
            )
            if mark is not None:
                after = after[: mark.end()]
            months = None
            if "within" in may:
                # a deadline past the next group is that group's ("CPC or CCS required plus CRC
                # within 12 months"), unless "and" shares the cue (``after`` then reaches past
                # it) or the next group names this one's codes back ("RHIT or RHIA, or eligible
                # for the RHIT exam and earn the credential within 12 months")
                to_end = mark is None and (
                    i + 1 == len(groups) or set(groups[i + 1].codes) <= set(g.codes)
                )
                months = months_of(
                    text[g.start :] if to_end else text[g.start : g.end + len(after)]
                )
                months = months or months_of(before)
            # "RHIT eligible" is no requirement, unless the credential must follow within a term.
            eligible = (
                ("eligible_after" in may and ELIGIBLE_AFTER_RE.search(after))
                or ("eligible_before" in may and ELIGIBLE_BEFORE_RE.search(before[-40:]))
                or (
                    after_eligible
                    and "eligible_or_hold" in may
                    and ELIGIBLE_OR_HOLD_RE.search(before)
                )
            )
            after_eligible = bool(eligible)
            if eligible and months is not None and ELIGIBILITY_TERM_RE.match(after):
                months = None  # "eligible to sit for the exam within a year": no deadline
            if eligible and months is None and i + 1 == len(groups) and si + 1 < len(doc.sentences):
                # "RHIT eligible; must pass within 6 months of hire": the term in the next clause
                months = next_deadline(doc.sentences[si + 1].text)
            if eligible and months is None:
                continue
            # a requirements label ends what came before it ("... retention bonus after one
            # year Requirements: CCS required" is two lines joined)
            if "off_scope" in may:
                near = before[-60:]
                if "label" in may:
                    labels = (
                        _LABEL_LOW.finditer(near.lower())
                        if near.isascii()
                        else REQUIREMENTS_LABEL_RE.finditer(near)
                    )
                    near = near[max((m.end() for m in labels), default=0) :]
                # "CPC required, bonus after 90 days": a level word closing the clause leaves
                # what follows to the next clause
                closed = match_lowered(CERT_LEVEL_CLOSES_RE, _LEVEL_CLOSES_LOW, after)
                tail = after[: closed.end()] if closed is not None else after[:40]
                if search_lowered(CERT_OFF_SCOPE_RE, _OFF_SCOPE_LOW, near) or search_lowered(
                    CERT_OFF_SCOPE_RE, _OFF_SCOPE_LOW, tail
                ):
                    continue
            if "later" in may and CERT_LATER_STEP_RE.search(before[-60:]):
                continue
            if months is None and "without_end" in may and _WITHOUT_END_RE.search(before[-30:]):
                # the mention of those who lack it names no credential they need (their
                # deadline, "candidates without RHIT must earn it within 12 months", is the
                # group's term), unless they are turned away for it
                if _NOT_CONSIDERED_RE.match(after):
                    found.append((si, g.codes, "required", None, s.text))
                    kept_level = "required"
                continue
            negated = (
                ("negation" in may and NEGATION_RE.search(after[:40]))
                or ("no_end" in may and _NO_END_RE.search(before))
                or ("refused" in may and CERT_REFUSED_AFTER_RE.search(after[:60]))
                or ("negated_before" in may and CERT_NEGATED_BEFORE_RE.search(before[-40:]))
            )
            if negated and not PREFERRED_RE.search(after[:60]):
                continue
            if (
                found
                and "replaced" in may
                and si - found[-1][0] <= 1
                and set(g.codes) <= set(found[-1][1])
                and CERT_REPLACED_BEFORE_RE.search(before[-30:])
            ):
                # "... also accepted in place of the CCS": the group read names it already
                continue
            if (
                found
                and si - found[-1][0] <= 1
                and (
                    ("also_accepted" in may and CERT_ALSO_ACCEPTED_AFTER_RE.search(after[:60]))
                    or (
                        "accepted_before" in may
                        and CERT_ALSO_ACCEPTED_BEFORE_RE.search(before[-40:])
                    )
                )
            ):
                last = found[-1]
                found[-1] = (si, last[1] + [c for c in g.codes if c not in last[1]], *last[2:])
                continue
            if (
                found
                and si - found[-1][0] <= 1
                and found[-1][2] == "required"
                and set(g.codes) <= set(found[-1][1])
                and CERT_WELCOME_AFTER_RE.match(after)
            ):
                # "AAPC certification required; apprentices (CPC-A) welcome": the group read
                # takes them already (welcome is no preference for what is accepted)
                continue
            if months is None and i + 1 == len(groups) and si + 1 < len(doc.sentences):
                # "... preferred; required within 1 year of hire"
                months = next_deadline(doc.sentences[si + 1].text)
            level = "required" if months is not None else mention_level(s, before, after)
            held_or_eligible = (
                "eligible_alternative" in may and ELIGIBLE_ALTERNATIVE_RE.match(after) is not None
            )
            if level is None and held_or_eligible:
                # the cue closes the eligible alternative: read past its restated code
                level = mention_level(s, before, text[g.end : g.end + 90])
            if (
                months is None
                and level == "required"
                and (
                    held_or_eligible
                    or replaced_by_experience(doc, si, g.codes, after, last=i + 1 == len(groups))
                )
            ):
                # "RHIT, or eligible to sit for the RHIT exam" under the requirements, "CPC
                # required; two years of coding experience may substitute": one route of two, so
                # no one must hold it (with no deadline)
                continue
            if level is None:
                # a body, its cue, then its codes: "AAPC or AHIMA credential required (CPC, CCS)"
                level = mention_level(s, before, text[g.start : g.end] + after)
            if (
                months is None
                and level is None
                and "obtain" in may
                and _OBTAIN_RE.search(before[-40:])
            ):
                level = "required"
            level = level or and_level
            if (
                accepted is not None
                and si - found[accepted][0] <= 1
                and level is not None
                and not {_BODIES.get(c) for c in g.codes}.isdisjoint(
                    _BODIES.get(c) for c in found[accepted][1]
                )
            ):
                # "CPC-A accepted; CPC preferred": the accepted codes meet the requirement the
                # next group (of the same body) names; a preferred group keeps its preference
                first = found[accepted]
                codes = first[1] + [c for c in g.codes if c not in first[1]]
                found[accepted] = (first[0], codes, "required", first[3], first[4])
                accepted = None
                if level == "required":
                    continue
            elif "also_accepted" in may and CERT_ACCEPTED_FIRST_RE.match(after):
                level, accepted = "required", len(found)
            found.append((si, g.codes, level, months, s.text))
            kept_level = level
    return across_sentences(doc, found)
