"""`himjobs profile init`: ask the questions, write the profile TOML (docs/profile.md).

Each answer is checked as it is given (the same CandidateProfile rules `himjobs match` applies),
so a wrong answer is asked again instead of failing the file later.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError

from himjobs.cli import UserError, app
from schemas import CandidateProfile, describe_validation_error
from schemas.vocab import EDUCATION_LADDER, EMPLOYMENT_TYPES, SHIFTS, WORKPLACES

profile_app = typer.Typer(help="Write or check a profile file.", no_args_is_help=True)
app.add_typer(profile_app, name="profile")


def _years_by_kind(answer: str) -> dict[str, float]:
    """ "records 1, healthcare 2" (or "records=1; healthcare: 2") -> {"records": 1.0, ...}; the
    kinds and the figures are checked by CandidateProfile."""
    out: dict[str, float] = {}
    for part in re.split(r"[,;]", answer):
        words = part.replace("=", " ").replace(":", " ").split()
        if not words:
            continue
        if len(words) != 2:
            raise ValueError("give each kind and its years, e.g. records 1, healthcare 2")
        out[words[0].lower()] = float(words[1])
    return out


#: (key, question, how to read the answer); an empty answer keeps the default.
QUESTIONS: list[tuple[str, str, Callable[[str], Any]]] = [
    ("education", f"Highest education ({', '.join(EDUCATION_LADDER)})", str.strip),
    ("experience_years", "Years of relevant experience (0.5 is six months)", float),
    (
        "experience_by_kind",
        "Of those years, how many of each kind? coding, records (HIM, release of information, "
        "scanning), healthcare (front desk, patient access, clinical), any (other work); e.g. "
        "records 1, healthcare 2 (empty: all of it counts as whatever a posting asks)",
        _years_by_kind,
    ),
    (
        "certifications",
        "Credentials you hold, comma-separated (e.g. CCA, CBCS; empty: none)",
        lambda a: [c.strip() for c in a.split(",") if c.strip()],
    ),
    (
        "pending_certifications",
        "Credentials you are working toward (empty: none)",
        lambda a: [c.strip() for c in a.split(",") if c.strip()],
    ),
    ("state", "Your state, two letters (e.g. TX)", str.strip),
    ("city", "Your city", str.strip),
    ("zip", "Your ZIP code", str.strip),
    ("max_miles", "Farthest commute in miles, for on-site jobs (needs the ZIP; empty: any)", float),
    (
        "workplaces",
        f"Workplaces you accept ({', '.join(WORKPLACES)}; empty: any)",
        lambda a: [w.strip() for w in a.split(",") if w.strip()],
    ),
    (
        "shifts",
        f"Shifts you accept ({', '.join(SHIFTS)}; empty: any)",
        lambda a: [w.strip() for w in a.split(",") if w.strip()],
    ),
    (
        "employment_types",
        f"Job types you accept ({', '.join(EMPLOYMENT_TYPES)}; empty: any)",
        lambda a: [w.strip() for w in a.split(",") if w.strip()],
    ),
    ("min_pay", "Lowest pay you accept (18 means $18 an hour; $40,000/yr; empty: any)", str.strip),
]


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"{value:g}"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    return json.dumps(str(value), ensure_ascii=False)  # a TOML basic string is JSON-compatible


def to_toml(answers: dict[str, Any]) -> str:
    """The answers as TOML, one key a line, min_pay as its dollar figure and period."""
    lines = ["# Written by `himjobs profile init`; every key is explained in docs/profile.md."]
    for key, value in answers.items():
        if key == "min_pay" and isinstance(value, dict):
            lines.append(f'min_pay = {{ min = {value["min"]:g}, period = "{value["period"]}" }}')
        else:
            lines.append(f"{key} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


#: what the answer is typed after, on a line of its own
PROMPT = ">"


def _ask(key: str, question: str, read: Callable[[str], Any], answers: dict[str, Any]) -> None:
    import textwrap

    from himjobs._output import width

    # The question on lines of its own, wrapped between words: as a prompt, a question with its
    # allowed values ran past 80 columns and the terminal split its words. In a pipe (no echo)
    # the next question follows the prompt on the same line, hence the room kept for it.
    lines = textwrap.wrap(
        question, width() - len(PROMPT) - 1, subsequent_indent="  ", break_on_hyphens=False
    )
    while True:
        typer.echo("\n".join(lines))
        raw = typer.prompt(PROMPT, prompt_suffix=" ", default="", show_default=False)
        if not raw.strip():
            return
        try:
            value = read(raw)
            checked = CandidateProfile.model_validate({**answers, key: value})
        except ValidationError as err:
            typer.echo(f"  not accepted: {describe_validation_error(err, raw.strip())}", err=True)
            continue
        except ValueError as err:
            typer.echo(f"  not accepted: {raw.strip()!r}: {err}", err=True)
            continue
        answers[key] = getattr(checked, key)
        if key == "min_pay" and checked.min_pay is not None:
            answers[key] = {"min": checked.min_pay.min, "period": checked.min_pay.period}
        return


@profile_app.command("init")
def init(
    path: Annotated[
        Path, typer.Argument(metavar="FILE", help="Where to write the profile.")
    ] = Path("profile.toml"),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Ask about your education, credentials, place and wishes; write them as a TOML profile."""
    if path.exists() and not force:
        raise UserError(f"{path}: already exists; pass --force to overwrite it")
    answers: dict[str, Any] = {}
    typer.echo("Answer each question; press Enter to skip it.", err=True)
    for key, question, read in QUESTIONS:
        _ask(key, question, read, answers)
    text = to_toml(answers)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as err:
        raise UserError(f"{path}: cannot write: {err.strerror or err}") from None
    typer.echo(f"Profile written to {path}. Next: himjobs match {path}")
