"""matcher.extract on a term that times the eligibility for an exam, not the credential (session
17, blind27): "Students who will be eligible to sit for the RHIT exam within a year are
encouraged to apply" asks for no credential, as "eligible to sit for the RHIT exam" alone does;
a term after an act of earning, passing or holding still times the credential. Our own wording."""

from __future__ import annotations

import pytest

from matcher import extract

TERMS = [
    ("Students who will be eligible to sit for the RHIT exam within a year are welcome.", None),
    ("Must be eligible to sit for the CCS examination within six months.", None),
    ("Graduates eligible to take the CCA exam within 90 days are encouraged to apply.", None),
    # near-misses: the term times the credential
    ("RHIT eligible, must obtain the credential within 6 months.", 6),
    ("CCS-eligible, certified within 9 months of hire.", 9),
    ("RHIT-eligible with RHIT within a year of hire.", 12),
    ("RHIT eligible within 6 months of hire.", 6),
]


@pytest.mark.parametrize(("text", "months"), TERMS)
def test_eligibility_term_is_no_deadline(text: str, months: int | None) -> None:
    certs = extract(text).certifications
    if months is None:
        assert certs == []
    else:
        assert [(c.level, c.within_months) for c in certs] == [("required", months)]
