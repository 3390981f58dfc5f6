"""Certification requirements: codes, dotted forms and spelled-out names, grouped as any-of."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process, utils

from matcher._lexicon import (
    CERT_CODE_RE,
    CERT_CODE_VARIANTS,
    CERT_FUZZ_CUTOFF,
    CERT_NAME_STARTS,
    CERT_NAMES,
    CERT_OFF_SCOPE_RE,
    GENERIC_CERT_RE,
    GENERIC_CERTS,
    NAMED_BY_BODY_MAX_WORDS,
    NEGATION_RE,
    NUMBER_WORDS,
    PREFERRED_RE,
    REQUIRED_RE,
)
from matcher._lexicon_certs import (
    CERT_ALSO_ACCEPTED_AFTER_RE,
    CERT_JOIN_RE,
    CERT_LEVEL_MARK_RE,
    CERT_LIST_INTRO_RE,
    CERT_NEGATED_BEFORE_RE,
    CERT_OTHER_MEANING,
    CERT_OTHER_MEANING_BEFORE,
    CERT_REFUSED_AFTER_RE,
    CERT_SCHOOLING_AFTER_RE,
    DEADLINE_NEXT_RE,
    ELIGIBLE_AFTER_RE,
    ELIGIBLE_ALTERNATIVE_RE,
    ELIGIBLE_BEFORE_RE,
    ELIGIBLE_OR_HOLD_RE,
    GENERIC_CODE_SETS,
    GENERIC_THEN_CODES_RE,
    ONE_OF_FOLLOWING_RE,
    ONE_OF_ITEM_GAP,
    ONE_OF_TRIGGERS,
    REQUIREMENTS_LABEL_RE,
    WITHIN_FOR_HOLDERS_RE,
    WITHIN_RE,
)
from matcher._rules import literal_gate
from matcher._sentences import Doc, mention_level
from matcher._triggers import (
    CERT_TRIGGERS,
)
from schemas.vocab import CERTIFICATION_CODES as CERT_CODES

# "R.H.I.T.": written to open with a character class (the engine skips to capitals in C); the
# lookbehind after the first capital is "(?<![A-Za-z.])" before it.
_DOTTED_RE = re.compile(r"[A-Z](?<![A-Za-z.][A-Z])\.(?:[A-Z]\.){1,4}(?:-[A-Z]\.?)?")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]{0,30}")


def _normal(text: str) -> str:
    """Lower case, punctuation and runs of spaces as one space: "Certified Coding Specialist -
    Physician-based" and the window "Certified Coding Specialist Physician-based" read alike."""
    return " ".join(utils.default_process(text).split())


#: Normalised name -> code; names by their length in words, counted as windows are (a
#: hyphenated "physician-based" is one word, " - " none).
_NAME_CODES: dict[str, str] = {_normal(n): code for n, code in CERT_NAMES.items()}
_NAMES_BY_LEN: dict[int, list[str]] = {}
for _name in CERT_NAMES:
    _NAMES_BY_LEN.setdefault(len(_WORD_RE.findall(_name)), []).append(_normal(_name))
_NAME_LENGTHS = sorted(_NAMES_BY_LEN, reverse=True)
_BODY_RE = re.compile(r"AHIMA|AAPC")
_OR_RE = re.compile(r"\bor\b")
_AND_RE = re.compile(r"\s?and\s", re.I)
_OR_NEXT_RE = re.compile(r"\s?,?\s?or\s", re.I)
_NO_END_RE = re.compile(r"\bno\s$", re.I)  # "No RHIT needed"
_OBTAIN_RE = re.compile(r"\b(?:obtain|earn|achieve|acquire|pass|complete|become)\w*", re.I)


@dataclass
class _Mention:
    start: int
    end: int
    codes: list[str]
    generic: bool = False


def _undot(text: str) -> str:
    """ "R.H.I.T." -> "RHIT"."""
    return _DOTTED_RE.sub(lambda m: m.group().replace(".", ""), text)


@lru_cache(maxsize=8192)  # the same words ("records", "clinical") come back in every posting
def _starts_name(word: str) -> bool:
    """A word that may open a spelled-out credential name ("Certified", "Registred")."""
    first = word.lower()
    return any(fuzz.ratio(first, s) >= 80 for s in CERT_NAME_STARTS)


def _name_mentions(text: str) -> list[_Mention]:
    low = text.lower()
    if not any(w[:5] in low for w in CERT_NAME_STARTS):
        return []
    words = list(_WORD_RE.finditer(text))
    found: list[_Mention] = []
    for i, w in enumerate(words):
        first = w.group()
        if first[0] not in "cCrR" or not 7 <= len(first) <= 12 or not _starts_name(first):
            continue
        # the best window, not the longest: "Certified Coding Specialist - Physician-based
        # required" must not take "required" into the name (its cue would be lost)
        best: tuple[float, int, str] | None = None
        for n in _NAME_LENGTHS:
            if i + n > len(words):
                continue
            hit = _scored_name(" ".join(x.group() for x in words[i : i + n]), n)
            if hit is not None and (best is None or hit[1] > best[0]):
                best = (hit[1], n, hit[0])
        if best is not None:
            found.append(_Mention(w.start(), words[i + best[1] - 1].end(), [best[2]]))
    return found


def _named_before(text: str, start: int) -> str | None:
    """The one credential the words before a body's "certification" name: "Health Data Analyst
    Certification through AHIMA" -> CHDA ("Certified Health Data Analyst"); "Coding
    Certification through AHIMA" names none."""
    if not text[start : start + 13].lower().startswith(("certif", "credential")):
        return None
    words = _WORD_RE.findall(text[max(0, start - 60) : start])[-NAMED_BY_BODY_MAX_WORDS:]
    for k in range(len(words), 1, -1):  # two words at least: "Coding" alone is no name
        n = k + 1  # with "certified"
        if n not in _NAMES_BY_LEN:
            continue
        code = _closest_name("certified " + " ".join(words[-k:]), n)
        if code is not None:
            return code
    return None


def _closest_name(window: str, words: int) -> str | None:
    """The code of the credential whose ``words``-word name is close enough to ``window``."""
    hit = _scored_name(window, words)
    return None if hit is None else hit[0]


def _scored_name(window: str, words: int) -> tuple[str, float] | None:
    """(code, score) of the closest ``words``-word name, if close enough to ``window``."""
    hit = process.extractOne(
        _normal(window), _NAMES_BY_LEN[words], scorer=fuzz.ratio, score_cutoff=CERT_FUZZ_CUTOFF
    )
    return None if hit is None else (_NAME_CODES[hit[0]], hit[1])


def _code(found: str) -> str:
    """The code a match names: itself, or the code of another spelling ("CPC Apprentice")."""
    if found in CERT_CODES:
        return found
    return next((code for rx, code in CERT_CODE_VARIANTS if rx.fullmatch(found)), found.upper())


def _mentions(text: str) -> list[_Mention]:
    found = [
        _Mention(
            m.start(),
            m.end(),
            [_code(m.group("code"))],
        )
        for m in CERT_CODE_RE.finditer(text)
    ]
    for m in GENERIC_CERT_RE.finditer(text) if ("AHIMA" in text or "AAPC" in text) else ():
        named = _named_before(text, m.start())
        if named is not None:  # "Health Data Analyst Certification through AHIMA"
            found.append(_Mention(m.start(), m.end(), [named]))
            continue
        bodies = _BODY_RE.findall(m.group())
        codes = [c for b in bodies for c in GENERIC_CERTS[b]]
        found.append(_Mention(m.start(), m.end(), codes, generic=True))
    found += _name_mentions(text)
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[_Mention] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


def _group(text: str, mentions: list[_Mention]) -> list[_Mention]:
    groups: list[_Mention] = []
    for m in mentions:
        between = text[groups[-1].end : m.start] if groups else ""
        # "CCS and RHIA or RHIT required", "RHIA or RHIT and CCS": "and" binds looser than
        # "or", so it starts another group (CCS, and one of RHIA / RHIT)
        if (
            groups
            and _AND_RE.fullmatch(between)
            and (
                _OR_NEXT_RE.match(text, m.end)
                or _OR_RE.search(text, groups[-1].start, groups[-1].end)
            )
        ):
            groups.append(_Mention(m.start, m.end, list(m.codes), m.generic))
            continue
        if groups and (
            CERT_JOIN_RE.match(between)
            or (groups[-1].generic and not m.generic and GENERIC_THEN_CODES_RE.match(between))
        ):
            g = groups[-1]
            between = text[g.end : m.start]
            # "CCS credential (RHIA or RHIT alone is not enough)": a parenthesis that opens on
            # other codes is an aside; one that restates the codes ("RHIT (Registered Health
            # Information Technician)"), offers another ("CPC (or CPC-A)") or names a generic
            # body's codes belongs to the group
            aside = (
                "(" in between
                and ")" not in between
                and not g.generic
                and not _OR_RE.search(between)
            )
            if aside and not set(m.codes) <= set(g.codes):
                groups.append(_Mention(m.start, m.end, list(m.codes), m.generic))
                continue
            if g.generic and not m.generic:
                g.codes, g.generic = [], False  # "AHIMA certification, specifically CCS or CPC"
            # a body after codes labels them ("CCS (AHIMA)"), unless offered as another choice
            if not (m.generic and g.codes) or _OR_RE.search(between):
                g.codes += [c for c in m.codes if c not in g.codes]
            g.end = m.end
            continue
        groups.append(_Mention(m.start, m.end, list(m.codes), m.generic))
    return groups


_WITHIN_GATE = literal_gate(WITHIN_RE)


def _months(text: str) -> int | None:
    # most groups name no deadline: two substring tests instead of the pattern's scan (ASCII
    # text only: re.I folds a few other letters onto ASCII ones; h15r, issue 15)
    if _WITHIN_GATE is not None and text.isascii() and not _WITHIN_GATE(text.lower()):
        return None
    m = WITHIN_RE.search(text)
    if m is None or WITHIN_FOR_HOLDERS_RE.match(text, m.end()):
        return None
    n = (m.group("n") or m.group("n_first") or "1").lower()
    value = float(NUMBER_WORDS[n]) if n in NUMBER_WORDS else float(n)
    unit = m.group("unit").lower()
    if unit.startswith("year"):
        return int(value * 12)
    if unit.startswith("day"):
        return max(1, round(value / 30))
    return int(value)


Group = tuple[list[str], str, int | None, str]  # codes, level, within_months, sentence
_Found = tuple[int, list[str], str | None, int | None, str]  # sentence index, codes, level, ...


def extract_certifications(doc: Doc) -> list[Group]:
    """Any-of groups with level and deadline; eligible / negated / off-scope mentions dropped."""
    found: list[_Found] = []
    for si in doc.with_words(CERT_TRIGGERS, case=True):
        s = doc.sentences[si]
        if s.section == "benefits":
            continue
        text = _undot(s.text)
        groups = _group(text, _mentions(text))
        prev_end = 0
        after_eligible = False  # the group before was dropped as eligibility
        for i, g in enumerate(groups):
            nxt = groups[i + 1].start if i + 1 < len(groups) else len(text)
            if i + 1 < len(groups) and _AND_RE.fullmatch(text, g.end, nxt):
                # "CCS and RHIA or RHIT required": the cue after the conjunction is both groups'
                nxt = groups[i + 2].start if i + 2 < len(groups) else len(text)
            before, after = text[max(prev_end, g.start - 80) : g.start], text[g.end : nxt]
            prev_end = g.end
            g.codes = [
                c
                for c in g.codes
                if c not in CERT_OTHER_MEANING
                or not (
                    CERT_OTHER_MEANING[c].search(after[:40])
                    or CERT_OTHER_MEANING_BEFORE[c].search(before[-20:])
                )
            ]
            if not g.codes or CERT_SCHOOLING_AFTER_RE.match(after):
                continue
            # a level mark closes the mention's phrase: what follows it is another item's
            mark = CERT_LEVEL_MARK_RE.match(after)
            if mark is not None:
                after = after[: mark.end()]
            months = _months(text[g.start : g.end + len(after)] if mark else text[g.start :])
            months = months or _months(before)
            # "RHIT eligible" is no requirement, unless the credential must follow within a term.
            eligible = (
                ELIGIBLE_AFTER_RE.search(after)
                or ELIGIBLE_BEFORE_RE.search(before[-40:])
                or (after_eligible and ELIGIBLE_OR_HOLD_RE.search(before))
            )
            after_eligible = bool(eligible)
            if eligible and months is None:
                continue
            # a requirements label ends what came before it ("... retention bonus after one
            # year Requirements: CCS required" is two lines joined)
            near = before[-60:]
            near = near[max((m.end() for m in REQUIREMENTS_LABEL_RE.finditer(near)), default=0) :]
            if CERT_OFF_SCOPE_RE.search(near) or CERT_OFF_SCOPE_RE.search(after[:40]):
                continue
            negated = (
                NEGATION_RE.search(after[:40])
                or _NO_END_RE.search(before)
                or CERT_REFUSED_AFTER_RE.search(after[:60])
                or CERT_NEGATED_BEFORE_RE.search(before[-40:])
            )
            if negated and not PREFERRED_RE.search(after[:60]):
                continue
            if found and si - found[-1][0] <= 1 and CERT_ALSO_ACCEPTED_AFTER_RE.search(after[:60]):
                last = found[-1]
                found[-1] = (si, last[1] + [c for c in g.codes if c not in last[1]], *last[2:])
                continue
            if months is None and i + 1 == len(groups) and si + 1 < len(doc.sentences):
                nxt_text = doc.sentences[si + 1].text
                if DEADLINE_NEXT_RE.match(nxt_text) and not CERT_CODE_RE.search(nxt_text):
                    months = _months(nxt_text)  # "... preferred; required within 1 year of hire"
            level = "required" if months is not None else mention_level(s, before, after)
            if level is None and ELIGIBLE_ALTERNATIVE_RE.match(after):
                # the cue closes the eligible alternative: read past its restated code
                level = mention_level(s, before, text[g.end : g.end + 90])
            if level is None:
                # a body, its cue, then its codes: "AAPC or AHIMA credential required (CPC, CCS)"
                level = mention_level(s, before, text[g.start : g.end] + after)
            if months is None and level is None and _OBTAIN_RE.search(before[-40:]):
                level = "required"
            found.append((si, g.codes, level, months, s.text))
    return _dedupe(_merge_deadlines(_merge_one_of(doc, _named_after_body(doc, found))))


def _named_after_body(doc: Doc, found: list[_Found]) -> list[_Found]:
    """ "A coding certification from AHIMA or AAPC. Acceptable certifications are CCA, CCS, CPC":
    the named codes replace the body's, at the level the body's sentence gives."""
    out: list[_Found] = []
    for entry in found:
        last = out[-1] if out else None
        if (
            last is not None
            and entry[0] - last[0] == 1
            and frozenset(last[1]) in GENERIC_CODE_SETS
            and CERT_LIST_INTRO_RE.match(doc.sentences[entry[0]].text)
        ):
            out[-1] = (entry[0], entry[1], last[2] or entry[2], entry[3] or last[3], entry[4])
            continue
        out.append(entry)
    return out


def _merge_one_of(doc: Doc, found: list[_Found]) -> list[_Found]:
    """ "Persons hired must meet one of the following:" then "Coding Certification through AHIMA or
    AAPC", "HIM Certification through AHIMA", ...: the credentials of the list (the intro's own
    sentence and the items right under it) are one any-of group, required when the intro says
    "must" / "required" (else the level the items carry)."""
    if not found or not any(w in doc.lower for w in ONE_OF_TRIGGERS):
        return found
    intros = {doc.index(m.start()) for m in ONE_OF_FOLLOWING_RE.finditer(doc.text)}
    for intro in sorted(intros):
        intro_text = doc.sentences[intro].text
        soft = bool(PREFERRED_RE.search(intro_text))
        members = []
        last = intro
        for k, entry in enumerate(found):
            si = entry[0]
            if si < intro:
                continue
            # the list ends at a gap, or at an item with a level of its own ("Preferred: CCS")
            if si - last > ONE_OF_ITEM_GAP or (entry[2] == "preferred" and not soft):
                break
            members.append(k)
            last = si
        if len(members) < 2:
            continue
        first = found[members[0]]
        codes: list[str] = []
        for k in members:
            codes += [c for c in found[k][1] if c not in codes]
        levels = [found[k][2] for k in members]
        if soft:
            level: str | None = "preferred"
        elif REQUIRED_RE.search(intro_text):
            level = "required"
        else:
            level = "required" if "required" in levels else next((v for v in levels if v), None)
        months = next((found[k][3] for k in members if found[k][3] is not None), None)
        merged = (first[0], codes, level, months, first[4])
        drop = set(members[1:])
        found = [merged if k == members[0] else e for k, e in enumerate(found) if k not in drop]
    return found


def _merge_deadlines(found: list[_Found]) -> list[Group]:
    """ "CCA, CPC-A or CPC. New graduates must obtain the CCA or CPC-A within 12 months": one
    required group, the codes of both, with the deadline. The earlier group may sit in the same
    or the previous sentence and may carry no level cue of its own."""
    out: list[Group] = []
    merged: set[int] = set()
    for k, (si, codes, level, months, text) in enumerate(found):
        if months is None:
            continue
        for j in range(k - 1, -1, -1):
            sj, codes_j, level_j, months_j, _ = found[j]
            if si - sj > 1:
                break
            if months_j is None and level_j != "preferred" and set(codes) <= set(codes_j):
                merged.add(j)
                found[k] = (
                    si,
                    codes_j + [c for c in codes if c not in codes_j],
                    level,
                    months,
                    text,
                )
                break
    for k, (_, codes, level, months, text) in enumerate(found):
        if k not in merged and level is not None:
            out.append((codes, level, months, text))
    return out


def _dedupe(groups: list[Group]) -> list[Group]:
    # "CPC or CPC-A, or able to pass the CPC exam within 6 months": a group of one sentence that
    # names only codes of a wider group of the same sentence, level and deadline restates it
    # (compared within one sentence only: a page of thousands of groups stays linear)
    by_sentence: dict[tuple[str, int | None, str], set[frozenset[str]]] = {}
    for g in groups:
        by_sentence.setdefault(g[1:], set()).add(frozenset(g[0]))
    groups = [g for g in groups if not any(set(g[0]) < wider for wider in by_sentence[g[1:]])]
    best: dict[frozenset[str], Group] = {}
    for g in groups:
        key = frozenset(g[0])
        old = best.get(key)
        if old is None or (old[1] == "preferred" and g[1] == "required"):
            best[key] = g
    return [g for g in groups if best[frozenset(g[0])] is g]
