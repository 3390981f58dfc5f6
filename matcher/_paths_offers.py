"""Routes a posting offers beside a sentence's own "or" (docs/design.md, "Qualification
paths"): a credential offered for part of the experience ("one year of experience may be replaced
by an active CCA or RHIT"), and the items listed after "one of the following:" ("an associate
degree in HIT", "2 years of records experience", "CCA"). matcher._paths_inline calls both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from matcher._lexicon import PREFERRED_RE
from matcher._paths_kinds import credential_codes, experience_kind
from matcher._paths_parts import first_years, schooling_years
from matcher._rules_substitution import IN_PLACE_OF
from matcher._scan_words import LIST_LEADS, OPTION_WORDS
from schemas.models import CertificationRequirement, Combination, Evidence, QualificationPath
from schemas.vocab import SCHOOLING_YEARS


def _ev(text: str) -> Evidence:
    return Evidence.model_construct(source="text", text=text)


#: A credential offered for part of the experience ("one year of experience may be replaced by
#: an active CCA or RHIT", "an active CPC may substitute for one year of the experience"): the
#: years alone, or the credential and the rest. A refused offer ("may not be") does not match.
_PART: Final = (
    r"(?:up to )?[\w-]+ (?:\(\d+\) )?(?:years?|months?) of (?:the )?(?:required )?experience|"
    # ... or for all of it: "A CCS may be substituted for the experience" (session 16)
    r"(?:the|this|that|such) (?:required |specialized |coding |qualifying )?experience\b"
)
_CREDENTIAL_FOR_EXPERIENCE_RE: Final = re.compile(
    r"(?P<part>" + _PART + r")\s(?:may|can|will) (?:also )?be (?:replaced|substituted|waived) "
    r"(?:by|with|for)\s(?P<creds>[^.;]{1,80})|"
    r"(?P<creds2>[^.;]{1,80}?)\s(?:may|can|will) (?:also )?(?:be )?(?:substituted|substitute|"
    r"accepted|used|replace) (?:(?:for|" + IN_PLACE_OF + r") )?(?P<part2>" + _PART + r")",
    re.I,
)
#: "RHIT-eligible": a credential one may sit for, not one held.
_ELIGIBLE_RE: Final = re.compile(r"[- ]eligib", re.I)


def credential_for_experience(
    text: str, earlier: list[str]
) -> tuple[list[QualificationPath], str] | None:
    """Two routes when a credential may replace part of the experience stated in ``text`` or
    in one of the ``earlier`` sentences: the years, or the credential and the rest."""
    m = _CREDENTIAL_FOR_EXPERIENCE_RE.search(text)
    if m is None:
        return None
    creds = m.group("creds") or m.group("creds2") or ""
    codes = [
        c for c in credential_codes(creds) if not _ELIGIBLE_RE.match(creds, creds.find(c) + len(c))
    ]
    # the part replaced, or None for the whole experience ("for the experience")
    part = first_years(m.group("part") or m.group("part2") or "")
    if not codes:
        return None
    for said in [text[: m.start()], *earlier]:
        years = first_years(said) if "experience" in said.lower() else None
        if years is None or (part is not None and years[0] < part[0]):
            continue
        rest = years[0] - part[0] if part is not None else 0.0
        kind = experience_kind(said)
        group = CertificationRequirement(any_of=codes, level="required")
        return [
            QualificationPath(
                label="experience",
                experience_years=years[0],
                experience_kind=kind,
                evidence=_ev(said),
            ),
            QualificationPath(
                label="certification and experience" if rest else "certification",
                certifications=[group],
                experience_years=rest or None,
                experience_kind=kind if rest else None,
                evidence=_ev(text),
            ),
        ], said
    return None


_OWN_CUE_RE: Final = re.compile(
    r"\b(?:required|requires?|preferred|must|mandatory|a plus|desired|needed)\b", re.I
)
#: Items read after "one of the following:" (a posting lists a handful of routes).
_MAX_LISTED: Final = 6


#: A bare "OR" between two listed items (split off at the ";" before it), or an item's letter
#: split off as a sentence of its own ("A." then "Two years of ...").
_BARE_OR_RE = re.compile(r"^\W{0,3}(?:or|and/or)\W{0,3}$", re.I)
#: A route labelled as an option (state civil service): "Option 1: one year of ...", "Option B -
#: an associate degree in HIT", "Pattern II: ...", "Alternative A: ...", "Route A (education):
#: ..." (the label's own name in brackets). Each such line is one route.
OPTION_RE: Final = re.compile(
    r"^\W{0,3}(?:"
    + "|".join(w.strip() for w in OPTION_WORDS)
    + r")\s(?:[a-e1-5]|i{1,3}|iv)(?:\s?\([\w ,/&-]{1,40}\))?\s?[:.)-]\s?(?P<item>\S.*)",
    re.I,
)


#: The first item on the lead's own line: "Applicants must have ONE of the following: (a) current
#: certification as an RHIT or RHIA;" then "(b) ..." (the lead's words, up to its colon).
_LEAD_ITEM_RE: Final = re.compile(
    r"\b(?:" + "|".join(map(re.escape, LIST_LEADS)) + r")\b[^:]{0,30}:\s*(?P<item>\S.{2,})$", re.I
)


def listed_routes(
    sentences: Sequence[tuple[str, str]],
    k: int,
    route_of: Callable[[str], QualificationPath | None],
) -> tuple[list[QualificationPath], list[str]] | None:
    """The routes listed after sentence ``k`` ("Must meet one of the following:" then "- an
    associate degree in HIT", "- 2 years of records experience", "- CCA"): one per item, read
    until an item names no route (``route_of`` reads one); None unless schooling and experience
    are both among them, or experience and a credential with its own years ("- one year of
    specialized experience; OR" / "- an active CCS with six months of coding experience")."""
    paths: list[QualificationPath] = []
    texts: list[str] = []
    lead = sentences[k][0]
    first = _LEAD_ITEM_RE.search(lead)
    # (what to read, the sentence it is said in): the item on the lead's own line first
    items = [(first.group("item"), lead)] if first is not None else []
    items += [(text, text) for text, _section in sentences[k + 1 : k + 1 + _MAX_LISTED]]
    for text, said in items:
        if _BARE_OR_RE.match(text):
            continue  # "...; OR" split off the item before it
        # an item with its own cue ("CCS required", any preferred cue: "DESIRABLE:
        # Certification as an RHIT", "Nice to have: CCS") is the next requirement, not an
        # alternative
        route = None if _OWN_CUE_RE.search(text) or PREFERRED_RE.search(text) else route_of(text)
        if route is None:
            if said is lead:
                continue  # the lead's own words after its colon name no route: the list follows
            break
        paths.append(route.model_copy(update={"evidence": _ev(said)}))
        if said is not lead:
            texts.append(text)
    labels = {p.label for p in paths}
    # schooling against experience: a list of credentials (then the next requirement) is the
    # credentials' own business ("Certification: one of the following: RHIT, CCS")
    # (a credential alone among them is the list's item, not a route: "Certification: one of
    # the following: - RHIT - CCS - One year of specialized experience" asks all three kinds)
    # A credential with its own years against a credential alone or schooling ("- CCS" / "- CPC
    # and 3 years of inpatient coding"), or a credential alone against schooling with years
    # ("- CPC or CCS" / "- an associate degree in HIM and 1 year of coding"), are routes too:
    # each item is a whole way in, not one of several things everyone needs.
    credential_routes = (
        "certification and experience" in labels
        and bool(labels & {"certification", "education", "education and experience", "training"})
    ) or (
        "certification" in labels
        and bool(labels & {"education and experience", "training and experience"})
    )
    if not credential_routes and (
        "experience" not in labels
        or not labels & {"education", "training", "certification and experience"}
    ):
        return None
    return paths, [sentences[k][0], *texts]


def option_routes(
    sentences: Sequence[tuple[str, str]],
    k: int,
    route_of: Callable[[str], QualificationPath | None],
) -> tuple[list[QualificationPath], list[str]] | None:
    """The routes of the "Option N:" lines from sentence ``k`` on ("Option 1: one year of
    records experience." / "Option 2: an associate degree in HIT."): one per line, each read by
    ``route_of``; None unless two lines or more name a route and the routes differ."""
    paths: list[QualificationPath] = []
    texts: list[str] = []
    combined: str | None = None
    window = sentences[k : k + _MAX_LISTED]
    for j, (text, _section) in enumerate(window):
        m = OPTION_RE.match(text)
        if (
            m is None
            and paths
            and any(OPTION_RE.match(t) for t, _ in window[j + 1 : j + 1 + _OPTION_NOTES])
        ):
            # a note of the option before it, another option after it ("Option A: an associate
            # degree." / "Those qualifying under Option A must earn the RHIT within a year." /
            # "Option B: ..."): the option's own text, no end of the options (session 13)
            texts.append(text)
            continue
        if m is not None and paths and _COMBINATION_OPTION_RE.search(m.group("item")):
            combined = text  # "Option III: any combination of experience and education ..."
            texts.append(text)
            continue
        route = None if m is None else route_of(m.group("item"))
        if route is None:
            break
        paths.append(route.model_copy(update={"evidence": _ev(text)}))
        texts.append(text)
    # options of one kind are one requirement ("Option 1: RHIT" / "Option 2: CCS" is one
    # credential group, as "RHIT or CCS" is), except schooling with different years, or two
    # routes of two parts that differ ("Option A: an associate degree and RHIT" / "Option B: a
    # bachelor's and RHIA"): everyone needs the lower level and one of the credentials
    # (and "Option A: an associate degree" / "Option B: a bachelor's": the lower level is asked,
    # as "an associate or a bachelor's degree" is)
    if not _distinct(paths):
        return None
    if combined is not None and (comb := _option_combination(paths, combined)) is not None:
        paths.append(comb)
    return paths, texts


#: An option's label on a line of its own, its route on the lines below ("Pattern I" /
#: "Experience: one year of ..." / "AND" / "Education: ..." then "Pattern II" / ...; state civil
#: service).
OPTION_LABEL_RE: Final = re.compile(
    r"^\W{0,3}(?:"
    + "|".join(w.strip() for w in OPTION_WORDS)
    + r")\s(?:[a-e1-5]|i{1,3}|iv)\s?[:.)-]?\s*$",
    re.I,
)
#: The bare word joining two lines of one option's route.
_BARE_AND: Final = frozenset(("AND", "and", "And", "PLUS", "plus", "Plus", "&"))
#: How many sentences one option's route may hold.
_OPTION_LINES: Final = 6


def _joined(body: list[str]) -> int:
    """How many of an option's lines its first statement holds: a line, with the label line
    before it ("Education:" / "An associate degree ..."), and those an "AND" joins to it."""
    end = 0
    while end < len(body):
        while end < len(body) - 1 and body[end].endswith(":"):
            end += 1  # a label on its own line goes on with its value
        end += 1
        if end < len(body) and body[end] in _BARE_AND:
            end += 1
            continue
        break
    return min(end, len(body))


def headed_option_routes(
    sentences: Sequence[tuple[str, str]],
    k: int,
    route_of: Callable[[str], QualificationPath | None],
) -> tuple[list[QualificationPath], list[str]] | None:
    """The routes of options whose labels stand on lines of their own, from sentence ``k`` on:
    each route is the lines up to the next label (the last one's, its first line and those an
    "AND" joins to it: what follows is the posting's next requirement); read by ``route_of``.
    None unless two options or more name routes that differ."""
    paths: list[QualificationPath] = []
    texts: list[str] = []
    i, n = k, len(sentences)
    while i < n and len(paths) < _MAX_LISTED and _option_at(sentences[i][0]):
        body: list[str] = []
        j = i + 1
        if (inline := OPTION_RE.match(sentences[i][0])) is not None and not OPTION_LABEL_RE.match(
            sentences[i][0]
        ):
            # a later option with its route on the label's line ("Pattern I:" / "Six months of
            # ..." / "-OR-" / "Pattern II: Completion of ...": the lines joined as read)
            body = [inline.group("item")]
        else:
            while j < n and j - i <= _OPTION_LINES and not _option_at(sentences[j][0]):
                body.append(sentences[j][0])
                j += 1
            if j >= n or not _option_at(sentences[j][0]):
                # the last option: its first line, and those an "AND" joins to it
                body = body[: _joined(body)]
                j = i + 1 + len(body)
        # a bare "-OR-" between two options is no part of either
        body = [t for t in body if not _BARE_OR_RE.match(t)]
        said = " ".join("and" if t in _BARE_AND else t for t in body)
        route = route_of(said) if said else None
        if route is None:
            break
        paths.append(route.model_copy(update={"evidence": _ev(said)}))
        texts += [sentences[i][0], *body]
        i = j
    return (paths, texts) if _distinct(paths) else None


def _option_at(text: str) -> bool:
    """An option's label opens the sentence, alone or with its route after it."""
    return OPTION_LABEL_RE.match(text) is not None or OPTION_RE.match(text) is not None


def _distinct(paths: list[QualificationPath]) -> bool:
    """Whether options are routes of their own: two or more, of different kinds, or of one kind
    that differ in what they ask (see option_routes)."""
    labels = {p.label for p in paths}
    return len(paths) >= 2 and (
        len(labels) >= 2
        or labels == {"education and experience"}
        or (labels <= _TWO_PART_ROUTES and len({_parts(p) for p in paths}) > 1)
        or (labels == {"education"} and len({p.education for p in paths}) > 1)
    )


#: How many sentences of notes may sit between two options.
_OPTION_NOTES: Final = 2
#: Routes asking two things at once (matcher._paths_route.route's labels).
_TWO_PART_ROUTES: Final = frozenset({"education and certification", "certification and experience"})


def _parts(p: QualificationPath) -> tuple[object, ...]:
    """What a route asks, to tell two options apart."""
    return (p.education, p.experience_years, tuple(c for g in p.certifications for c in g.any_of))


#: An option that combines the others: "Any combination of experience and education equivalent
#: to Option I or II", "An equivalent combination of training and experience".
_COMBINATION_OPTION_RE: Final = re.compile(
    r"\bcombination of (?:[\w-]+ ){0,2}(?:experience|education|training|schooling)\b", re.I
)


def _option_combination(paths: list[QualificationPath], text: str) -> QualificationPath | None:
    """The combination route of the options: the experience option's years and kind against
    the schooling option's years (docs/design.md, a proportional combination)."""
    exp = next((p for p in paths if p.label == "experience" and p.experience_years), None)
    edu = next((p for p in paths if p.label in ("education", "training") and p.education), None)
    if exp is None or exp.experience_years is None or edu is None or edu.education is None:
        return None
    said = edu.evidence.text if edu.evidence is not None else ""
    school = schooling_years(said) or SCHOOLING_YEARS[edu.education]
    if not school:
        return None
    comb = Combination(
        experience_years=exp.experience_years,
        schooling_years=school,
        experience_kind=exp.experience_kind,
    )
    return QualificationPath(label="combination", combination=comb, evidence=_ev(text))


__all__ = [
    "OPTION_LABEL_RE",
    "OPTION_RE",
    "credential_for_experience",
    "headed_option_routes",
    "listed_routes",
    "option_routes",
]
