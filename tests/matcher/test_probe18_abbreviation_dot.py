"""An abbreviation's dot before a figure ends no sentence (session 18, s18probe; examples ours).

"Experience preferred, approx. 1 year", "Records exp., pref. 2 yrs.", "HIM experience (pref. 3
years)": the splitter (matcher._cuts._cut_end) cut at ". " before a digit, so the figure
was read apart from its cue (a preferred figure read as required) or from its kind (no figure
at all). The dot of a word that leads a figure (matcher._abbreviations.FIGURE_LEADERS: "incl",
"approx", "est", ...) before a digit is no sentence end now, nor that of a cue (FIGURE_CUES:
"min", "max", "pref", "req", "exp") opening the line or a clause (after ",", "(", ":", "-"),
and an experience cue's clause (EXPERIENCE_HEAD_RE) runs on over it ("Records experience
req'd, min. 2 yrs"). Near-misses: minutes after a figure ("30 min. 2 breaks"), a word ending in
the letters ("Admin. 2"), a cue closing an item of a terse ad ("RHIT pref. 2+ yrs ...", "1 yr
min. 2 yrs pref."), a real sentence end before a figure."""

from __future__ import annotations

import pytest

from matcher import extract
from matcher._sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Pref. 2 yrs coding exp.", None, 2.0),
        ("Experience preferred, approx. 1 year in medical records", None, 1.0),
        ("Records experience req'd, min. 2 yrs.", 2.0, None),
        ("HIM experience (pref. 3 years)", None, 3.0),
        ("Medical office exp. preferred, est. 1 year", None, 1.0),
        ("Exp. req.: min. 1 yr.", 1.0, None),
        ("Records exp., pref. 2 yrs. Must type 40 wpm.", None, 2.0),
        ("Medical records experience preferred (approx. 1 yr.)", None, 1.0),
        ("Experience in a medical office is preferred, approx. 2 years.", None, 2.0),
        ("Coding experience required, Min. 3 years", 3.0, None),
        ("3+ yrs HIM experience required, incl. 1 yr in Epic", 3.0, None),
        # near-misses: a sentence that really ends before the figure keeps its own level
        ("Experience preferred. 2 years of coding required.", 2.0, None),
    ],
)
def test_figure_after_an_abbreviation(
    text: str, required: float | None, preferred: float | None
) -> None:
    r = extract(text)
    assert (r.experience_years_required, r.experience_years_preferred) == (required, preferred)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Coder, approx. 20 hrs/wk", ["Coder, approx. 20 hrs/wk"]),
        ("Experience incl. 1 year in Epic", ["Experience incl. 1 year in Epic"]),
        ("Salary: max. 24.50/hr", ["Salary: max. 24.50/hr"]),
        # near-misses: minutes after a figure, a longer word, a capital after the dot
        ("Lunch is 30 min. 2 breaks a day.", ["Lunch is 30 min.", "2 breaks a day."]),
        ("Contact Admin. 2 openings.", ["Contact Admin.", "2 openings."]),
        ("Experience pref. Must type.", ["Experience pref.", "Must type."]),
        ("RHIT pref. 2+ yrs HIM exp pref.", ["RHIT pref.", "2+ yrs HIM exp pref."]),
        ("Coding: 1 yr min. 2 yrs pref.", ["Coding: 1 yr min.", "2 yrs pref."]),
    ],
)
def test_abbreviation_dot_before_a_digit_is_no_sentence_end(
    text: str, sentences: list[str]
) -> None:
    assert [s.text for s in split_sentences(text)] == sentences
