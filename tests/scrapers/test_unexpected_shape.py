"""A board that answers JSON, but not in the source's documented shape (an error object, a
list where an object belongs), is one bad page of kind ``unexpected_shape`` and the crawl goes
on (BoardSpider.json_read: the format's FormatError, recorded once for every JSON board API)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.scrapers._crawl import bad_pages, run

#: spider -> (the board's documented path, a JSON body not in its shape)
CASES = {
    "greenhouse": ("/v1/boards/oddshape/jobs", {"jobs": {"not": "a list"}}),
    "lever": ("/v0/postings/oddshape", {"error": "this is not a list of postings"}),
    "ashby": ("/posting-api/job-board/oddshape", {"jobs": "none"}),
    "smartrecruiters": ("/v1/companies/oddshape/postings", ["not", "an", "object"]),
}


@pytest.mark.parametrize("spider", sorted(CASES))
def test_json_in_the_wrong_shape_is_one_bad_page(mock: Any, spider: str) -> None:
    path, body = CASES[spider]
    mock.add_route({"path": path, "body": json.dumps(body)})
    stats, items = run(spider, mock.url, boards="oddshape")
    assert stats["finish_reason"] == "finished" and items == []
    assert stats["himjobs/bad_pages/unexpected_shape"] == 1
    (bad,) = bad_pages(stats)
    assert bad["kind"] == "unexpected_shape" and path in bad["url"]
