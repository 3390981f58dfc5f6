"""One alternative of a federal "OR" block (matcher._paths): its routes, or a combination."""

from __future__ import annotations

import re
from typing import Final

from matcher._lexicon_codes import CERT_CODE_RE
from matcher._paths_kinds import credential_codes, experience_kind, study_field
from matcher._paths_parts import (
    DIPLOMA_PLUS_RE,
    education_level,
    first_years,
    names_diploma,
    schooling_years,
)
from schemas.models import CertificationRequirement, Combination, Evidence, QualificationPath
from schemas.vocab import SCHOOLING_YEARS

#: A combination counting only schooling past the first two years ("education above the first 60
#: semester hours"): the path's Combination says so.
_ABOVE_60_RE: Final = re.compile(
    r"(?:above|beyond|in excess of) (?:the )?first 60|beyond the (?:second|2nd) year|"
    r"(?:above|beyond) 60 semester hours",
    re.I,
)
#: An alternative's lead-in: its number ("(1)", "2.") and the marks around it.
#: ... or its letter: "(a)", "(b)".
_CUT_LEAD_RE: Final = re.compile(
    r"^[\s\-–•,:;.()]*(?:(?:\(?\d{1,2}[.)]|\(\d\)|[a-e]\))(?!\d)[\s\-–•,:;.()]*)?"
)


def block_evidence(text: str) -> Evidence:
    """A block's text as evidence: one line, capped (built here: no validation needed)."""
    return Evidence.model_construct(source="text", text=" ".join(text.split())[:400])


#: A numbered combination item after the routes it mixes: "3. Education and/or experience
#: equivalent to 1 or 2 above", "(c) Experience and education equivalent to (a) and (b)".
_EITHER_ABOVE_RE: Final = re.compile(
    r"\W{0,3}(?:education|experience) (?:and/or|and|or) (?:education|experience) "
    r"(?:equivalent|comparable) to\b[^.;]{0,30}\b(?:above|\d (?:or|and) \d|\(?[a-d]\)? (?:or|and) "
    r"\(?[a-d]\)?)",
    re.I,
)


def _sentence_at(text: str, pos: int) -> str:
    """The sentence of ``text`` from ``pos`` on (the figure's own words, then what it lists)."""
    end = text.find(". ", pos + 20)
    return text[pos : end + 1 if end >= 0 else pos + 300]


#: Words by which a credential named is not held as a route: "RHIT eligible", "RHIT preferred".
_NOT_HELD: Final = ("eligib", "prefer", "desir", "a plus")


#: An alternative that opens with its list mark: "(a) ", "2. ", "B) "; ... or ends with one
#: (the mark before a block's first alternative).
_MARKED_RE: Final = re.compile(r"\s*\(?[1-9a-eA-E][.)]\s")
MARK_BEFORE_RE: Final = re.compile(r"(?:^|\s)\(?[1-9a-eA-E][.)][ \t]*$")


def _names_credential(low: str, s: str, marked: bool) -> bool:
    """Whether a block's alternative (lower case, its first 160 characters) is a credential:
    it names a certification or a credential ("Possession of the RHIT credential from AHIMA"),
    opens with a registration ("Current registration as an RHIT with AHIMA"; not "An associate
    degree in HIT and current registration as an RHIT", the degree's route with its credential)
    or, a ``marked`` list item, with the code itself ("(a) RHIT; OR (b) ..."; not a bare
    "CRIS OR RHIT" of a licences line); not "RHIT eligible", not yet held, nor "RHIT
    preferred", no route."""
    if "certif" in low or "registration" in low[:30]:
        return True
    return ("credential" in low or (marked and CERT_CODE_RE.match(s) is not None)) and not any(
        w in low[:80] for w in _NOT_HELD
    )


def segment(
    seg: str, grade: str | None, marked: bool = False
) -> list[QualificationPath] | str | None:
    """One alternative of a block: its path(s), "combination", or None when it is none.
    ``marked``: the alternative is a list item whose mark the block's start left out ("(a) ")."""
    s = _CUT_LEAD_RE.sub("", " ".join(seg.split()))  # wrapped lines read as one
    head, low = s[:40].lower(), s.lower()
    if "combination" in low[:120] or _EITHER_ABOVE_RE.match(s):
        return "combination"
    start = s[:400]
    # a credential by its certification or registration: "RHIT certification", "Current
    # registration as an RHIT with AHIMA" (a route of its own)
    marked = marked or _MARKED_RE.match(seg) is not None
    codes = credential_codes(s[:160]) if _names_credential(low[:160], s, marked) else []
    years = first_years(start)
    if codes:
        group = CertificationRequirement(any_of=codes, level="required")
        return [
            QualificationPath(
                label="certification",
                grade=grade,
                certifications=[group],
                experience_years=None if years is None else years[0],
                experience_kind=experience_kind(start) if years else None,
                evidence=block_evidence(s),
            )
        ]
    if (
        (
            head.startswith(("completion", "successful completion", "graduat"))
            or ("program" in low[:120] and "complet" in low[:60])
        )
        and "degree" not in low[:80]
        # "Successful completion of 4 years of education above high school": schooling, the
        # education route (read below), not a training programme
        and "of education" not in low[:80]
        # "Graduation from high school and two years of ...": the diploma is no training
        # programme (read below, with the years)
        and not ((trained := education_level(start)) is None and names_diploma(start[:80]))
    ):
        # "completion of an accredited HIT program with one year of experience": both, one route
        paired = years is not None and "experience" in low[years[1] : years[1] + 60]
        return [
            QualificationPath(
                label="training and experience" if paired else "training",
                grade=grade,
                education=trained or "certificate",
                education_field=study_field(start),
                experience_years=years[0] if paired and years else None,
                experience_kind=experience_kind(start) if paired else None,
                evidence=block_evidence(s),
            )
        ]
    level = education_level(start)
    is_education = head.startswith("education") or (
        level is not None
        and not head.startswith(("experience", "general exp", "specialized"))
        and (years is None or start.lower().find("experience") < 0)
    )
    if is_education and level is not None:
        return [
            QualificationPath(
                label="education",
                grade=grade,
                education=level,
                education_field=study_field(start),
                evidence=block_evidence(s),
            )
        ]
    if years is None:
        return None
    schooled = education_level(start[: years[1]])  # schooling named before the figure
    # "high school diploma plus two years of records experience": the diploma is the route's too
    # (education_level leaves the diploma out: it names schooling above it)
    # (joined to the figure in its sentence: not "Diploma or equivalent with typing skills.
    # Two years of ...")
    joint = DIPLOMA_PLUS_RE.search(start, 0, years[1]) if schooled is None else None
    diploma_plus = joint is not None and ". " not in start[joint.end() : years[1]]
    # the years joined to the diploma are work whatever they are called ("diploma and two years
    # of clerical work", "GED plus 18 months in a clinic"); schooling was read above
    if not diploma_plus and "experience" not in low[:300]:
        return None
    kind = experience_kind(_sentence_at(start, years[1]))
    if schooled not in (None, "high_school") and not head.startswith(
        ("experience", "general exp", "specialized")
    ):
        # "Associate degree in HIT and RHIT with 3 years of experience": both, on one route;
        # not "two years of experience, which may substitute for the certificate"
        return [
            QualificationPath(
                label="education and experience",
                grade=grade,
                education=schooled,
                education_field=study_field(start),
                experience_years=years[0],
                experience_kind=kind,
                evidence=block_evidence(s),
            )
        ]
    # the diploma joined to the figure is the route's under any heading ("Education &
    # Experience: HS diploma + 2 years": the block starts at the heading's "Experience:")
    out = [
        QualificationPath(
            label="education and experience" if diploma_plus else "experience",
            grade=grade,
            education="high_school" if diploma_plus else None,
            experience_years=years[0],
            experience_kind=kind,
            evidence=block_evidence(s),
        )
    ]
    # "one year of clerical experience ... or two years of education above high school"
    tail = re.search(
        r"\bor (?:at least )?([\w-]+ years? (?:of education )?above high school)", start
    )
    if tail and (lvl := education_level(tail.group(1))) is not None:
        out.append(
            QualificationPath(
                label="education",
                grade=grade,
                education=lvl,
                evidence=block_evidence(tail.group(0)),
            )
        )
    return out


def combination_path(
    paths: list[QualificationPath], text: str, grade: str | None
) -> QualificationPath | None:
    """The block's combination alternative: its experience and schooling years from the block's
    experience and education paths (``text``: the alternative and what follows it)."""
    # "diploma and one year of experience" is the experience route too (matcher._paths_segment)
    exp = next(
        (
            p
            for p in paths
            if p.label in ("experience", "education and experience") and p.experience_years
        ),
        None,
    )
    edu = next((p for p in paths if p.label in ("education", "training") and p.education), None)
    school = None if edu is None or edu.education is None else SCHOOLING_YEARS[edu.education]
    if edu is not None and edu.evidence is not None:
        school = schooling_years(edu.evidence.text) or school
    if exp is None or exp.experience_years is None or not school:
        return None
    comb = Combination(
        experience_years=exp.experience_years,
        schooling_years=school,
        experience_kind=exp.experience_kind,
        hours_above_60=bool(_ABOVE_60_RE.search(text)),
    )
    return QualificationPath(
        label="combination", grade=grade, combination=comb, evidence=block_evidence(text[:300])
    )
