"""Store errors a command line prints as one line: StoreError, the driver's first line only."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage import Store, StoreError


def test_upgrade_of_an_unusable_location_raises_store_error(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'missing' / 'dir' / 'x.db'}")
    with pytest.raises(StoreError, match="cannot upgrade database") as info:
        store.upgrade()
    assert "\n" not in str(info.value)
    assert "OperationalError" in str(info.value)


def test_upgrade_to_an_unknown_revision_raises_store_error(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'x.db'}")
    with pytest.raises(StoreError, match="cannot upgrade database"):
        store.upgrade("no-such-revision")
    store.close()


def test_unreachable_server_is_one_line() -> None:
    store = Store("postgresql+psycopg://nobody@127.0.0.1:1/none")
    with pytest.raises(StoreError, match="cannot open database") as info:
        store.count()
    assert "\n" not in str(info.value)
    assert "sqlalche.me" not in str(info.value)
