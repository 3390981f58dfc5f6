"""matcher.extract on abstracting said with its verb and what is abstracted (session 17,
blind27): a registrar "abstracts diagnosis, stage and treatment details", a quality abstractor
"abstracts core measures", a clerk "abstracts required items from the medical record"; a
conference abstract is no skill. Our own wording."""

from __future__ import annotations

import pytest

from matcher import extract

ABSTRACTING = [
    ("The registrar finds reportable cases and abstracts diagnosis, stage and treatment.", True),
    ("Abstracts core measures for the quality department each month.", True),
    ("You will abstract demographics and staging for the tumor registry.", True),
    ("Abstracts the required items from each patient record into the registry.", True),
    # near-misses
    ("Present abstracts from the regional AHIMA conference at staff meetings.", False),
    ("Submit an abstract of your poster by May 1.", False),
]


@pytest.mark.parametrize(("text", "found"), ABSTRACTING)
def test_abstracting_by_its_verb(text: str, found: bool) -> None:
    assert ("abstracting" in extract(text).skills) is found
