"""Records work said by its verb (session 17, s17probe; examples ours). docs/design.md's kinds:
coding < records (HIM, release of information, registry, scanning) < healthcare < any. Releasing
or disclosing records and answering requests for them is release-of-information work; indexing
documents is scanning and indexing; filing, pulling, retrieving, assembling, analysing or
auditing charts is the records room's chart work (a chart is the patient's record): all records.
Coding charts stays coding (the narrowest kind named wins), abstracting stays coding as before.
An Excel or org chart, software releases and disclosures of interests are no records work."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("One year of experience releasing records under HIPAA.", "records"),
        ("Two years of experience disclosing protected health records.", "records"),
        ("One year of experience releasing PHI to authorized requesters.", "records"),
        ("Two years of experience processing records requests.", "records"),
        ("One year of experience answering requests for patient records.", "records"),
        ("One year of experience indexing documents.", "records"),
        ("Six months of experience indexing scanned forms is required.", "records"),
        ("One year of experience filing charts.", "records"),
        ("One year of experience auditing charts for completeness.", "records"),
        ("Two years of experience pulling and retrieving charts.", "records"),
        ("Two years of experience with chart retrieval.", "records"),
        ("Two years of chart analysis experience required.", "records"),
        # the narrowest kind named wins
        ("Two years of experience coding outpatient charts.", "coding"),
        ("One year of experience abstracting charts.", "coding"),
        # near-misses: other charts, releases and disclosures
        ("One year of experience building charts in Excel.", None),
        ("Two years of experience with org charts.", None),
        ("One year of experience releasing software updates.", None),
        ("One year of experience disclosing conflicts of interest.", None),
        ("One year of experience handling customer requests.", None),
    ],
)
def test_records_work_by_its_verb(text: str, kind: str | None) -> None:
    r = extract(text)
    assert r.experience_years_required is not None
    assert r.experience_kind == kind
