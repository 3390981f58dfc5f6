"""The local web UI for job seekers: profile in, qualifying postings out, with reasons."""

from __future__ import annotations

from himjobs.web._app import create_app
from himjobs.web._backend import Backend, StoreBackend
from himjobs.web._forms import PROFILE_FILE
from himjobs.web._render import get_backend
from himjobs.web._security import DEFAULT_HOSTS

__all__ = ["DEFAULT_HOSTS", "PROFILE_FILE", "Backend", "StoreBackend", "create_app", "get_backend"]
