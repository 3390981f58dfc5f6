"""'req.' and 'req' as a requirement cue (session 15, lead; examples ours, in the style of
classified ads and job boards): "CPC req." had given no group, where "CPC req'd" gave one; a
requisition number ("Req ID 4471", "Req. #5512", "Req No. 7") is no cue."""

from __future__ import annotations

import pytest

from matcher import extract


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("CPC req.", [(["CPC"], "required")]),
        ("RHIT req. at hire", [(["RHIT"], "required")]),
        ("Cert. req.: CPC or CCS.", [(["CPC", "CCS"], "required")]),
        ("CPC - req", [(["CPC"], "required")]),
        ("Coding cert (CPC/CCS) req, 2 yrs exp", [(["CPC", "CCS"], "required")]),
        ("CCS pref., CPC req.", [(["CCS"], "preferred"), (["CPC"], "required")]),
        # near-misses: a requisition number
        ("Req ID 4471 - CPC preferred", [(["CPC"], "preferred")]),
        ("Req. #5512\nCPC preferred", [(["CPC"], "preferred")]),
        ("Req No. 7: CPC preferred", [(["CPC"], "preferred")]),
    ],
)
def test_req_is_required(text: str, groups: list[tuple[list[str], str]]) -> None:
    assert [(g.any_of, g.level) for g in extract(text).certifications] == groups
