"""The HTTP API against a real client: yente-client from PyPI, unmodified, over a real socket."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn

from sanctionwatch.api.app import create_app
from sanctionwatch.screening import Screener
from sanctionwatch.store import open_store

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from sanctionwatch.pipeline import ingest

    db = tmp_path_factory.mktemp("api") / "api.db"
    store = open_store(f"sqlite:///{db}")
    ingest([ROOT / "sample"], store)
    app = create_app(screener=Screener(store).refresh())
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield base
    srv.should_exit = True
    thread.join(timeout=5)


def test_yente_client_match_search_fetch(server: str) -> None:
    from yente_client import Client, Person

    with Client(base_url=server) as client:
        assert client.healthz().status == "ok"
        result = client.match(Person(name=["HUN Sen"]), datasets=["default"])
        assert result.results and result.results[0].caption == "Hun Sen"
        top = result.results[0]
        assert top.match and top.score >= 0.9 and "name" in top.explanations
        khmer = client.match(Person(name=["ហ៊ុន សែន"]), datasets=["default"])
        assert khmer.results[0].id == top.id
        fetched = client.fetch(top.id)
        assert fetched.id == top.id and "Hun Sen" in fetched.properties["name"]
        found = client.search("Kem Sokha", datasets=["default"])
        assert found.results and found.results[0].caption == "Kem Sokha"
        assert client.algorithms().best


def test_match_shape_is_yentes(server: str) -> None:
    body = {"queries": {"a": {"schema": "Person", "properties": {"name": ["Sokha Kem"]}},
                        "b": {"schema": "Organization", "properties": {"name": ["Cambodia National Rescue Party"]}}}}
    response = httpx.post(f"{server}/match/default", params={"limit": 3, "threshold": 0.7}, json=body)
    assert response.status_code == 200
    data = response.json()
    assert data["limit"] == 3 and set(data["responses"]) == {"a", "b"}
    for key in ("a", "b"):
        r = data["responses"][key]
        assert r["status"] == 200 and r["total"]["relation"] == "eq" and r["results"]
        first = r["results"][0]
        assert {"id", "caption", "schema", "properties", "datasets", "score", "match", "explanations"} <= set(first)
    assert data["responses"]["b"]["results"][0]["schema"] == "Organization"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"queries": {"q": {"schema": "Person", "properties": {"name": [""]}}}}, "empty"),
        ({"queries": {"q": {"schema": "Person", "properties": {"name": ["x" * 10_000]}}}}, "long"),
        ({"queries": {"q": {"schema": "Person", "properties": {"name": ["Hun\x00Sen"]}}}}, "control"),
        ({"queries": {"q": {"schema": "Document", "properties": {"name": ["Hun Sen"]}}}}, "schema"),
        ({"queries": {"q": {"schema": "Person", "properties": {}}}}, "no name"),
        ({"queries": {f"q{i}": {"schema": "Person", "properties": {"name": ["Hun Sen"]}} for i in range(101)}}, "too many"),
        ({"queries": "nope"}, "invalid"),
    ],
)
def test_bad_input_is_a_4xx_with_a_reason(server: str, body: dict, reason: str) -> None:
    response = httpx.post(f"{server}/match/default", json=body)
    assert 400 <= response.status_code < 500
    assert reason in response.json()["detail"].lower()


def test_invalid_json_and_unknown_dataset(server: str) -> None:
    response = httpx.post(f"{server}/match/default", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 400 and "invalid" in response.json()["detail"]
    response = httpx.post(f"{server}/match/nowhere", json={"queries": {"q": {"schema": "Person", "properties": {"name": ["x"]}}}})
    assert response.status_code == 404
    assert httpx.get(f"{server}/entities/sw-nobody").status_code == 404


def test_serve_command_answers_healthz(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from sanctionwatch.pipeline import ingest

    db = tmp_path / "serve.db"
    ingest([ROOT / "sample"], open_store(f"sqlite:///{db}"))
    port = _free_port()
    cmd = [sys.executable, "-m", "sanctionwatch", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ))
    try:
        deadline = time.monotonic() + 90
        status = None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                status = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code
                if status == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        assert status == 200, proc.stderr.read().decode() if proc.poll() is not None else status
        hits = httpx.post(f"http://127.0.0.1:{port}/match/default",
                          json={"queries": {"q": {"schema": "Person", "properties": {"name": ["Hun Sen"]}}}}).json()
        assert hits["responses"]["q"]["results"][0]["caption"] == "Hun Sen"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
