"""Schooling offered in place of the experience a posting asks, as private postings state it:
"Education above high school may be substituted for experience", "completion of a certificate
program may substitute for the required experience", "an equivalent combination of education and
experience may be substituted for the experience". Two routes: the experience, or the schooling
(matcher._paths_inline calls ``education_for_experience`` on a sentence that offers it).
"""

from __future__ import annotations

import re
from typing import Final

from matcher._paths_kinds import experience_kind, study_field
from matcher._paths_parts import EXP_ABBR_RE, education_level, first_years
from matcher._rules import first_letters
from matcher._rules_substitution import IN_PLACE_OF, REFUSED_RE, REPLACE
from schemas.models import Combination, Evidence, QualificationPath

#: "completion of a coding program", "graduation from an approved program": training as schooling.
TRAINING_RE: Final = first_letters(
    r"\b(?:completion of|graduat\w+ (?:from|of)|completed) (?:an? |the )?(?:[\w-]+ ){0,5}?"
    # "successful completion of a course for medical record technicians" (federal MRT)
    r"(?:program|programme|course of study|courses?|training)\b",
    re.I,
)
#: Schooling offered in place of the experience asked ("Education above high school may be
#: substituted for experience", "completion of a certificate program may substitute for the
#: required experience"): two routes, the experience or the schooling. A negated offer ("may not
#: be substituted", "cannot be substituted") does not match: it needs "may be" / "may substitute".
_EDUCATION_FOR_EXPERIENCE_RE: Final = re.compile(
    # "Two years of college may substitute ...": the schooling's own figure is part of it
    r"(?P<what>\b(?:(?:[\w-]+ (?:\(\d+\) )?(?:years?|(?:semester|quarter|credit) "
    r"(?:hours|units)) of )?"
    # "one year of full-time academic study at an accredited college may substitute for ..."
    r"(?:(?:full[- ]time |part[- ]time )?(?:academic |college |university )?study|"
    r"education|schooling|college|"
    r"coursework)|completion|graduation|an? |the |post[- ]?secondary|"
    # "one year above high school may be used in lieu of the experience": the figure and where
    # the schooling sits, the word "education" left out
    r"[\w-]+ (?:\(\d+\) )?years? (?:of (?:study |education |schooling )?)?(?:above|beyond) "
    r"(?:the )?high school|"
    # the fields it may be in are often a list: "College coursework in business, office
    # technology or health records may be substituted for the required experience"
    r"associate|bachelor|certificate)[\w' /,-]{0,80}?)\s(?:(?:may|can|will) (?:also )?(?:be )?"
    r"(?:(?:substituted|substitute|accepted|used|considered|qualify) (?:for|"
    + IN_PLACE_OF
    + r") |"
    + REPLACE
    + r" )|"
    # "Substitution: Two years of post-secondary education in lieu of the experience"
    + IN_PLACE_OF
    + r" )"
    # "for one year of experience", "for the required experience", "replace one year of the
    # required two years of experience" (the total named after the part)
    # "for this experience", "in place of such experience": the experience just asked
    # "for the one year of coding experience": the whole figure asked, named with its article
    # (abbreviated too: "for up to 1 yr of the required exp.", session 13)
    r"(?:the )?(?P<part>(?:up to )?[\w-]+ (?:\(\d+\) )?(?:years?|yrs?|months?) of (?:the )?)?"
    r"(?:the |an? |this |that |such )?"
    # "for the clerical experience", "for the required office experience"
    r"(?:(?:required|general|specialized|creditable|clerical|office|qualifying|relevant|related)"
    r" ){0,2}(?P<total>[\w-]+ (?:years?|yrs?|months?) of )?"
    # the kind of the experience: "for the one year of coding experience", "for the medical
    # records experience" (no conjunction or figure: "the degree and experience" is no kind)
    r"(?:(?!(?:and|or|plus|with|of|in)\b)[a-z-]+ ){0,2}?"
    r"(?:work )?(?:experience|exp(?=\.|\b(?! ?[-/])))\b",
    re.I,
)
#: The same offer with the verb first: "You may substitute education for experience: four years
#: of education above high school" (federal); the schooling is named after the colon.
_SUBSTITUTE_EDUCATION_RE: Final = re.compile(
    r"\b(?:may|can) (?:also )?substitute (?P<what>(?:your |the )?(?:education|schooling|college"
    r"(?: course ?work)?)) for (?P<part>)(?:the |this |that |such )?"
    r"(?:required |specialized |general )?"
    r"(?P<total>)experience\b",
    re.I,
)
#: The schooling offered is named after a colon: "Education may be substituted for experience:
#: four years above high school."
_NAMED_AFTER_RE: Final = re.compile(r"\s?:")
_OFFER_VERB_RE: Final = re.compile(
    r"\b(?:may|can|will) (?:also )?(?:be )?(?:substitut|accept|used|consider|qualif|"
    + REPLACE
    + r")|"
    r"\bin (?:lieu|place) of\b",
    re.I,
)
#: "an equivalent combination of education and experience" offered for the experience.
_COMBINATION_OFFER_RE: Final = re.compile(
    r"\bcombination of (?:[\w-]+ ){0,2}(?:education|schooling|training|college|coursework)\b",
    re.I,
)
#: "education above high school" with no figure: the least schooling above the diploma counts.
_ABOVE_HIGH_SCHOOL_RE: Final = re.compile(
    r"\b(?:above|beyond|after) (?:the )?(?:high school|12th grade|twelfth grade)\b|"
    r"\bpost[- ]?secondary\b|"
    # "a year of academic study at an accredited college", "university coursework"
    r"\b(?:academic|college|university) (?:study|studies|course ?work)\b|"
    r"\bpost[- ]high[- ]school\b|"
    # "College coursework may substitute ...", "30 semester hours (or units) of college",
    # "college credit"
    r"\bcollege (?:course ?work|courses|credits?|study|education)\b|"
    r"\b(?:semester|quarter|credit) (?:hours|units)\b",
    re.I,
)
#: Schooling named by the bare word: "Education may be substituted for experience", "College
#: may substitute ...", "Additional education ...".
_BARE_SCHOOLING_RE: Final = re.compile(
    r"^\W{0,3}(?:(?:additional|relevant|related|appropriate|qualifying|further) )?"
    r"(?:education|schooling|college(?: course ?work)?)\s*$",
    re.I,
)
#: The same offer with the experience first: "In lieu of one year of the experience, 30 semester
#: hours of college" (state civil service): read as "<schooling> may be substituted for <it>".
_LIEU_FIRST_RE: Final = re.compile(
    r"^\W{0,3}" + IN_PLACE_OF + r" (?P<exp>[^,;:]{0,80}?\bexperience\b"
    r"[^,;:]{0,30}?)\s?[,:;]\s?(?P<school>[^.;]{3,160})",
    re.I,
)
#: The schooling offered to those without the experience: "Candidates without the two years may
#: qualify with an associate degree in HIT instead", "applicants without that experience can be
#: considered with a coding certificate": read as "<schooling> may be substituted for <it>".
_WITHOUT_EXPERIENCE_RE: Final = re.compile(
    r"\bwithout (?:the |that |this |such )?(?P<exp>(?:required |qualifying )?(?:[\w-]+ "
    r"(?:\(\d+\) )?(?:years?|months?)(?: of (?:[\w-]+ ){0,2}?experience)?|(?:[\w-]+ ){0,2}?"
    r"experience))\b[^.;]{0,40}?\b(?:may|can|will) (?:still |also )?(?:qualify|be considered|"
    r"be accepted) (?:with|by (?:holding|having|completing)|through) (?P<school>[^.;]{3,160})",
    re.I,
)
#: The bare offer of schooling, what it replaces left to the experience stated before it: "Two
#: years of experience required; an associate degree may substitute", "Education may be
#: substituted on a year-for-year basis": read as "<schooling> may be substituted for the
#: experience".
_BARE_OFFER_RE: Final = re.compile(
    r"(?:^|(?<=[;:] ))\W{0,3}(?P<school>[^.;:]{0,80}?\b(?:degree|education|college|course ?work|"
    r"schooling|certificate|study)\b[^.;:]{0,40}?) (?:may|can) (?:also )?(?:be )?substitute[ds]?"
    r"(?: on an? (?:year|month)[- ]for[- ](?:year|month) basis)?"
    # "... may substitute for (up to) one year": that part of the experience stated before
    r"(?: for (?P<part>(?:up to )?[\w-]+ (?:\(\d+\) )?(?:years?|months?)))?\s?(?:[.;)]|$)",
    re.I,
)
#: Schooling offered for the years just asked, the word "experience" left out: "An associate
#: degree may substitute for the full two years", "a certificate may replace one year", "a
#: bachelor's degree will be accepted in place of all 24 months": read as "<schooling> may be
#: substituted for <the years> of the experience" (not "for two years of college": schooling).
_FOR_YEARS_RE: Final = re.compile(
    # (the schooling holds no "experience": "2 yrs of experience (an AAS can substitute for 2
    # years)" offers the AAS)
    r"(?:^|(?<=[;:,] )|(?<=\())\W{0,3}(?P<school>(?:(?!experience)[^.;:]){0,80}?\b(?:degree|"
    r"education|college|course ?work|"
    r"schooling|certificate|program|study|A\.?A\.?S?|A\.?S)\b[^.;:]{0,40}?) (?:may|can|will) "
    r"(?:also )?(?:be )?(?:substitute[ds]? for|(?:accepted|used) "
    + IN_PLACE_OF
    + r"|"
    + REPLACE
    + r") "
    r"(?:the |all |all of the )?(?:full |entire )?"
    r"(?P<years>[\w-]+ (?:\(\d{1,2}\) )?(?:years?|months?))\b(?! of)",
    re.I,
)
#: The verbs _FOR_YEARS_RE cannot match without (lower case): a sentence holding none skips it.
_FOR_YEARS_VERBS: Final = ("may ", "can ", "will ")
#: "in place of that experience": the experience just named.
_THAT_RE: Final = re.compile(r"^(?:that|this|such) ", re.I)
#: A refusal in the schooling named after it: "In lieu of experience, education is not accepted".
#: How many sentences back the experience that schooling may replace may be stated.
EXPERIENCE_LOOK_BACK: Final = 2


def text_evidence(text: str) -> Evidence:
    """The sentence a route was read from, as its evidence (built here: no validation needed)."""
    return Evidence.model_construct(source="text", text=text)


def _as_offer(
    text: str, offer: str, earlier: list[str]
) -> tuple[list[QualificationPath], str] | None:
    """education_for_experience on ``offer``, the posting's sentence ``text`` rewritten as
    "<schooling> may be substituted for <the experience>"; the evidence is ``text``."""
    found = education_for_experience(offer, earlier)
    if found is None:
        return None
    own = text_evidence(text)
    paths = [
        p.model_copy(update={"evidence": own})
        if p.evidence is not None and p.evidence.text == offer
        else p
        for p in found[0]
    ]
    return paths, text if found[1] == offer else found[1]


def _states_years(text: str, years: float) -> bool:
    """The sentence states experience of that many years ("One year of clerical experience.")."""
    low = text.lower()
    if "experience" not in low and "work" not in low:
        return False
    found = first_years(text)
    return found is not None and found[0] == years


def education_for_experience(
    text: str, earlier: list[str]
) -> tuple[list[QualificationPath], str] | None:
    """Two routes when schooling may replace the experience stated in ``text`` or in one of the
    ``earlier`` sentences (nearest first): (the paths, the sentence the experience is in)."""
    lead = _LIEU_FIRST_RE.match(text)  # anchored: fails at the first letter but "i"
    if lead is not None and not REFUSED_RE.search(lead.group("school")):
        # "in place of that experience": the experience just named, as "the experience"
        exp = _THAT_RE.sub("the ", lead.group("exp"), count=1)
        return _as_offer(text, f"{lead.group('school')} may be substituted for {exp}", earlier)
    lacking = _WITHOUT_EXPERIENCE_RE.search(text) if "without" in text.lower() else None
    if lacking is not None and not REFUSED_RE.search(lacking.group("school")):
        # "without the two years": the experience stated before, in this sentence or earlier
        offer = f"{lacking.group('school')} may be substituted for the experience"
        return _as_offer(text, offer, [text[: lacking.start()], *earlier])
    # the offer's verb first (one cheap scan), then the schooling named in the words before it
    verb = _OFFER_VERB_RE.search(text)
    m = (
        None
        if verb is None
        else _EDUCATION_FOR_EXPERIENCE_RE.search(text, max(0, verb.start() - 100))
    )
    if m is None and verb is not None:
        m = _SUBSTITUTE_EDUCATION_RE.search(text, max(0, verb.start() - 10))
    if m is None and verb is not None and "experience" not in text[verb.start() :].lower():
        bare = _BARE_OFFER_RE.search(text)
        if bare is not None and "experience" not in bare.group("school").lower():
            share = f"{bare.group('part')} of " if bare.group("part") else ""
            offer = f"{bare.group('school')} may be substituted for {share}the experience"
            return _as_offer(text, offer, [text[: bare.start()], *earlier])
        # its years and verb words first: the pattern, tried at every character of a sentence
        # holding an offer's verb, cost instructions on postings that name no years after it
        # (session 13, speed; same matches)
        low = text.lower()
        years_for = (
            _FOR_YEARS_RE.search(text)
            # (re.I folds a few non-ASCII letters onto ASCII ones: only ASCII is gated)
            if not text.isascii()
            or (("year" in low or "month" in low) and any(w in low for w in _FOR_YEARS_VERBS))
            else None
        )
        if years_for is not None:
            offer = (
                f"{years_for.group('school')} may be substituted for "
                f"{years_for.group('years')} of the experience"
            )
            return _as_offer(text, offer, [text[: years_for.start()], *earlier])
    if m is None or REFUSED_RE.search(m.group(0)):
        # a refused offer: "An associate degree will not be accepted in place of experience"
        # (the schooling and its verb are read as one span, "not" inside it)
        return None
    what = m.group("what")
    level = education_level(what)
    if level is None and _NAMED_AFTER_RE.match(text, m.end()):
        level = education_level(text[m.end() : m.end() + 160])  # "...: four years above HS"
    if level is None and (_ABOVE_HIGH_SCHOOL_RE.search(what) or TRAINING_RE.search(what)):
        level = "certificate"  # "completion of a medical records technology program"
    if level is None and _BARE_SCHOOLING_RE.match(what):
        level = "certificate"  # "Education may be substituted for experience": schooling above
        # the diploma, the least of it (only where a figure of experience is there to replace)
    combined = level is None and _COMBINATION_OFFER_RE.search(what) is not None
    if level in (None, "high_school") and not combined:
        return None
    total = m.group("total")  # "replace one year of the required two years of experience"
    # "... can substitute for the one year of coding experience": the whole figure asked, named
    # with its article, is the experience when no sentence before states one
    whole = (
        text[m.start("part") : m.end()]
        if m.group("part") and text[max(0, m.start("part") - 4) : m.start("part")].lower() == "the "
        else ""
    )
    # ``earlier`` is the callers' choice (the sentences before, then the one after): slicing it
    # here again cut the one after off whenever two came before
    for said in [total or "", text[: m.start()], *earlier, whole]:
        low = said.lower()
        years = (
            first_years(said)
            if total or "experience" in low or "work" in low or EXP_ABBR_RE.search(said)
            else None
        )
        if years is None:
            continue
        if said == total:
            # "One year of records experience. An associate degree may substitute for the
            # required one year of experience.": the figure named back is the one stated
            # before; that sentence is the experience route's (not everyone's figure; s13edu)
            said = next((e for e in earlier if _states_years(e, years[0])), said)
        # the experience route, the same beside either kind of schooling route
        experience = QualificationPath(
            label="experience",
            experience_years=years[0],
            experience_kind=experience_kind(said),
            evidence=text_evidence(said),
        )
        if combined:
            # "an equivalent combination of education and experience may be substituted for the
            # experience": each year of schooling above high school for a year of experience
            comb = Combination(
                experience_years=years[0],
                schooling_years=years[0],
                experience_kind=experience_kind(said),
            )
            return [
                experience,
                QualificationPath(
                    label="combination", combination=comb, evidence=text_evidence(text)
                ),
            ], said
        # "may be substituted for one year of the required (two years of) experience": the
        # schooling replaces that part, the rest is still asked on its route
        part = first_years(m.group("part") or "")
        rest = years[0] - part[0] if part is not None and part[0] < years[0] else None
        paths = [
            experience,
            QualificationPath(
                label="education" if rest is None else "education and experience",
                education=level,
                education_field=study_field(what),
                experience_years=rest,
                experience_kind=None if rest is None else experience_kind(said),
                evidence=text_evidence(text),
            ),
        ]
        return paths, said
    return None
