"""Issue #16, "Library users": matches and postings as pandas DataFrames (optional extra)."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import load_profile
from storage import Store
from tests.himjobs._world import LONG_TITLE, build

pd = pytest.importorskip("pandas")


def test_matches_and_postings_as_dataframes(tmp_path: Path) -> None:
    from himjobs.frames import matches_to_dataframe, postings_to_dataframe

    url = build(tmp_path)
    profile = load_profile(tmp_path / "me.toml")
    with Store(url) as store:
        found = store.matches(profile, include_near_misses=True)
        frame = matches_to_dataframe(found)
        postings = postings_to_dataframe(store.search(limit=10))
    assert len(frame) == 4 and frame["eligible"].tolist() == [True, True, True, False]
    scores = frame["score"].tolist()[:3]
    assert scores == sorted(scores, reverse=True)  # the one order: score
    night = frame[frame["title"] == LONG_TITLE].iloc[0]
    assert night["pay_min_per_hour"] == 24.0 and night["verdict_shifts"] == "not_met"
    assert not night["fits_preferences"] and night["eligible"]
    assert frame[frame["fits_preferences"]]["title"].tolist() == ["Medical Records Specialist"]
    assert (frame["pay_min_per_hour"] >= 19).sum() == 2  # filters like a spreadsheet
    assert set(postings.columns) >= {"title", "pay_min_per_hour", "state", "shift", "closes"}
    assert postings["state"].eq("TX").all()


def test_a_cell_of_explanations_splits_back_into_each_one(tmp_path: Path) -> None:
    # Each explanation holds a "; " of its own ("Requires ...; you have ..."): the cell joins
    # them with " | ", so splitting on it gives every explanation back whole.
    from himjobs.frames import matches_to_dataframe
    from matcher import match
    from schemas import CertificationRequirement, Requirements

    build(tmp_path)
    profile = load_profile(tmp_path / "me.toml")
    needs = Requirements(
        education_required="bachelor",
        experience_years_required=5.0,
        certifications=[CertificationRequirement(any_of=["RHIT", "RHIA"], level="required")],
    )
    result = match(needs, profile)
    frame = matches_to_dataframe([result])
    explanations = [v.explanation for v in result.missing]
    assert len(explanations) == 3 and all("; " in e for e in explanations)
    assert frame["missing"].iloc[0].split(" | ") == explanations
