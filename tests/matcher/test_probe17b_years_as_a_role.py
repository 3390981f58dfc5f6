"""Years said as time in a role or a work history (session 17, s17probe2; examples ours).

"At least one year as a coder" and "2 years' work history in medical records" asked nothing:
the words after a figure tied it to experience by "experience", "working as" or the work's name
("2 years as a medical records clerk" named records), not by a role after "as a" nor by a work
history. The employer's own years ("For 20 years as a family practice we ...") and a term of
service ("2 years as a fellow") are no experience asked."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "years", "kind"),
    [
        ("At least one year as a coder.", 1.0, "coding"),
        ("One year as an inpatient coder required.", 1.0, "coding"),
        ("Two years as a release of information specialist.", 2.0, "records"),
        ("18 months as a registrar in a cancer program.", 1.5, None),
        ("2 years' work history in medical records.", 2.0, "records"),
        # near-misses: the employer's years, a term of service
        ("For 20 years as a family practice we have served Tulsa.", None, None),
        ("Join us for 2 years as a fellow.", None, None),
    ],
)
def test_years_in_a_role(text: str, years: float | None, kind: str | None) -> None:
    r = extract(text)
    assert (r.experience_years_required, r.experience_kind) == (years, kind)
