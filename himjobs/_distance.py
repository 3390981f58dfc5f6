"""Miles from the profile's ZIP to an on-site or hybrid posting (offline: the `zipcodes`
package ships US ZIP codes with their coordinates and cities).

With `max_miles`, `matches_in_reach` (the one call the CLI and the web page make) asks
Store.matches for the postings in the profile's state and in every state with a ZIP within
max_miles of the profile's ZIP (a job across a state line may be nearer than one at home), then
leaves out the on-site and hybrid ones farther than max_miles, and says the miles;
`gaps_in_reach` asks Store.gaps for the same reach. A posting
whose locations name no city stays judged by its state (the matcher's location verdict), so one
in a neighbouring state without a city stays out, as without max_miles; so does every posting
when the profile has no ZIP or the ZIP is unknown.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from schemas import CandidateProfile, MatchResult, Posting, Verdict

EARTH_MILES = 3958.8
#: miles per degree of latitude: a ZIP farther north or south than this many degrees cannot be
#: within reach, which spares the great-circle sum for most of the country
MILES_PER_DEGREE = 69.0

Point = tuple[float, float]


@cache
def _places() -> tuple[dict[str, Point], dict[tuple[str, str], Point], dict[str, str]]:
    """ZIP -> (lat, lon), (CITY, ST) -> mean (lat, lon) of its ZIPs, and ZIP -> state; built
    once (~1 s)."""
    import zipcodes

    by_zip: dict[str, Point] = {}
    state_of: dict[str, str] = {}
    sums: dict[tuple[str, str], list[float]] = {}
    for z in zipcodes.list_all():  # type: ignore[no-untyped-call]
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (KeyError, TypeError, ValueError):
            continue
        by_zip[z["zip_code"]] = (lat, lon)
        state_of[z["zip_code"]] = str(z["state"]).upper()
        key = (str(z["city"]).upper(), str(z["state"]).upper())
        acc = sums.setdefault(key, [0.0, 0.0, 0.0])
        acc[0] += lat
        acc[1] += lon
        acc[2] += 1
    by_city = {k: (a[0] / a[2], a[1] / a[2]) for k, a in sums.items()}
    return by_zip, by_city, state_of


def zip_point(code: str | None) -> Point | None:
    return _places()[0].get(code[:5]) if code else None


def city_point(city: str | None, state: str | None) -> Point | None:
    if not city or not state:
        return None
    return _places()[1].get((city.strip().upper(), state.strip().upper()))


def miles(a: Point, b: Point) -> float:
    """Great-circle distance in miles.

    >>> round(miles((30.2713, -97.7426), (29.7604, -95.3698)))  # Austin to Houston
    146
    """
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * EARTH_MILES * math.asin(math.sqrt(h))


@lru_cache(maxsize=256)
def states_within(code: str, limit: float) -> tuple[str, ...]:
    """The states having a ZIP within ``limit`` miles of ZIP ``code`` (its own included);
    empty for an unknown ZIP.

    >>> states_within("98660", 15)  # Vancouver, WA: Portland, OR is across the river
    ('OR', 'WA')
    """
    home = zip_point(code)
    if home is None:
        return ()
    by_zip, _, state_of = _places()
    span = limit / MILES_PER_DEGREE
    found = {
        state_of[z]
        for z, point in by_zip.items()
        if abs(point[0] - home[0]) <= span and miles(home, point) <= limit
    }
    return tuple(sorted(found))


def states_in_reach(profile: CandidateProfile) -> tuple[str, ...]:
    """The states besides the profile's own that hold a place within its max_miles (none
    without zip, max_miles or state, or when every state is in reach anyway)."""
    if not (profile.zip and profile.max_miles and profile.state) or profile.willing_to_relocate:
        return ()
    near = states_within(profile.zip[:5], float(profile.max_miles))
    return tuple(s for s in near if s != profile.state)


def matches_in_reach(store: Any, profile: CandidateProfile, **options: Any) -> tuple[Any, int]:
    """Store.matches over the profile's reach (its state, and with zip + max_miles every state
    within max_miles), with max_miles applied and the miles said; (matches, how many were left
    out as farther than max_miles). ``options`` go to Store.matches as they are."""
    found = store.matches(profile, states=states_in_reach(profile), **options)
    if not profile.zip:
        return found, 0
    matches, far = apply_distance(found.matches, profile)
    near, _far_near = apply_distance(found.near_misses, profile)
    return dataclasses.replace(found, matches=matches, near_misses=near), far


def posting_miles(posting: Posting | None, home: Point | None) -> float | None:
    """Miles to the posting's nearest location with a known city; None for a remote posting or
    when no location has a city we know."""
    if posting is None or home is None:
        return None
    req = posting.requirements
    if posting.remote or (req is not None and req.workplace == "remote"):
        return None
    return places_miles([(loc.city, loc.state) for loc in posting.locations], home)


def places_miles(
    places: Iterable[tuple[str | None, str | None]], home: Point | None
) -> float | None:
    """Miles to the nearest of ``places`` (city, state) whose city we know; None when none is
    known (or no home)."""
    if home is None:
        return None
    found = [city_point(city, state) for city, state in places]
    near = [miles(home, p) for p in found if p is not None]
    return min(near) if near else None


def gaps_in_reach(store: Any, profile: CandidateProfile, **options: Any) -> Any:
    """Store.gaps over the reach matches_in_reach gives the same profile: with a known ZIP and
    max_miles, every state within max_miles besides its own, and the on-site and hybrid postings
    farther than max_miles left out (those with no known city judged by state, as there).
    ``options`` go to Store.gaps as they are."""
    home = zip_point(profile.zip)
    if home is None or profile.max_miles is None:
        # apply_distance drops nothing then: no miles, or no limit to drop by
        return store.gaps(profile, **options)
    return store.gaps(
        profile,
        states=states_in_reach(profile),
        miles=lambda places: places_miles(places, home),
        **options,
    )


def apply_distance(
    results: Iterable[MatchResult], profile: CandidateProfile
) -> tuple[list[MatchResult], int]:
    """(results within max_miles, each location verdict saying the miles, in rank order; how
    many were left out as farther than max_miles).

    A posting in another state (asked for by matches_in_reach) that is within max_miles has its
    location met, so it no longer breaks that preference and scores as a posting at home would;
    one whose distance is unknown stays judged by state and out, as Store.matches alone has it.
    """
    from matcher import rank, score  # the CLI imports this module at start; matcher is heavy

    home = zip_point(profile.zip)
    out: list[MatchResult] = []
    dropped = 0
    for r in results:
        far = posting_miles(r.posting, home)
        if far is None:
            if not any(v.field == "location" and v.status == "not_met" for v in r.verdicts):
                out.append(r)
            continue
        limit = profile.max_miles
        if limit is not None and far > limit:
            dropped += 1
            continue
        text = f"{far:.0f} miles from {profile.zip}" + (
            f" (you accept up to {limit:g})" if limit is not None else ""
        )
        verdicts = [
            Verdict(
                field="location",
                label="Location",
                level="preferred",
                status="met",
                explanation=text,
            )
            if v.field == "location"
            else v
            for v in r.verdicts
        ]
        old = {v.explanation for v in r.verdicts if v.field == "location" and v.status == "not_met"}
        update = {
            "verdicts": verdicts,
            "relaxed": [text for text in r.relaxed if text not in old],
            "score": score(verdicts, eligible=r.eligible),
        }
        out.append(r.model_copy(update=update))
    return rank(out), dropped


def miles_text(result: MatchResult) -> str:
    """'42 mi' from the location verdict apply_distance wrote, else ''."""
    for v in result.verdicts:
        if v.field == "location" and " miles from " in v.explanation:
            return v.explanation.split(" miles from ")[0] + " mi"
    return ""
