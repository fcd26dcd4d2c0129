"""The workbench's safety without a browser: sessions, CSRF, throttling, roles, first-come decisions.

A small store (the bundled sample) is served through FastAPI's test client; the store-level
first-come rule is checked on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sanctionwatch.cli import app as cli
from sanctionwatch.store import Judgement, open_store
from sanctionwatch.store.curation import AlreadyDecided

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("web") / "w.db")
    assert runner.invoke(cli, ["ingest", str(ROOT / "sample"), "--db", db]).exit_code == 0
    for name, role in (("ana", "analyst"), ("viv", "viewer")):
        done = runner.invoke(cli, ["user", "add", name, "--role", role, "--db", db], env={"SANCTIONWATCH_PASSWORD": f"{name}-password"})
        assert done.exit_code == 0, done.output
    return db


@pytest.fixture()
def client(store_path: str) -> TestClient:
    from sanctionwatch.web.app import create_app

    return TestClient(create_app(open_store(store_path)), base_url="http://127.0.0.1")


def _login(client: TestClient, name: str, password: str):  # noqa: ANN202 - an httpx response
    page = client.get("/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    return client.post("/login", data={"csrf": csrf, "name": name, "password": password, "next": "/"},
                       follow_redirects=False)


def _csrf(client: TestClient) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/merge").text).group(1)


def test_user_add_refuses_a_second_account_of_the_same_name_and_a_short_password(store_path: str) -> None:
    again = runner.invoke(cli, ["user", "add", "ana", "--password", "long-enough-1", "--db", store_path])
    assert again.exit_code == 2 and "already exists" in again.output
    short = runner.invoke(cli, ["user", "add", "zed", "--password", "short", "--db", store_path])
    assert short.exit_code == 2 and "8 characters" in short.output
    users = open_store(store_path).accounts.users()
    assert [(u["name"], u["role"]) for u in users] == [("ana", "analyst"), ("viv", "viewer")]
    assert "password_hash" not in users[0]
    assert open_store(store_path).accounts.user("ana")["password_hash"].startswith("$argon2id$")


def test_pages_need_a_login_and_the_session_cookie_is_strict(client: TestClient) -> None:
    first = client.get("/audit", follow_redirects=False)
    assert first.status_code == 303 and first.headers["location"].startswith("/login?next=")
    assert "script-src 'self'" in first.headers["content-security-policy"]
    assert "unsafe-inline" not in first.headers["content-security-policy"]
    done = _login(client, "ana", "ana-password")
    assert done.status_code == 303
    cookie = done.headers["set-cookie"].lower()
    assert "sw_session=" in cookie and "httponly" in cookie and "samesite=strict" in cookie
    assert client.get("/audit").status_code == 200
    page = client.get("/?q=Hun+Sen")
    assert "<script>" not in page.text.split("</head>")[1]  # no inline script anywhere in the body
    assert 'href="/entity/' in page.text


def test_login_attempts_are_throttled(client: TestClient) -> None:
    for _ in range(5):
        assert _login(client, "viv", "wrong-password").status_code == 401
    refused = _login(client, "viv", "viv-password")  # even the right password, for a while
    assert refused.status_code == 429 and "too many failed attempts" in refused.text


def test_posts_need_the_csrf_token_and_the_role(client: TestClient) -> None:
    assert client.post("/merge", data={"left": "a", "right": "b", "action": "merge"}).status_code == 403
    assert _login(client, "ana", "ana-password").status_code == 303
    forged = client.post("/merge", data={"csrf": "x", "left": "Hun Sen", "right": "Kem Sokha", "action": "merge"})
    assert forged.status_code == 403
    unknown = client.post("/merge", data={"csrf": _csrf(client), "left": "Hun Senn Nobody", "right": "Kem Sokha",
                                           "action": "split"})
    assert unknown.status_code == 400 and "did you mean" in unknown.text


def test_a_file_posted_where_text_is_expected_is_refused_not_a_crash(client: TestClient) -> None:
    assert _login(client, "ana", "ana-password").status_code == 303
    token = _csrf(client)
    as_file = client.post("/merge", data={"left": "a", "right": "b", "action": "merge"},
                          files={"csrf": ("token.txt", token.encode(), "text/plain")})
    assert as_file.status_code == 403
    offsets = client.post("/facts", data={"csrf": token, "doc": "nope", "quote": "q", "end": "9"},
                          files={"start": ("start.txt", b"3", "text/plain")})
    assert offsets.status_code == 400 and "select the quote" in offsets.text


def test_a_merge_by_name_is_a_judgement_by_the_logged_in_user(client: TestClient, store_path: str) -> None:
    assert _login(client, "ana", "ana-password").status_code == 303
    done = client.post("/merge", data={"csrf": _csrf(client), "left": "Kem Sokha", "right": "Hun Sen",
                                        "action": "split", "reason": "two people"}, follow_redirects=False)
    assert done.status_code == 303 and "split" in done.headers["location"]
    [row] = [r for r in open_store(store_path).audit_log() if r["action"] == "judgement" and "two people" in r["detail"]]
    assert row["author"] == "ana"
    audit = client.get("/audit?author=ana").text
    assert "two people" in audit and "negative" in audit


def test_exports_are_spreadsheet_safe(client: TestClient) -> None:
    from io import BytesIO

    from openpyxl import load_workbook

    assert _login(client, "ana", "ana-password").status_code == 303
    csv_text = client.get("/export/measures.csv").text
    assert csv_text.splitlines()[0].startswith("id,date,kind,status,issuer")
    book = load_workbook(BytesIO(client.get("/export/measures.xlsx").content))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:3] == ("id", "date", "kind") and len(rows) == len(csv_text.splitlines())
    assert client.get("/export/gaps.xlsx").status_code == 200


def test_the_second_decision_on_a_pair_names_the_first(store_url: str) -> None:
    store = open_store(store_url)
    store.curation.add_judgement_once(Judgement("sw-a", "sw-b", "positive", "analyst", "same", "alice"), "a/b")
    with pytest.raises(AlreadyDecided, match="already decided by alice"):
        store.curation.add_judgement_once(Judgement("sw-b", "sw-a", "negative", "analyst", "no", "bob"), "a/b")
    assert [(j.author, j.judgement) for j in store.judgements()] == [("alice", "positive")]
    store.close()


def test_the_second_decision_on_a_role_names_the_first(store_path: str) -> None:
    from sanctionwatch.services.curation import decide_statements

    store = open_store(store_path)
    role = next(s for s in store.statements(props=["sw:role"]) if s.value.startswith("perpetrator|"))
    assert decide_statements(store, "role", [role.id], "reject", "ana", "wrong reading") >= 1
    with pytest.raises(AlreadyDecided, match="already decided by ana"):
        decide_statements(store, "role", [role.id], "accept", "viv")
    assert role.id not in {s.id for s in store.statements(props=["sw:role"])}  # rejected: out of the registry
    assert store.curation.statement_status([role.id]) == {role.id: "rejected"}


def test_only_an_admin_adds_users(client: TestClient, store_path: str) -> None:
    assert _login(client, "ana", "ana-password").status_code == 303
    assert client.get("/admin/users").status_code == 403
    form = {"csrf": _csrf(client), "name": "eve", "role": "admin", "password": "eve-password"}
    assert client.post("/admin/users", data=form).status_code == 403
    assert open_store(store_path).accounts.user("eve") is None


def test_audit_in_the_terminal_is_readable_and_filtered(store_path: str) -> None:
    shown = runner.invoke(cli, ["audit", "--action", "user:", "--db", store_path], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    assert "user: ana" in shown.output and "role: viewer" in shown.output and "judgement" not in shown.output


def test_a_list_match_is_decided_from_the_queue_once(client: TestClient, store_path: str, tmp_path: Path) -> None:
    import json

    from sanctionwatch.services.curation import decide_link

    listed = tmp_path / "list.ftm.json"
    listed.write_text(json.dumps({"id": "os-hun-sen", "schema": "Person", "properties": {"name": ["Hun Sen"]}}) + "\n",
                      encoding="utf-8")
    assert runner.invoke(cli, ["load", str(listed), "--dataset", "os", "--db", store_path]).exit_code == 0
    assert runner.invoke(cli, ["xref", "--db", store_path]).exit_code == 0
    assert _login(client, "ana", "ana-password").status_code == 303
    queue = client.get("/queue?kind=link").text
    key = re.search(r'name="key" value="([^"]*\|os-hun-sen)"', queue).group(1)
    done = client.post("/decide", data={"csrf": _csrf(client), "kind": "link", "key": key, "decision": "accept",
                                        "next": "/queue?kind=link"}, follow_redirects=False)
    assert done.status_code == 303
    assert "os-hun-sen" not in client.get("/queue?kind=link").text
    registry_id = key.split("|")[0]
    with pytest.raises(AlreadyDecided, match="already decided by ana"):
        decide_link(open_store(store_path), registry_id, "os-hun-sen", "reject", "viv", once=True)
    assert "os-hun-sen" in client.get(f"/entity/{registry_id}").text


def test_editing_a_measure_adds_a_statement_and_rejects_the_old_one(client: TestClient, store_path: str) -> None:
    from sanctionwatch.report.facts import fact_views

    store = open_store(store_path)
    fact = next(f for f in fact_views(store, "Sanction") if f.status != "lifted")
    assert _login(client, "ana", "ana-password").status_code == 303
    done = client.post("/decide", data={"csrf": _csrf(client), "kind": "measure", "key": fact.id, "decision": "edit",
                                        "new_kind": fact.kind, "new_status": "lifted", "new_date": "2020-02-02",
                                        "new_target": "Kem Sokha",
                                        "comment": "the ban was lifted", "next": "/queue"}, follow_redirects=False)
    assert done.status_code == 303 and "edited" in done.headers["location"]
    [after] = [f for f in fact_views(store, "Sanction") if fact.id in f.merged]
    assert after.status == "lifted" and after.date == "2020-02-02"
    assert [p["name"] for p in after.people("sw:target")] == ["Kem Sokha"]
    kem = re.search(r'href="(/entity/[^"]+)"', client.get("/?q=Kem+Sokha").text).group(1)
    assert fact.kind in client.get(kem).text  # the new target's page lists the measure
    actions = [(r["author"], r["action"]) for r in store.audit_log()[-2:]]
    assert actions == [("ana", "statement:rejected"), ("ana", "statement:add")]
    kept = store.statements(entity_ids=[fact.id], with_evidence=False)  # the old value is still stored
    assert {s.value for s in kept if s.prop == "sw:status"} >= {fact.status, "lifted"}


def test_every_page_answers_a_viewer(client: TestClient) -> None:
    assert _login(client, "viv", "viv-password").status_code == 303
    entity = re.search(r'href="(/entity/[^"]+)"', client.get("/?q=Kem+Sokha").text).group(1)
    page = client.get(entity).text
    document = re.search(r'class="quote" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    for path in ("/", "/?schema=Person&role=victim", entity, document, "/queue", "/queue?kind=merge", "/measures",
                 "/screen", "/merge", "/releases", "/releases?old=nope@1&new=nope@2", "/audit?author=ana",
                 entity.replace("/entity/", "/api/entity/") + "/network.json", "/api/timeline.json",
                 "/export/gaps.csv"):
        response = client.get(path)
        assert response.status_code == 200, path
    assert "Add a fact" not in client.get(document).text  # a viewer is offered no change
