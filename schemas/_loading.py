"""Load a CandidateProfile from TOML, YAML or JSON, with one clear error line on bad input."""

from __future__ import annotations

import json
import reprlib
import tomllib
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from schemas.profile import CandidateProfile

M = TypeVar("M", bound=BaseModel)

#: Profiles are a few hundred bytes; refuse anything that cannot be one before parsing it.
MAX_PROFILE_BYTES = 256 * 1024
#: At most this many field problems in one error line; the rest are counted.
MAX_REPORTED_ERRORS = 5

# Bad values are quoted through a bounded repr: a 2 KB YAML file of nested aliases expands to
# millions of items, and quoting it whole made a 200 MB "one line" error.
_short = reprlib.Repr()
_short.maxstring = 60
_short.maxother = 60
_short.maxlevel = 2
_short.maxlist = _short.maxdict = _short.maxtuple = 4


class SchemaError(ValueError):
    """Bad input at the boundary: the message is one line naming the place and what was wrong."""


def _nearest(loc: tuple[Any, ...], err: ValidationError) -> str:
    """'; did you mean experience_years?' for a misspelt top-level key of a known model."""
    import difflib

    import schemas

    model = getattr(schemas, err.title, None)
    if len(loc) != 1 or not isinstance(loc[0], str) or model is None:
        return ""
    close = difflib.get_close_matches(loc[0], list(model.model_fields), n=1, cutoff=0.6)
    return f"; did you mean {close[0]}?" if close else ""


def describe_validation_error(err: ValidationError, where: str) -> str:
    """One line: `where: field: problem; field: problem`."""
    parts = []
    for e in err.errors():
        loc = ".".join(str(p) for p in e["loc"]) or "(top level)"
        msg = e["msg"]
        if e["type"] == "literal_error":
            got = _short.repr(e.get("input"))
            msg = f"{got} is not allowed; {msg.lower()}"
        elif e["type"] == "extra_forbidden":
            msg = "unknown field" + _nearest(e["loc"], err)
        elif msg.startswith("Value error, "):
            msg = msg[len("Value error, ") :]
        parts.append(f"{loc}: {msg[:600]}")
    if len(parts) > MAX_REPORTED_ERRORS:
        more = len(parts) - MAX_REPORTED_ERRORS
        parts = [*parts[:MAX_REPORTED_ERRORS], f"and {more} more problem{'s' * (more > 1)}"]
    return f"{where}: " + "; ".join(parts)


def validate_model(model: type[M], data: Any, *, where: str) -> M:
    """Validate ``data`` as ``model`` or raise SchemaError with one descriptive line."""
    try:
        return model.model_validate(data)
    except ValidationError as err:
        raise SchemaError(describe_validation_error(err, where)) from None


def parse_document(text: str, *, fmt: str, where: str) -> Any:
    """Parse TOML / YAML / JSON text into plain data."""
    try:
        if fmt == "toml":
            return tomllib.loads(text)
        if fmt in ("yaml", "yml"):
            return yaml.safe_load(text)
        if fmt == "json":
            return json.loads(text)
    except (tomllib.TOMLDecodeError, yaml.YAMLError, json.JSONDecodeError) as err:
        first = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise SchemaError(f"{where}: not valid {fmt.upper()}: {first}") from None
    except RecursionError:
        # All three parsers recurse per nesting level; 100 KB of "[" exhausts the stack.
        raise SchemaError(f"{where}: not a profile: nested too deeply") from None
    raise SchemaError(f"{where}: unknown format {fmt!r}; use .toml, .yaml, .yml or .json")


def load_profile(path: str | Path) -> CandidateProfile:
    """Read a CandidateProfile from a .toml, .yaml/.yml or .json file.

    Raises SchemaError (one line naming the file and the field) on any problem.
    """
    p = Path(path)
    where = str(p)
    try:
        size = p.stat().st_size
        if size > MAX_PROFILE_BYTES:
            raise SchemaError(
                f"{where}: {size} bytes is too large for a profile (max {MAX_PROFILE_BYTES})"
            )
        raw = p.read_bytes()
    except OSError as err:
        raise SchemaError(f"{where}: cannot read: {err.strerror or err}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise SchemaError(f"{where}: not UTF-8 text (byte {err.start})") from None
    fmt = p.suffix.lower().lstrip(".")
    data = parse_document(text, fmt=fmt, where=where)
    if not isinstance(data, dict):
        raise SchemaError(
            f"{where}: a profile must be a mapping of fields, got {type(data).__name__}"
        )
    # A TOML profile may nest everything under [profile]; accept both.
    if set(data) == {"profile"} and isinstance(data["profile"], dict):
        data = data["profile"]
    return validate_model(CandidateProfile, data, where=where)
