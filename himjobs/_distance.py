"""Miles from the profile's ZIP to an on-site or hybrid posting (offline: the `zipcodes`
package ships US ZIP codes with their coordinates and cities).

Store.matches keeps postings in the profile's state; with `max_miles` the CLI and the web page
then leave out the on-site and hybrid ones farther than that from the ZIP, and say the miles.
A posting whose locations name no city stays judged by its state (the matcher's location
verdict); so does every posting when the profile has no ZIP or the ZIP is unknown.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache

from schemas import CandidateProfile, MatchResult, Posting, Verdict

EARTH_MILES = 3958.8


@cache
def _places() -> tuple[dict[str, tuple[float, float]], dict[tuple[str, str], tuple[float, float]]]:
    """ZIP -> (lat, lon) and (CITY, ST) -> mean (lat, lon) of its ZIPs; built once (~1 s)."""
    import zipcodes

    by_zip: dict[str, tuple[float, float]] = {}
    sums: dict[tuple[str, str], list[float]] = {}
    for z in zipcodes.list_all():  # type: ignore[no-untyped-call]
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (KeyError, TypeError, ValueError):
            continue
        by_zip[z["zip_code"]] = (lat, lon)
        key = (str(z["city"]).upper(), str(z["state"]).upper())
        acc = sums.setdefault(key, [0.0, 0.0, 0.0])
        acc[0] += lat
        acc[1] += lon
        acc[2] += 1
    by_city = {k: (a[0] / a[2], a[1] / a[2]) for k, a in sums.items()}
    return by_zip, by_city


def zip_point(code: str | None) -> tuple[float, float] | None:
    return _places()[0].get(code[:5]) if code else None


def city_point(city: str | None, state: str | None) -> tuple[float, float] | None:
    if not city or not state:
        return None
    return _places()[1].get((city.strip().upper(), state.strip().upper()))


def miles(a: tuple[float, float], b: tuple[float, float]) -> float:
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


def posting_miles(posting: Posting | None, home: tuple[float, float] | None) -> float | None:
    """Miles to the posting's nearest location with a known city; None for a remote posting or
    when no location has a city we know."""
    if posting is None or home is None:
        return None
    req = posting.requirements
    if posting.remote or (req is not None and req.workplace == "remote"):
        return None
    found = [city_point(loc.city, loc.state) for loc in posting.locations]
    near = [miles(home, p) for p in found if p is not None]
    return min(near) if near else None


def apply_distance(
    results: Iterable[MatchResult], profile: CandidateProfile
) -> tuple[list[MatchResult], int]:
    """(results within max_miles, each location verdict saying the miles; how many left out)."""
    home = zip_point(profile.zip)
    out: list[MatchResult] = []
    dropped = 0
    for r in results:
        far = posting_miles(r.posting, home)
        if far is None:
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
        out.append(r.model_copy(update={"verdicts": verdicts}))
    return out, dropped


def miles_text(result: MatchResult) -> str:
    """'42 mi' from the location verdict apply_distance wrote, else ''."""
    for v in result.verdicts:
        if v.field == "location" and " miles from " in v.explanation:
            return v.explanation.split(" miles from ")[0] + " mi"
    return ""
