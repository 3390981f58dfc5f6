"""A real SQLite storage.Store filled with our postings."""

from __future__ import annotations

from pathlib import Path

from schemas import Posting
from tests.web import _data


def filled_store_backend(tmp_path: Path):  # -> tuple[StoreBackend, dict[str, int]]
    """A StoreBackend over a new SQLite file holding the test postings; ids by external_id."""
    from himjobs.web import StoreBackend

    backend = StoreBackend(f"sqlite:///{tmp_path / 'web.db'}")
    store = backend.store
    store.upgrade()
    postings = [
        _data.clerk(),
        _data.technician(),
        _data.roi_remote(),
        _data.far_off(),
        _data.hostile(),
    ]
    store.upsert([p.model_copy(update={"id": None}) for p in postings])
    stored: list[Posting] = store.search(limit=100, offset=0)
    ids = {p.external_id: p.id for p in stored}
    assert set(ids) == {p.external_id for p in postings}
    return backend, ids
