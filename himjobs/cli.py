"""The `himjobs` command: one clear line on stderr and a non-zero exit for every user mistake."""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Iterable
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
    rich_markup_mode=None,
)
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(db_app, name="db")

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="HIMJOBS_DATABASE_URL",
        metavar="URL|FILE",
        help="Database: a SQLite file (himjobs.db), sqlite:///FILE or postgresql://... "
        "(default himjobs.db in the working directory).",
        show_envvar=True,
    ),
]
FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="Output format: table, json or csv.")
]

#: `himjobs --help` lists the commands in the order a new user needs them.
COMMAND_ORDER = (
    "demo",
    "crawl",
    "match",
    "gaps",
    "search",
    "show",
    "serve",
    "profile",
    "runs",
    "extract",
    "import",
    "db",
    "schema",
)


#: Largest posting file `extract` reads; a real posting page, scripts and all, is well under 1 MiB.
MAX_INPUT_BYTES = 5 * 2**20


class UserError(Exception):
    """A mistake in what the user asked for: printed as one line, exit status 2."""


class RunError(Exception):
    """The command could not do its work (no such database, a refused connection): printed
    as one line, exit status 1."""


def _user_errors() -> tuple[type[BaseException], ...]:
    from storage import StoreError

    return (UserError, SchemaError, StoreError)


def _database_errors() -> tuple[type[BaseException], ...]:
    try:
        from sqlalchemy.exc import SQLAlchemyError
    except ImportError:
        return ()
    return (SQLAlchemyError,)


def _run_errors() -> tuple[type[BaseException], ...]:
    return (RunError,)


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


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("himjobs")
        except PackageNotFoundError:
            number = "unknown"
        typer.echo(f"himjobs {number}")
        raise typer.Exit(0)


@app.callback()
def _root(
    _version_flag: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Find medical records clerk jobs and see which ones you qualify for, and why."""


def _wrap_dl(
    self: Any, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
) -> None:
    """Click's definition list, wrapped only between words: a default, an env var name or a
    hyphenated value is never cut in two."""
    rows = list(rows)
    first_col = min(max((len(r[0]) for r in rows), default=0), col_max) + col_spacing
    for term, text in rows:
        self.write(f"{'':>{self.current_indent}}{term}")
        if not text:
            self.write("\n")
            continue
        if len(term) <= first_col - col_spacing:
            self.write(" " * (first_col - len(term)))
        else:
            self.write("\n" + " " * (first_col + self.current_indent))
        width = max((self.width or 80) - first_col - self.current_indent - 1, 20)
        lines = textwrap.wrap(
            " ".join(text.split()), width, break_long_words=False, break_on_hyphens=False
        ) or [""]
        self.write(lines[0] + "\n")
        for line in lines[1:]:
            self.write(" " * (first_col + self.current_indent) + line + "\n")


def _context_class(base: type) -> type:
    # typer >= 0.29 runs on its own copy of click: derive from whatever context the command uses
    formatter = type("HelpFormatter", (base.formatter_class,), {"write_dl": _wrap_dl})  # type: ignore[attr-defined]
    return type("Context", (base,), {"formatter_class": formatter})


#: Placeholders for option values in --help (the default is the option's name in capitals).
METAVARS = {
    "fmt_text": "table|json|csv",
    "min_pay": "DOLLARS",
    "since": "YYYY-MM-DD",
    "limit": "N",
    "pool": "N",
    "experience_at_most": "YEARS",
    "boards": "FILE",
    "notify": "FILE|cmd:COMMAND",
    "api_base": "URL",
    "settings": "NAME=VALUE",
    "redis": "URL",
    "redis_crawl_id": "ID",
    "errors": "RUN_ID",
    "profile_dir": "DIR",
    "host": "ADDRESS",
    "certs": "CODES",
    "log_file": "FILE",
}


def _tidy_help(command: Any) -> None:
    """Help for people: no <str> type hints, a flag without its --no- twin, commands in order
    of use, each command's first sentence whole."""
    command.context_class = _context_class(command.context_class)
    for param in command.params:
        if getattr(param, "param_type_name", "") == "argument":
            param.metavar = param.metavar or (param.name or "value").upper()
            param.display_type_rich = lambda ctx: None  # the metavar says it: PROFILE, FILE
            if hasattr(param, "_usage_display_name"):
                name = param.metavar or (param.name or "value").upper()
                name = name if param.required else f"[{name}]"
                name += "..." if param.nargs != 1 else ""
                param._usage_display_name = lambda name=name: name
            continue
        if param.is_flag:
            param.secondary_opts = []
            param.show_default = False
            continue
        choices = getattr(getattr(param, "type_descriptor", None), "choices", None) or getattr(
            getattr(param, "type", None), "choices", None
        )
        if choices:
            param.metavar = "|".join(str(getattr(c, "value", c)) for c in choices)
        elif param.metavar is None:
            param.metavar = METAVARS.get(param.name or "", (param.name or "value").upper())
    if hasattr(command, "commands"):
        order = {name: i for i, name in enumerate(COMMAND_ORDER)}
        command.commands = dict(
            sorted(command.commands.items(), key=lambda kv: order.get(kv[0], len(order)))
        )
        for sub in command.commands.values():
            if sub.help and not sub.short_help:
                sub.short_help = sub.help.strip().split("\n\n")[0].replace("\n", " ")
            _tidy_help(sub)


def _register_commands() -> None:
    """Each command module adds its own commands to `app` when imported."""
    import himjobs._cmd_crawl
    import himjobs._cmd_demo
    import himjobs._cmd_extract
    import himjobs._cmd_import
    import himjobs._cmd_match
    import himjobs._cmd_profile
    import himjobs._cmd_serve
    import himjobs._cmd_store  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    _register_commands()
    command = typer.main.get_command(app)
    _tidy_help(command)
    try:
        # Without standalone mode click returns a command's `typer.Exit(code)` as its value.
        code = command.main(args=argv, standalone_mode=False, prog_name="himjobs")
    except _user_errors() + _run_errors() as err:
        # The message quotes user input (file names, option values): escape it, or "[/x]" in a
        # file name would be read as rich markup and crash the error report itself.
        err_console().print(
            f"[red]himjobs: error:[/red] {escape(str(err))}", highlight=False, soft_wrap=True
        )
        return 1 if isinstance(err, _run_errors()) else 2
    except _database_errors() as err:
        # A damaged or unreadable database: the driver's own first line, never a traceback.
        reason = getattr(err, "orig", None) or err
        first = (str(reason).strip().splitlines() or [type(reason).__name__])[0]
        err_console().print(
            f"himjobs: error: cannot read the database: {first}",
            highlight=False,
            soft_wrap=True,
            markup=False,
        )
        return 1
    except typer.Abort:
        err_console().print("himjobs: aborted")
        return 130
    except typer.Exit as exc:
        return int(exc.exit_code or 0)
    except typer.TyperException as err:
        if type(err).__name__ == "NoArgsIsHelpError":  # `himjobs` or `himjobs db` alone
            sys.stdout.write(err.format_message() + "\n")
            return 2
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


__all__ = [
    "FormatOption",
    "DbOption",
    "RunError",
    "UserError",
    "app",
    "db_app",
    "emit",
    "key_values",
    "main",
]
