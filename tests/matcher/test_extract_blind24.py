"""Rules learnt from blind24.yaml (session 14's blind development set: b24-017, -039, -043),
each with our own varied phrasings and near-misses (lead, session 14).

- An abbreviation's dot inside a figure's words ("2 to 3 yrs billing exp. preferred") cut the
  words short of their cue: the years read as required.
- A terse second clause ("1 yr. hospital exp. req'd; 2 yrs pref.") was no figure: "pref." and
  "req'd" were no cue of a bare figure, and "exp." no word for experience.
- In a flattened list, a later item's cue ("high school diploma or GED, 1 year minimum
  experience ..., 2+ years preferred") reached back to the diploma: it read as preferred.
"""

from __future__ import annotations

import pytest

from matcher import extract

ABBREVIATED = [
    # (text, required, preferred)
    ("- 2 to 3 yrs billing exp. preferred", None, 2.0),
    ("3 yrs exp. pref.", None, 3.0),
    ("2-3 yrs. coding exp. strongly preferred", None, 2.0),
    (
        "Requirements\n- Min. 2 years coding in a clinic\n- 2 to 3 yrs billing exp. preferred",
        2.0,
        2.0,
    ),
    ("Two yrs of scanning exp. a plus", None, 2.0),
    ("1 yr. hospital exp. req'd; 2 yrs pref.", 1.0, 2.0),
    ("1 year of hospital experience required; 2 yrs pref.", 1.0, 2.0),
    ("1 yr hospital exp req'd; 2 yrs preferred", 1.0, 2.0),
    ("6 mos. records exp. required; 1 yr pref.", 0.5, 1.0),
    # near-misses: the figure's own cue still wins; a dot before a capital ends the sentence
    ("2 yrs coding exp. required", 2.0, None),
    ("1 yr. of coding exp. req. in a clinic", 1.0, None),
    ("2 yrs exp. Epic preferred.", 2.0, None),
    ("Min. 1 yr exp. and 2 yrs pref. in a hospital", 1.0, 2.0),
]


@pytest.mark.parametrize(("text", "required", "preferred"), ABBREVIATED)
def test_abbreviated_figures_keep_their_cue(
    text: str, required: float | None, preferred: float | None
) -> None:
    req = extract(text)
    assert (req.experience_years_required, req.experience_years_preferred) == (
        required,
        preferred,
    )


FLATTENED = [
    # (text, education required, education preferred)
    (
        "reqs: high school diploma or GED, 1 year minimum experience indexing or scanning "
        "medical records, 2+ years preferred, 40 WPM typing",
        "high_school",
        None,
    ),
    ("HS diploma or GED, one year experience, two years preferred", "high_school", None),
    (
        "Must have: high school diploma, 6 months clinic experience, 1 yr preferred",
        "high_school",
        None,
    ),
    ("High school diploma, 2 years of college preferred", "high_school", "associate"),
    ("GED or diploma, at least 1 year of scanning, 3 years preferred", "high_school", None),
    # near-misses: the cue is the schooling's own
    ("High school diploma or GED preferred, 1 year of experience required", None, "high_school"),
    ("Associate degree preferred, 2 years of experience required", None, "associate"),
    ("Certificate in coding or HIM preferred", None, "certificate"),
]


@pytest.mark.parametrize(("text", "required", "preferred"), FLATTENED)
def test_a_later_items_cue_stays_with_its_item(
    text: str, required: str | None, preferred: str | None
) -> None:
    req = extract(text)
    assert (req.education_required, req.education_preferred) == (required, preferred)


BLOCK_LINES = [
    # (text, required, preferred): a job board's marked areas, the label kept on each line
    # or a dash for the colon (b24-041); the role's own work is the requirement
    (
        "Experience: Medical records - 2 years (Required)\n"
        "Experience: Customer service - 1 year (Required)",
        2.0,
        None,
    ),
    (
        "Education: High school diploma (Required)\n"
        "Experience: Medical records: 2 years (Required)\n"
        "Experience: Customer service: 1 year (Required)",
        2.0,
        None,
    ),
    ("Medical billing - 3 years (Required)", 3.0, None),
    (
        "Experience: Epic - 2 years (Preferred)\nExperience: Medical records - 1 year (Required)",
        1.0,
        2.0,
    ),
    (
        "Experience:\nMedical records: 2 years (Required)\nCustomer service: 1 year (Required)",
        2.0,
        None,
    ),
    # near-misses: a period of something else is no experience
    ("Contract length - 6 months (Required)", None, None),
    ("Contract length: 6 months (Required)", None, None),
    ("Years in business: 25 years (Required)", None, None),
    ("Age - 18 years (Required)", None, None),
]


@pytest.mark.parametrize(("text", "required", "preferred"), BLOCK_LINES)
def test_marked_areas_with_a_label_or_a_dash(
    text: str, required: float | None, preferred: float | None
) -> None:
    req = extract(text)
    assert (req.experience_years_required, req.experience_years_preferred) == (
        required,
        preferred,
    )
