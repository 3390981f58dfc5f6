"""matcher.extract on experience figures as the retired unseen set seen24 showed employers write
them (session 16, s16seen24): one table per general pattern, varied examples and near-misses in
our own wording. Every first case of a table failed on main 1a65313."""

from __future__ import annotations

import pytest

from matcher import extract

# --- experience waived in classified-ad shorthand ("Exp pref but not req'd", "Exp not -------
# --- req'd", "no exp necessary"): zero years -----------------------------------------------------

SHORTHAND_ZERO: list[tuple[str, float | None]] = [
    ("HS req'd. Exp pref but not req'd, we will show you our system.", 0.0),
    ("PT file clerk. Exp not req'd. $15/hr.", 0.0),
    ("Medical office exp. pref., not req'd. Mon-Fri.", 0.0),
    ("Records clerk wanted. No exp necessary, HS diploma a must.", 0.0),
    # near-misses: years asked in shorthand, another thing waived
    ("2 yrs exp req'd, not negotiable.", 2.0),
    ("Exp with Epic pref; CPC not req'd. 1 yr office exp req'd.", 1.0),
    ("No experts on staff; 1 year of records experience required.", 1.0),
]


@pytest.mark.parametrize(("text", "expected"), SHORTHAND_ZERO)
def test_experience_waived_in_shorthand_is_zero(text: str, expected: float | None) -> None:
    assert extract(text).experience_years_required == expected


# --- the employer's own years with its staff named after them ("a Magnet organisation for 15 --
# --- years and our HIM team has won ..."): no experience asked ---------------------------------

EMPLOYERS_YEARS: list[tuple[str, float | None]] = [
    (
        "We have been a Magnet designated organisation for 15 years and our HIM team has won "
        "the system's service award three years running.",
        None,
    ),
    ("Valley Clinic has grown for 70 years and our coding team now serves six sites.", None),
    ("Riverside has led the region for 40 years, and its records office never closes.", None),
    # near-misses: the applicant's years of the work, with "and" or the kind after the figure
    ("Three years in hospital and HIM work required.", 3.0),
    ("2+ years of inpatient and outpatient coding required.", 2.0),
    ("At least 1 year in a physician office, and our Epic training is provided.", 1.0),
]


@pytest.mark.parametrize(("text", "expected"), EMPLOYERS_YEARS)
def test_the_employers_years_before_its_staff_are_no_experience(
    text: str, expected: float | None
) -> None:
    assert extract(text).experience_years_required == expected


# --- a rate, not a length of time ("handles about 9,000 requests a month from a central -----
# --- office", "closes 40 charts a day"): no experience, required or preferred ------------------

RATES: list[tuple[str, tuple[float | None, float | None]]] = [
    (
        "Preferred Qualifications\n- CHPS\n\nAbout the Team\nThe ROI team handles about 9,000 "
        "requests a month from a central office and three hospital windows.",
        (None, None),
    ),
    ("Our coders close 40 charts a day in the office.", (None, None)),
    ("We audit coding twice a year in our office.", (None, None)),
    (
        "The desk answers 300 calls a week about records; one year of ROI work required.",
        (1.0, None),
    ),
    # near-misses: a year of work, with a figure before it that is no count
    ("A year of medical office experience required.", (1.0, None)),
    ("HS diploma, 1 year of records work preferred.", (None, 1.0)),
]


@pytest.mark.parametrize(("text", "expected"), RATES)
def test_a_rate_is_no_experience(text: str, expected: tuple[float | None, float | None]) -> None:
    got = extract(text)
    assert (got.experience_years_required, got.experience_years_preferred) == expected


# --- training on one system said with the verb ("We will train you on our Epic build", "we ---
# --- train new hires in our encoder"): no experience waived ------------------------------------

TRAINED_ON_ONE_THING: list[tuple[str, float | None]] = [
    ("Code clinic encounters with CPT. We will train you on our Epic build.", None),
    ("We train new hires in our encoder and our audit tool.", None),
    ("Happy to train you to use Cerner; coding experience is a plus.", None),
    # near-misses: training offered outright, and on the job
    ("No experience? We'll train you.", 0.0),
    ("We will train on the job.", 0.0),
    ("Will train the right candidate!", 0.0),
]


@pytest.mark.parametrize(("text", "expected"), TRAINED_ON_ONE_THING)
def test_training_on_one_system_waives_no_experience(text: str, expected: float | None) -> None:
    assert extract(text).experience_years_required == expected
