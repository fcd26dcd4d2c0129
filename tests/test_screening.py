"""The screening service: indexes persisted (file or PostgreSQL), reused, rebuilt incrementally."""

from __future__ import annotations

from pathlib import Path

from sanctionwatch.pipeline import ingest
from sanctionwatch.screening import Screener
from sanctionwatch.store import open_store

ROOT = Path(__file__).resolve().parents[1]

EXTRA = """Phnom Penh, 3 March 2018

Police arrested opposition activist Meas Sophea in Takeo on Friday, her lawyer said.
"""


def test_index_persisted_reused_and_incremental(store_url: str, tmp_path: Path) -> None:
    store = open_store(store_url)
    ingest([ROOT / "sample"], store)
    first = Screener(store).refresh()
    built = first.stats["default"]
    assert built["added"] == built["entities"] > 5
    hits = first.match("default", "Person", ["Sokha Kem"])
    assert hits[0].entity["caption"] == "Kem Sokha" and hits[0].result.match

    again = Screener(store).refresh()  # a second process: loads, does not rebuild
    assert again.stats["default"]["added"] == 0
    assert [h.entity["id"] for h in again.match("default", "Person", ["Sokha Kem"])] == [hits[0].entity["id"]]

    (tmp_path / "extra.txt").write_text(EXTRA, encoding="utf-8")
    ingest([tmp_path / "extra.txt"], store)
    third = Screener(store).refresh()
    assert 1 <= third.stats["default"]["added"] < built["entities"]  # only what changed
    assert third.match("default", "Person", ["Meas Sophea"])[0].entity["caption"] == "Meas Sophea"


def test_registry_refresh_serves_at_once_and_is_written_in_the_background(store_url: str, tmp_path: Path) -> None:
    """After an analyst's change the registry's index serves the change at once; the copy kept
    in the store (written on a background thread) is what the next process loads."""
    store = open_store(store_url)
    ingest([ROOT / "sample"], store)
    screener = Screener(store).refresh()
    assert not screener.match("default", "Person", ["Meas Sophea"])
    (tmp_path / "extra.txt").write_text(EXTRA, encoding="utf-8")
    ingest([tmp_path / "extra.txt"], store)
    screener.refresh_registry()
    assert screener.match("default", "Person", ["Meas Sophea"])[0].entity["caption"] == "Meas Sophea"
    screener.wait_saved()
    later = Screener(store).refresh()  # another process: the saved copy is current
    assert later.stats["default"]["added"] == 0
    assert later.match("default", "Person", ["Meas Sophea"])[0].entity["caption"] == "Meas Sophea"

def test_all_and_unknown_datasets(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    ingest([ROOT / "sample"], store)
    screener = Screener(store).refresh()
    assert screener.match("all", "Person", ["Hun Sen"])[0].entity["caption"] == "Hun Sen"
    try:
        screener.match("nowhere", "Person", ["Hun Sen"])
    except LookupError as exc:
        assert "unknown dataset" in str(exc)
    else:
        raise AssertionError("an unknown dataset must be refused")
