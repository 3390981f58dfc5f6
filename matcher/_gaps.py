"""Gap analysis: which single change to a profile would open the most postings.

Candidate changes: earning any certification that appears in an unmet required group (a pending
one is "finished"), the next step of the education ladder, one more year of experience. Each
posting's unmet required items are computed once; a certification change opens a posting when
every unmet item is a certification group it covers (adding a credential never breaks another
rule), so certification changes need no re-evaluation; the education and experience changes
re-evaluate only the blocked postings that have no unmet certification group. GapTally holds the
rules apart from the walk over Postings, so storage.Store.gaps applies the same rules to stored
rows.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Final, Literal

from matcher import _explain as ex
from matcher._facts import Facts
from matcher._match import unmet_required
from matcher._paths_match import judge
from matcher._paths_match_field import study_field
from matcher._rank import hourly_pay, posting_pay
from schemas import CandidateProfile, CertificationRequirement, Posting, Requirements
from schemas.vocab import (
    CERTIFICATION_CODES,
    CERTIFICATION_PREREQUISITES,
    EDUCATION_LADDER,
    EDUCATION_RANK,
    EXPERIENCE_KIND_LABELS,
    EXPERIENCE_KIND_RANK,
    STUDY_FIELD_COVERS,
    credentials_covered,
)

GapKind = Literal["certification", "education", "experience"]

#: code -> the codes whose holder meets a requirement for it (itself, plus the equivalence table).
_MET_BY: Final[dict[str, frozenset[str]]] = {
    code: frozenset(x for x in CERTIFICATION_CODES if code in credentials_covered({x}))
    for code in CERTIFICATION_CODES
}
_KIND_ORDER: Final[dict[str, int]] = {"certification": 0, "education": 1, "experience": 2}
EXPERIENCE_STEP: Final = 1.0
EXPERIENCE_CHANGE: Final = "+1 year"


@dataclass(slots=True)
class Gap:
    """One change and the postings it would make eligible."""

    change: str
    kind: GapKind
    label: str
    postings: int
    median_hourly_pay: float | None
    posting_ids: list[int | str] = field(default_factory=list)


def _posting_key(posting: Posting) -> int | str:
    return posting.id if posting.id is not None else f"{posting.source}:{posting.external_id}"


def _fixers(unmet: list[CertificationRequirement | str]) -> frozenset[str]:
    """Codes that alone meet every unmet item (empty when an item is not a certification)."""
    common: frozenset[str] | None = None
    for item in unmet:
        if isinstance(item, str):
            return frozenset()
        codes = frozenset().union(*(_MET_BY[c] for c in item.any_of))
        common = codes if common is None else common & codes
    return common or frozenset()


@dataclass(frozen=True, slots=True)
class Opens:
    """The single changes that would each make one blocked posting eligible."""

    codes: frozenset[str]  # certifications, any one of which opens it
    education: bool  # the next step of the education ladder
    experience: bool  # one more year of experience
    #: "associate+RHIT": a credential the profile cannot sit for yet, with the degree it needs
    combos: frozenset[str] = frozenset()
    #: the kind of experience the year must be of (the narrowest the opened requirement asks:
    #: "records" for "1 year of medical records experience"); None for any work
    experience_kind: str | None = None

    def __bool__(self) -> bool:
        return bool(self.codes) or self.education or self.experience or bool(self.combos)


class GapTally:
    """Gap analysis one posting at a time: ``opens`` says what a posting's requirements need,
    ``add`` counts the posting under each change that opens it, ``gaps`` sums up.

    matcher.gaps feeds it Postings; storage.Store.gaps feeds it stored rows, asking ``opens``
    once per distinct set of requirement columns (the answer depends on nothing else).
    """

    def __init__(self, profile: CandidateProfile) -> None:
        self.profile = profile
        self._facts = Facts.of(profile)
        rank = EDUCATION_RANK[profile.education]
        # credentials whose prerequisite (CERTIFICATION_PREREQUISITES) the profile lacks: advice
        # names the whole step ("complete an associate degree in HIT and earn RHIT")
        self._blocked = blocked_credentials(profile)
        # "associate+RHIT" -> (facts with the degree, facts with the degree and the credential)
        self._combos = {
            f"{level}+{code}": (
                self._facts.with_education(level, field),
                self._facts.with_education(level, field).with_certification(code),
            )
            for code, (level, field) in self._blocked.items()
        }
        self._level = EDUCATION_LADDER[rank + 1] if rank + 1 < len(EDUCATION_LADDER) else None
        self._stepped = None if self._level is None else self._facts.with_education(self._level)
        self._more = self._facts.with_experience(EXPERIENCE_STEP)
        # change -> (kind, posting keys, their hourly pays where known)
        self._opened: dict[str, tuple[GapKind, list[int | str], list[float]]] = {}
        # the kind of experience the year must be of -> (the postings it opens, a pays list
        # the slots interface fills and nobody reads); None: any work
        self._year_kinds: dict[str | None, tuple[list[int | str], list[float]]] = {}

    def opens(self, req: Requirements) -> Opens | None:
        """What opens a posting with these requirements; None when the profile already meets
        every required item. A credential the profile cannot sit for yet is offered with the
        degree it needs, only where both together open the posting."""
        found = self._opens(req)
        if found is None or not self._combos:
            return found
        # the whole step counts where the credential is part of it: what degree and credential
        # open together that the degree alone does not
        combos = frozenset(
            c
            for c, (degree, both) in self._combos.items()
            if not unmet_required(req, both) and unmet_required(req, degree)
        )
        # difference(), not `- keys()`: that one is dict_keys' and gives a set, which the
        # compiled build (setup.py, mypyc) refuses for the frozenset field
        return replace(found, codes=found.codes.difference(self._blocked), combos=combos)

    def _opens(self, req: Requirements) -> Opens | None:
        unmet = unmet_required(req, self._facts)
        if not unmet:
            return None
        if "residence" in unmet:  # no change to a profile's schooling or record moves it
            return Opens(frozenset(), education=False, experience=False)
        if "paths" in unmet:
            return self._opens_paths(req)
        if not all(isinstance(item, str) for item in unmet):
            return Opens(_fixers(unmet), education=False, experience=False)
        # Blocked by education / experience only: re-evaluate with each change.
        stepped = self._stepped is not None and not unmet_required(req, self._stepped)
        year = not unmet_required(req, self._more)
        return Opens(frozenset(), stepped, year, experience_kind=_kind(req.experience_kind))

    def _opens_paths(self, req: Requirements) -> Opens:
        """A posting no path of which is met: each change is judged by re-evaluating (a
        credential named on a path or required of all, the next education step, one more
        year)."""
        named = {c for p in req.paths for g in p.certifications for c in g.any_of}
        named |= {c for g in req.required_certifications() for c in g.any_of}
        codes = frozenset(
            x
            for code in named
            for x in _MET_BY[code]
            if not unmet_required(req, self._facts.with_certification(x))
        )
        stepped = self._stepped is not None and not unmet_required(req, self._stepped)
        year = not unmet_required(req, self._more)
        kind = None
        if year:
            # the kind of the path the year opens (the narrowest, when several do)
            opened = [
                _kind(p.experience_kind)
                for p in req.paths
                if p.experience_years and judge(p, req, self._more).status == "met"
            ]
            kind = min(opened, key=_kind_rank, default=None)
        return Opens(codes, stepped, year, experience_kind=kind)

    def add(self, key: int | str, opens: Opens, hourly: float | None) -> None:
        """Count the posting ``key`` (hourly pay ``hourly``) under each change that opens it."""
        for keys, pays in self.slots(opens):
            keys.append(key)
            if hourly is not None:
                pays.append(hourly)

    def slots(self, opens: Opens) -> tuple[tuple[list[int | str], list[float]], ...]:
        """(posting keys, hourly pays) of each change in ``opens``: what ``add`` appends to, for
        a caller that counts many postings with the same Opens."""
        changes: list[tuple[str, GapKind]] = [(code, "certification") for code in opens.codes]
        changes += [(combo, "certification") for combo in sorted(opens.combos)]
        if opens.education and self._level is not None:
            changes.append((self._level, "education"))
        if opens.experience:
            changes.append((EXPERIENCE_CHANGE, "experience"))
        out = []
        for change, kind in changes:
            entry = self._opened.get(change)
            if entry is None:
                entry = self._opened[change] = (kind, [], [])
            out.append((entry[1], entry[2]))
        if opens.experience:
            # the postings the year opens, by the kind it must be of (what the label names: only
            # kinds of postings counted, as a caller may ask slots of a posting it then skips)
            out.append(self._year_kinds.setdefault(opens.experience_kind, ([], [])))
        return tuple(out)

    def gaps(self) -> list[Gap]:
        """The changes that open at least one posting, most postings first."""
        found = [
            Gap(change, kind, self._label(change, kind), len(keys), _median(pays), keys)
            for change, (kind, keys, pays) in self._opened.items()
            if keys
        ]
        found.sort(
            key=lambda g: (
                -g.postings,
                g.median_hourly_pay is None,
                -(g.median_hourly_pay or 0.0),
                _KIND_ORDER[g.kind],
                g.change,
            )
        )
        return found

    def _label(self, change: str, kind: GapKind) -> str:
        if kind == "certification" and "+" in change:
            level, code = change.split("+")
            field = CERTIFICATION_PREREQUISITES[code][1]
            where = f" in {_FIELD_SHORT[field]}" if field else ""
            return f"{ex.EDUCATION_STEP_LABELS[level]}{where} and earn {code}"
        if kind == "certification":
            pending = change in self.profile.pending_certifications
            return f"Finish your pending {change}" if pending else f"Earn {change}"
        if kind == "education":
            return ex.EDUCATION_STEP_LABELS[change]
        total = ex.years(self._facts.experience + EXPERIENCE_STEP)
        # the narrowest kind asked opens them all (a year of coding counts as records work)
        counted = [k for k, (keys, _) in self._year_kinds.items() if keys]
        asked = min(counted, key=_kind_rank, default=None)
        if asked is None:
            return f"Gain one more year of experience ({total} in all)"
        return f"Gain a year of {EXPERIENCE_KIND_LABELS[asked]} experience ({total} in all)"


def _kind(kind: str | None) -> str | None:
    return None if kind in (None, "any") else kind


def _kind_rank(kind: str | None) -> int:
    return len(EXPERIENCE_KIND_RANK) if kind is None else EXPERIENCE_KIND_RANK[kind]


#: Short names of the fields a credential's schooling must be in, for advice labels.
_FIELD_SHORT: Final[dict[str, str]] = {
    "health_information": "HIT/HIM",
    "coding": "medical coding",
    "healthcare": "a health field",
}


def blocked_credentials(profile: CandidateProfile) -> dict[str, tuple[str, str | None]]:
    """Credentials (CERTIFICATION_PREREQUISITES) the profile cannot sit for yet, with the
    schooling each needs; a pending one is taken as under way."""
    return {
        code: need
        for code, need in CERTIFICATION_PREREQUISITES.items()
        if code not in profile.pending_certifications and not _meets_prerequisite(profile, *need)
    }


def _meets_prerequisite(profile: CandidateProfile, level: str, field: str | None) -> bool:
    """The profile has the schooling a credential needs (a field it does not state is taken
    to be the right one: only a stated other field rules it out)."""
    if EDUCATION_RANK[profile.education] < EDUCATION_RANK[level]:
        return False
    if field is None or not (profile.field_of_study or "").strip():
        return True
    study = study_field(profile.field_of_study)
    return study is not None and field in STUDY_FIELD_COVERS[study]


def _median(pays: list[float]) -> float | None:
    return round(statistics.median(pays), 2) if pays else None


def gaps(postings: Iterable[Posting], profile: CandidateProfile) -> list[Gap]:
    """Single changes that would make more postings eligible, most postings first.

    Postings without extracted requirements are skipped (their requirements are unknown).

    >>> from schemas import Requirements, CertificationRequirement as Cert
    >>> req = Requirements(certifications=[Cert(any_of=["RHIT"], level="required")])
    >>> p = Posting(source="demo", external_id="1", url="https://example.org/1",
    ...             title="HIM Clerk", requirements=req)
    >>> [(g.change, g.postings) for g in gaps([p], CandidateProfile(education="bachelor"))]
    [('RHIA', 1), ('RHIT', 1)]
    >>> [g.label for g in gaps([p], CandidateProfile())]  # a diploma: the degree comes first
    ['Complete an associate degree in HIT/HIM and earn RHIT', \
"Complete a bachelor's degree in HIT/HIM and earn RHIA"]
    """
    tally = GapTally(profile)
    for posting in postings:
        if posting.requirements is None:
            continue
        opens = tally.opens(posting.requirements)
        if opens:
            tally.add(_posting_key(posting), opens, hourly_pay(posting_pay(posting)))
    return tally.gaps()
