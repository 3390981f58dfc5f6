"""Required and preferred figures in one line, as job boards abbreviate them (session 17,
s17probe2; examples ours).

"1 yr req, 2 pref", "1 yr req'd, 2 yrs pref'd" and "2 yrs (req), 4 yrs (pref)" read only the
required figure: "pref", "pref'd", "req" and "req'd" were cues for a mention (matcher._rules_cues)
but not for a bare second figure (matcher._lexicon.EXPERIENCE_ELIDED_RE), for a figure with its
own unit after an experience figure (_CUE_NEXT_RE), or inside brackets, where "(pref)" ended the
figure's clause as "(medical office preferred)" does (_CLAUSE_CUT_RE). Near-misses: a second
figure that counts something else (references, requests) is no experience."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Exp: 1 yr req, 2 pref", 1.0, 2.0),
        ("2 yrs coding exp req, 3 pref", 2.0, 3.0),
        ("Coding experience: 6 mos req, 12 pref", 0.5, 1.0),
        ("Medical records experience 1 yr req'd, 2 yrs pref'd", 1.0, 2.0),
        ("HIM exp: 1 yr req'd, 18 mos pref'd", 1.0, 1.5),
        ("Experience: 2 yrs (req), 4 yrs (pref)", 2.0, 4.0),
        ("1 year of coding experience (pref)", None, 1.0),
        # near-misses: the second figure counts something else; a preferred setting
        ("1 yr exp req'd, 2 refs req'd", 1.0, None),
        ("Coding exp 1 yr req, 2 references pref", 1.0, None),
        ("1 yr exp req, 2 reqs per day", 1.0, None),
        ("2 years of medical records experience, pref in a hospital", 2.0, None),
    ],
)
def test_req_and_pref_in_one_line(
    text: str, required: float | None, preferred: float | None
) -> None:
    r = extract(text)
    assert (r.experience_years_required, r.experience_years_preferred) == (required, preferred)
