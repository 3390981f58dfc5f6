"""Words on a job page beside its type that state no type (session 18, s18probe; examples
ours): pinned by probes that already read them so.

Pay classes ("Exempt/Non-Exempt", "FLSA Status: Exempt"), a union ("Union/Non-union: Union", a
bargaining unit), a civil-service provisional appointment (pending an exam: like an interim
appointment pending a step, tests/data/extraction/README.md), "Status: Regular", "Employee Type:
Contingent", and the near-misses the session-18 brief names (benefits for part-time staff,
contracts with a vendor, on-call physicians, a temporary badge, the permanent record, full-time
students, "part of our team"); docs/extraction.md, "Session 18 (probes)"."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    "text",
    [
        "Exempt/Non-Exempt: Non-Exempt",
        "FLSA Status: Exempt",
        "Union/Non-union: Union",
        "Bargaining Unit: SEIU Local 1199",
        "Appointment: Provisional",
        "Provisional appointment pending civil service examination",
        "Status: Regular",
        "Employee Type: Contingent",
        "Benefits for part-time staff include PTO.",
        "Manage the contract with our release-of-information vendor.",
        "Coordinate records requests from on-call physicians.",
        "You will receive a temporary badge on day one.",
        "Maintain the permanent medical record.",
        "Full-time students are not eligible for this role.",
        "Be part of our team!",
    ],
)
def test_no_type(text: str) -> None:
    assert extract(text).employment_types == []
