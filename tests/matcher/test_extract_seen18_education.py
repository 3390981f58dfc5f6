"""matcher.extract on education and substitution phrasings that text we did not write showed us
(issue 15, session s10edu: the education misses of seen18.yaml, retired from holdout18): one table
per general pattern, with varied examples and near-misses, all in our own wording (never a
posting's)."""

from __future__ import annotations

import pytest

from matcher import extract
from tests.matcher._routes import flat as _flat

# --- headings that open a preferred list: civil service "Desirable Qualifications", career
# --- sites' "What would make you stand out"; "What we require" opens the required one -----------

SOFT_HEADINGS = [
    (
        "Minimum Qualifications\n- GED or high school diploma\n- Two years of records work\n"
        "Desirable Qualifications\n- Associate degree in HIT\n- Familiarity with Meditech\n",
        ("high_school", "associate"),
    ),
    (
        "What we require\n- Three years of coding\n- Strong CPT skills\n"
        "What would make you stand out\n- A bachelor's degree\n- Epic experience\n",
        (None, "bachelor"),
    ),
    (
        "Requirements\n- High school diploma\n\nWays to stand out\n"
        "- Associate of Applied Science\n",
        ("high_school", "associate"),
    ),
    (
        "What makes you stand out\n- A certificate in medical billing\n\n"
        "What we require\n- HS diploma or GED\n",
        ("high_school", "certificate"),
    ),
    (
        "Desirable:\n- Bachelor's degree in health information administration\n"
        "Minimum:\n- Associate degree\n",
        ("associate", "bachelor"),
    ),
    # near-misses: the same words inside a sentence, or a required heading, do not prefer
    (
        "Qualifications\n- Associate degree in HIT required; accuracy that makes your work "
        "stand out.\n",
        ("associate", None),
    ),
    ("What we require\n- Bachelor's degree in HIM\n- RHIA\n", ("bachelor", None)),
    (
        "We require an associate degree. It is desirable that you know Cerner.\n",
        ("associate", None),
    ),
]


@pytest.mark.parametrize(("text", "levels"), SOFT_HEADINGS)
def test_soft_headings_prefer_what_they_list(
    text: str, levels: tuple[str | None, str | None]
) -> None:
    got = extract(text)
    assert (got.education_required, got.education_preferred) == levels


# --- "or equivalent coding experience": a kind named between "equivalent" and "experience" is
# --- still experience standing in for the schooling (one route; no flat level above diploma) ----

EQUIVALENT_KIND = [
    (
        "Education: Associate degree in health information or a related field, or equivalent "
        "coding experience.",
        (None, None, True),
    ),
    ("Bachelor's degree in HIM or equivalent medical records experience.", (None, None, True)),
    ("Certificate in medical coding, or an equivalent billing experience.", (None, None, True)),
    ("An associate degree or equivalent hospital experience is required.", (None, None, True)),
    (
        "HS diploma required. Associate degree in HIT or equivalent professional coding "
        "experience.",
        ("high_school", None, True),
    ),
    # near-misses: the diploma's own equivalent, then another requirement joined by "and"/"with"
    (
        "High school diploma or equivalent and two years of coding experience.",
        ("high_school", 2.0, False),
    ),
    ("GED or equivalent with experience in a physician office.", ("high_school", None, False)),
    (
        "Associate degree or equivalent. Three years of coding experience.",
        ("associate", 3.0, False),
    ),
]


@pytest.mark.parametrize(("text", "flat"), EQUIVALENT_KIND)
def test_equivalent_experience_of_a_kind_substitutes(
    text: str, flat: tuple[str | None, float | None, bool]
) -> None:
    assert _flat(text) == flat


def test_equivalent_experience_of_a_kind_keeps_its_kind_in_the_combination() -> None:
    got = extract("Associate degree in HIM, or equivalent coding experience.")
    combos = [p.combination for p in got.paths or [] if p.combination is not None]
    assert [(c.experience_years, c.schooling_years, c.experience_kind) for c in combos] == [
        (2.0, 2.0, "coding")
    ]


# --- "Option A / Option B" lines (state and county civil service): schooling with a credential at
# --- two levels is two routes, so the lower level is what everyone needs, with either credential;
# --- a schooling option counted in semester units, and an option combining the others ----------

OPTIONS = [
    (
        "Minimum Qualifications\n"
        "Option A: An associate degree in health information technology and an active RHIT.\n"
        "Option B: A bachelor's degree in health information management and an active RHIA.\n",
        ("associate", None, False, [["RHIT", "RHIA"]]),
    ),
    (
        "Option 1: Associate degree in HIM with the CCA credential.\n"
        "Option 2: Bachelor's degree in any field with the CCS credential.\n"
        "Both options require two years of coding work in a hospital.\n",
        ("associate", 2.0, False, [["CCA", "CCS"]]),
    ),
    (
        "Option I: One year of medical records experience in a clinic or hospital.\n"
        "Option II: Completion of 30 semester units of college coursework in medical records.\n",
        (None, None, True, []),
    ),
    (
        "Option 1: Two years of experience filing and retrieving patient charts.\n"
        "Option 2: 45 semester units of college coursework in health information technology.\n"
        "Option 3: Any combination of experience and education equivalent to Option 1 or 2.\n",
        (None, None, True, []),
    ),
    (
        "Option A: An associate degree in HIT and an active RHIT.\n"
        "Option B: An associate degree in HIM and an active CCS.\n",
        ("associate", None, False, [["RHIT", "CCS"]]),
    ),
    (
        "Option 1: An active CPC with two years of coding experience.\n"
        "Option 2: An active CCS with one year of coding experience.\n",
        (None, 1.0, False, [["CPC", "CCS"]]),
    ),
    # near-miss: an option that names no route ends the list (one option is no paths)
    (
        "Option A: An associate degree in HIT and an active RHIT.\n"
        "Option B: Apply online by Friday.\n",
        ("associate", None, False, [["RHIT"]]),
    ),
]


@pytest.mark.parametrize(("text", "want"), OPTIONS)
def test_option_lines_are_routes(
    text: str, want: tuple[str | None, float | None, bool, list[list[str]]]
) -> None:
    got = extract(text)
    codes = [g.any_of for g in got.certifications if g.level == "required"]
    assert (*_flat(text), codes) == want


def test_a_combining_option_adds_the_combination_route() -> None:
    got = extract(
        "Option I: One year of medical records experience in a clinic or hospital.\n"
        "Option II: Completion of 30 semester units of college coursework in medical records.\n"
        "Option III: Any combination of experience and education equivalent to Option I or II.\n"
    )
    combos = [p.combination for p in got.paths or [] if p.combination is not None]
    assert [(c.experience_years, c.schooling_years, c.experience_kind) for c in combos] == [
        (1.0, 1.0, "records")
    ]


# --- schooling counted in semester units (as state civil service counts it) is schooling above
# --- the diploma, as semester hours are ------------------------------------------------------

SEMESTER_UNITS = [
    (
        "One year of experience in a medical records office, or 30 semester units of college "
        "coursework in health information.",
        (None, None, True),
    ),
    (
        "Two years of clerical records experience; 24 semester units of college courses may "
        "substitute for one year of the experience.",
        # two years, or the units and the other year: one year on every route
        (None, 1.0, True),
    ),
    # near-miss: units of a training course that are no schooling count
    ("Completes 30 units of annual compliance training.", (None, None, False)),
]


@pytest.mark.parametrize(("text", "flat"), SEMESTER_UNITS)
def test_semester_units_are_schooling(
    text: str, flat: tuple[str | None, float | None, bool]
) -> None:
    assert _flat(text) == flat


# --- a figure restated in digits, "two (2) years", inside the second route of an "or": the
# --- route goes on past the digits (it is no aside that ends it) --------------------------------

RESTATED_FIGURES = [
    (
        "Qualifications\n- Graduate of an accredited HIT associate degree program, or a high "
        "school diploma with two (2) years of hospital medical records experience\n",
        ("high_school", None, True),
    ),
    (
        "Requirements: Associate degree in health information, or three (3) years of coding "
        "experience in an acute care setting.",
        (None, None, True),
    ),
    (
        "Must have a medical coding certificate or four (4) years of physician office coding "
        "experience.",
        (None, None, True),
    ),
    # a closed aside in the first route is no end either
    (
        "Associate degree in HIM (RHIT eligible) or two (2) years of release of information "
        "experience.",
        (None, None, True),
    ),
    # near-misses: one route is no paths, and an aside that is not a figure closes its route
    (
        "High school diploma or GED and two (2) years of medical records experience required.",
        ("high_school", 2.0, False),
    ),
    (
        "Associate degree required. Three (3) years of coding experience (inpatient preferred).",
        ("associate", 3.0, False),
    ),
]


@pytest.mark.parametrize(("text", "flat"), RESTATED_FIGURES)
def test_a_restated_figure_does_not_cut_the_route(
    text: str, flat: tuple[str | None, float | None, bool]
) -> None:
    assert _flat(text) == flat


# --- a refused offer ("experience will not be accepted in lieu of the degree") substitutes
# --- nothing: the degree stays everyone's ------------------------------------------------------

REFUSED = [
    (
        "Associate degree required. Experience will not be accepted in lieu of the degree.",
        ("associate", None, False),
    ),
    (
        "Bachelor's degree in HIM is required; work history is never accepted in lieu of a degree.",
        ("bachelor", None, False),
    ),
    (
        "A coding certificate is required and experience can't be used in lieu of the certificate.",
        ("certificate", None, False),
    ),
    # near-misses: a negation in another clause leaves the offer standing
    ("Associate degree or equivalent experience. Not a remote role.", (None, None, True)),
    (
        "A degree is not required, but experience in lieu of a degree is welcome.",
        (None, None, True),
    ),
]


@pytest.mark.parametrize(("text", "flat"), REFUSED)
def test_a_refused_offer_substitutes_nothing(
    text: str, flat: tuple[str | None, float | None, bool]
) -> None:
    assert _flat(text) == flat


# --- "in lieu of a degree, four years of experience" (either order): the years are one route, the
# --- degree (named there or in the sentence before) the other; neither is everyone's -------------

IN_LIEU = [
    (
        "Requirements\n- Associate degree in health information technology. In lieu of a "
        "degree, four years of coding experience.\n",
        (None, None, True),
    ),
    (
        "Bachelor's degree in HIM required; in lieu of a degree, six years of progressive HIM "
        "experience.",
        (None, None, True),
    ),
    (
        "Associate degree in HIT required. Four years of release of information experience in "
        "lieu of the degree.",
        (None, None, True),
    ),
    (
        "In place of the associate degree, three years of medical records experience in an acute "
        "care hospital.",
        (None, None, True),
    ),
    (
        "High school diploma required. Associate degree in HIM; in lieu of the degree, two (2) "
        "years of coding experience.",
        ("high_school", None, True),
    ),
    # near-misses: a refused offer, an in-lieu of something other than schooling, and a
    # credential (not schooling) the years replace
    (
        "Associate degree required. Experience will not be accepted in lieu of the degree. Two "
        "years of coding experience.",
        ("associate", 2.0, False),
    ),
    (
        "Two years of medical records experience required. A stipend is paid in lieu of a "
        "parking pass.",
        (None, 2.0, False),
    ),
    # (the years are the credential's route, not everyone's: README, Experience, session 11;
    # s15exp, where this case first read them so)
    (
        "Three years of coding experience in lieu of a CPC credential.",
        (None, None, False),
    ),
]


@pytest.mark.parametrize(("text", "flat"), IN_LIEU)
def test_years_in_lieu_of_a_degree_are_one_route(
    text: str, flat: tuple[str | None, float | None, bool]
) -> None:
    assert _flat(text) == flat


# --- state civil service: "Any combination of education and experience that provides the
# --- knowledge is qualifying. A typical way to obtain it would be: ...": the typical way is an
# --- example, so none of its figures is everyone's and experience may stand in for schooling ----

TYPICAL_WAY = [
    (
        "Minimum Qualifications\nAny combination of education and experience that would likely "
        "provide the required knowledge and abilities is qualifying. A typical way to obtain "
        "the knowledge and abilities would be: two years of experience maintaining medical "
        "records, and an associate degree in health information technology.",
        (None, None, True),
    ),
    (
        "Minimum Qualifications\nAny combination of training and experience which would provide "
        "the required knowledge. A typical way to obtain this knowledge is:\nTwo years of "
        "experience coding inpatient records.",
        (None, None, True),
    ),
    (
        "Education and Experience: Any combination equivalent to graduation from high school "
        "and two years of medical records experience. The typical way to gain the knowledge "
        "would be an associate degree in health information.",
        (None, None, True),
    ),
    (
        "Education: High school diploma or GED.\nAny combination of education and experience "
        "that provides the knowledge listed. Typical ways to gain it include three years of "
        "release of information experience.",
        ("high_school", None, True),
    ),
    # near-misses: "typical" that names no way in, and a combination that is not the clause
    (
        "Any combination of experience and training is welcome. Our team is typical of a busy "
        "hospital: three coders with two years of experience each.",
        (None, 2.0, False),
    ),
    (
        "Associate degree in HIT. Two years of coding experience. Typical day: 80 charts.",
        ("associate", 2.0, False),
    ),
]


@pytest.mark.parametrize(("text", "flat"), TYPICAL_WAY)
def test_a_typical_way_is_an_example(
    text: str, flat: tuple[str | None, float | None, bool]
) -> None:
    assert _flat(text) == flat


def test_a_typical_way_gives_the_example_and_its_combination() -> None:
    got = extract(TYPICAL_WAY[0][0])
    routes = [(p.label, p.education, p.experience_years) for p in got.paths or []]
    combos = [p.combination for p in got.paths or [] if p.combination is not None]
    assert routes == [("education and experience", "associate", 2.0), ("combination", None, None)]
    assert [(c.experience_years, c.schooling_years) for c in combos] == [(4.0, 4.0)]


# --- civil service splits its alternatives at ";" and opens the next one with a capital "OR"
# --- ("...; OR completion of ..."): the two halves are read as one statement of routes ----------

OR_OPENING = [
    (
        "Graduation from high school or possession of a GED, and one year of clerical "
        "experience; OR completion of a medical records program.",
        ("high_school", None, True),
    ),
    (
        "Two years of experience filing patient charts; OR an associate degree in health "
        "information technology.",
        (None, None, True),
    ),
    (
        "One year of release of information experience; Or a certificate in medical records "
        "from an accredited school.",
        (None, None, True),
    ),
    # near-misses: a capital "OR" that is a state, and an "OR" between credentials
    (
        "Two years of coding experience required. Office: Portland, OR 97201.",
        (None, 2.0, False),
    ),
    ("Associate degree in HIT required; OR RHIT preferred.", ("associate", None, False)),
]


@pytest.mark.parametrize(("text", "flat"), OR_OPENING)
def test_a_capital_or_opening_a_split_route_continues_it(
    text: str, flat: tuple[str | None, float | None, bool]
) -> None:
    assert _flat(text) == flat


# --- "or a high school diploma plus two years of ...": the diploma and its years are one route,
# --- not the end of the route before the years --------------------------------------------------

DIPLOMA_PLUS = [
    (
        "Associate degree in HIT, or high school diploma plus 2 years of medical records "
        "experience, required.",
        ("high_school", None, True),
    ),
    (
        "Associate degree in HIT or a GED plus 3 years of coding experience.",
        ("high_school", None, True),
    ),
    (
        "A coding certificate or a high school diploma as well as two years of physician office "
        "coding experience.",
        ("high_school", None, True),
    ),
    # near-miss: a "plus" after a comma adds the years to every route
    (
        "Associate degree or two years of records experience, plus six months of coding "
        "experience.",
        (None, 0.5, True),
    ),
]


@pytest.mark.parametrize(("text", "flat"), DIPLOMA_PLUS)
def test_a_diploma_plus_years_is_one_route(
    text: str, flat: tuple[str | None, float | None, bool]
) -> None:
    assert _flat(text) == flat


# --- a bare offer closing its sentence ("four years of related experience may substitute."),
# --- the schooling named before it in the sentence or the one before: two routes ----------------

BARE_OFFER = [
    (
        "Post-secondary education in medical records or health information is required; four "
        "years of directly related experience may substitute.",
        (None, None, True),
    ),
    (
        "Associate degree in HIT required. Two years of coding experience may substitute.",
        (None, None, True),
    ),
    (
        "Associate degree required, although four years of coding experience may substitute.",
        (None, None, True),
    ),
    (
        "Bachelor's degree in HIM. Six years of progressive HIM experience can be substituted.",
        (None, None, True),
    ),
    # near-misses: a credential (not schooling) before the offer sets no substitution (the
    # experience is still the credential's alternative, one route: no flat figure since session
    # 11, s11edu), a diploma, a refused offer
    ("CPC required; two years of coding experience may substitute.", (None, None, False)),
    (
        "High school diploma required; additional experience may substitute.",
        ("high_school", None, False),
    ),
    ("Associate degree required. Experience may not substitute.", ("associate", None, False)),
]


@pytest.mark.parametrize(("text", "flat"), BARE_OFFER)
def test_a_bare_offer_replaces_the_schooling_before_it(
    text: str, flat: tuple[str | None, float | None, bool]
) -> None:
    assert _flat(text) == flat


# --- the figure of an in-lieu offer as postings write it: "3+ years of", "2 years experience" ---

IN_LIEU_FIGURES = [
    (
        "Associate's degree in HIM/HIT required. Will consider candidates with 3+ years of HIM "
        "experience in lieu of degree.",
        (None, None, True),
    ),
    (
        "Associate degree required; 2 years experience in lieu of degree is acceptable.",
        (None, None, True),
    ),
    (
        "Associate degree required. In lieu of the degree, 4+ years of coding experience.",
        (None, None, True),
    ),
    # near-miss: years asked beside the offer, not in it
    (
        "3+ years of coding experience required. Associate degree or equivalent experience.",
        (None, 3.0, True),
    ),
]


@pytest.mark.parametrize(("text", "flat"), IN_LIEU_FIGURES)
def test_in_lieu_figures_as_written(text: str, flat: tuple[str | None, float | None, bool]) -> None:
    assert _flat(text) == flat


# --- "a degree and one year of experience; or an equivalent combination of education and
# --- experience": any mix of the route's total years qualifies, so its year is no flat need ------

ROUTE_OR_COMBINATION = [
    (
        "Education/Experience: Associate degree in health information technology and one year "
        "of related experience; or an equivalent combination of education and experience.",
        (None, None, True),
    ),
    (
        "A coding certificate and two years of physician office coding experience, or an "
        "equivalent combination of training and experience.",
        (None, None, True),
    ),
    # near-misses: the figure outside the alternatives stays everyone's; experience alone keeps
    # its own combination (a year of schooling for a year of work)
    (
        "Associate's degree in HIM or equivalent combination of education and experience; 2 "
        "years of coding experience.",
        (None, 2.0, True),
    ),
    (
        "Two years of medical records experience, or an equivalent combination of training and "
        "experience.",
        (None, None, True),
    ),
]


@pytest.mark.parametrize(("text", "flat"), ROUTE_OR_COMBINATION)
def test_a_route_or_an_equivalent_combination(
    text: str, flat: tuple[str | None, float | None, bool]
) -> None:
    assert _flat(text) == flat


def test_the_combination_counts_the_route_total() -> None:
    got = extract(ROUTE_OR_COMBINATION[0][0])
    combos = [p.combination for p in got.paths or [] if p.combination is not None]
    assert [(c.experience_years, c.schooling_years) for c in combos] == [(3.0, 3.0)]


def test_a_programme_or_a_degree_on_one_side_is_the_lower_level() -> None:
    got = extract(
        "Education: Graduate of an AHIMA-approved coding program, or an associate degree, or 3 "
        "years of coding experience."
    )
    assert [(p.label, p.education) for p in got.paths or []] == [
        ("training", "certificate"),
        ("experience", None),
    ]


# --- "applicants without a degree must have five years of experience": a route for those
# --- without the schooling, so neither the degree nor the years are everyone's ------------------

WITHOUT_A_DEGREE = [
    (
        "Education: Associate degree in HIM. Applicants without a degree must have at least five "
        "years of coding experience.",
        (None, None, True),
    ),
    (
        "Associate degree in HIT required; candidates without the degree need 4 years of records "
        "experience.",
        (None, None, True),
    ),
    (
        "Bachelor's degree in HIM; candidates without a bachelor's degree need six years of HIM "
        "experience.",
        (None, None, True),
    ),
    # near-misses: a refusal, and "without" before something other than schooling
    (
        "Associate degree required. Applicants without a degree will not be considered, "
        "regardless of experience.",
        ("associate", None, False),
    ),
    (
        "Associate degree required. Those without coding experience must complete training in "
        "90 days.",
        ("associate", None, False),
    ),
]


@pytest.mark.parametrize(("text", "flat"), WITHOUT_A_DEGREE)
def test_years_for_those_without_the_degree_are_one_route(
    text: str, flat: tuple[str | None, float | None, bool]
) -> None:
    assert _flat(text) == flat


# --- schooling offered for experience with the experience named first: "In lieu of one year of
# --- the experience, 30 semester hours of college" reads as "30 semester hours of college may be
# --- substituted for one year of the experience" (session 10, lead; README: substitution in
# --- either order) -----------------------------------------------------------------------------

LIEU_FIRST = [
    # the whole experience replaced: two routes, no flat figure
    (
        "One year of clerical experience. In lieu of the experience, 30 semester hours of "
        "college coursework.",
        (None, None, True),
    ),
    (
        "Six months of filing experience. In place of the required experience: an associate "
        "degree in health information technology.",
        (None, None, True),
    ),
    (
        "Minimum: 1 year of office work experience; in place of that experience, completion of a "
        "medical records technology program.",
        (None, None, True),
    ),
    # a part replaced: the rest stays on both routes, so it is everyone's
    (
        "Two years of clerical experience. In lieu of one year of the experience, 30 semester "
        "hours of college.",
        (None, 1.0, True),
    ),
    # near-misses: a refusal, and no schooling offered
    (
        "One year of clerical experience. In lieu of experience, college coursework is not "
        "accepted.",
        (None, 1.0, False),
    ),
    (
        "One year of clerical experience. In lieu of experience, we offer paid training.",
        (None, 1.0, False),
    ),
]


@pytest.mark.parametrize(("text", "want"), LIEU_FIRST)
def test_schooling_offered_after_the_experience_it_replaces(
    text: str, want: tuple[str | None, float | None, bool]
) -> None:
    assert _flat(text) == want
