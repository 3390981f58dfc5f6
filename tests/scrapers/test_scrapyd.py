"""scrapyd: deploy the project with scrapyd-client from scrapy.cfg to a real scrapyd on
127.0.0.1, schedule a spider against the mock server, wait for the job, read the stored rows."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests._daemons import scrapyd_server

ROOT = Path(__file__).resolve().parents[2]
#: what the egg is built from: pyproject.toml's packages and the files setup.py reads
PACKAGES = ("schemas", "matcher", "storage", "scrapers", "himjobs")
FILES = ("scrapy.cfg", "setup.py", "pyproject.toml", "README.md")
JOB_TIMEOUT = 240  # seconds; CI has 2 shared cores
PROBE_SPIDER = '''
import scrapy


class DeployProbeSpider(scrapy.Spider):
    """Exists only in the deployed egg: listed by scrapyd only if the egg's code is what runs."""

    name = "deploy_probe"
'''

pytest.importorskip("scrapyd", reason="scrapyd not installed (pip install '.[test]')")
pytest.importorskip("scrapyd_client", reason="scrapyd-client not installed (pip install '.[test]')")


def project_copy(dest: Path, scrapyd_url: str) -> Path:
    """The project's sources in ``dest``, with scrapy.cfg's [deploy] url aimed at our scrapyd:
    scrapyd-deploy builds its egg in place (setup.py clean/bdist_egg) and must not touch the
    checkout."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "*.db")
    for name in PACKAGES:
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    for name in FILES:
        shutil.copy2(ROOT / name, dest / name)
    cfg = configparser.ConfigParser()
    cfg.read(dest / "scrapy.cfg", encoding="utf-8")
    assert cfg.get("deploy", "project") == "himjobs"
    cfg.set("deploy", "url", scrapyd_url + "/")
    with (dest / "scrapy.cfg").open("w", encoding="utf-8") as f:
        cfg.write(f)
    (dest / "scrapers" / "spiders" / "deploy_probe.py").write_text(PROBE_SPIDER, encoding="utf-8")
    return dest


def api(url: str, path: str, data: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(f"{url}/{path}", data=body, timeout=30) as r:
        reply: dict[str, Any] = json.loads(r.read())
    assert reply.get("status") == "ok", reply
    return reply


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("scrapyd")
    # scrapyd appends an activated egg to sys.path, after what is installed, so with himjobs
    # installed (editable, as `make test` does) the checkout would shadow the egg. A deployment's
    # scrapyd venv holds only the dependencies (docs/deployment.md). Here the checkout is put on
    # the path on purpose (the worst case, the same with or without an install) behind the egg
    # folder, which makes pkg_resources insert the egg ahead of both.
    path = os.pathsep.join([str(folder / "eggs" / "himjobs"), str(ROOT)])
    env = {**os.environ, "PYTHONPATH": path, "HOME": str(folder)}
    with scrapyd_server(folder, env=env) as url:
        yield url, folder


@pytest.fixture(scope="module")
def deployed(scrapyd: tuple[str, Path], tmp_path_factory: pytest.TempPathFactory) -> str:
    url, _ = scrapyd
    src = project_copy(tmp_path_factory.mktemp("project"), url)
    proc = subprocess.run(
        [sys.executable, "-m", "scrapyd_client.deploy", "--version", "r1"],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, f"scrapyd-deploy failed:\n{proc.stdout}\n{proc.stderr}"
    reply = json.loads(proc.stdout.strip().splitlines()[-1])
    assert reply["status"] == "ok" and reply["project"] == "himjobs", reply
    return url


def test_deploy_lists_the_eggs_spiders(deployed: str) -> None:
    spiders = api(deployed, "listspiders.json?project=himjobs")["spiders"]
    assert {"greenhouse", "lever", "ashby", "smartrecruiters", "deploy_probe"} <= set(spiders)
    assert api(deployed, "listversions.json?project=himjobs")["versions"] == ["r1"]


def wait_finished(url: str, job: str) -> dict[str, Any]:
    deadline = time.monotonic() + JOB_TIMEOUT
    while time.monotonic() < deadline:
        jobs = api(url, "listjobs.json?project=himjobs")
        done = [j for j in jobs["finished"] if j["id"] == job]
        if done:
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"scrapyd job {job} not finished after {JOB_TIMEOUT} s")


def test_scheduled_job_stores_postings(
    deployed: str, scrapyd: tuple[str, Path], mock: Any, tmp_path: Path
) -> None:
    from storage import Store

    db = tmp_path / "scrapyd.db"
    job = api(
        deployed,
        "schedule.json",
        [
            ("project", "himjobs"),
            ("spider", "greenhouse"),
            ("setting", f"HIMJOBS_DATABASE_URL=sqlite:///{db}"),
            ("setting", "HIMJOBS_ALLOW_PRIVATE_URLS=True"),
            ("setting", "AUTOTHROTTLE_ENABLED=False"),
            ("setting", "DOWNLOAD_DELAY=0"),
            ("api_base", mock.url),
            ("boards", "northridgehealth"),
        ],
    )["jobid"]
    finished = wait_finished(deployed, job)
    log_file = scrapyd[1] / "logs" / "himjobs" / "greenhouse" / f"{job}.log"
    log = log_file.read_text(errors="replace") if log_file.exists() else "(no log)"
    assert "'finish_reason': 'finished'" in log, log[-4000:]
    assert finished["spider"] == "greenhouse"
    assert any(r["path"] == "/v1/boards/northridgehealth/jobs" for r in mock.log())
    with Store(f"sqlite:///{db}") as store:
        stored = store.search(source="greenhouse", limit=100)
        assert stored, f"no postings stored; job log:\n{log[-4000:]}"
        assert all(p.source == "greenhouse" and p.requirements is not None for p in stored)
        (run,) = store.runs(limit=5)
        assert run.status == "ok"
