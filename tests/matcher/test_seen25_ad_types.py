"""Hours abbreviated in a classified ad (seen25, session 17; matcher._rules_job).

"DENTAL OFFICE seeks records clerk, PT, Tues/Thurs/Sat 8-2" (h25-003) and "RADIOLOGY GRP seeks
FT file rm clerk" (h25-033) gave no type: PT / FT were read opening or closing a title, or after
"seeks" for PT only. Now FT after the ad's hiring verb with the job after it, and PT / FT listed
right after the job's noun, give the type; therapy and places stay out.
"""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Dental office seeks records clerk, PT, Tues/Thurs/Sat 8-2. HS req'd.", ["part_time"]),
        ("Scanning technician, PT (mornings). Apply at the front desk.", ["part_time"]),
        ("Coder, PT - three days a week, remote.", ["part_time"]),
        ("Radiology group seeks FT file rm clerk. Pull and file jackets.", ["full_time"]),
        ("Now hiring an FT records technician for our imaging center.", ["full_time"]),
        ("Imaging center: records clerk, FT, M-F 8-5. HS grad.", ["full_time"]),
    ],
)
def test_an_ads_abbreviated_hours(text: str, types: list[str]) -> None:
    assert extract(text).employment_types == types


@pytest.mark.parametrize(
    "text",
    [
        "Pull and file pt charts, scan x-rays into the chart.",
        "Front desk assistant, PT clinic; greet patients and scan forms.",
        "Our clinic is seeking FT Myers residents for its records clerk opening.",
        "Outpatient rehab, PT. Records clerk needed to scan intake forms.",
    ],
)
def test_therapy_places_and_patients_are_no_hours(text: str) -> None:
    assert extract(text).employment_types == []
