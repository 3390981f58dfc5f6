"""Paid on a 1099 or freelance: a contractor (session 17, s17probe2; examples ours).

docs/design.md: employment types are only what the posting states. A 1099 is the tax form of an
independent contractor, so "This is a 1099 position" and a job board's "Tax Terms: 1099" state a
contract as "1099 contractor" did; freelance work offered as the job ("Freelance coder", "on a
freelance basis") is contract work too. A W-2 is any employee's form (no type), and 1099 forms
handled as paperwork or freelance work the applicant did are no type of this job."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Remote Coder\nThis is a 1099 position.", ["contract"]),
        ("Job details\nTax Terms: 1099\nPay: $30 per chart hour", ["contract"]),
        ("Tax terms: W2/1099", ["contract"]),
        ("You will be paid as a 1099 independent coder.", ["contract"]),
        ("Freelance coder, remote, paid per chart.", ["contract"]),
        ("Abstracting on a freelance basis, 10-20 hrs/wk.", ["contract"]),
        ("Job type: Freelance", ["contract"]),
        ("Job type: Part-time, Freelance", ["contract", "part_time"]),
        # near-misses: a W-2, tax paperwork, past work
        ("Tax Term: W2", []),
        ("Process 1099 forms for vendors and issue W-2s in January.", []),
        ("1099-MISC reporting for the billing office is part of the role.", []),
        ("Freelance writing experience a plus.", []),
    ],
)
def test_contractor_by_its_tax_form(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types
