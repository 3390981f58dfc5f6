"""storage's public names are pinned: other tools import them."""

from __future__ import annotations

import storage


def test_exported_members() -> None:
    assert sorted(storage.__all__) == [
        "DEFAULT_POOL",
        "DEFAULT_URL",
        "Lease",
        "Matches",
        "PostingRecord",
        "RunError",
        "RunInfo",
        "Store",
        "StoreError",
        "UpsertStats",
        "current_revision",
    ]
    for name in storage.__all__:
        assert getattr(storage, name) is not None
