"""The API's limits, each shown on a real server over a real socket.

A small list of people is loaded with the `load` command (FtM JSON lines), so that the
screener behind the server is the real one; every test starts its own server with the settings
it checks.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from typer.testing import CliRunner

from sanctionwatch.api.app import create_app
from sanctionwatch.api.ratelimit import TokenBuckets
from sanctionwatch.api.settings import ApiSettings, key_digest, key_id, load_api_keys
from sanctionwatch.cli import app as cli
from sanctionwatch.screening import Screener
from sanctionwatch.store import open_store

FIRST = ["Sokha", "Dara", "Vanna", "Rithy", "Chenda", "Bopha", "Sophal", "Kosal", "Malis", "Narin"]
LAST = ["Kem", "Chea", "Sok", "Heng", "Lim", "Ouk", "Prak", "Sam", "Tep", "Yim"]
KEY = "s3cret-key-for-tests"
OTHER_KEY = "another-key"


@pytest.fixture(scope="module")
def people_db(tmp_path_factory) -> Path:
    """A store holding 100 people (dataset `people`), loaded with the `load` command."""
    folder = tmp_path_factory.mktemp("limits")
    lines = []
    for i, first in enumerate(FIRST):
        for j, last in enumerate(LAST):
            lines.append(json.dumps({"id": f"p-{i}-{j}", "schema": "Person",
                                     "properties": {"name": [f"{first} {last}"],
                                                    "birthDate": [f"19{50 + i}-0{1 + j % 9}-1{j}"]}}))
    (folder / "people.ftm.json").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = folder / "limits.db"
    result = CliRunner().invoke(cli, ["load", str(folder / "people.ftm.json"), "--dataset", "people",
                                      "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def screener(people_db: Path) -> Screener:
    return Screener(open_store(f"sqlite:///{people_db}")).refresh()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running(screener: Screener, **settings) -> Iterator[str]:
    """A uvicorn server on loopback with these settings; yields its base URL."""
    app = create_app(screener=screener, settings=ApiSettings(**settings))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(f"{base}/healthz", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.05)
    try:
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=5)


def _query(name: str = "Sokha Kem") -> dict:
    return {"schema": "Person", "properties": {"name": [name]}}


def test_body_over_the_limit_is_413_by_length_and_while_streaming(screener: Screener) -> None:
    small = {"queries": {"q": _query()}}
    big = json.dumps({"queries": {"q": _query()}, "config": {"pad": "x" * 50_000}}).encode()
    with running(screener, max_body_bytes=10_000) as base:
        assert httpx.post(f"{base}/match/people", json=small).status_code == 200
        response = httpx.post(f"{base}/match/people", content=big,
                              headers={"content-type": "application/json"})
        assert response.status_code == 413 and "10000 bytes" in response.json()["detail"]

        def chunks() -> Iterator[bytes]:  # no Content-Length: Transfer-Encoding chunked
            for start in range(0, len(big), 4096):
                yield big[start:start + 4096]

        streamed = httpx.post(f"{base}/match/people", content=chunks(),
                              headers={"content-type": "application/json"})
        assert streamed.status_code == 413
        assert httpx.post(f"{base}/match/people", json=small).status_code == 200  # still serving


def test_rate_limit_is_429_with_retry_after_per_client(screener: Screener, tmp_path: Path) -> None:
    (tmp_path / "keys").write_text(f"{KEY}\n{OTHER_KEY}\n", encoding="utf-8")
    keys = load_api_keys(tmp_path / "keys")
    one = {"queries": {"q": _query()}}
    with running(screener, rate_limit=0.5, rate_burst=3, api_keys=keys) as base:
        auth = {"Authorization": f"Bearer {KEY}"}
        statuses = [httpx.post(f"{base}/match/people", json=one, headers=auth).status_code
                    for _ in range(3)]
        assert statuses == [200, 200, 200]
        refused = httpx.post(f"{base}/match/people", json=one, headers=auth)
        assert refused.status_code == 429
        assert int(refused.headers["Retry-After"]) >= 1 and "rate limit" in refused.json()["detail"]
        # another client (key) has its own bucket; health checks are never limited
        other = {"Authorization": f"ApiKey {OTHER_KEY}"}
        assert httpx.get(f"{base}/search/people", params={"q": "Dara Chea"}, headers=other).status_code == 200
        assert httpx.get(f"{base}/healthz").status_code == 200
        # a batch costs one token per query: three queries empty the other key's bucket
        batch = {"queries": {f"q{i}": _query() for i in range(3)}}
        assert httpx.post(f"{base}/match/people", json=batch, headers=other).status_code == 200
        assert httpx.get(f"{base}/search/people", params={"q": "Dara"}, headers=other).status_code == 429


def test_token_bucket_refills_at_its_rate() -> None:
    buckets = TokenBuckets(rate=2.0, burst=4.0)
    assert [buckets.take("a", now=0.0) for _ in range(4)] == [0.0] * 4
    assert buckets.take("a", now=0.0) == pytest.approx(0.5)  # one token in half a second
    assert buckets.take("a", now=0.5) == 0.0
    buckets.charge("a", 10, now=0.5)  # debt from a batch: waits until it is paid back
    assert buckets.take("a", now=1.0) == pytest.approx(5.0)  # -9 tokens: 10 more to reach 1
    assert buckets.take("b", now=1.0) == 0.0
    bounded = TokenBuckets(rate=1.0, burst=1.0, max_clients=3)
    for n in range(10):
        bounded.take(f"ip:{n}", now=0.0)
    assert len(bounded) == 3


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ('{"queries": {"q": {"schema": "Person", "properties": {"name": ["\\udfff"]}}}}', "surrogate"),
        ('{"queries": {"q": {"schema": "Person", "properties": {"name": ["Sokha \\ud800Kem"]}}}}', "surrogate"),
        ('{"queries": {"q": {"schema": "Person", "properties": {"name": ["Sokha Kem"], "notes": ["\\udfff"]}}}}', "surrogate"),
        ('{"queries": {"\\udfff": {"schema": "Person", "properties": {"name": ["Sokha Kem"]}}}}', "surrogate"),
        ('{"queries": {"q": {"schema": "\\udfff", "properties": {"name": ["Sokha Kem"]}}}}', "surrogate"),
        ('{"queries": {"q": {"schema": "Person", "properties": {"\\udfff": ["Sokha Kem"]}}}}', "surrogate"),
        ('{"queries": {"q": {"schema": "Person", "properties": {"name": ["Sokha\\u0000Kem"]}}}}', "control"),
        ('{"queries": {"q": {"schema": "Person", "properties": {"name": ["Sokha Kem"], "notes": ["' + "x" * 5000 + '"]}}}}', "too long"),
        ('{"queries": {"q": {"schema": "Person", "properties": {"name": [[[["Sokha"]]]]}}}}', "invalid request"),
        ('{"queries": {"q": {"schema": "Person", "properties": {"name": ' + "[" * 5000 + "]" * 5000 + '}}}}', "parsing"),
    ],
)
def test_bad_strings_are_a_400_with_a_reason(screener: Screener, raw: str, reason: str) -> None:
    with running(screener) as base:
        response = httpx.post(f"{base}/match/people", content=raw.encode(),
                              headers={"content-type": "application/json"})
    assert response.status_code == 400, response.text
    assert reason in response.json()["detail"].lower()


def test_bad_strings_in_urls_are_never_a_500(screener: Screener) -> None:
    with running(screener) as base:
        for path in ("/search/people?q=%ED%BF%BF", "/search/people?q=%00", "/search/people?q=%FF%FE",
                     "/entities/%ED%BF%BF", "/search/%ED%BF%BF?q=Dara", "/match/%ED%BF%BF",
                     "/search/people?q=" + "x" * 5000):
            method = httpx.post if path.startswith("/match") else httpx.get
            kwargs = {"json": {"queries": {"q": _query()}}} if method is httpx.post else {}
            response = method(f"{base}{path}", **kwargs)
            assert response.status_code < 500, (path, response.status_code, response.text)
            if response.status_code >= 400:
                assert response.json()["detail"]


def test_limit_is_clamped_and_results_capped_per_request(screener: Screener) -> None:
    loose = {"limit": 500, "threshold": 0, "cutoff": 0}
    with running(screener, max_limit=20, max_results=60) as base:
        one = httpx.post(f"{base}/match/people", params=loose, json={"queries": {"q": _query()}}).json()
        assert one["limit"] == 20 and len(one["responses"]["q"]["results"]) == 20
        many = httpx.post(f"{base}/match/people", params=loose,
                          json={"queries": {f"q{i}": _query(f"{FIRST[i]} {LAST[i]}") for i in range(6)}}).json()
        assert many["limit"] == 10
        assert sum(len(r["results"]) for r in many["responses"].values()) <= 60
        found = httpx.get(f"{base}/search/people", params={"q": "Sokha", "limit": 1000}).json()
        assert found["limit"] == 20 and len(found["results"]) <= 20


def test_queries_past_the_time_budget_answer_504_inside_a_200(screener: Screener) -> None:
    body = {"queries": {f"q{i}": _query(f"{FIRST[i]} {LAST[i]}") for i in range(5)}}
    with running(screener, time_budget=0.000_001) as base:
        response = httpx.post(f"{base}/match/people", json=body)
    assert response.status_code == 200
    statuses = [r["status"] for r in response.json()["responses"].values()]
    assert statuses[0] == 200 and statuses[1:] == [504] * 4
    assert "time budget" in response.json()["responses"]["q4"]["error"]


def test_api_key_required_when_configured(screener: Screener, tmp_path: Path) -> None:
    from yente_client import Client, Person
    from yente_client.exceptions import AuthenticationError

    digest = hashlib.sha256(OTHER_KEY.encode()).hexdigest()
    (tmp_path / "keys").write_text(f"# analysts\n{KEY}\n\nsha256:{digest}\n", encoding="utf-8")
    keys = load_api_keys(tmp_path / "keys")
    assert set(keys) == {key_digest(KEY), digest}
    body = {"queries": {"q": _query()}}
    with running(screener, api_keys=keys) as base:
        assert httpx.post(f"{base}/match/people", json=body).status_code == 401
        wrong = httpx.post(f"{base}/match/people", json=body, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and "WWW-Authenticate" in wrong.headers
        for header in (f"Bearer {KEY}", f"ApiKey {OTHER_KEY}"):
            assert httpx.post(f"{base}/match/people", json=body,
                              headers={"Authorization": header}).status_code == 200
        assert httpx.get(f"{base}/healthz").status_code == 200  # health checks stay open
        with Client(base_url=base, api_key=KEY) as client:  # yente-client sends `ApiKey …`
            assert client.match(Person(name=["Sokha Kem"]), datasets=["people"]).results
        with Client(base_url=base) as client, pytest.raises(AuthenticationError):
            client.match(Person(name=["Sokha Kem"]), datasets=["people"])


def test_load_api_keys_refuses_an_empty_file(tmp_path: Path) -> None:
    (tmp_path / "keys").write_text("# nobody yet\n\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no API key"):
        load_api_keys(tmp_path / "keys")


def test_access_log_has_no_names_nor_keys(screener: Screener, tmp_path: Path,
                                          caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "keys").write_text(f"{KEY}\n", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="sanctionwatch.access"), \
            running(screener, api_keys=load_api_keys(tmp_path / "keys")) as base:
        auth = {"Authorization": f"Bearer {KEY}"}
        httpx.get(f"{base}/search/people", params={"q": "Chenda Heng"}, headers=auth)
        httpx.post(f"{base}/match/people", json={"queries": {"q": _query("Malis Tep")}}, headers=auth)
        httpx.get(f"{base}/search/people", params={"q": "Narin Yim"})  # refused: no key
    lines = [r.getMessage() for r in caplog.records if r.name == "sanctionwatch.access"]
    text = "\n".join(lines)
    assert re.search(r"^GET /search/people 200 [\d.]+ms key:" + key_id(key_digest(KEY)) + "$", text, re.M), text
    assert re.search(r"^POST /match/people 200 [\d.]+ms key:\w+$", text, re.M), text
    assert re.search(r"^GET /search/people 401 [\d.]+ms ip:127\.0\.0\.1$", text, re.M), text
    for secret in ("Chenda", "Heng", "Malis", "Narin", "q=", KEY):
        assert secret not in text


def test_cors_off_by_default_on_when_configured(screener: Screener) -> None:
    preflight = {"Origin": "https://app.example", "Access-Control-Request-Method": "POST"}
    with running(screener) as base:
        response = httpx.options(f"{base}/match/people", headers=preflight)
        assert "access-control-allow-origin" not in response.headers
        plain = httpx.get(f"{base}/algorithms", headers={"Origin": "https://app.example"})
        assert "access-control-allow-origin" not in plain.headers
    with running(screener, cors_origins=("https://app.example",)) as base:
        response = httpx.options(f"{base}/match/people", headers=preflight)
        assert response.headers["access-control-allow-origin"] == "https://app.example"
        other = httpx.get(f"{base}/algorithms", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


def test_docs_render_offline_from_packaged_files(screener: Screener) -> None:
    with running(screener) as base:
        page = httpx.get(f"{base}/docs")
        assert page.status_code == 200 and "SwaggerUIBundle" in page.text
        urls = re.findall(r"""(?:src|href)=["']([^"']+)""", page.text) + re.findall(r"url: '([^']+)'", page.text)
        assert urls and all(u.startswith("/") and not u.startswith("//") for u in urls), urls
        assert "http://" not in page.text and "https://" not in page.text
        script = httpx.get(f"{base}/static/docs/swagger-ui-bundle.js")
        assert script.status_code == 200 and "javascript" in script.headers["content-type"]
        assert len(script.content) > 100_000 and b"SwaggerUIBundle" in script.content
        assert httpx.get(f"{base}/static/docs/swagger-ui.css").status_code == 200
        spec = httpx.get(f"{base}/openapi.json").json()
        assert spec["openapi"].startswith("3.1")  # Swagger UI 5 reads 3.1
        assert {"/match/{dataset}", "/search/{dataset}", "/entities/{entity_id}"} <= set(spec["paths"])


def test_serve_logs_requests_without_names_or_query_strings(people_db: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    (tmp_path / "keys").write_text(f"{KEY}\n", encoding="utf-8")
    port = _free_port()
    cmd = [sys.executable, "-m", "sanctionwatch", "serve", "--db", str(people_db), "--host", "127.0.0.1",
           "--port", str(port), "--api-key-file", str(tmp_path / "keys")]
    log = (tmp_path / "server.log").open("wb")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, env=dict(os.environ))
    base, auth = f"http://127.0.0.1:{port}", {"Authorization": f"Bearer {KEY}"}
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            time.sleep(0.3)
        assert httpx.get(f"{base}/search/people", params={"q": "Bopha Ouk"}, headers=auth).status_code == 200
        assert httpx.get(f"{base}/search/people", params={"q": "Bopha Ouk"}).status_code == 401
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()
    text = (tmp_path / "server.log").read_text(encoding="utf-8")
    assert re.search(r"GET /search/people 200 [\d.]+ms key:[0-9a-f]{12}$", text, re.M), text
    assert re.search(r"GET /search/people 401 [\d.]+ms ip:127\.0\.0\.1$", text, re.M), text
    assert "Bopha" not in text and "q=" not in text and KEY not in text


@pytest.mark.parametrize(("content", "message"), [("", "no API key"), ("two words\n", "spaces"),
                                                  ("sha256:abc\n", "64 hex digits")])
def test_serve_refuses_a_bad_key_file(people_db: Path, tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "keys").write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", "--db", str(people_db), "--api-key-file", str(tmp_path / "keys")])
    assert result.exit_code == 2 and message in " ".join(result.output.split())


def test_memo_caches_are_held_to_their_ceiling(screener: Screener, caplog: pytest.LogCaptureFixture) -> None:
    """A server's memory levels off: past `cache_entries` the matcher's memo caches start over
    (issue 12: RSS kept rising for as long as any of them was filling)."""
    from sanctionwatch.api.caches import CHECK_EVERY, CacheBudget, memo_caches

    first = screener.match("people", "Person", ["Sokha Kemm"], limit=3)
    budget = CacheBudget(max_entries=10)
    assert budget.entries() > 10
    names = {c.__name__ for c in memo_caches()}  # type: ignore[attr-defined]
    assert {"edit_similarity", "parse_person", "_prepare_cached"} <= names
    assert budget.check() and budget.entries() == 0 and budget.clears == 1
    again = screener.match("people", "Person", ["Sokha Kemm"], limit=3)
    assert [(h.entity["id"], h.result.score) for h in again] == [(h.entity["id"], h.result.score) for h in first]
    assert not CacheBudget(max_entries=10**9).check()  # under the ceiling: nothing cleared

    with caplog.at_level(logging.INFO, logger="sanctionwatch.api"), \
            running(screener, cache_entries=50, rate_limit=0) as base:
        for n in range(CHECK_EVERY):
            i, j = n % len(FIRST), n // len(FIRST)
            response = httpx.post(f"{base}/match/people", json={"queries": {"q": _query(f"{FIRST[i]} {LAST[j]}")}})
            assert response.status_code == 200
            assert response.json()["responses"]["q"]["results"][0]["id"] == f"p-{i}-{j}"
    assert "matcher caches cleared" in caplog.text and "ceiling 50" in caplog.text


def test_cache_ceiling_setting_is_checked() -> None:
    with pytest.raises(ValueError, match="cache_entries"):
        ApiSettings(cache_entries=-1)
