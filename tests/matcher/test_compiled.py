"""The compiled matcher (setup.py, HIMJOBS_MYPYC=1; `make compiled`) gives the pure one's output.

mypyc keeps Python's meaning almost everywhere; where it does not (a tuple read back from a list
is a new object, a value that is not the annotated type is an error), the output changes or the
call fails. This compares both builds on the labelled sets, the 3 KB benchmark postings, the
real postings when ../shared holds them and short adversarial inputs: extract() of each, then
match(), rank() and gaps() for a few profiles.

HIMJOBS_COMPILED_PYTHON names the python of a venv holding the compiled build (.ci/run sets it
to .venv-compiled/bin/python); without it the test is skipped. Both builds run the same script in
a child process with the same hash seed: the pure one from this tree, the compiled one from its
venv, so a build older than the tree fails here too (docs/contributing.md, "The compiled
matcher").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

import pytest

from bench.accuracy import DATA_DIR, load_cases, load_real
from bench.extract import adversarial_inputs, three_kb_postings

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("_compiled_outputs.py")
COMPILED = os.environ.get("HIMJOBS_COMPILED_PYTHON", "")

pytestmark = pytest.mark.skipif(
    not COMPILED, reason="HIMJOBS_COMPILED_PYTHON names no python with the compiled build"
)

#: a diploma (RHIT and RHIA need a degree: gaps() offers the degree and the credential together),
#: a coder with credentials and preferences, a graduate who would move, and the defaults
PROFILES: list[dict[str, Any]] = [
    {},
    {
        "education": "high_school",
        "pending_certifications": ["CCA"],
        "experience_years": 1,
        "state": "OH",
        "city": "Dayton",
        "workplaces": ["remote"],
        "shifts": ["day"],
    },
    {
        "education": "associate",
        "field_of_study": "health information technology",
        "certifications": ["RHIT", "CCS"],
        "experience_years": 3,
        "experience_by_kind": {"coding": 2},
        "employment_types": ["full_time"],
        "min_pay": {"min": 18, "period": "hour"},
    },
    {
        "education": "bachelor",
        "certifications": ["RHIA"],
        "experience_years": 6,
        "skills": ["epic", "icd10"],
        "state": "TX",
        "willing_to_relocate": True,
    },
]


def _cases() -> list[dict[str, Any]]:
    cases = [
        {"text": c["text"], "title": c.get("title"), "hints": c.get("hints")}
        for path in sorted(DATA_DIR.glob("*.yaml"))
        for c in load_cases(path)
    ]
    cases += [{"text": c["text"], "title": c["title"]} for c in load_real()]
    cases += [{"text": t} for t in three_kb_postings()]
    cases += [{"text": t} for t in adversarial_inputs(20_000).values()]
    return cases


def _outputs(python: str, *, pure: bool, cwd: Path, stdin: str) -> dict[str, Any]:
    # -P -s and no PYTHON* variables: the compiled run imports matcher from its venv, never from
    # this tree; the pure run finds it here through PYTHONPATH
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"  # set order inside matcher is the same in both runs
    if pure:
        env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run(
        [python, "-P", "-s", str(SCRIPT)],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=900,
    )
    assert proc.returncode == 0, f"{python}: {proc.stderr[-3000:]}"
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def test_the_compiled_build_gives_the_pure_output(tmp_path: Path) -> None:
    stdin = json.dumps({"cases": _cases(), "profiles": PROFILES})
    pure = _outputs(sys.executable, pure=True, cwd=tmp_path, stdin=stdin)
    compiled = _outputs(COMPILED, pure=False, cwd=tmp_path, stdin=stdin)
    assert pure["module"].endswith(".py"), pure["module"]
    assert compiled["module"].endswith(tuple(EXTENSION_SUFFIXES)), (
        f"HIMJOBS_COMPILED_PYTHON={COMPILED}: matcher is not compiled there "
        f"({compiled['module']}); `make compiled` builds it"
    )
    assert len(compiled["outputs"]) == len(pure["outputs"])
    for k, (want, got) in enumerate(zip(pure["outputs"], compiled["outputs"], strict=True)):
        assert got == want, f"output {k} differs (a build older than the tree? make compiled)"
