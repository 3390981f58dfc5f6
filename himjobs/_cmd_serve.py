"""`himjobs serve`: the local web page for job seekers, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from himjobs.cli import DbOption, app


def _check_port(host: str, port: int) -> None:
    """A busy port is one line, exit 1, instead of uvicorn's log lines."""
    import socket

    from himjobs.cli import RunError

    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            probe.bind((host, port))
    except OSError as err:
        raise RunError(
            f"cannot listen on {host}:{port}: {err.strerror or err} (another program uses it? "
            "try --port 8001)"
        ) from None


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (local only by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    profile_dir: Annotated[
        Path | None,
        typer.Option(help="Where the profile is saved (default ~/.himjobs)."),
    ] = None,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            help="A host name the page answers to (repeatable; default: the --host address, "
            "127.0.0.1, localhost). Other names are refused, against DNS rebinding.",
        ),
    ] = None,
) -> None:
    """Start the web page: fill in your profile, see the jobs you qualify for and why."""
    import uvicorn

    from himjobs._db import open_store
    from himjobs.web import DEFAULT_HOSTS, StoreBackend, create_app

    store = open_store(db)  # a mistyped --db is one line, not a new empty database
    _check_port(host, port)
    hosts = [*(allowed_host or DEFAULT_HOSTS), host]
    web = create_app(StoreBackend(store.url), profile_dir=profile_dir, allowed_hosts=hosts)
    typer.echo(f"himjobs: serving on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(web, host=host, port=port, log_level="warning")
