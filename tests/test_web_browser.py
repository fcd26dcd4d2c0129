"""The workbench driven in a real headless Chromium (Playwright over Debian's `chromium`).

One store per backend (SQLite, and PostgreSQL when SANCTIONWATCH_TEST_PG is set, in a schema
of its own made for the run) holds the seed corpus plus two small documents written here: one
naming "Tep Neatha", whom the romanised Khmer name ទេព នីថា in the seeds only nearly matches (a
cross-script proposal), and one whose text is hostile markup. The server runs in this process
on a free loopback port. Screenshots of the main pages go to build/screenshots/ (git-ignored).
"""

from __future__ import annotations

import csv
import io
import os
import re
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_URL = os.environ.get("SANCTIONWATCH_TEST_PG")
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "build" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
PASSWORD = {"alice": "alice-secret-1", "bob": "bob-secret-22", "vic": "viewer-secret-3"}
HOSTILE = ("WASHINGTON, 2 May 2022\n\nA statement posted online read <script>alert('xss')</script> "
           "and <img src=x onerror=alert('img')> before it was removed.\n")
NEATHA = "PHNOM PENH, 5 March 2021\n\nThe activist Tep Neatha protested outside the municipal court on Friday.\n"
SELECTED = "The activist Tep Neatha protested outside the municipal court on Friday."

pytestmark = pytest.mark.shared


def _pg_schema_url() -> Iterator[str]:
    from sqlalchemy import create_engine, make_url, text

    from sanctionwatch.config import database_url

    server = make_url(database_url(PG_URL))
    admin = create_engine(server)
    name = f"test_sw_web_{uuid.uuid4().hex[:10]}"
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    try:
        yield server.update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {name} CASCADE"))
        admin.dispose()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def site(request, tmp_path_factory, seeds_dir: Path) -> Iterator[dict]:
    """A served workbench over an ingested store, with users alice, bob (analysts) and vic (viewer)."""
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium (Debian package `chromium`; .ci/run installs it)")
    pytest.importorskip("playwright.sync_api")
    import uvicorn

    from sanctionwatch.config import Limits
    from sanctionwatch.pipeline import ingest
    from sanctionwatch.store import open_store
    from sanctionwatch.web.app import create_app
    from sanctionwatch.web.auth import hash_password

    schemas = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}"
    else:
        if not PG_URL:
            pytest.skip("set SANCTIONWATCH_TEST_PG=postgresql://… to run the browser tests on PostgreSQL")
        schemas = _pg_schema_url()
        url = next(schemas)
    extra = tmp_path_factory.mktemp("extra")
    (extra / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (extra / "neatha.txt").write_text(NEATHA, encoding="utf-8")
    store = open_store(url)
    report = ingest([seeds_dir, extra], store, Limits.from_env(None, False))
    assert report.ingested == 7, report.errors
    for name, role in (("alice", "analyst"), ("bob", "analyst"), ("vic", "viewer")):
        store.accounts.add_user(name, role, hash_password(PASSWORD[name]))
    docs = {Path(d["path"]).name: d["id"] for d in store.documents()}
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM),
                                     args=["--no-sandbox", "--disable-background-networking"])
        try:
            yield {"base": f"http://127.0.0.1:{port}", "browser": browser, "store": store, "docs": docs,
                   "backend": request.param}
        finally:
            browser.close()
            server.should_exit = True
            thread.join(timeout=10)
            store.close()
            if schemas is not None:
                next(schemas, None)


def _login(site: dict, name: str):  # noqa: ANN202 - a Playwright page
    context = site["browser"].new_context(base_url=site["base"], accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.goto("/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD[name])
    page.click("form.login button[type=submit]")
    page.wait_for_url(re.compile(r"/(\?.*)?$"))
    return page


def _shot(page, site: dict, name: str, full_page: bool = True) -> None:  # noqa: ANN001
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{site['backend']}-{name}.png"), full_page=full_page)


def _csrf(page) -> str:  # noqa: ANN001
    return page.locator("input[name=csrf]").first.get_attribute("value")


def test_search_in_both_scripts_entity_and_highlighted_quote(site: dict) -> None:
    page = _login(site, "alice")
    hits = {}
    for query in ("ហ៊ុនសែន", "Hun Sen"):
        page.fill("input[name=q]", query)
        page.click("form.search button[type=submit]")
        page.wait_for_load_state()
        first = page.locator("table.results a.entity-link").first
        assert first.inner_text() == "Hun Sen", query
        hits[query] = first.get_attribute("href")
    assert hits["ហ៊ុនសែន"] == hits["Hun Sen"]
    _shot(page, site, "search")
    page.click("table.results a.entity-link >> nth=0")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().startswith("Hun Sen")
    assert "ហ៊ុន សែន" in page.locator("table.names").inner_text()  # names by language and script
    page.locator(".chart.network svg").wait_for()  # drawn in the browser from the JSON endpoint
    _shot(page, site, "entity")
    entity_url = page.url
    page.click("a[href$='/dossier']")  # the dossier: the same template the CLI's HTML file uses
    page.wait_for_load_state()
    assert page.locator("article.dossier h1").inner_text().startswith("Hun Sen")
    assert page.locator("article.dossier blockquote").count() > 0
    _shot(page, site, "dossier")
    page.goto(entity_url)
    quote = page.locator("table.roles a.quote").first
    expected = quote.inner_text()
    quote.click()
    page.wait_for_url(re.compile(r"/document/.*#q$"))
    mark = page.locator("mark#q")
    assert mark.is_visible()
    assert " ".join(mark.inner_text().split()) == " ".join(expected.split())
    assert page.locator(".doc-title").inner_text()
    _shot(page, site, "document")
    page.context.close()


def test_reject_a_role_leaves_the_entity_and_enters_the_audit_log(site: dict) -> None:
    page = _login(site, "alice")
    page.goto("/?q=Hun+Sen")
    page.click("table.results a.entity-link >> nth=0")
    page.wait_for_load_state()
    entity_url = page.url
    rows = page.locator("table.roles tr.role")
    before = rows.count()
    assert before > 0
    row = rows.first
    key = row.locator("input[name=key]").get_attribute("value")
    row.locator("input.comment").fill("not in the quoted sentence")
    row.locator("button.reject").click()
    page.wait_for_url(re.compile(r"msg="))
    assert "rejected" in page.locator(".flash").inner_text()
    assert page.locator(f"table.roles input[name=key][value='{key}']").count() == 0
    assert page.locator("table.roles tr.role").count() == before - 1
    page.goto("/audit?action=statement%3Arejected")
    audit = page.locator("table.audit tbody tr").first
    assert audit.locator("td.author").inner_text() == "alice"
    assert key in audit.inner_text() and "not in the quoted sentence" in audit.inner_text()
    _shot(page, site, "audit")
    page.goto(entity_url)
    assert page.locator(f"input[name=key][value='{key}']").count() == 0
    page.context.close()


def test_accept_a_cross_script_merge_and_the_second_analyst_is_told(site: dict) -> None:
    page = _login(site, "alice")
    page.goto("/queue?kind=merge")
    item = page.locator("li.item.cross-script", has_text="Tep Neatha")
    assert item.count() == 1
    assert "ទេព នីថា" in item.inner_text()
    key = item.locator("input[name=key]").get_attribute("value")
    _shot(page, site, "queue-merges")
    item.locator("button.accept").click()
    page.wait_for_url(re.compile(r"msg="))
    assert "merged" in page.locator(".flash").inner_text()
    assert page.locator(f"input[name=key][value='{key}']").count() == 0
    page.goto("/?q=Tep+Neatha")
    page.click("table.results a.entity-link >> nth=0")
    page.wait_for_load_state()
    assert "ទេព នីថា" in page.locator("table.names").inner_text()
    page.context.close()

    bob = _login(site, "bob")  # a second analyst with the same proposal still on screen
    response = bob.request.post("/decide", form={"csrf": _csrf(bob), "kind": "cross-script", "key": key,
                                                 "decision": "reject", "next": "/queue"})
    assert response.status == 409
    assert "already decided by alice" in response.text()
    bob.context.close()


def test_queue_keyboard_shortcuts(site: dict) -> None:
    page = _login(site, "alice")
    page.goto("/queue?kind=event")
    page.keyboard.press("j")  # the second item
    current = page.locator("li.item.current")
    assert current.count() == 1
    key = current.locator("input[name=key]").get_attribute("value")
    assert key == page.locator("li.item").nth(1).locator("input[name=key]").get_attribute("value")
    page.keyboard.press("u")
    page.wait_for_url(re.compile(r"msg="))
    marked = page.locator("li.item", has=page.locator(f"input[name=key][value='{key}']"))
    assert marked.locator(".tag.unsure").count() == 1  # still to decide, marked unsure
    assert site["store"].audit_log()[-1]["action"] == "statement:unsure"
    page.context.close()


def test_add_a_measure_by_hand_from_a_selected_quote(site: dict) -> None:
    page = _login(site, "alice")
    page.goto(f"/document/{site['docs']['neatha.txt']}")
    page.evaluate("""(sentence) => {
        const box = document.getElementById("doc-text");
        const node = box.firstChild;
        const at = node.textContent.indexOf(sentence);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + sentence.length);
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
    }""", SELECTED)
    page.wait_for_function("document.getElementById('sel-quote').value.length > 0")
    assert page.input_value("#sel-quote") == SELECTED
    form = page.locator("#add-fact")
    form.locator("select[name=schema]").select_option("Sanction")
    form.locator("input[name=kind]").fill("visa_restriction")
    form.locator("select[name=status]").select_option("called_for")
    form.locator("input[name=date]").fill("2021-03-05")
    form.locator("input[name=issuer]").fill("United States")
    form.locator("input[name=target]").fill("Hun Sen")
    form.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"msg=added"))
    assert page.locator("mark#q").inner_text() == SELECTED
    page.goto("/?q=Hun+Sen")
    page.click("table.results a.entity-link >> nth=0")
    page.wait_for_load_state()
    facts = page.locator("table.facts tr", has_text="visa_restriction")
    assert facts.filter(has_text="called_for").filter(has_text="2021-03-05").count() == 1
    statements = site["store"].statements(props=["sw:kind"], schemata=["Sanction"])
    [hand] = [s for s in statements if any(ev.extractor == "analyst:alice" for ev in s.evidence)]
    assert hand.value == "visa_restriction" and hand.evidence[0].quote == SELECTED
    page.goto("/measures")
    assert page.locator("table.measures tr", has_text="visa_restriction").count() >= 1
    _shot(page, site, "measures")
    page.context.close()


def test_screen_a_csv_and_download_the_results(site: dict, tmp_path: Path) -> None:
    page = _login(site, "alice")
    upload = tmp_path / "names.csv"
    upload.write_text("id,name\n1,HUN Sen\n2,=HYPERLINK(\"http://x\")\n", encoding="utf-8")
    page.goto("/screen")
    page.set_input_files("input[name=file]", str(upload))
    page.fill("input[name=dataset]", "default")
    page.click("form.screen button[type=submit]")
    page.wait_for_load_state()
    table = page.locator("table.screening")
    assert "Hun Sen" in table.inner_text()
    _shot(page, site, "screening")
    with page.expect_download() as info:
        page.click("#download-csv")
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))
    hun = [r for r in rows if r["query"] == "HUN Sen"]
    assert hun and hun[0]["caption"] == "Hun Sen" and hun[0]["match"] == "True"
    assert all(not r["query"].startswith("=") for r in rows)  # a formula is neutralised
    assert any(r["query"].startswith("'=HYPERLINK") for r in rows)
    page.context.close()


def test_a_viewer_reads_but_the_server_refuses_every_change(site: dict) -> None:
    page = _login(site, "vic")
    page.goto("/?q=Hun+Sen")
    page.click("table.results a.entity-link >> nth=0")
    page.wait_for_load_state()
    assert page.locator("table.roles tr.role").count() > 0
    assert page.locator("button.reject").count() == 0  # nothing offered…
    csrf = _csrf(page)
    key = page.locator("table.roles tr.role").first.get_attribute("data-role")
    store = site["store"]
    role = next(s for s in store.statements(props=["sw:role"]))
    before = store.audit_log()
    for path, form in [  # …and nothing accepted, even when posted directly with a valid token
        ("/decide", {"kind": "role", "key": role.id, "decision": "reject"}),
        ("/merge", {"left": "Hun Sen", "right": "Sam Rainsy", "action": "merge"}),
        ("/facts", {"doc": site["docs"]["neatha.txt"], "start": "0", "end": "10", "kind": "visa_restriction"}),
        ("/xref", {"registry_id": "x", "list_id": "y", "decision": "accept"}),
    ]:
        response = page.request.post(path, form={"csrf": csrf, **form})
        assert response.status == 403, (path, response.status)
    assert store.audit_log() == before and key
    page.context.close()
    analyst = _login(site, "alice")  # an analyst's POST without the session's CSRF token: refused
    response = analyst.request.post("/decide", form={"csrf": "forged", "kind": "role", "key": role.id,
                                                     "decision": "reject"})
    assert response.status == 403
    analyst.context.close()


def test_hostile_markup_in_a_document_shows_as_text(site: dict) -> None:
    page = _login(site, "alice")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    response = page.goto(f"/document/{site['docs']['hostile.txt']}")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    text = page.locator("#doc-text").inner_text()
    assert "<script>alert('xss')</script>" in text and "onerror=alert('img')" in text
    assert page.locator("#doc-text script, #doc-text img").count() == 0
    page.wait_for_timeout(300)
    assert dialogs == []
    _shot(page, site, "hostile-document")
    for path in ("/releases", "/merge", "/queue"):
        page.goto(path)
        _shot(page, site, path.strip("/"), full_page=path != "/queue")
    page.context.close()
