"""What the words around a figure of years say about it, for matcher._experience: a statement
that no experience is needed ("no experience required", "will train"; not training for one
system), a bare figure that follows a sentence about experience ("2 years preferred" after "New
graduates welcome"), a part that narrows the figure before it ("one year must be in a clinic"),
and the terms right after a figure that make it no experience (a benefit's vesting, classes).
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Final

from matcher._experience_patterns import _BARE_FIGURE_RE, _Patterns, number
from matcher._lexicon import EXPERIENCE_RE
from matcher._lexicon_not_experience import TRAINED_ON_ONE_THING_RE
from matcher._sentences import Doc


def says_zero(text: str, rx: _Patterns) -> bool:
    """ "No experience required", "will train", "training provided"; not "Epic training provided",
    "training provided on our scheduling system" or "we will train you on our Epic build"
    (training for one thing)."""
    for m in rx.zero.finditer(text):
        said = m.group().lower()
        if said.endswith("train"):  # "will train", "we train": on one system, or outright
            if not TRAINED_ON_ONE_THING_RE.match(text, m.end()):
                return True
            continue
        if not said.startswith("training"):
            return True
        head = text[max(0, m.start() - 22) : m.end()]
        one_thing = rx.training_for_one_thing
        if not one_thing.search(head) and not one_thing.match(text[m.end() : m.end() + 30]):
            return True
    return False


#: Words of a clause that welcomes applicants without experience (lower case).
_NO_EXPERIENCE_WORDS: Final = (
    "new grad",
    "entry level",
    "entry-level",
    "will train",
    "no experience",
)


_EXP_WORD_RE: Final = re.compile(r"\bexp\b")


def follows_experience(doc: Doc, i: int) -> bool:
    """The sentence before ``i`` speaks of experience and ``i`` is only a figure and its cue."""
    text = doc.sentences[i].text
    if i == 0 or not _BARE_FIGURE_RE.match(text):
        return False
    # "New graduates welcome; 2 years preferred": the clause before welcomes those without
    # experience, and the figure is the experience liked
    before = doc.sentences[i - 1].text.lower()
    return (
        "experience" in before
        # the abbreviation: "1 yr. hospital exp. req'd; 2 yrs pref."
        or ("exp" in before and _EXP_WORD_RE.search(before) is not None)
        or any(w in before for w in _NO_EXPERIENCE_WORDS)
    )


def figure_years(m: re.Match[str]) -> float:
    """An EXPERIENCE_RE figure in years."""
    unit = m.group("unit").lower()
    per_year = 12.0 if unit.startswith("mo") else 52.0 if unit.startswith("week") else 1.0
    half = 0.5 if m.group("half") else 0.0  # "a year and a half"
    return round((number(m.group("n")) + half) / per_year, 2)


def narrows(doc: Doc, i: int, years: float) -> bool:
    """Sentence ``i`` opens with a part ("one year must be in a clinic") of a larger figure of
    experience stated in the sentence before it."""
    if i == 0:
        return False
    prev = doc.sentences[i - 1].text
    if "experience" not in prev.lower():
        return False
    return any(figure_years(m) > years for m in islice(EXPERIENCE_RE.finditer(prev), 4))


#: A benefit's vesting term right after a figure: "five-year vesting", "3 years of vesting",
#: "four-year graded vesting", "fully vested after 2 years" is read before it (session 13). Its
#: own pattern behind a substring test: an alternative in the after-figure pattern cost ~50k
#: instructions a posting.
VESTING_RE: Final = re.compile(
    r"^[\s-]{0,2}(?:years?|yrs?)?\s?(?:of |to )?(?:full |cliff |graded )?vest(?:ing|ed)\b", re.I
)
VESTING_WITHIN: Final = 30
#: Classes counted in years right after a figure: "two years of coding courses", "one year of
#: terminology and anatomy classes" are schooling, not experience. Its own pattern behind a
#: substring test, like the vesting term (in the after-figure pattern it cost ~36k instructions
#: a posting).
CLASSES_RE: Final = re.compile(
    r"^[\s-]{0,2}(?:years?|yrs?|months?)?\s?of (?:(?!experience\b)[\w-]+ (?:and )?){0,4}?"
    r"(?:courses|classes|course ?work)\b",
    re.I,
)
CLASSES_WITHIN: Final = 70
