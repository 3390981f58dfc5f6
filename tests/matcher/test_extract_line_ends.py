"""matcher.extract on lines that end their sentence inside a closing bracket or quote (issue 15,
session 11, lead): "(... this part.)" then "Experience: One year ..." on the next line are two
sentences. Read as one, the year's evidence started in the bracket, no route's text held it, and
a federal OR block's experience route became everyone's requirement. Our own wording."""

from __future__ import annotations

import pytest

from matcher import extract

_BLOCK = (
    "Basic Requirements:\n"
    "Citizenship. You must be a citizen of the United States. (Others may be appointed only when"
    " no qualified citizen applies, as the agency's staffing rules allow.{close}\n"
    "Experience: One year of creditable experience that shows a working knowledge of medical "
    "terms, chart order and the release of health records\n"
    "OR\n"
    "Education: An associate degree with a major in health information technology from an "
    "accredited college\n"
    "OR\n"
    "Combination: Equivalent combinations of experience and education are qualifying.\n"
)


@pytest.mark.parametrize("close", [".)", '."', ".]", ".\u201d"])
def test_a_bracketed_sentence_ends_at_its_line(close: str) -> None:
    req = extract(_BLOCK.format(close=close))
    assert req.experience_years_required is None
    assert req.education_required is None
    assert req.education_substitutable is True
    assert sorted(p.label for p in req.paths) == ["combination", "education", "experience"]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # near-misses: a long line that stops mid-sentence still joins the next one
        (
            "Applicants need one year of experience in a hospital records office (or a clinic's\n"
            "front desk) with daily use of an electronic health record system.",
            1.0,
        ),
        # a bracket closing mid-sentence is no sentence end
        (
            "You will need two years (24 months) of experience answering records requests from\n"
            "patients, attorneys and insurers.",
            2.0,
        ),
    ],
)
def test_a_wrapped_line_still_joins(text: str, years: float) -> None:
    req = extract(text)
    assert req.experience_years_required == years
    ev = req.evidence["experience_years_required"]
    assert ev.text.endswith("insurers.") or ev.text.endswith("system.")
