"""matcher.extract on state and county minimum qualifications whose routes each pair schooling
with experience ("Graduation from high school AND two years ... OR an associate degree AND one
year ..."), and on the fields that follow them (issue 15, session 12, lead; our own wording, from
long civil-service probes). The flat fields keep what every route shares (docs/design.md,
"Qualification paths"): the diploma is on both routes (an associate degree is above it), the
least experience both ask is one year, and schooling stands in for a year of it."""

from __future__ import annotations

import pytest

from matcher import extract

_ASSOCIATE_ROUTE = (
    "\nOR\nAn associate degree in HIT AND one year of the experience described above."
)

# (first route, education_required, substitutable, experience_years_required)
DIPLOMA_ROUTES = [
    ("Graduation from high school AND two years of experience in medical records.", "high_school"),
    (
        "Graduation from high school or possession of a GED certificate, AND two (2) years of "
        "full-time experience in medical records.",
        "high_school",
    ),
    (
        "Completion of the twelfth grade and two years of experience in medical records.",
        "high_school",
    ),
    (
        "Possession of a high school equivalency certificate and two years of experience in "
        "medical records.",
        "high_school",
    ),
    ("High school graduation and two years of experience in medical records.", "high_school"),
    ("High school diploma and two years of experience in medical records.", "high_school"),
]


@pytest.mark.parametrize(("first", "level"), DIPLOMA_ROUTES)
def test_routes_pairing_schooling_with_experience_are_alternatives(first: str, level: str) -> None:
    req = extract(first + _ASSOCIATE_ROUTE)
    assert req.education_required == level
    assert req.education_substitutable is True
    assert req.experience_years_required == 1.0
    assert sorted((p.education, p.experience_years) for p in req.paths) == [
        ("associate", 1.0),
        ("high_school", 2.0),
    ]


@pytest.mark.parametrize(("first", "level"), DIPLOMA_ROUTES[:4])
def test_one_route_alone_is_everyones(first: str, level: str) -> None:
    """Near-miss: the same route with no alternative is what everyone needs."""
    req = extract(first)
    assert (req.education_required, req.education_substitutable) == (level, False)
    assert req.experience_years_required == 2.0
    assert req.paths == []


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Must have a GED certificate.", "high_school"),
        ("High school equivalency (HSE) certificate required.", "high_school"),
        # near-misses: a programme's certificate is the certificate level
        ("Coding certificate required.", "certificate"),
        ("Completion of a medical records certificate program is required.", "certificate"),
    ],
)
def test_the_geds_own_certificate_is_the_diploma(text: str, level: str) -> None:
    assert extract(text).education_required == level


def test_a_licenses_heading_ends_the_block_of_routes() -> None:
    """What follows "Licenses and Certificates:" is no route: a credential it calls desirable is
    preferred, not part of one path."""
    text = (
        "MINIMUM QUALIFICATIONS:\nHigh school diploma and two years of records experience.\nOR\n"
        "An associate degree in HIT and one year of records experience.\n\n"
        "{heading}\nPossession of a valid RHIT certificate is desirable.\n"
    )
    for heading in ("Licenses and Certificates:", "LICENSE:", "Special Requirements:"):
        req = extract(text.format(heading=heading))
        assert [(g.any_of, g.level) for g in req.certifications] == [(["RHIT"], "preferred")]
        assert req.education_substitutable is True


@pytest.mark.parametrize(
    ("text", "paths"),
    [
        # near-misses that stay as they were: one level, the lowest of two, is everyone's
        ("An associate degree in HIT OR a coding certificate.", []),
        # a training programme's own route
        (
            "Completion of a coding certificate program.\nOR\nTwo years of coding experience.",
            [("training", "certificate", None), ("experience", None, 2.0)],
        ),
    ],
)
def test_other_blocks_keep_their_reading(
    text: str, paths: list[tuple[str, str | None, float | None]]
) -> None:
    assert [(p.label, p.education, p.experience_years) for p in extract(text).paths] == paths


# --- long postings in our own words (session 12, lead): a field of the other kind before the
# --- line of the first route, a programme paired with experience, an offer stated before the
# --- experience it replaces, a preferred section after the routes -------------------------------

# (text, education_required, education_preferred, substitutable, experience_years_required,
# experience_years_preferred)
ROUTES_IN_A_POSTING = [
    (
        "Education: High school graduate or equivalent. Associate degree in HIT preferred but not "
        "required.\nExperience: Minimum of two (2) years experience in an acute care HIM "
        "department OR completion of an accredited HIT program with one (1) year of experience.",
        "high_school",
        "associate",
        True,
        1.0,
        None,
    ),
    (
        "Experience: two years in a hospital records department OR completion of a medical "
        "records technology program with six months of experience.",
        None,
        None,
        True,
        0.5,
        None,
    ),
    (
        "Qualifications\n* Must be 21 years of age or older\n* HS Diploma/GED required; "
        "Bachelor's degree in a human services field may be substituted for 2 years of the "
        "required experience\n* 3 years of experience in medical records, with at least 1 year "
        "in a behavioral health setting",
        "high_school",
        None,
        True,
        1.0,
        None,
    ),
    (
        "Required Qualifications\n- Associate degree in HIM or related field, OR 2 years of "
        "equivalent HIM experience in lieu of degree\n- Proficiency in Microsoft Office\n\n"
        "Preferred Qualifications\n- 1-2 years of experience in a hospital HIM department",
        None,
        None,
        True,
        None,
        1.0,
    ),
    (
        "Required: Associate degree in HIM, OR 2 years of equivalent HIM experience in lieu of "
        "degree.\nPreferred: 1-2 years of experience in a hospital HIM department.",
        None,
        None,
        True,
        None,
        1.0,
    ),
    # the diploma asked in a sentence of its own before a block of routes is everyone's (on one
    # line with it, or on the line above)
    (
        "Position requirements: A minimum of a high school diploma is required; an associate "
        "degree is preferred. At least three (3) years of experience in medical records, OR an "
        "associate degree in HIT and one (1) year of experience.",
        "high_school",
        "associate",
        True,
        1.0,
        None,
    ),
    (
        "A high school diploma is required.\nAt least three (3) years of experience in medical "
        "records, OR an associate degree in HIT and one (1) year of experience.",
        "high_school",
        None,
        True,
        1.0,
        None,
    ),
    # experience offered at a rate ("for each year of required education") is a route, and the
    # figure stated on its own line is everyone's
    (
        "Minimum Education: Associate's degree or equivalent work experience (two years of "
        "experience may be substituted for each year of required education).\nMinimum "
        "Experience: 2 years in a physician practice or hospital medical records department.",
        None,
        None,
        True,
        2.0,
        None,
    ),
    # near-misses: two fields of one kind before the first route stay one route's text, and a
    # programme without years is a training route of its own
    (
        "Experience: one year of clerical work.\nSpecialized Experience: six months of it in a "
        "medical office OR an associate degree in office administration.",
        None,
        None,
        True,
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "level", "liked", "substitutable", "years", "liked_years"), ROUTES_IN_A_POSTING
)
def test_routes_read_in_a_whole_posting(
    text: str,
    level: str | None,
    liked: str | None,
    substitutable: bool,
    years: float | None,
    liked_years: float | None,
) -> None:
    req = extract(text)
    assert (req.education_required, req.education_preferred) == (level, liked)
    assert req.education_substitutable is substitutable
    assert (req.experience_years_required, req.experience_years_preferred) == (years, liked_years)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Preferred: Eligibility for registration as an RHIT with AHIMA.", []),
        ("Eligible for certification as a CCS.", []),
        # near-misses: the act named before a credential asked
        ("Registration as an RHIT is required.", [(["RHIT"], "required")]),
        ("Certification as a CPC required.", [(["CPC"], "required")]),
    ],
)
def test_eligibility_for_registration_is_not_the_credential(
    text: str, codes: list[tuple[list[str], str]]
) -> None:
    assert [(g.any_of, g.level) for g in extract(text).certifications] == codes


def test_the_next_item_of_a_list_is_not_part_of_the_routes() -> None:
    """A credential on the list's next line, asked with the routes' own credentials, is kept."""
    req = extract(
        "Qualifications:\n- Bachelor's degree in Health Information Management OR Associate's "
        "degree in HIT with 3 years of HIM leadership experience\n- RHIA required (RHIT accepted "
        "with the associate's route)\n- 5+ years progressive HIM experience\n"
    )
    assert (req.education_required, req.education_substitutable) == ("associate", True)
    assert [(sorted(g.any_of), g.level) for g in req.certifications] == [
        (["RHIA", "RHIT"], "required")
    ]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a figure on the list's next item, larger than any route asks, is everyone's
        (
            "Qualifications:\n- Bachelor's degree in HIM OR Associate's degree in HIT with 3 years "
            "of HIM leadership experience\n- RHIA or RHIT required\n- 5+ years progressive HIM "
            "experience\n",
            5.0,
        ),
        (
            "<p>Requirements:</p><ol><li>Associate&#39;s degree or 2 years of coding experience"
            "</li><li>Minimum 3 years outpatient coding experience</li><li>Active CPC</li></ol>",
            3.0,
        ),
        # near-misses: the figure the routes' offers replace, stated before them, is a route's
        (
            "Experience: Two years of records experience.\nSubstitution: an associate degree may "
            "be substituted for the experience.",
            None,
        ),
        (
            "- Associate degree in HIT OR two years of records experience\n- Epic experience a "
            "plus",
            None,
        ),
    ],
)
def test_a_figure_after_the_routes(text: str, years: float | None) -> None:
    assert extract(text).experience_years_required == years


@pytest.mark.parametrize(
    ("text", "substitutable", "years"),
    [
        # every route on one labelled line: the next labelled line is another field, everyone's
        (
            "Education: Bachelor's degree in health information management OR associate degree "
            "in HIT with current RHIT.\nExperience: Minimum two years in an oncology or cancer "
            "registry setting.\nCertification: CTR preferred.",
            False,
            2.0,
        ),
        (
            "- Education: Associate degree in HIT or a bachelor's degree in HIM\n- Experience: "
            "three years of coding",
            False,
            3.0,
        ),
        # near-misses: routes over several labelled lines stay one block
        (
            "Experience: One year of records experience; OR\nEducation: one year above high "
            "school; OR\nCombination: a mix of the two.",
            True,
            None,
        ),
        (
            "Education: Associate degree in HIT OR two years of records experience.\n"
            "Certification: RHIT preferred.",
            True,
            None,
        ),
    ],
)
def test_the_next_labelled_line_after_one_line_of_routes(
    text: str, substitutable: bool, years: float | None
) -> None:
    req = extract(text)
    assert req.education_substitutable is substitutable
    assert req.experience_years_required == years


_EITHER_OR = (
    "MINIMUM QUALIFICATIONS\nEither I\nTwo years of experience keeping medical records in a "
    "clinic.\nOr II\nCompletion of a one-year certificate program in health information.\n\n"
    "{heading}\nPossession of a valid RHIT or RHIA credential is desirable{tail}.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Special Requirements",
        "SPECIAL REQUIREMENTS",
        "Licenses and Certificates",
        "LICENSES AND CERTIFICATES",
        "ADDITIONAL DESIRABLE QUALIFICATIONS",
        "WORKING CONDITIONS",
    ],
)
@pytest.mark.parametrize("tail", ["", " but not required"])
def test_a_heading_without_a_colon_ends_the_routes(heading: str, tail: str) -> None:
    """Session 13, lead: a field heading on its own line with no colon ends the block of routes
    (the "Either I / Or II" block ran on into it, and the credential it calls desirable was read
    as part of the last route and dropped)."""
    req = extract(_EITHER_OR.format(heading=heading, tail=tail))
    assert [(g.any_of, g.level) for g in req.certifications] == [(["RHIT", "RHIA"], "preferred")]
    assert (req.education_required, req.education_substitutable) == (None, True)
    assert len(req.paths) == 2


def test_a_routes_own_upper_case_heading_keeps_the_block() -> None:
    """Near-miss: "EDUCATION" over the route after "OR" (federal layout) is a route's heading, not
    the next field: the routes stay two."""
    req = extract(
        "Qualifications\nEXPERIENCE\nOne year of specialized experience in medical records.\n\n"
        "OR\n\nEDUCATION\nTwo years of education above high school in health information.\n"
    )
    assert [(p.education, p.experience_years) for p in req.paths] == [
        (None, 1.0),
        ("associate", None),
    ]
