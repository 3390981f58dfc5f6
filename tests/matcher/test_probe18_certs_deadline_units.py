"""A credential's deadline with its unit shortened (session 18, s18certprobe; examples ours).
Classified ads and staffing bullets write "within 6 mos", "within 6 mo. of hire", "within 1 yr":
the deadline is the same as "within 6 months" (DESIGN.md: "must obtain within N months" is
required with within_months N). Near-misses: a figure with no deadline word, "more", a term that
is no deadline of the credential's, and a deadline for another credential."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("CPC required or within 6 mos of hire.", [(["CPC"], "required", 6)]),
        ("CPC within 6 mo. of hire.", [(["CPC"], "required", 6)]),
        ("CPC within 1 yr of hire.", [(["CPC"], "required", 12)]),
        ("CCS (or obtain within 1 yr.)", [(["CCS"], "required", 12)]),
        ("RHIT required (or obtained within 12 mos).", [(["RHIT"], "required", 12)]),
        ("Must obtain CCA within 2 yrs of hire.", [(["CCA"], "required", 24)]),
        ("CTR or CTR-eligible; must earn CTR within 18 mos.", [(["CTR"], "required", 18)]),
        # near-misses: no deadline word, "more", another credential's deadline
        ("CPC required. 2 yrs exp.", [(["CPC"], "required", None)]),
        ("CPC required; 6 mos of coding experience.", [(["CPC"], "required", None)]),
        ("CPC required, within more than one specialty.", [(["CPC"], "required", None)]),
        ("RHIT required. CPR within 30 days of hire.", [(["RHIT"], "required", None)]),
    ],
)
def test_a_shortened_unit_times_the_credential(
    text: str, groups: list[tuple[list[str], str, int | None]]
) -> None:
    got = [(c.any_of, c.level, c.within_months) for c in extract(text).certifications]
    assert got == groups
