"""The department's arrangement against the role's (session 15, lead; examples ours).

"Our coders work remotely; this clerk role is on-site" had given remote (a remote word beats an
on-site one): the staff's arrangement is the job's only when the posting does not put the role
itself on site. A vendor's "Our ROI specialists work from home" over an ROI posting, with
nothing else said, still makes the job remote, and on-site training days do not undo it."""

from __future__ import annotations

import pytest

from matcher import extract

CASES = [
    # the role itself put on site, after the staff's arrangement
    ("Our coders work remotely; this clerk role is on-site.", "on_site"),
    ("Our coding team works remotely. This position is on-site at the main hospital.", "on_site"),
    ("Most of our HIM staff work from home, but this role is onsite.", "on_site"),
    ("Many of our coders are remote. This clerk position is in-person.", "on_site"),
    ("Our HIM staff work remotely. This role is not remote.", "on_site"),
    ("Our coders work remotely. This role is hybrid: two days a week in the office.", "hybrid"),
    # near-misses: nothing said of the role, or only of its training days: the staff's holds
    ("Our coders work remotely.", "remote"),
    ("Our ROI Specialists work from home and log in to client EHRs.", "remote"),
    ("Our coders work remotely. Training is on-site for the first week.", "remote"),
    ("Our ROI specialists work from home; you come on-site for a 2-day orientation.", "remote"),
    ("Join our remote team!", "remote"),
    ("This is a remote position. Our team meets on-site quarterly.", "remote"),
]


@pytest.mark.parametrize(("text", "workplace"), CASES)
def test_the_role_beats_the_department(text: str, workplace: str) -> None:
    assert extract("Medical Records Clerk\n" + text).workplace == workplace
