"""Find the same job posted twice (reposted with a new id, or listed on two boards); no I/O.

Two postings are duplicates when the employer is the same, the titles are near-identical (same
level), they share a location and their descriptions are similar. ``find_duplicates`` blocks on
``duplicate_key`` so it compares postings only within a block, not all pairs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from rapidfuzz import fuzz, utils

from matcher._relevance import normalise_title
from schemas import Posting

# Minimum fuzz.ratio between processed titles ("Medical Records Clerk" vs "Medical Record Clerk").
TITLE_THRESHOLD: Final = 92.0
# Minimum fuzz.token_set_ratio between processed descriptions: a repost with a reworded sentence
# or a changed pay line stays above it; another job's text at the same employer falls below.
DESCRIPTION_THRESHOLD: Final = 90.0
# Descriptions are compared on their start only: enough to tell jobs apart and keeps it fast.
MAX_DESCRIPTION_CHARS: Final = 6_000

# Words that say an employer's legal form, not which employer it is.
_EMPLOYER_NOISE: Final = frozenset(
    {"inc", "llc", "ltd", "corp", "corporation", "co", "company", "the"}
)
# Levels tell different jobs apart ("Clerk I" and "Clerk II" are two openings).
_LEVEL_RE: Final = re.compile(r"\b(?:i|ii|iii|iv|v|1|2|3|4|5|sr|senior|jr|junior|lead|trainee)\b")


def _employer(posting: Posting) -> str:
    return _employer_name(posting.employer or "")


# A crawl sees the same few employers over and over: each name is normalised once.
@lru_cache(maxsize=65_536)
def _employer_name(name: str) -> str:
    words = utils.default_process(name).split()
    return " ".join(w for w in words if w not in _EMPLOYER_NOISE)


def _states(posting: Posting) -> str:
    states = sorted({loc.state.upper() for loc in posting.locations if loc.state})
    if states:
        return ",".join(states)
    return "remote" if posting.remote else ""


def _places(posting: Posting) -> set[tuple[str, str]]:
    return {
        (utils.default_process(loc.city or ""), (loc.state or "").upper())
        for loc in posting.locations
    }


def _levels(title: str) -> set[str]:
    return set(_LEVEL_RE.findall(utils.default_process(title)))


def duplicate_key(posting: Posting) -> str:
    """Blocking key: normalised employer, normalised title and states.

    >>> from schemas import Location
    >>> p = Posting(source="lever", external_id="1", url="u", title="Med Rec Clerk II - PRN",
    ...             employer="Mercy Health, Inc.", locations=[Location(city="Tulsa", state="ok")])
    >>> duplicate_key(p)
    'mercy health|medical records clerk|OK'
    """
    return f"{_employer(posting)}|{normalise_title(posting.title)}|{_states(posting)}"


def is_duplicate(a: Posting, b: Posting) -> bool:
    """True when the two postings are the same job posted twice."""
    if a.source == b.source and a.external_id == b.external_id:
        return True
    if not _employer(a) or _employer(a) != _employer(b):
        return False
    title_a, title_b = utils.default_process(a.title), utils.default_process(b.title)
    if _levels(a.title) != _levels(b.title):
        return False
    same_title = normalise_title(a.title) == normalise_title(b.title)
    if not same_title and fuzz.ratio(title_a, title_b) < TITLE_THRESHOLD:
        return False
    places_a, places_b = _places(a), _places(b)
    if (places_a or places_b) and not places_a & places_b:
        return False
    if not places_a and bool(a.remote) != bool(b.remote):
        return False
    text_a = utils.default_process(a.description[:MAX_DESCRIPTION_CHARS])
    text_b = utils.default_process(b.description[:MAX_DESCRIPTION_CHARS])
    if not text_a or not text_b:
        # Nothing to compare: a source without descriptions cannot tell two openings apart, so
        # employer, title and place decide.
        return True
    return fuzz.token_set_ratio(text_a, text_b) >= DESCRIPTION_THRESHOLD


def find_duplicates(postings: Sequence[Posting]) -> list[tuple[int, int]]:
    """Pairs (kept, duplicate) of indexes; the duplicate is the later posting.

    Postings are compared only within a ``duplicate_key`` block, and only with the postings kept
    so far, so a chain of reposts all point at the first one.
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    pairs: list[tuple[int, int]] = []
    for j, posting in enumerate(postings):
        kept = blocks[duplicate_key(posting)]
        original = next((i for i in kept if is_duplicate(postings[i], posting)), None)
        if original is None:
            kept.append(j)
        else:
            pairs.append((original, j))
    return pairs
