"""Offers of one qualification for another said with verbs the route readers do not read,
restated in the words they do (docs/design.md, "Qualification paths"; session 16, lead).

The readers (matcher._paths_lieu for experience in place of schooling, matcher._paths_schooling
for schooling in place of experience) know "<A> may be substituted for <B>" and its many forms.
Employers also write "<A> may replace <B>", "<A> can stand in for <B>", "<A> may take the place
of <B>", "<B> may be replaced by <A>", "<B> can be met with <A>" and "<A> meets the experience
requirement" / "applicants with <A> meet this requirement". Read literally, such a posting asked
both qualifications of everyone ("Associate degree required. Four years of records experience
may replace the degree." gave an associate degree AND four years as flat requirements). Each such
sentence is read as "<A> may be substituted for <B>"; the routes found keep the sentence as the
posting wrote it for their evidence.

"Meets this requirement" names no requirement: it is an offer only where the sentence just before
states the other qualification (years of experience before schooling that meets it, a degree
before years that meet it); "A GED meets this requirement" after a diploma is no offer (schooling
for schooling), and a negated verb ("does not meet", "may not replace") matches nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from matcher._paths_parts import education_level, first_years
from matcher._rules_substitution import REFUSED_RE
from matcher._scan_words import RESTATE_WORDS
from matcher._sentences import Sentence
from schemas.models import QualificationPath

#: A sentence the restatement may change holds one of these (lower case; the posting's one
#: trigger scan finds them: matcher._scan_words).
WORDS: Final[tuple[str, ...]] = RESTATE_WORDS
#: "<A> may replace <B>", "<A> can stand in for <B>", "<A> will take the place of <B>".
_ACTIVE_RE: Final = re.compile(
    r"^(?P<a>[^.;:]{3,160}?)\s(?:may|can|will)\s(?:also\s)?"
    r"(?:replace|stand in for|take the place of)\s(?P<b>[^.;]{2,160})",
    re.I,
)
#: "<B> may be replaced by <A>", "<B> can also be met with <A>".
_PASSIVE_RE: Final = re.compile(
    r"^(?P<b>[^.;:]{2,160}?)\s(?:may|can|will)\s(?:also\s)?be\s"
    r"(?:replaced|met|satisfied|fulfill?ed)\s(?:by|with|through)\s(?P<a>[^.;]{3,160})",
    re.I,
)
#: "<A> meets the experience requirement (in full)", "Applicants with <A> meet this requirement".
_MEETS_RE: Final = re.compile(
    r"^(?:(?:applicants|candidates|those|anyone|individuals)\s(?:who\s(?:have|hold)|with)\s)?"
    r"(?P<a>[^.;:]{3,160}?)\s(?:also\s)?(?:meets?|satisf(?:y|ies)|fulfill?s?)\s"
    r"(?:the|this|that)\s(?:full\s)?"
    r"(?:(?P<kind>specialized experience|experience|education|educational)\s)?requirements?\b",
    re.I,
)
#: Years of work named in the offer ("four years of medical records experience").
_WORK_RE: Final = re.compile(r"\b(?:experience|work)\b", re.I)


def _restated(text: str, before: str) -> str | None:
    """``text`` as "<A> may be substituted for <B>", or None when it states no such offer."""
    m = _ACTIVE_RE.match(text) or _PASSIVE_RE.match(text)
    if m is not None:
        a, b = m.group("a"), m.group("b")
    elif (m := _MEETS_RE.match(text)) is not None:
        a = m.group("a")
        kind = (m.group("kind") or "").lower()
        work = _WORK_RE.search(a) is not None and first_years(a) is not None
        if kind.endswith("experience"):
            b = "the experience"
        elif kind.startswith("education"):
            b = "the education"
        elif work and education_level(before) is not None:
            b = "the degree"  # years of work meeting the degree named just before
        elif not work and _WORK_RE.search(before) and first_years(before) is not None:
            b = "the experience"  # schooling meeting the years named just before
        else:
            return None
    else:
        return None
    if REFUSED_RE.search(a):
        return None
    return f"{a} may be substituted for {b}"


def restate(
    sentences: list[Sentence], indices: Iterable[int]
) -> tuple[list[Sentence], dict[str, str]] | None:
    """The sentences with each offer among ``indices`` (those holding WORDS) restated, and each
    restated text -> the text as written; None when no sentence changes."""
    out: list[Sentence] | None = None
    written: dict[str, str] = {}
    for k in indices:
        text = sentences[k].text
        new = _restated(text, sentences[k - 1].text if k else "")
        if new is None or new == text:
            continue
        written[new] = text
        if out is None:
            out = list(sentences)
        out[k] = Sentence(new, sentences[k].section)
    return None if out is None else (out, written)


def as_written(
    found: tuple[list[QualificationPath], list[str]], written: dict[str, str]
) -> tuple[list[QualificationPath], list[str]]:
    """Routes read from restated sentences, with their evidence as the posting wrote it."""
    paths, texts = found

    def back(text: str) -> str:
        for new, old in written.items():
            text = text.replace(new, old)
        return text

    paths = [
        p.model_copy(
            update={"evidence": p.evidence.model_copy(update={"text": back(p.evidence.text)})}
        )
        if p.evidence is not None and p.evidence.text != back(p.evidence.text)
        else p
        for p in paths
    ]
    return paths, [back(t) for t in texts]
