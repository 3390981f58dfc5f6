"""Skills seen25 read wrongly (session 17).

"copy or scan records requested by our insurance clients, and release them to the client's
secure portal" (h25-048): the records and "release them" were further apart than the release
pattern's 40 characters; the records' requester between them now fits (64;
schemas._rules_skills, release_of_information).
"""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    "text",
    [
        "Drive to clinics to copy or scan records requested by our insurance clients, and "
        "release them to the client's secure portal.",
        "Pull the charts that attorneys and insurers ask us for each week, then release them.",
        "Gather copies of the records each patient asked for in writing and release them by mail.",
    ],
)
def test_records_named_then_released(text: str) -> None:
    assert "release_of_information" in extract(text).skills


@pytest.mark.parametrize(
    "text",
    [
        "Scan the forms into the chart and release them to the nurses' station.",
        "File the records in the chart room. Release the hold on the account.",
        "Check records of every shipment against the invoices the vendor sends and release "
        "payment.",
    ],
)
def test_release_of_something_else(text: str) -> None:
    assert "release_of_information" not in extract(text).skills
