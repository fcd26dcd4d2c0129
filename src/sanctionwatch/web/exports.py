"""Tables people take away: measures and gaps as CSV or XLSX, screening results as CSV.

Every cell that a spreadsheet would run as a formula is neutralised (`csvsafe`), in CSV and
XLSX alike: names and quotes come from documents and lists nobody here controls.
"""

from __future__ import annotations

import csv
import io

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response
from starlette.datastructures import UploadFile

from sanctionwatch.csvsafe import safe_dict, safe_row
from sanctionwatch.services.review import fact_title
from sanctionwatch.services.search import Snapshot
from sanctionwatch.web.app import Form, bench, changer, text_field, viewer

router = APIRouter()
MAX_SCREEN_ROWS = 2000
MEASURE_COLUMNS = ["id", "date", "kind", "status", "issuer", "targets", "callers", "sources", "title"]
GAP_COLUMNS = ["id", "name", "schema", "perpetrator_roles", "measures_called_for", "measures_imposed",
               "designated", "designations", "pending_list_links"]


def _names(people: list[dict]) -> str:
    return "; ".join(p.get("name") or p.get("description") or "?" for p in people)


def measure_rows(snap: Snapshot, status: str = "", kind: str = "", q: str = "") -> list[dict]:
    rows = []
    for f in snap.facts:
        if f.schema != "Sanction" or (status and f.status != status) or (kind and f.kind != kind):
            continue
        row = {"id": f.id, "date": f.date or "", "kind": f.kind, "status": f.status or "",
               "issuer": _names(f.people("sw:issuer")), "targets": _names(f.people("sw:target")),
               "callers": _names(f.people("sw:caller")), "sources": len(f.documents), "title": fact_title(f)}
        if q and q.casefold() not in " ".join(str(v) for v in row.values()).casefold():
            continue
        rows.append(row)
    return rows


def gap_rows(store) -> list[dict]:  # noqa: ANN001 - a SqlStore
    from sanctionwatch.report.gaps import gap_report

    out = []
    for g in gap_report(store):
        measures = g["measures"]
        out.append({
            "id": g["id"], "name": g["caption"], "schema": g["schema"], "perpetrator_roles": g["roles"].get("perpetrator", 0),
            "measures_called_for": "; ".join(f"{m['kind']} ({m['issuer'] or '?'})" for m in measures
                                             if m["status"] == "called_for"),
            "measures_imposed": "; ".join(f"{m['kind']} ({m['issuer'] or '?'}, {m['date'] or 'undated'})"
                                          for m in measures if m["status"] == "imposed"),
            "designated": "yes" if g["designated"] else "no",
            "designations": "; ".join(f"{d['dataset']}: {', '.join(d['program'])}" for d in g["designations"]),
            "pending_list_links": sum(c["status"] != "accepted" for c in g["candidates"])})
    return out


def _csv(rows: list[dict], columns: list[str], filename: str) -> Response:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(safe_dict(r) for r in rows)
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _xlsx(rows: list[dict], columns: list[str], filename: str) -> Response:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = filename.rsplit(".", 1)[0][:31]
    sheet.append(columns)
    for r in rows:
        sheet.append(safe_row(r.get(c, "") for c in columns))
    buffer = io.BytesIO()
    book.save(buffer)
    return Response(buffer.getvalue(),
                    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@router.get("/export/{what}.{fmt}", dependencies=[Depends(viewer)])
def export(request: Request, what: str, fmt: str, status: str = "", kind: str = "", q: str = ""):
    wb = bench(request)
    if what == "measures":
        rows, columns = measure_rows(wb.cache.get(), status, kind, q), MEASURE_COLUMNS
    elif what == "gaps":
        snap = wb.cache.get()
        rows, columns = snap.remember("gaps", lambda: gap_rows(wb.store)), GAP_COLUMNS
    else:
        raise HTTPException(404, f"nothing to export called {what!r}")
    if fmt == "csv":
        return _csv(rows, columns, f"{what}.csv")
    if fmt == "xlsx":
        return _xlsx(rows, columns, f"{what}.xlsx")
    raise HTTPException(404, "formats: csv, xlsx")


@router.get("/releases/{release_id}.jsonl", dependencies=[Depends(viewer)])
def release_download(request: Request, release_id: str):
    """A release's entities as FtM JSON lines."""
    import json

    store = bench(request).store
    if store.lists.find_release(release_id) is None:
        raise HTTPException(404, f"no release {release_id}")
    body = "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n"
                   for e in store.lists.release_entities(release_id))
    return Response(body, media_type="application/x-ndjson",
                    headers={"Content-Disposition": f'attachment; filename="{release_id}.jsonl"'})


def _screen_input(form: Form) -> list[dict]:
    """Rows to screen: one name per line of the text box, and/or an uploaded CSV with a
    `name` column (optional: id, schema, birth_date, country, gender)."""
    rows = [{"id": str(i), "name": line.strip()} for i, line in
            enumerate(str(form.get("names", "")).splitlines(), start=1) if line.strip()]
    upload = form.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        raw = upload.file.read(5_000_001)
        if len(raw) > 5_000_000:
            raise HTTPException(413, "the CSV is over 5 MB; use `sanctionwatch screen --batch`")
        try:
            text = raw.decode("utf-8-sig")
            found = list(csv.DictReader(io.StringIO(text)))
        except (UnicodeDecodeError, csv.Error) as exc:
            raise HTTPException(400, f"{upload.filename}: cannot read the CSV ({exc})") from exc
        if found and "name" not in found[0]:
            raise HTTPException(400, f"{upload.filename}: needs a header with a `name` column")
        rows += [{**r, "id": (r.get("id") or "").strip() or f"{upload.filename}:{n}"} for n, r in enumerate(found, 2)]
    if len(rows) > MAX_SCREEN_ROWS:
        raise HTTPException(413, f"{len(rows)} names, over {MAX_SCREEN_ROWS}; use `sanctionwatch screen --batch`")
    return rows


@router.post("/screen")
async def screen(request: Request):
    """Screen pasted or uploaded names; `format=csv` downloads the same results."""
    from sanctionwatch.screen.errors import InvalidQuery
    from sanctionwatch.services.screening import OUT_COLUMNS, screen_row

    _, form = await changer(request, "viewer")  # reading only, but a form: CSRF still applies
    wb = bench(request)
    rows = _screen_input(form)
    dataset = str(form.get("dataset") or "all")
    try:
        threshold = min(1.0, max(0.0, float(text_field(form, "threshold") or 0.7)))
    except ValueError as exc:
        raise HTTPException(400, "threshold must be a number between 0 and 1") from exc
    screener = wb.screener()
    results = []
    for r in rows:
        try:
            results += screen_row(screener, r["id"], r, dataset, 5, threshold)
        except (InvalidQuery, LookupError) as exc:
            results.append(safe_dict({"row": r["id"], "query": r.get("name"), "rank": 0, "detail": f"error: {exc}"}))
    if form.get("format") == "csv":
        return _csv(results, OUT_COLUMNS, "screening.csv")
    names = "\n".join(r["name"] for r in rows)
    return wb.render(request, "screen.html", results=results, names=names, dataset=dataset, threshold=threshold,
                     datasets=screener.datasets())
