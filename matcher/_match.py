"""Match a posting's requirements against a candidate profile: one verdict per requirement.

The rules (docs/matching.md):
- education by the ladder in schemas.vocab; with ``education_substitutable`` a candidate with at
  least a high school diploma may stand in for each missing year of post-secondary schooling with
  one year of experience beyond the experience the posting requires (schemas.vocab.SCHOOLING_YEARS);
- experience compares years;
- a certification group is any-of; it is met by a held code or one it covers through
  schemas.vocab.CERTIFICATION_SATISFIES; one with ``within_months`` is always met (it is due
  after hire: the verdict gives the deadline);
- qualification paths (matcher._paths_match): met when any path is; a residence limit is a
  required item judged against the profile's state;
- eligible = no required verdict is not_met; unknown is a risk, never met nor not met.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from matcher import _explain as ex
from matcher._facts import Facts
from matcher._paths_flat import common_education
from matcher._paths_verdicts import path_verdicts, paths_status
from matcher._prefs import preference_verdicts
from matcher._rank import PREFERENCE_FIELDS, score
from matcher._specialized import grade_level, if_specialized, specialized_need, unconfirmed
from matcher._unstated import silent_verdicts, states_no_qualification, unread_verdicts
from schemas import (
    CandidateProfile,
    CertificationRequirement,
    MatchResult,
    Posting,
    Requirements,
    Verdict,
)
from schemas.models import Evidence
from schemas.vocab import (
    EDUCATION_LABELS,
    EDUCATION_RANK,
    EXPERIENCE_KIND_LABELS,
    SCHOOLING_YEARS,
    RequirementLevel,
    VerdictStatus,
    credentials_covered,
)

#: With a substitutable education requirement, one year of relevant experience stands in for one
#: missing year of schooling (schemas.vocab.SCHOOLING_YEARS per level): the year-for-year reading
#: of "associate degree or two years of equivalent experience" postings. It is deliberately
#: conservative: OPM's group qualification standards for clerical and technical support positions
#: (which cover federal records technicians, series 0675) accept 6 months of experience for a year
#: of study above high school (GS-3) and 1 year for two (GS-4), so a federal posting may accept
#: less experience than this rule asks.
#: Years of experience per missing year of schooling (see above).
EXPERIENCE_PER_SCHOOL_YEAR: Final = 1.0
_EPS: Final = 1e-9


# --- the rules, as statuses only (no wording), shared by match() and gaps() -------------------


def substitution_needed(have: str, need: str) -> float:
    """Years of experience that stand in for the schooling between ``have`` and ``need``.

    >>> substitution_needed("high_school", "associate"), substitution_needed("bachelor", "master")
    (2.0, 2.0)
    """
    missing = max(0.0, SCHOOLING_YEARS[need] - SCHOOLING_YEARS[have])
    return missing * EXPERIENCE_PER_SCHOOL_YEAR


def education_status(level: str, req: Requirements, facts: Facts) -> VerdictStatus:
    if EDUCATION_RANK[facts.education] >= EDUCATION_RANK[level]:
        return "met"
    if _substitutes(level, req, facts):
        return "met"
    return "not_met"


def _spare_experience(req: Requirements, facts: Facts) -> float:
    """Experience beyond what the posting requires: only that may stand in for schooling."""
    return facts.experience - (req.experience_years_required or 0.0)


def _asked_by_every_path(level: str, req: Requirements) -> bool:
    """Every route asks this level at least ("a bachelor's, or an associate degree plus four
    years" asks the associate of all): experience stands in for the schooling above it, never
    for the level itself."""
    common = common_education(req.paths) if req.paths else None
    return common is not None and EDUCATION_RANK[common] >= EDUCATION_RANK[level]


def _substitutes(level: str, req: Requirements, facts: Facts) -> bool:
    # Experience stands in for post-secondary schooling only: a diploma or GED is its own
    # equivalent ("high school or equivalent" is not a substitution, docs/design.md).
    if not req.education_substitutable or EDUCATION_RANK[facts.education] < 1:
        return False
    if _asked_by_every_path(level, req):
        return False
    return _spare_experience(req, facts) + _EPS >= substitution_needed(facts.education, level)


def experience_status(years: float, facts: Facts, kind: str | None = None) -> VerdictStatus:
    return "met" if facts.years_of(kind) + _EPS >= years else "not_met"


def certification_status(group: CertificationRequirement, facts: Facts) -> VerdictStatus:
    """Met when held (or covered); a credential "required, or obtained within N months of hire"
    stops nobody applying (docs/design.md): met, the verdict saying when it is due."""
    if facts.held.intersection(group.any_of):
        return "met"
    if group.within_months is not None:
        return "met"
    return "not_met"


def residence_status(req: Requirements, facts: Facts) -> VerdictStatus:
    """A residence limit: met in one of the states; unknown without a state or when the
    candidate would relocate; else not met."""
    if facts.state in req.residence_states:
        return "met"
    if facts.state is None or facts.relocate:
        return "unknown"
    return "not_met"


def unmet_required(req: Requirements, facts: Facts) -> list[CertificationRequirement | str]:
    """The required items not met: "education", "experience", "residence", "paths" (no path
    is met) or the certification group."""
    unmet: list[CertificationRequirement | str] = []
    level = req.education_required
    if level is not None and education_status(level, req, facts) == "not_met":
        unmet.append("education")
    years = req.experience_years_required
    if years is not None and experience_status(years, facts, req.experience_kind) == "not_met":
        unmet.append("experience")
    for group in req.certifications:
        if group.level == "required" and certification_status(group, facts) == "not_met":
            unmet.append(group)
    if req.residence_states and residence_status(req, facts) == "not_met":
        unmet.append("residence")
    if req.paths and paths_status(req, facts)[0] == "not_met":
        unmet.append("paths")
    return unmet


# --- verdicts with wording ---------------------------------------------------------------------


def _ev(evidence: Evidence | None) -> str | None:
    return None if evidence is None else evidence.text


def _verdict(
    field: str,
    label: str,
    level: RequirementLevel,
    status: VerdictStatus,
    explanation: str,
    evidence: Evidence | None = None,
) -> Verdict:
    return Verdict(
        field=field,
        label=label,
        level=level,
        status=status,
        evidence=_ev(evidence),
        explanation=explanation,
    )


def _education_verdict(
    field: str, level: str, how: RequirementLevel, req: Requirements, facts: Facts
) -> Verdict:
    status = education_status(level, req, facts)
    verb, need, have = ex.VERB[how], ex.education(level), ex.education(facts.education)
    label = EDUCATION_LABELS[level][:1].upper() + EDUCATION_LABELS[level][1:]
    if EDUCATION_RANK[facts.education] >= EDUCATION_RANK[level]:
        text = ex.T_EDU_MET.format(verb=verb, need=need, have=have)
    elif status == "met":
        text = ex.T_EDU_SUBSTITUTED.format(verb=verb, need=need, years=ex.years(facts.experience))
    elif (
        req.education_substitutable
        and EDUCATION_RANK[facts.education] >= 1
        and not _asked_by_every_path(level, req)
    ):
        needed = substitution_needed(facts.education, level) + (req.experience_years_required or 0)
        text = ex.T_EDU_SUBSTITUTE_SHORT.format(
            verb=verb,
            need=need,
            have=have,
            years=ex.years(facts.experience),
            needed=ex.years(needed),
        )
    else:
        text = ex.T_EDU_NOT_MET.format(verb=verb, need=need, have=have)
    return _verdict(field, label, how, status, text, req.evidence.get(field))


def _experience_verdict(
    field: str, years: float, how: RequirementLevel, req: Requirements, facts: Facts
) -> Verdict:
    kind = req.experience_kind if field == "experience_years_required" else None
    status = experience_status(years, facts, kind)
    if years <= 0:
        label, text = "No experience", ex.T_EXP_NONE
    else:
        # the kind in the label too, as the badge shows it: "2 years of medical records
        # experience: not met" ("3 years of experience" when no kind is asked)
        kind_words = f"{EXPERIENCE_KIND_LABELS[kind]} " if kind not in (None, "any") else ""
        need = ex.years(years) + (f" of {kind_words}experience" if kind_words else "")
        label = f"{ex.years(years)} of {kind_words}experience"
        assumed = (
            EXPERIENCE_KIND_LABELS[kind] if kind not in (None, "any") and not facts.kinds else None
        )
        held = facts.years_of(kind)
        other = facts.experience - held if facts.kinds and kind not in (None, "any") else 0.0
        have = ex.you_have(held, assumed, other)
        evidence = req.evidence.get(field)
        level = grade_level(None if evidence is None else evidence.text)
        if level is not None:
            # a grade's specialized year is this job's work, not a year of any work (session 16)
            kinds = "" if kind in (None, "any") else f"{EXPERIENCE_KIND_LABELS[kind]} "
            need = specialized_need(ex.years(years), kinds, level)
            if status == "met" and unconfirmed(kind, level):
                status, have = "unknown", if_specialized(have, level)
        text = ex.T_EXP.format(verb=ex.VERB[how], need=need, have=have)
    return _verdict(field, label, how, status, text, req.evidence.get(field))


def _certification_verdict(group: CertificationRequirement, facts: Facts) -> Verdict:
    status = certification_status(group, facts)
    verb, need = ex.VERB[group.level], ex.one_of(group.any_of)
    holding = [c for c in group.any_of if c in facts.own]
    covering = sorted(c for c in facts.own if credentials_covered({c}).intersection(group.any_of))
    pending = [c for c in group.any_of if c in facts.reachable]
    if holding:
        text = ex.T_CERT_MET.format(verb=verb, need=need, held=ex.one_of(holding, "and"))
    elif covering:
        text = ex.T_CERT_EQUIVALENT.format(verb=verb, need=need, held=ex.one_of(covering, "and"))
    elif group.within_months is not None and pending:
        text = ex.T_CERT_PENDING_MET.format(verb=verb, need=need, months=group.within_months)
    elif group.within_months is not None:
        text = ex.T_CERT_DUE_WITHIN.format(verb=verb, need=need, months=group.within_months)
    elif pending:
        text = ex.T_CERT_PREFERRED_PENDING.format(verb=verb, need=need)
        if group.level == "required":
            text = ex.T_CERT_NOT_MET.format(
                verb=verb, need=need, lack=ex.lacking(len(group.any_of)) + " yet (pending)"
            )
    else:
        text = ex.T_CERT_NOT_MET.format(verb=verb, need=need, lack=ex.lacking(len(group.any_of)))
    label = need
    if group.within_months is not None and not holding and not covering:
        label = f"{need} (due within {group.within_months} months of hire)"
    return _verdict("certifications", label, group.level, status, text, group.evidence)


def _skills_verdict(req: Requirements, facts: Facts) -> Verdict:
    need = ex.skills(req.skills)
    status: VerdictStatus
    if not facts.skills:
        status, text = "unknown", ex.T_SKILLS_UNKNOWN.format(need=need)
    else:
        missing = [s for s in req.skills if s not in facts.skills]
        status = "not_met" if missing else "met"
        if not missing:
            text = ex.T_SKILLS_MET.format(need=need)
        elif len(missing) < len(req.skills):
            text = ex.T_SKILLS_NOT_MET.format(need=need, missing=ex.skills(missing))
        elif len(missing) == 1:
            text = ex.T_SKILL_NOT_MET.format(need=need)
        else:
            text = ex.T_SKILLS_NONE_MET.format(need=need)
    return _verdict("skills", "Skills", "preferred", status, text, req.evidence.get("skills"))


def _residence_verdict(req: Requirements, facts: Facts) -> Verdict:
    status = residence_status(req, facts)
    where = ex.one_of(req.residence_states)
    if status == "met":
        text = ex.T_RESIDENCE_MET.format(where=where, home=facts.state)
    elif facts.state is None:
        text = ex.T_RESIDENCE_UNKNOWN.format(where=where)
    elif status == "unknown":
        text = ex.T_RESIDENCE_RELOCATE.format(where=where, home=facts.state)
    else:
        text = ex.T_RESIDENCE_NOT_MET.format(where=where, home=facts.state)
    label = f"Residence in {where}"
    evidence = req.evidence.get("residence_states")
    return _verdict("residence", label, "required", status, text, evidence)


def requirement_verdicts(req: Requirements, facts: Facts) -> list[Verdict]:
    """One verdict per requirement the posting states (plus the implied diploma, as a risk)."""
    out: list[Verdict] = []
    if states_no_qualification(req):
        out.extend(silent_verdicts(facts))
    elif req.education_required is not None:
        out.append(
            _education_verdict("education_required", req.education_required, "required", req, facts)
        )
    elif facts.education == "none":
        out.append(
            _verdict(
                "education_required",
                "High school diploma or GED",
                "required",
                "unknown",
                ex.T_EDU_IMPLIED,
            )
        )
    if req.education_preferred is not None:
        out.append(
            _education_verdict(
                "education_preferred", req.education_preferred, "preferred", req, facts
            )
        )
    if req.experience_years_required is not None:
        out.append(
            _experience_verdict(
                "experience_years_required", req.experience_years_required, "required", req, facts
            )
        )
    if req.experience_years_preferred is not None:
        out.append(
            _experience_verdict(
                "experience_years_preferred",
                req.experience_years_preferred,
                "preferred",
                req,
                facts,
            )
        )
    out.extend(_certification_verdict(group, facts) for group in req.certifications)
    if req.paths:
        out.extend(path_verdicts(req, facts))
    if req.residence_states:
        out.append(_residence_verdict(req, facts))
    if req.skills:
        out.append(_skills_verdict(req, facts))
    return out


def match(
    posting_or_requirements: Posting | Requirements,
    profile: CandidateProfile,
    *,
    today: datetime | None = None,
) -> MatchResult:
    """Judge one posting (or bare requirements) against a profile.

    ``today`` (naive UTC) flags a posting whose closing date has passed, as a relaxed preference.

    >>> from schemas import CertificationRequirement as Cert
    >>> req = Requirements(education_required="high_school",
    ...                    certifications=[Cert(any_of=["RHIT", "RHIA"], level="required")])
    >>> res = match(req, CandidateProfile(education="associate", certifications=["RHIA"]))
    >>> res.eligible, [v.explanation for v in res.verdicts]
    (True, ['Requires a high school diploma or GED; you have an associate degree', \
'Requires RHIT or RHIA; you hold RHIA'])
    """
    if isinstance(posting_or_requirements, Posting):
        posting: Posting | None = posting_or_requirements
        req = posting_or_requirements.requirements
    else:
        posting, req = None, posting_or_requirements
    facts = Facts.of(profile)
    verdicts = requirement_verdicts(req, facts) if req is not None else unread_verdicts()
    verdicts.extend(preference_verdicts(posting, req, profile, today=today))
    eligible = not any(v.level == "required" and v.status == "not_met" for v in verdicts)
    relaxed = [
        v.explanation for v in verdicts if v.field in PREFERENCE_FIELDS and v.status == "not_met"
    ]
    return MatchResult(
        posting=posting,
        posting_id=None if posting is None else posting.id,
        eligible=eligible,
        score=score(verdicts, eligible=eligible),
        verdicts=verdicts,
        relaxed=relaxed,
    )
