"""Security settings as data, user-URL checks, and sources.toml loading."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.settings import Settings

from scrapers import settings as project_settings
from scrapers._sources import SourcesError, load_sources
from scrapers._urls import UnsafeURLError, check_url, replace_base


def _settings() -> Settings:
    s = Settings()
    s.setmodule(project_settings, priority="project")
    return s


def test_hardened_settings() -> None:
    s = _settings()
    assert s.getbool("ROBOTSTXT_OBEY") and s.getbool("AUTOTHROTTLE_ENABLED")
    assert s.getbool("DOWNLOAD_VERIFY_CERTIFICATES")
    assert not s.getbool("TELNETCONSOLE_ENABLED") and not s.getbool("REMOTE_CONTROL_ENABLED")
    handlers = s.getwithbase("DOWNLOAD_HANDLERS")
    assert all(handlers[k] is None for k in ("file", "data", "ftp", "s3"))
    assert handlers["https"] is not None
    assert s.getint("DOWNLOAD_MAXSIZE") <= 20 * 1024 * 1024 and s.getint("DOWNLOAD_TIMEOUT") <= 60
    mws = s.getwithbase("DOWNLOADER_MIDDLEWARES")
    assert mws["scrapy.downloadermiddlewares.retry.RetryMiddleware"] is None
    assert "scrapers.middlewares.BackoffRetryMiddleware" in mws
    assert 429 in s.getlist("RETRY_HTTP_CODES") and not s.getbool("HIMJOBS_ALLOW_PRIVATE_URLS")
    assert "himjobs" in s.get("USER_AGENT") and s.get("HIMJOBS_CONTACT") in s.get("USER_AGENT")


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/x",
        "data:text/plain,hi",
        "javascript:alert(1)",
        "http://127.0.0.1:8080",
        "http://localhost/x",
        "http://10.1.2.3/",
        "http://192.168.0.10/",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/",
        "http://user:pw@example.org/",
        "https:///nohost",
    ],
)
def test_unsafe_urls_refused(url: str) -> None:
    with pytest.raises(UnsafeURLError):
        check_url(url, allow_private=False, resolve=False)


def test_private_allowed_only_with_setting() -> None:
    assert check_url("http://127.0.0.1:8080", allow_private=True) == "http://127.0.0.1:8080"
    with pytest.raises(UnsafeURLError):
        check_url("file:///etc/passwd", allow_private=True)
    assert check_url("https://api.lever.co", allow_private=False, resolve=False)


def test_replace_base_keeps_documented_path() -> None:
    got = replace_base("https://api.ashbyhq.com/posting-api/job-board/A%20B?x=1", "http://h:1")
    assert got == "http://h:1/posting-api/job-board/A%20B?x=1"
    assert replace_base("https://a.b/c", None) == "https://a.b/c"


def test_spider_refuses_private_api_base_without_setting() -> None:
    from scrapy.utils.test import get_crawler

    from scrapers.spiders.lever import LeverSpider

    crawler = get_crawler(LeverSpider, settings_dict={"HIMJOBS_ALLOW_PRIVATE_URLS": False})
    with pytest.raises(UnsafeURLError):
        LeverSpider.from_crawler(crawler, api_base="http://127.0.0.1:9", boards="x")


def test_sources_default_and_errors(tmp_path: Path) -> None:
    cfg = load_sources()
    assert cfg.boards("greenhouse") and cfg.boards("nosuchsource") == []
    bad = tmp_path / "s.toml"
    bad.write_text('[lever]\nboards = ["ok", "../etc"]\n')
    with pytest.raises(SourcesError, match="lever.boards"):
        load_sources(bad)
    bad.write_text("[lever\n")
    with pytest.raises(SourcesError):
        load_sources(bad)
    bad.write_text('[lever]\nboard = ["typo"]\n')
    with pytest.raises(SourcesError, match="board"):
        load_sources(bad)


def test_url_boards_for_workday_and_jsonld(tmp_path: Path) -> None:
    cfg = load_sources()
    assert all(b.startswith("https://") for b in cfg.boards("workday") + cfg.boards("jsonld"))
    bad = tmp_path / "s.toml"
    bad.write_text('[jsonld]\nboards = ["https://user:pw@careers.example.org"]\n')
    with pytest.raises(SourcesError, match="no credentials"):
        load_sources(bad)
    bad.write_text('[workday]\nboards = ["https:///nohost"]\n')
    with pytest.raises(SourcesError, match="needs a host"):
        load_sources(bad)


def test_boards_argument_overrides_sources() -> None:
    from scrapers.spiders.ashby import AshbySpider

    assert AshbySpider(boards="A B, c").boards == ["A B", "c"]
    assert AshbySpider().boards == load_sources().boards("ashby")


def test_env_switches_cache_and_contact() -> None:
    import subprocess
    import sys

    code = (
        "from scrapers import settings as s;"
        "print(s.HTTPCACHE_ENABLED, 'ops@clinic.example' in s.USER_AGENT)"
    )
    env = {"HIMJOBS_HTTPCACHE": "1", "HIMJOBS_CONTACT": "mailto:ops@clinic.example"}
    root = Path(__file__).resolve().parents[2]
    on = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True
    )
    off = subprocess.run(
        [sys.executable, "-c", code], env={}, cwd=root, capture_output=True, text=True
    )
    assert on.stdout.split() == ["True", "True"], on.stderr
    assert off.stdout.split() == ["False", "False"], off.stderr
