"""Per-entity dossiers: what a researcher attaches to a sanctions submission.

Identity (every name form, positions), roles with their evidence, events and measures in date
order, each claim with its quote, language and source; conflicting claims (different dates
for one event, an entity both victim and alleged perpetrator) shown side by side, never
resolved silently. Everything that came from a document is escaped in HTML and Markdown; the
HTML is rendered by the workbench's templates (`web/templates/dossier.html`).
"""

from __future__ import annotations

from collections import defaultdict

from sanctionwatch.report.cite import citation
from sanctionwatch.report.entities import EntityView
from sanctionwatch.report.facts import FactView, by_member_id, fact_views
from sanctionwatch.report.mdsafe import md_code, md_text, md_url
from sanctionwatch.report.show import merge_reasons
from sanctionwatch.sources.page_meta import public_url
from sanctionwatch.store.sql import SqlStore

ROLE_LABELS = {
    "perpetrator": "alleged perpetrator / responsible",
    "victim": "victim",
    "issuer": "issuing authority",
    "caller": "calls for a measure",
    "target": "target of a measure",
    "commentator": "commentator",
    "authority": "court or prosecutor (authority)",
    "actor": "actor",
}
SLOT_ROLE = {"sw:issuer": "issuer", "sw:target": "target", "sw:caller": "caller", "sw:actor": "actor",
             "sw:subject": "subject", "sw:commentator": "commentator"}


def build_dossier(store: SqlStore, view: EntityView) -> dict:
    docs = {d["id"]: d for d in store.documents()}
    member_ids = set(view.referents) | {view.id}
    role_statements: dict[str, list] = defaultdict(list)
    for st in view.statements:
        if st.prop == "sw:role":
            role_statements[st.value.split("|", 1)[0]].append(st)
    fact_ids = sorted({st.value.split("|", 1)[1] for sts in role_statements.values() for st in sts})
    facts = fact_views(store, ids=fact_ids) if fact_ids else []
    # facts read in several documents were merged after resolution: find each id's merged view
    home = by_member_id(facts)
    role_facts: dict[str, set[str]] = defaultdict(set)
    for role, sts in role_statements.items():
        for st in sts:
            fact = home.get(st.value.split("|", 1)[1])
            if fact is not None:
                role_facts[role].add(fact.id)

    cites = {k: citation(k, v) for k, v in docs.items()}

    def source(s: dict) -> dict:
        return {**cites.get(s["document"], citation(s["document"], None)),
                "language": s["language"], "quote": s["quote"]}

    def fact_entry(f: FactView) -> dict:
        data = f.to_json({k: v.get("path") or k for k, v in docs.items()}, cites)
        data["type"] = "measure" if f.schema == "Sanction" else "event"
        data["role"] = sorted(r for r, ids in role_facts.items() if f.id in ids)
        return data

    timeline = [fact_entry(f) for f in facts]
    # A role is evidenced by the sentences that give this entity that role, not by every
    # sentence that reports the same event about someone else.
    roles: dict[str, list[dict]] = {}
    for role, sts in sorted(role_statements.items()):
        by_fact: dict[str, list[dict]] = defaultdict(list)
        for st in sts:
            fact = home.get(st.value.split("|", 1)[1])
            if fact is None:
                continue
            for ev in st.evidence:
                item = source({"document": ev.doc_id, "language": ev.lang, "quote": ev.quote})
                if item not in by_fact[fact.id]:
                    by_fact[fact.id].append(item)
        by_id = {f.id: f for f in facts}
        roles[role] = [
            {"fact": fid, "kind": by_id[fid].kind, "date": by_id[fid].date, "sources": items,
             "status": by_id[fid].status if by_id[fid].schema == "Sanction" else by_id[fid].event_status}
            for fid, items in sorted(by_fact.items(), key=lambda kv: (by_id[kv[0]].date or "9999", kv[0]))
        ]
    conflicts = []
    for f in facts:
        if len(f.dates) > 1:
            conflicts.append({"fact": f.id, "kind": f.kind, "claim": "date", "values": f.dates})
    if "victim" in role_facts and "perpetrator" in role_facts:
        conflicts.append({"claim": "role", "values": ["victim", "perpetrator"],
                          "facts": sorted(role_facts["victim"] | role_facts["perpetrator"])})
    names = []
    for name in view.names:
        sources = [source({"document": ev.doc_id, "language": ev.lang, "quote": ev.quote})
                   for st in view.statements if st.prop in ("name", "alias", "weakAlias") and st.value == name
                   for ev in st.evidence]
        names.append({"name": name, "count": len(sources), "sources": sources[:3]})
    positions = []
    for st in view.statements:
        if st.prop == "position":
            positions.append({"position": st.value,
                              "sources": [source({"document": ev.doc_id, "language": ev.lang, "quote": ev.quote})
                                          for ev in st.evidence][:3]})
    return {
        "id": view.id, "schema": view.schema, "caption": view.caption, "names": names,
        "positions": positions, "languages": view.languages,
        "documents": sorted((cites[d] for d in view.documents if d in cites),
                            key=lambda c: (c["published"] or "", c["title"] or "", c["document"])),
        "merges": merge_reasons(store, view), "referents": sorted(member_ids),
        "roles": roles, "timeline": timeline, "conflicts": conflicts,
    }


def _party(p: dict) -> str:
    return p.get("name") or p.get("description") or "?"


def render_markdown(d: dict) -> str:
    esc = md_text  # link, image and HTML syntax from documents is neutralised (report.mdsafe)
    lines = [f"# {esc(d['caption'])}", "", f"*{esc(d['schema'])}* · `{md_code(d['id'])}` · "
             f"languages: {esc(', '.join(d['languages']))}", ""]
    lines += ["## Identity", "", "| name | mentions | first source |", "|---|---|---|"]
    lines += [f"| {esc(n['name'])} | {n['count']} | {esc(n['sources'][0]['quote'][:200]) if n['sources'] else ''} |"
              for n in d["names"]]
    if d["positions"]:
        lines += ["", "Positions: " + "; ".join(esc(p["position"]) for p in d["positions"])]
    if d["merges"]:
        lines += ["", "Merged because:"] + [f"- {esc(m['reason'])} ({m['origin']})" for m in d["merges"]]
    lines += ["", "## Roles", ""]
    if not d["roles"]:
        lines.append("No role read in any source.")
    for role, items in d["roles"].items():
        lines.append(f"### {esc(ROLE_LABELS.get(role, role))} ({len(items)})")
        for item in items:
            lines.append(f"- {esc(item['kind'] or '')}{esc(_status(item))} {esc(item['date'] or 'undated')}")
            for s in item["sources"]:
                lines.append(_md_quote(s))
    if d["conflicts"]:
        lines += ["", "## Conflicting claims", ""]
        for c in d["conflicts"]:
            lines.append(f"- {esc(c['claim'])}: " + " | ".join(esc(str(v)) for v in c["values"]))
    lines += ["", "## Events and measures", ""]
    for f in d["timeline"]:
        head = f"**{esc(f['date'] or 'undated')}** {esc(f['type'])} `{md_code(f['kind'])}`"
        if f["type"] == "measure":
            head += f" ({esc(f['status'] or '')}) by {esc(_party(f['issuer'] or {}))} → " + ", ".join(
                esc(_party(t)) for t in f["targets"])
        else:
            if f.get("status") not in (None, "reported"):  # denied, or only called for / threatened / scheduled
                head += esc(_status(f))
            head += " — " + ", ".join(esc(_party(a)) for a in f["actors"]) + " → " + ", ".join(
                esc(_party(s)) for s in f["subjects"])
        lines.append(f"- {head} (role: {esc(', '.join(f['role']))})")
        for s in f["sources"]:
            lines.append(_md_quote(s))
    lines += ["", "## Sources", ""] + [f"- {_md_cite(c)}" for c in d.get("documents", [])]
    return "\n".join(lines) + "\n"


def _status(item: dict) -> str:
    """` (called for)` for a measure or event that is not simply what happened; '' otherwise."""
    status = item.get("status")
    return "" if status in (None, "", "reported") else f" ({status.replace('_', ' ')})"


def _md_cite(c: dict) -> str:
    """Title, address (a link) and date of a document; its path only when no address is known."""
    url = public_url(c.get("url"))  # re-checked: only http(s) becomes a link
    where = md_url(url) if url else f"*{md_text(c.get('path') or c['document'])}*"
    return ", ".join(p for p in (md_text(c["title"]) if c.get("title") else "", where,
                                 md_text(c["published"]) if c.get("published") else "") if p)


def _md_quote(s: dict) -> str:
    return f"  > {md_text(s['quote'])} — {_md_cite(s)}, {md_text(s['language'])}"


def render_html(d: dict) -> str:
    """The dossier as one self-contained HTML file, through the workbench's templates (its base
    layout, style sheet inlined, and autoescaping: no text from a document is ever markup)."""
    from sanctionwatch.web.templating import environment, stylesheet

    page = environment().get_template("dossier.html")
    return page.render(d=d, role_labels=ROLE_LABELS, standalone=True, stylesheet=stylesheet(), user=None) + "\n"
