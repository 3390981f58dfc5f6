"""Load scrapers/sources.toml (or a user's copy) and validate it with pydantic.

>>> cfg = load_sources()
>>> "greenhouse" in cfg.sources and all(cfg.boards("lever"))
True
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

DEFAULT_PATH = Path(__file__).with_name("sources.toml")


class SourceBoards(BaseModel):
    model_config = ConfigDict(extra="forbid")

    boards: list[str] = Field(default_factory=list)
    #: display names of employers whose source does not send one (Lever sends only the site
    #: token): ``[lever.employers]`` ``harborpointmedical = "Harbor Point Medical Group"``
    employers: dict[str, str] = Field(default_factory=dict)

    @field_validator("boards")
    @classmethod
    def _clean(cls, v: list[str]) -> list[str]:
        out: list[str] = []
        for b in v:
            b = b.strip()
            if not b:
                raise ValueError("empty board name")
            if b.startswith(("http://", "https://")):
                # Workday and JSON-LD boards are career-site URLs, not names in an API path.
                parts = urlsplit(b)
                if not parts.hostname or parts.username or parts.password:
                    raise ValueError(f"board URL {b!r} needs a host and no credentials")
            elif any(c in b for c in "/?#\\") or ".." in b:
                raise ValueError(f"board name {b!r} may not contain / ? # \\ or ..")
            if b not in out:
                out.append(b)
        return out


class SourcesConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sources: dict[str, SourceBoards] = Field(default_factory=dict)

    def boards(self, source: str) -> list[str]:
        entry = self.sources.get(source)
        return list(entry.boards) if entry else []

    def employers(self, source: str) -> dict[str, str]:
        """Board -> employer display name, where the file gives one."""
        entry = self.sources.get(source)
        return {k: v.strip() for k, v in entry.employers.items() if v.strip()} if entry else {}


class SourcesError(ValueError):
    """sources.toml is unreadable or invalid; the message names the file and the field."""


def load_sources(path: str | Path | None = None) -> SourcesConfig:
    """Read and validate a sources file; raise SourcesError with one clear line when it is bad."""
    p = Path(path) if path is not None else DEFAULT_PATH
    try:
        # the bundled file through importlib.resources: it may sit in a zipped egg (scrapyd)
        f = p if path is not None else resources.files("scrapers").joinpath("sources.toml")
        data = tomllib.loads(f.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SourcesError(f"{p}: {exc}") from exc
    except RecursionError as exc:  # tomllib recurses per nesting level
        raise SourcesError(f"{p}: nested too deeply") from exc
    try:
        return SourcesConfig.model_validate({"sources": data})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"][1:])
        raise SourcesError(f"{p}: {where}: {first['msg']}") from exc
