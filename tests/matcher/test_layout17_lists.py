"""matcher.extract on the same requirement list in other layouts (session 17, s17layout;
tests/matcher/test_extract_layout.py): the item holding an "OR" is that route's text whether
the list is marked, unmarked (one item a line, as a page's <li> become lines), or flattened
onto one line with "; " or " • ". Before, an unmarked or flattened list's route ran back to
the paragraph's start, so the diploma or credential items above it were read as part of the
route. Our own wording; 4 of the 5 layouts of the diploma table (all but the marked list)
failed on main 268119f; the credential table and the near misses pass on both."""

from __future__ import annotations

import pytest

from matcher import extract

_INTRO = (
    "Records Assistant - Family Clinic\n\n"
    "You will scan and index paper charts, answer record requests and keep the release log.\n"
)


def _layouts(head: str, items: list[str]) -> list[str]:
    """The list under its heading: marked with "-", unmarked, after "Head:" with "; ", with
    " • ", and as HTML list items."""
    return [
        _INTRO + head + "\n" + "\n".join(f"- {x}" for x in items),
        _INTRO + head + "\n" + "\n".join(items),
        _INTRO + head + ": " + "; ".join(items) + ".",
        _INTRO + head + ": " + " • ".join(items),
        "<p>Records Assistant - Family Clinic</p><p>You will scan and index paper charts, answer "
        "record requests and keep the release log.</p><p><strong>"
        + head
        + "</strong></p><ul>"
        + "".join(f"<li>{x}</li>" for x in items)
        + "</ul>",
    ]


#: A diploma item above an item of two routes: the diploma is everyone's.
DIPLOMA_ABOVE_ROUTES = _layouts(
    "Requirements",
    [
        "High school diploma or GED required",
        "2+ years of front desk experience in a clinic, OR completion of a medical office "
        "certificate program",
        "Comfortable on the phone with patients and other offices",
    ],
)


@pytest.mark.parametrize("text", DIPLOMA_ABOVE_ROUTES)
def test_a_diploma_item_above_the_routes_is_everyones(text: str) -> None:
    got = extract(text)
    assert got.education_required == "high_school"
    assert got.education_substitutable is True


#: A credential item above an item of two routes: the credential is asked, not a route.
CREDENTIAL_ABOVE_ROUTES = _layouts(
    "What we ask",
    [
        "CPC or CCA (required)",
        "CRC is a plus",
        "Graduate of a coding certificate program, OR 2+ years of physician coding in place of "
        "the program",
        "A quiet place to work from home",
    ],
)


@pytest.mark.parametrize("text", CREDENTIAL_ABOVE_ROUTES)
def test_a_credential_item_above_the_routes_stays_asked(text: str) -> None:
    got = extract(text)
    assert sorted((sorted(c.any_of), c.level) for c in got.certifications) == [
        (["CCA", "CPC"], "required"),
        (["CRC"], "preferred"),
    ]
    assert got.education_substitutable is True


#: Near misses: one wrapped sentence holding its own OR is one route's text (its lines are no
#: list), and a federal "; OR" chain keeps its first route whole.
def test_a_wrapped_sentence_is_no_list() -> None:
    got = extract(
        "Qualifications\n"
        "Applicants need two years of experience in a hospital records office or a\n"
        "physician practice, including release of information work, OR an associate degree in\n"
        "health information technology."
    )
    assert got.experience_years_required is None
    assert {p.label for p in got.paths} == {"experience", "education"}
    assert [p.experience_years for p in got.paths if p.label == "experience"] == [2.0]


def test_a_federal_or_chain_keeps_its_first_route() -> None:
    got = extract(
        "Qualifications\nFor the GS-05: one year of specialized experience equivalent to the GS-04 "
        "level, which included coding; filing; and release of records; OR a four-year course of "
        "study leading to a bachelor's degree; OR a combination of experience and education."
    )
    assert [p.experience_years for p in got.paths if p.label == "experience"] == [1.0]
