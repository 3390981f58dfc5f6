"""Wording of match verdicts: templates and small formatters, kept apart from the matching rules.

Every sentence a job seeker reads about a verdict is built here, so the wording can be reviewed
(or translated) in one place.
"""

from __future__ import annotations

from typing import Final

from schemas.vocab import EDUCATION_LABELS, SKILLS

#: Education levels with their article, for "Requires an associate degree".
EDUCATION_PHRASES: Final[dict[str, str]] = {
    "none": "no diploma",
    "high_school": "a high school diploma or GED",
    # a year of schooling above high school (docs/design.md): federal "one year above high
    # school" is this level too
    "certificate": "a post-secondary certificate or a year of college",
    "associate": "an associate degree",
    "bachelor": "a bachelor's degree",
    "master": "a master's degree",
}

#: What a job seeker would do to climb one step of the ladder (gap analysis labels).
EDUCATION_STEP_LABELS: Final[dict[str, str]] = {
    "high_school": "Finish a high school diploma or GED",
    "certificate": "Complete a post-secondary certificate",
    "associate": "Complete an associate degree",
    "bachelor": "Complete a bachelor's degree",
    "master": "Complete a master's degree",
}

WORKPLACE_LABELS: Final[dict[str, str]] = {
    "on_site": "on-site",
    "hybrid": "hybrid",
    "remote": "remote",
}
SHIFT_LABELS: Final[dict[str, str]] = {
    "day": "day",
    "evening": "evening",
    "night": "night",
    "weekend": "weekend",
    "rotating": "rotating",
}
EMPLOYMENT_LABELS: Final[dict[str, str]] = {
    "full_time": "full-time",
    "part_time": "part-time",
    "per_diem": "per diem",
    "temporary": "temporary",
    "contract": "contract",
    "internship": "internship",
}

VERB: Final[dict[str, str]] = {"required": "Requires", "preferred": "Prefers"}

# Templates. Placeholders are filled by matcher._match; keep them short and in the second person.
T_EDU_MET: Final = "{verb} {need}; you have {have}"
T_EDU_NOT_MET: Final = "{verb} {need}; you have {have}"
T_EDU_SUBSTITUTED: Final = (
    "{verb} {need} or equivalent experience; your experience ({years}) stands in for it"
)
T_EDU_SUBSTITUTE_SHORT: Final = (
    "{verb} {need} or equivalent experience; you have {have} and {years} of experience "
    "({needed} needed to stand in)"
)
T_EDU_IMPLIED: Final = (
    "The posting does not say, but nearly every employer requires a high school diploma or GED"
)
T_EXP: Final = "{verb} {need}; {have}"
#: what the candidate has of the experience asked (ex.you_have); the assumption, when the profile
#: does not break its years down by kind, is a clause, not an aside: the phrase is also quoted
#: inside a path verdict's parentheses, where an aside of its own would nest
T_HAVE_YEARS: Final = "you have {years}"
T_ASSUMED_KIND: Final = ", assuming all of it is {kind} experience"
T_EXP_NONE: Final = "No experience required"
T_CERT_MET: Final = "{verb} {need}; you hold {held}"
T_CERT_EQUIVALENT: Final = "{verb} {need}; your {held} meets it"
T_CERT_PENDING_MET: Final = "{verb} {need} within {months} months of hire; yours is pending"
T_CERT_NOT_MET: Final = "{verb} {need}; {lack}"
T_CERT_DUE_WITHIN: Final = (
    "{verb} {need} within {months} months of hire; you can apply now and earn it by then"
)
T_RESIDENCE_MET: Final = "Open only to residents of {where}; you live in {home}"
T_RESIDENCE_NOT_MET: Final = "Open only to residents of {where}; you live in {home}"
T_RESIDENCE_RELOCATE: Final = (
    "Open only to residents of {where}; you live in {home} but are willing to relocate"
)
T_RESIDENCE_UNKNOWN: Final = "Open only to residents of {where}; your profile states no state"
T_CERT_PREFERRED_PENDING: Final = "{verb} {need}; yours is pending"
T_SKILLS_MET: Final = "Asks for {need}; you list them all"
T_SKILLS_NOT_MET: Final = "Asks for {need}; you do not list {missing}"
#: ... when the profile lists none of them: the list is not said twice
T_SKILLS_NONE_MET: Final = "Asks for {need}; you list none of them"
T_SKILL_NOT_MET: Final = "Asks for {need}; you do not list it"
T_SKILLS_UNKNOWN: Final = "Asks for {need}; your profile lists no skills"
T_UNKNOWN_REQUIREMENTS: Final = "Requirements not read from this posting yet: {what} unknown"
#: a posting that states no qualification at all: silence is not "nothing required"
T_NOT_STATED: Final = "The posting states no {what} requirement; read it before you apply"

T_LOCATION_MET: Final = "In {where}, your state"
T_LOCATION_REMOTE: Final = "Remote"
T_LOCATION_RELOCATE: Final = "In {where}; you are willing to relocate"
T_LOCATION_NOT_MET: Final = "In {where}; you are in {home}"
T_LOCATION_UNKNOWN: Final = "The posting does not say which state the job is in"
T_PREF_MET: Final = "{what} is {value}, as you want"
T_PREF_NOT_MET: Final = "{what} is {value}; you want {want}"
T_PREF_UNKNOWN: Final = "The posting does not state the {what_lower}"
T_PAY_MET: Final = "Pays {pay}; you want at least {want}"
T_PAY_NOT_MET: Final = "Pays {pay}; you want at least {want}"
T_PAY_UNKNOWN: Final = "The posting does not state pay; you want at least {want}"
T_CLOSED: Final = "Applications closed on {date}"


def years(value: float) -> str:
    """Years of experience for people.

    >>> years(0.5), years(1), years(2), years(1.5), years(0)
    ('6 months', '1 year', '2 years', '1.5 years', 'none')
    """
    if value <= 0:
        return "none"
    if value < 1:
        months = round(value * 12)
        return f"{months} month" + ("" if months == 1 else "s")
    text = f"{value:g}"
    return f"{text} year" + ("" if value == 1 else "s")


def you_have(have: float, assumed_kind: str | None = None, other: float = 0.0) -> str:
    """The candidate's years of experience, and the kind they were taken to be when the profile
    gives no breakdown (``assumed_kind``, in words); nothing is assumed of no years. ``other``:
    the years of a broken-down profile that are not of the kind asked, said so the candidate
    sees why they do not count.

    >>> you_have(3, "coding"), you_have(0, "coding"), you_have(0.5)
    ('you have 3 years, assuming all of it is coding experience', 'you have none', \
'you have 6 months')
    >>> you_have(0, other=2)
    'you have none, not counting 2 years of other work'
    """
    text = T_HAVE_YEARS.format(years=years(have))
    if assumed_kind and have > 0:
        text += T_ASSUMED_KIND.format(kind=assumed_kind)
    elif other > 0:
        text += f", not counting {years(other)} of other work"
    return text


def one_of(items: list[str], conj: str = "or") -> str:
    """Join alternatives: "RHIT", "RHIT or RHIA", "CPC, COC or CPC-A".

    >>> one_of(["RHIT"]), one_of(["RHIT", "RHIA"]), one_of(["CPC", "COC", "CPC-A"], "and")
    ('RHIT', 'RHIT or RHIA', 'CPC, COC and CPC-A')
    """
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conj} {items[-1]}"


def lacking(count: int) -> str:
    """What the candidate lacks among ``count`` alternatives.

    >>> lacking(1), lacking(2), lacking(3)
    ('you do not hold it', 'you hold neither', 'you hold none of them')
    """
    if count == 1:
        return "you do not hold it"
    return "you hold neither" if count == 2 else "you hold none of them"


def money(hourly: float) -> str:
    """
    >>> money(21.4)
    '$21.40/h'
    """
    return f"${hourly:,.2f}/h"


def education(level: str) -> str:
    return EDUCATION_PHRASES.get(level, EDUCATION_LABELS.get(level, level))


def skills(ids: list[str]) -> str:
    return one_of([SKILLS.get(s, s) for s in ids], "and")
