"""No request reaches an address it may not (issue 13, item 2): redirects and names included.

Two loopback mock servers stand in for the internet: the session's server is "public" (listed in
the test-only HIMJOBS_TEST_PUBLIC_ADDRESSES), a second one is "internal". Every other address that
is not global is refused by scrapers._connect, whatever URL led there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scrapers._connect import AddressPolicy
from scrapers._urls import UnsafeURLError, check_url, is_public_address
from storage import Store
from tests.scrapers._crawl import bad_pages, run
from tests.scrapers._second_server import hits, internal, internal_server
from tests.scrapers.conftest import MockServer

__all__ = ["internal", "internal_server"]  # fixtures, imported to be found by pytest

PIPELINE = {"ITEM_PIPELINES": {"scrapers.pipelines.IngestPipeline": 300}}
BAYOU = "https://bayouregional.wd5.myworkdayjobs.com/en-US/BRH_Careers"
WORKDAY_LIST = "/wday/cxs/bayouregional/BRH_Careers/jobs"
GREENHOUSE_LIST = "/v1/boards/northridgehealth/jobs"


def _guarded(mock: Any, tmp_path: Path) -> dict[str, Any]:
    port = mock.url.rsplit(":", 1)[1]
    return {
        **PIPELINE,
        "HIMJOBS_DATABASE_URL": f"sqlite:///{tmp_path / 'jobs.db'}",
        "HIMJOBS_TEST_PUBLIC_ADDRESSES": [f"127.0.0.1:{port}"],
        "RETRY_TIMES": 0,
    }


def _port(server: Any) -> str:
    return str(server.url.rsplit(":", 1)[1])


def _errors(settings: dict[str, Any]) -> tuple[str, list[str]]:
    with Store(settings["HIMJOBS_DATABASE_URL"]) as store:
        (info,) = store.runs()
        return info.status, [e.reason for e in store.run_errors(info.id)]


def test_workday_post_redirect_to_internal_is_refused_with_its_body(
    mock: Any, internal: MockServer, tmp_path: Path, reliability: Any
) -> None:
    # 307 keeps the method and the body: on main the internal server received the POST.
    mock.add_route(
        {
            "method": "POST",
            "path": WORKDAY_LIST,
            "fault": {"kind": "redirect", "status": 307, "location": internal.url + WORKDAY_LIST},
        }
    )
    settings = _guarded(mock, tmp_path)
    stats, items = run("workday", mock.url, boards=BAYOU, settings=settings)
    status, reasons = _errors(settings)
    reliability.record(
        "address guard",
        "Workday list POST redirected (307) to an internal address",
        stored=len(items),
        errors=len(reasons),
        outcome=f"run {status}; nothing sent there; recorded: {'; '.join(reasons)}",
    )
    assert hits(internal) == []
    assert stats["finish_reason"] == "finished" and items == []
    (bad,) = bad_pages(stats)
    assert bad["kind"] == "download_error" and bad["url"] == internal.url + WORKDAY_LIST
    assert bad["reason"] == (
        f"refused to connect to 127.0.0.1:{_port(internal)}: not a public address "
        f"({internal.url}{WORKDAY_LIST})"
    )
    assert reasons == [bad["reason"]] and status == "failed"


@pytest.mark.parametrize(
    ("label", "location", "refused"),
    [
        ("the internal server", "{internal}", "127.0.0.1:{port}"),
        ("a name resolving to the internal server", "http://localhost:{port}", "127.0.0.1:{port}"),
        ("the cloud metadata address", "http://169.254.169.254", "169.254.169.254:80"),
        ("shared address space 100.64.0.0/10", "http://100.64.0.1", "100.64.0.1:80"),
        ("192.0.0.0/24", "http://192.0.0.8", "192.0.0.8:80"),
    ],
)
def test_get_redirect_off_the_public_server_is_refused(
    mock: Any,
    internal: MockServer,
    tmp_path: Path,
    reliability: Any,
    label: str,
    location: str,
    refused: str,
) -> None:
    target = location.format(internal=internal.url, port=_port(internal)) + "/v1/x"
    mock.add_route(
        {
            "path": GREENHOUSE_LIST,
            "fault": {"kind": "redirect", "status": 302, "location": target},
        }
    )
    settings = _guarded(mock, tmp_path)
    stats, items = run("greenhouse", mock.url, boards="northridgehealth", settings=settings)
    status, reasons = _errors(settings)
    reliability.record(
        "address guard",
        f"board redirected to {label}",
        stored=len(items),
        errors=len(reasons),
        outcome=f"run {status}; refused: {'; '.join(reasons)}",
    )
    assert hits(internal) == []
    (bad,) = bad_pages(stats)
    assert bad["reason"].startswith(
        f"refused to connect to {refused.format(port=_port(internal))}: not a public address"
    ), bad["reason"]
    assert status == "failed"


def test_public_server_still_crawled_under_the_guard(mock: Any, tmp_path: Path) -> None:
    settings = _guarded(mock, tmp_path)
    stats, items = run("greenhouse", mock.url, boards="northridgehealth", settings=settings)
    assert items and bad_pages(stats) == []


def test_addresses_that_are_not_global() -> None:
    for address in ("100.64.0.1", "192.0.0.8", "169.254.169.254", "127.0.0.1", "::1", "fe80::1"):
        assert not is_public_address(address), address
        with pytest.raises(UnsafeURLError, match="non-public address"):
            check_url(f"http://{address if ':' not in address else f'[{address}]'}/", **_no())
    assert is_public_address("93.184.216.34") and is_public_address("2606:4700::1111")
    policy = AddressPolicy(allow_private=True)
    assert policy.allows("10.0.0.1", 80)  # HIMJOBS_ALLOW_PRIVATE_URLS, as the tests use it
    assert not AddressPolicy(allow_private=False).allows("10.0.0.1", 80)


def _no() -> dict[str, Any]:
    return {"allow_private": False, "resolve": False}
