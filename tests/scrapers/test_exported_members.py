"""scrapers' public names (pinned): the himjobs CLI and other tools use only these."""

import subprocess
import sys

import pytest

import scrapers


def test_scrapers_exports() -> None:
    assert sorted(scrapers.__all__) == sorted(
        [
            "NOT_STARTED",
            "CrawlReport",
            "Ingester",
            "SourcesError",
            "UnsafeURLError",
            "check_url",
            "crawl",
            "crawl_here",
            "crawl_in_reactor",
            "load_sources",
            "redis_settings",
        ]
    )
    for name in scrapers.__all__:
        assert getattr(scrapers, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        scrapers.nope  # noqa: B018


def test_formats_exports_what_the_spiders_need() -> None:
    # the spiders import these from scrapers.formats, never from its _private helper modules
    import scrapers.formats as formats

    assert sorted(formats.__all__) == [
        "FormatError",
        "decode_body",
        "http_url",
        "parse_date",
        "unread_jsonld_blocks",
    ]
    assert all(callable(getattr(formats, name)) for name in formats.__all__)


def test_importing_a_format_loads_neither_scrapy_nor_storage() -> None:
    code = (
        "import sys, scrapers.formats.greenhouse; "
        "heavy = ('scrapy', 'twisted', 'storage', 'sqlalchemy'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
