"""matcher.extract on a credential's spelled-out name broken across two lines in a paragraph
wrapped narrower than the posting's longest line (session 18, s18layout;
tests/matcher/test_extract_layout.py): "... A Certified Medical" over "Administrative Assistant
or ..." reads the name whole, as the one-line paragraph does, though the next word would have
fit in the width of a longer paragraph above (one pasted without breaks, or its label set on a
line of its own). The same for a programme's field ("... accredited Health Information" over
"Management (bachelor's) ... program"). Our own wording; the broken cases failed on main
3bca10f."""

from __future__ import annotations

import pytest

from matcher import extract

#: A long paragraph left unwrapped: the text's longest line by far.
_LONG = (
    "Release of Information Specialist\n\nAbout the role\nYou will log and fill requests for "
    "copies of patient records from attorneys, insurers and patients, check each signed "
    "authorization against our policy, and send the copies on time through our secure "
    "portal while keeping a friendly manner at the front window.\n\n"
)

_CASES = (
    # (the paragraph's first line, the rest of the name and after, the codes asked)
    (
        "Requirements: High school diploma and one year of office work. A Certified Medical",
        "Administrative Assistant or Certified Billing & Coding Specialist credential is wanted.",
        {"CMAA", "CBCS"},
    ),
    (
        "What you bring: a diploma, a year at a front desk and the Registered Health",
        "Information Technician credential or the CCA; either one is preferred.",
        {"RHIT", "CCA"},
    ),
    (
        "Must have: two years of clinic records work. You also need an active Certified Coding",
        "Specialist credential or the CPC from AAPC before your first day.",
        {"CCS", "CPC"},
    ),
)


def _groups(text: str) -> set[tuple[tuple[str, ...], str]]:
    return {(tuple(sorted(c.any_of)), c.level) for c in extract(text).certifications}


@pytest.mark.parametrize(("first", "rest", "codes"), _CASES)
def test_a_name_broken_in_a_narrow_paragraph_is_read_whole(
    first: str, rest: str, codes: set[str]
) -> None:
    one = _groups(_LONG + f"{first} {rest}\n")
    assert {code for group, _ in one for code in group} == codes
    assert _groups(_LONG + f"{first}\n{rest}\n") == one


def test_two_list_lines_that_name_no_credential_stay_apart() -> None:
    # "Epic or Cerner" + "Bachelor's degree ...": no credential's name goes on across the break
    text = (
        _LONG
        + "Qualifications:\nTwo years of release of information work in Epic or Cerner\n"
        + "Bachelor's degree preferred\n"
    )
    got = extract(text)
    assert got.education_preferred == "bachelor"
    assert got.education_required is None


#: A programme's field broken after its first words ("... accredited Health Information" over
#: "Management (bachelor's) ... program"): students enrolled in it are asked no degree.
_PROGRAMMES = (
    (
        "Eligibility: students now enrolled in a CAHIIM-accredited Health Information",
        "Management (bachelor's) or Health Information Technology (associate) program.",
    ),
    (
        "Open to: learners currently enrolled in an accredited Health Information",
        "Technology (associate's) program who have finished their first term.",
    ),
)


@pytest.mark.parametrize(("first", "rest"), _PROGRAMMES)
def test_a_programme_named_across_a_break_is_read_whole(first: str, rest: str) -> None:
    one = extract(_LONG + f"{first} {rest}\n")
    broken = extract(_LONG + f"{first}\n{rest}\n")
    assert one.education_required is None
    assert broken.education_required == one.education_required
