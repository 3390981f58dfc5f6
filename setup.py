"""Build hook: everything (metadata, packages, the `scrapy` settings entry point) is in
pyproject.toml. `scrapyd-deploy` builds its egg with `python setup.py bdist_egg` through it.

HIMJOBS_MYPYC=1 also compiles the matcher modules with mypyc (docs/contributing.md, "The compiled
matcher"): opt-in, into a venv of its own (`make compiled`), never in place in a dev tree, where a
stale .so would silently shadow an edited .py. mypyc type-checks the modules while compiling, so
the build needs mypy and the runtime dependencies installed: `pip install --no-build-isolation`.
"""

import os
import sys
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).resolve().parent


def _compiled_modules() -> list[str]:
    """Every matcher module: the profile spreads extract()'s time over most of them (docs/
    benchmarks.md, "The compiled build")."""
    return sorted(p.relative_to(HERE).as_posix() for p in (HERE / "matcher").glob("*.py"))


def _ext_modules() -> list[object]:
    if os.environ.get("HIMJOBS_MYPYC", "") != "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        sys.exit(
            "HIMJOBS_MYPYC=1: mypyc is not importable in the build environment; "
            "install mypy and the dependencies first, then `pip install --no-build-isolation .`"
        )
    # Paths relative to this directory, so the extension names are the module names.
    os.chdir(HERE)
    return list(mypycify(_compiled_modules(), opt_level="3"))


setup(ext_modules=_ext_modules())
