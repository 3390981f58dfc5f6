"""The `himjobs` command: one clear line on stderr and a non-zero exit for every user mistake."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from himjobs._output import Format, emit, err_console, key_values
from schemas import SchemaError

app = typer.Typer(
    name="himjobs",
    help="Find medical records clerk jobs and see which ones you qualify for, and why.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="HIMJOBS_DATABASE_URL",
        help="Database URL (default sqlite:///himjobs.db in the working directory).",
        show_envvar=True,
    ),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


#: Largest posting file `extract` reads; a real posting page, scripts and all, is well under 1 MiB.
MAX_INPUT_BYTES = 5 * 2**20


class UserError(Exception):
    """A mistake in what the user asked for: printed as one line, exit status 2."""


def _user_errors() -> tuple[type[BaseException], ...]:
    from storage import StoreError

    return (UserError, SchemaError, StoreError)


def _database_errors() -> tuple[type[BaseException], ...]:
    try:
        from sqlalchemy.exc import SQLAlchemyError
    except ImportError:
        return ()
    return (SQLAlchemyError,)


def read_input(path: str) -> str:
    """Text of a file, or of stdin for "-"; a clear error for unreadable or non-UTF-8 input."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with Path(path).open("rb") as fh:
                data = fh.read(MAX_INPUT_BYTES + 1)
    except OSError as err:
        raise UserError(f"{path}: cannot read: {err.strerror or err}") from None
    if len(data) > MAX_INPUT_BYTES:
        # Reading on would only hold memory for text the extractor never looks at; a silent
        # partial answer would be worse than saying so.
        raise UserError(f"{path}: larger than {MAX_INPUT_BYTES // 2**20} MiB; not a job posting")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise UserError(f"{path}: not UTF-8 text (byte {err.start})") from None


@app.command()
def schema(
    model: Annotated[
        str | None, typer.Argument(help="One model name (Posting, Requirements, ...).")
    ] = None,
) -> None:
    """Print the JSON Schema of the public models, for other tools."""
    import schemas

    names = [
        "Posting",
        "Requirements",
        "CertificationRequirement",
        "QualificationPath",
        "Combination",
        "Pay",
        "CandidateProfile",
        "MatchResult",
    ]
    if model is not None:
        if model not in names:
            raise UserError(f"unknown model {model!r}; choose from {', '.join(names)}")
        names = [model]
    out: dict[str, Any] = {n: getattr(schemas, n).model_json_schema() for n in names}
    sys.stdout.write(json.dumps(out[model] if model else out, indent=2) + "\n")


def _register_commands() -> None:
    """Each command module adds its own commands to `app` when imported."""
    import himjobs._cmd_crawl
    import himjobs._cmd_demo
    import himjobs._cmd_extract
    import himjobs._cmd_match
    import himjobs._cmd_serve
    import himjobs._cmd_store  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    _register_commands()
    try:
        # Without standalone mode click returns a command's `typer.Exit(code)` as its value.
        code = app(args=argv, standalone_mode=False)
    except _user_errors() as err:
        # The message quotes user input (file names, option values): escape it, or "[/x]" in a
        # file name would be read as rich markup and crash the error report itself.
        err_console().print(
            f"[red]himjobs: error:[/red] {escape(str(err))}", highlight=False, soft_wrap=True
        )
        return 2
    except _database_errors() as err:
        # A damaged or unreadable database: the driver's own first line, never a traceback.
        reason = getattr(err, "orig", None) or err
        first = (str(reason).strip().splitlines() or [type(reason).__name__])[0]
        err_console().print(
            f"himjobs: error: cannot read the database: {first}",
            highlight=False, soft_wrap=True, markup=False,
        )  # fmt: skip
        return 1
    except typer.Abort:
        err_console().print("himjobs: aborted")
        return 130
    except typer.Exit as exc:
        return int(exc.exit_code or 0)
    except typer.TyperException as err:
        # usage mistakes (unknown command, bad option value): one line, like every other error,
        # instead of click's usage block
        fmt_message = getattr(err, "format_message", None)
        message = fmt_message() if callable(fmt_message) else str(err)
        message = " ".join(message.split())
        err_console().print(
            f"himjobs: error: {message} (see --help)", highlight=False, soft_wrap=True, markup=False
        )
        return int(getattr(err, "exit_code", 2) or 2)
    return code if isinstance(code, int) and not isinstance(code, bool) else 0


__all__ = ["FormatOption", "DbOption", "UserError", "app", "db_app", "emit", "key_values", "main"]
