"""A saved web page's headline without the site's name: "Talks resume | Example Politics" is "Talks resume".

Pages put the site in their ``<title>``, and often in ``og:title`` too, before or after the
headline ("LinkNaija | Nigeria's popular news platform: ...", "... | Yonhap"). A leading or
trailing part, cut at ``|``, ``-``, ``–``, ``—`` or ``:``, is dropped when it names the site: the
page's ``og:site_name``, a known outlet (gazetteer) or the page's domain. When the title still
carries more than the page's own headline (``og:title`` or ``<h1>``) and holds it whole, the
headline is taken.
"""
from __future__ import annotations

import html
import re
from typing import Iterable, Optional
from urllib.parse import urlsplit

from .. import gazetteer
from .markup import strip_tags

HEAD_CHARS = 200_000
_SEPARATOR = re.compile(r"(\s+[|\-–—]\s+|\s*[|–—]\s*|:\s+)")
_META = re.compile(r"<meta\b[^<>]{0,2000}>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
_TITLE = re.compile(r"<title\b[^<>]{0,500}>([^<]{0,2000})", re.I)
_H1 = re.compile(r"<h1\b[^<>]{0,500}>(.{0,2000}?)</h1\s*>", re.I | re.S)
_CANONICAL = re.compile(r"""<link\b[^<>]{0,500}\brel\s*=\s*["']?canonical\b[^<>]{0,500}>""", re.I)
_HREF = re.compile(r"""\bhref\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""", re.I)
# The words of a site's slogan after its name ("Nigeria's popular news platform").
_SLOGAN_WORDS = {"news", "newspaper", "platform", "portal", "online", "latest", "breaking", "daily", "source",
                 "headlines", "website", "site", "magazine", "media"}
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"}


def _fold(text: str) -> str:
    """Letters and digits only, case-folded: "CNN Politics" -> "cnnpolitics"."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def page_heads(markup: str) -> dict[str, str]:
    """The page's ``<title>``, ``og:title``, ``og:site_name``, first ``<h1>`` and canonical address."""
    head = markup[:HEAD_CHARS]
    found: dict[str, str] = {}
    m = _TITLE.search(head)
    if m:
        found["title"] = " ".join(html.unescape(m.group(1)).split())
    for tag in _META.findall(head):
        attrs = {k.lower(): html.unescape(v.strip("\"'")) for k, v in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        if key in ("og:title", "twitter:title", "og:site_name", "og:url") and attrs.get("content"):
            found.setdefault(key, " ".join(attrs["content"].split()))
    m = _H1.search(head)
    if m:
        text = " ".join(strip_tags(html.unescape(m.group(1))).split())
        if text:
            found["h1"] = text
    m = _CANONICAL.search(head)
    href = _HREF.search(m.group(0)) if m else None
    if href:
        found["canonical"] = href.group(1).strip("\"'")
    return found


def domain_name(url: Optional[str]) -> Optional[str]:
    """The name part of a page's domain: "cnn" for https://edition.cnn.com/..., "yna" for en.yna.co.kr."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return None
    labels = [p for p in host.split(".") if p and p != "www"]
    if len(labels) < 2:
        return None
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return labels[-3]
    return labels[-2]


def _names_site(part: str, sites: list[str], section: bool = True) -> bool:
    """True when a cut-off part of a title names the site: its name, a known outlet, the domain's
    name, or (``section``) one of those and a section ("CNN Politics"); a part before a colon names
    the site only whole ("Reuters poll: ..." is the headline's)."""
    folded, words = _fold(part), len(part.split())
    if not folded or words > 6:
        return False
    for site in sites:
        if folded == site or (len(folded) >= 4 and site.startswith(folded)) or \
                (section and len(site) >= 3 and folded.startswith(site) and words <= 4):
            return True
    names = part.split()
    return any(gazetteer.is_outlet(" ".join(names[:n])) for n in range(len(names), 0, -1)
               if n == words or (section and words <= 4))


def strip_site(title: str, sites: Iterable[str]) -> str:
    """``title`` without the leading and trailing parts that name the site (never all of it)."""
    names = [s for s in dict.fromkeys(_fold(x) for x in sites if x) if s]
    pieces = _SEPARATOR.split(title)        # text, separator, text, ...
    parts, seps = pieces[0::2], pieces[1::2]
    dropped_first = False
    while len(parts) > 1 and _names_site(parts[0], names, section=seps[0].strip() != ":"):
        parts, seps, dropped_first = parts[1:], seps[1:], True
    if dropped_first and len(parts) > 1 and seps[0].strip() == ":" and \
            _SLOGAN_WORDS & {w.strip("'’s").lower() for w in parts[0].split()}:
        parts, seps = parts[1:], seps[1:]   # "LinkNaija | Nigeria's popular news platform: <headline>"
    while len(parts) > 1 and _names_site(parts[-1], names):
        parts, seps = parts[:-1], seps[:-1]
    out = parts[0]
    for sep, part in zip(seps, parts[1:]):
        out += sep + part
    return out.strip() or title


def clean_title(title: Optional[str], markup: str, site_name: Optional[str] = None,
                url: Optional[str] = None) -> Optional[str]:
    """The page's headline: ``title`` less the site's name, or the page's own headline (``og:title``,
    ``<h1>``) when the title holds it with extras."""
    heads = page_heads(markup)
    sites = [site_name, heads.get("og:site_name"),
             domain_name(url) or domain_name(heads.get("og:url")) or domain_name(heads.get("canonical"))]
    base = title or heads.get("title")
    if not base:
        return title
    cleaned = strip_site(" ".join(base.split()), sites)
    folded = _fold(cleaned)
    for key in ("og:title", "twitter:title", "h1"):
        own = strip_site(heads.get(key, ""), sites)
        mine = _fold(own)
        if len(own.split()) >= 2 and mine and mine != folded and mine in folded:
            return own
    return cleaned
