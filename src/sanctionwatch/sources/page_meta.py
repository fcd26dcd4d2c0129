"""What a web page says about itself: its public address, title and publication date.

A dossier cites a report by where a reader can find it, not by the path it was saved under on
an analyst's disk; pages say where they live in their head (`<link rel=canonical>`, Open Graph
`og:url`) and when they were published (`article:published_time`, `datePublished`, …). Only
absolute http(s) addresses count: a relative canonical link is resolved against the page's
own absolute address when it gives one, else dropped, and no other scheme (`javascript:`,
`file:`) is ever kept, since the address ends up as a link in dossiers and pages.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

MAX_URL = 2048
MAX_TITLE = 500

# meta names/properties that carry the publication date, most specific first
_DATE_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "citation_publication_date",
    "citation_date", "pubdate", "publishdate", "publish-date", "date", "sailthru.date", "parsely-pub-date",
)
_ISO_DATE = re.compile(r"^\s*((?:19|20)\d\d)(?:[-/](\d\d)(?:[-/](\d\d))?)?(?:[T ][0-9:.+\-Z]*)?\s*$")


@dataclass(frozen=True)
class PageMeta:
    """A page's own provenance; None where the page does not say."""

    url: str | None = None
    title: str | None = None
    published: str | None = None


def public_url(value: str | None, base: str | None = None) -> str | None:
    """`value` as an absolute http(s) address (resolved against `base` when relative), or None."""
    if not value:
        return None
    value = value.strip()
    if base and not urlsplit(value).scheme:
        value = urljoin(base, value)
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or len(value) > MAX_URL:
        return None
    if any(ch.isspace() or ord(ch) < 32 for ch in value):
        return None
    return value


def iso_date(value: str | None) -> str | None:
    """`2017-09-14T08:00:00Z` → `2017-09-14` (also `2017`, `2017-09`); None if not a date."""
    if not value:
        return None
    match = _ISO_DATE.match(value)
    if not match:
        return None
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12 or day and not 1 <= int(day) <= 31:
        return None
    return "-".join(p for p in (year, month, day) if p)


def _json_ld_dates(root) -> list[str]:  # noqa: ANN001 - an lxml element
    """`datePublished` of the page's JSON-LD blocks (schema.org NewsArticle and kin)."""
    found = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    found.append(item["datePublished"])
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
    return found


def page_meta(html: str) -> PageMeta:
    """The canonical address, title and publication date a page declares in its markup."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return PageMeta()
    meta: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key and el.get("content") and key not in meta:
            meta[key] = el.get("content")
    og_url = public_url(meta.get("og:url"))
    canonical = next((el.get("href") for el in root.iter("link")
                      if "canonical" in (el.get("rel") or "").lower().split()), None)
    url = public_url(canonical, og_url) or og_url
    title = (meta.get("og:title") or root.findtext(".//title") or "").strip()
    title = " ".join(title.split())[:MAX_TITLE] or None
    dates = [meta[k] for k in _DATE_KEYS if k in meta] + _json_ld_dates(root)
    dates += [el.get("datetime") for el in root.iter("time") if el.get("pubdate") is not None and el.get("datetime")]
    published = next((d for d in map(iso_date, dates) if d), None)
    return PageMeta(url=url, title=title, published=published)
