"""The review page: one self-contained HTML page per report, and an index page for a folder.

The report's text is untrusted (scraped web pages): every character of it is escaped, and
nothing from it is ever written into a tag, an attribute or a script. Elements carry only the
page's own ids and classes; what a card shows is data in one ``<script type="application/json">``
block, escaped so that it cannot close its element, and the page's script puts it on screen
with ``textContent``. The page's one stylesheet and one script are allowed by their hashes in
a Content-Security-Policy that allows nothing else (no network, no inline handlers, no other
script).

The text is drawn once, cut by :func:`.segments.nest` into one element per item piece: a page
holds as many elements as the report has items, not characters.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import itertools
import json
import re
from collections.abc import Iterable, Sequence
from importlib import resources
from urllib.parse import quote

from attrs import frozen

from .segments import Span, nest
from .view import Card, ItemView, ReportView, SectionView

__all__ = ["IndexRow", "Mark", "escape", "escape_attribute", "index_page", "json_block", "marks", "page", "text_html"]

# Where two spans cross, the one of lower rank is split: figures stay whole.
_RANK = {"i": 5, "f": 4, "c": 3, "s": 2, "t": 2, "n": 1}
_KIND_NAMES = {"i": "indicator", "n": "noise", "c": "corruption", "f": "figure"}
_UNSAFE = re.compile(r"[\r\x00\ud800-\udfff]")
# The bidirectional embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): in a scraped
# text one of them would reorder whatever follows it on the line (the page's own figures and links too).
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


@functools.cache
def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _unsafe_char(m: re.Match[str]) -> str:
    c = m.group()
    return "&#13;" if c == "\r" else "\ufffd"


def escape(text: str) -> str:
    """Text as HTML character data: ``& < > " '`` escaped, a carriage return kept as a reference (a
    parser would fold it into the line feed), NUL and lone surrogates (which no HTML page can hold)
    shown as U+FFFD, and each bidirectional control alone in a ``<bdi>``, which ends its effect
    there: the text reads back unchanged, but an override cannot turn the figures after it around."""
    return _BIDI.sub(_bidi_isolated, _escaped(text))


def _bidi_isolated(m: re.Match[str]) -> str:
    return f'<bdi class="bidi">{m.group()}</bdi>'


def escape_attribute(text: str) -> str:
    """Text as a quoted attribute value or a ``<title>`` (which hold no elements): escaped as
    :func:`escape` does, with each bidirectional control shown as U+FFFD."""
    return _BIDI.sub("\ufffd", _escaped(text))


def _escaped(text: str) -> str:
    """``& < > " '`` escaped, a carriage return as a reference, NUL and lone surrogates as U+FFFD."""
    return _UNSAFE.sub(_unsafe_char, html.escape(text, quote=True))


def _json_char(m: re.Match[str]) -> str:
    c = m.group()
    return "\\ufffd" if "\ud800" <= c <= "\udfff" else f"\\u{ord(c):04x}"


def json_block(data: object, element_id: str) -> str:
    """``data`` as a ``<script type="application/json">`` element that no string in it can close:
    ``< > &`` and the line separators U+2028/U+2029 are written as ``\\u`` escapes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f'<script type="application/json" id="{element_id}">{_JSON_UNSAFE.sub(_json_char, text)}</script>'


def _document(title: str, body: str) -> str:
    css, js = _asset("page.css"), _asset("page.js")
    csp = (
        f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-Hans">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape_attribute(title)}</title>\n<style>{css}</style>\n</head>\n"
        f"<body>\n{body}\n<script>{js}</script>\n</body>\n</html>\n"
    )


# --- the highlighted text -----------------------------------------------------------------------


@frozen(kw_only=True)
class Mark:
    """One item to draw: its key (``i3``: the fourth indicator, ``n``oise, ``c``orruption, ``f``igure of a
    check, ``s``ection heading, ``t``itle), its span, its classes and its card."""

    key: str
    start: int
    end: int
    classes: str
    card: Card = ()


def marks(view: ReportView) -> tuple[list[Mark], dict[tuple[int, int], str]]:
    """Every item to draw, and for each span a check uses, the key of the element that shows it
    (the indicator with that span, else a figure mark of its own)."""
    out: list[Mark] = []
    bad = {span for check in view.checks if not check.holds for span in check.figures}
    used = {span for check in view.checks for span in check.figures}

    def extra(item: ItemView) -> str:
        span = (item.start, item.end)
        return (" u" if item.unknown else "") + (" bad" if span in bad else " used" if span in used else "")

    owner: dict[tuple[int, int], str] = {}
    for k, item in enumerate(view.indicators):
        out.append(
            Mark(key=f"i{k}", start=item.start, end=item.end, classes=f"m i {item.cls}{extra(item)}", card=item.card)
        )
        owner.setdefault((item.start, item.end), f"i{k}")
    for k, item in enumerate(view.noise):
        out.append(Mark(key=f"n{k}", start=item.start, end=item.end, classes="m noise", card=item.card))
    for k, item in enumerate(view.corruptions):
        out.append(Mark(key=f"c{k}", start=item.start, end=item.end, classes=f"m cor{extra(item)}", card=item.card))
    figures = 0
    for check in view.checks:
        for span in check.figures:
            if span not in owner:
                owner[span] = f"f{figures}"
                verdict = " bad" if span in bad else " used"
                card = (("figure", "used by a check"),)
                out.append(Mark(key=f"f{figures}", start=span[0], end=span[1], classes=f"m fig{verdict}", card=card))
                figures += 1
    for k, section in enumerate(s for top in view.sections for s in top.walk()):
        out.append(Mark(key=f"s{k}", start=section.start, end=section.end, classes=f"h h{min(section.level, 4)}"))
    if view.title_span is not None:
        out.append(Mark(key="t", start=view.title_span[0], end=view.title_span[1], classes="ttl"))
    return out, owner


def _title_attr(card: Card) -> str:
    return escape_attribute("\n".join(f"{k}: {v}" for k, v in card)[:300])


def text_html(text: str, marks: Iterable[Mark], *, ids: bool = True, titles: bool = False) -> str:
    """``text`` escaped, with one ``<span>`` per piece of each mark: with ``ids``, the first piece
    carries the mark's key as its id and the others as ``data-r``; with ``titles``, every piece
    carries its card as a tooltip (for displays that run no script)."""
    by_key = {m.key: m for m in marks}
    spans = [Span(start=m.start, end=m.end, rank=_RANK[m.key[0]], key=m.key) for m in by_key.values()]
    out: list[str] = []
    for event in nest(spans, len(text)):
        if event.kind == "text":
            out.append(escape(text[event.start : event.end]))
        elif event.kind == "open":
            mark = by_key[event.key]
            attrs = ""
            if ids:
                attrs += f' id="{mark.key}"' if event.first else f' data-r="{mark.key}"'
            if titles and mark.card:
                attrs += f' title="{_title_attr(mark.card)}"'
            out.append(f'<span class="{mark.classes}"{attrs}>')
        else:
            out.append("</span>")
    return "".join(out)


# --- the page -----------------------------------------------------------------------------------


def _dl(card: Card, cls: str) -> str:
    rows = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in card)
    return f'<dl class="{cls}">{rows}</dl>'


def _outline(sections: Sequence[SectionView]) -> str:
    counter = itertools.count()

    def tree(level: Sequence[SectionView]) -> str:
        items = []
        for s in level:
            key = f"s{next(counter)}"
            children = tree(s.children) if s.children else ""
            items.append(f'<li><a href="#{key}">{escape(s.label)}</a>{children}</li>')
        return f"<ul>{''.join(items)}</ul>"

    return tree(sections) if sections else '<p class="none">No sections found.</p>'


class _Strings:
    """One table of the strings the cards show, so that a subject or a section named by a thousand
    figures is written once."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, value: str) -> int:
        return self.index.setdefault(value, len(self.index))

    def table(self) -> list[str]:
        return list(self.index)


def _label_order(cards: Sequence[Card]) -> list[str]:
    """Every label of the cards, each card's labels in the card's order (its rows follow one order)."""
    after: dict[str, set[str]] = {}  # label -> the labels some card puts before it
    for card in cards:
        for n, (label, _) in enumerate(card):
            after.setdefault(label, set()).update(lab for lab, _ in card[:n])
    order: list[str] = []
    while after:
        ready = next((lab for lab, before in after.items() if before <= set(order)), None)
        if ready is None:  # cards disagree on an order: first seen first
            ready = next(iter(after))
        order.append(ready)
        del after[ready]
    return order


def _cards_table(cards: Iterable[Card], strings: _Strings) -> dict[str, object]:
    """Cards as columns and rows of indexes into the string table (labels once, not once per item)."""
    cards = list(cards)
    cols = _label_order(cards)
    index = {c: n for n, c in enumerate(cols)}
    rows = []
    for card in cards:
        row: list[int | None] = [None] * len(cols)
        for label, value in card:
            row[index[label]] = strings(value)
        while row and row[-1] is None:
            row.pop()
        rows.append(row)
    return {"cols": cols, "rows": rows}


def _checks(view: ReportView, owner: dict[tuple[int, int], str]) -> str:
    if not view.checks:
        return '<p class="none">No checks: the report states no arithmetic that can be checked.</p>'
    items = []
    for k, check in enumerate(view.checks):
        links = "".join(
            f'<a class="fl" href="#{owner[span]}">{escape(view.text[span[0] : span[1]])}</a>' for span in check.figures
        )
        verdict = "ok" if check.holds else "bad"
        mark = "✓" if check.holds else "✗"
        items.append(
            f'<li class="chk {verdict}" id="k{k}"><span class="v">{mark}</span> '
            f'<span class="ck">{escape(check.kind)}</span> <span class="claim">{escape(check.claim)}</span>'
            f'<span class="figs">{links}</span></li>'
        )
    return f"<ol>{''.join(items)}</ol>"


def _legend(view: ReportView) -> str:
    kinds = ("stock", "change", "target", "standard")
    counts = {k: sum(1 for i in view.indicators if i.cls == k) for k in kinds}
    entries = "".join(f'<li><span class="m i {k}">{k}</span> {counts[k]}</li>' for k in kinds)
    entries += (
        f'<li><span class="m i u">x</span> unknown {view.placeholders}</li>'
        f'<li><span class="m cor">damaged</span> {len(view.corruptions)}</li>'
        f'<li><span class="m noise">noise</span> {len(view.noise)}</li>'
    )
    return f'<ul class="legend">{entries}</ul>'


def page(view: ReportView, *, back: str | None = None, name: str | None = None) -> str:
    """The review page of one report (``back``: the index page to link to, if any; ``name``: the report's
    file name, which names the page of a report without a title)."""
    drawn, owner = marks(view)
    failed = len(view.failed)
    title = view.title or (f"{name} (no title found)" if name else "(no title found)")
    nav = f'<a class="back" href="{escape_attribute(quote(back))}">← all reports</a>' if back else ""
    strings = _Strings()
    data = {
        "names": _KIND_NAMES,
        "cards": {
            "i": _cards_table((i.card for i in view.indicators), strings),
            "n": _cards_table((i.card for i in view.noise), strings),
            "c": _cards_table((i.card for i in view.corruptions), strings),
        },
        "repairs": [i.repair for i in view.corruptions],
        "strings": strings.table(),
    }
    body = (
        f"<header>{nav}<h1>{escape(title)}</h1>{_dl(view.facts, 'facts')}{_dl(view.counts(), 'counts')}"
        '<div class="tools"><label><input type="checkbox" id="hide-noise"> hide noise</label>'
        f'<span class="keys"><kbd>n</kbd>/<kbd>p</kbd> next/previous failed check ({failed})'
        " · <kbd>Esc</kbd> close the card</span></div></header>\n"
        '<div class="layout">'
        f'<nav id="outline"><h2>Sections</h2>{_outline(view.sections)}<h2>Legend</h2>{_legend(view)}</nav>\n'
        f'<main><div id="text">{text_html(view.text, drawn)}</div></main>\n'
        f'<aside id="checks"><h2>Checks: {len(view.checks)}, failed: {failed}</h2>{_checks(view, owner)}</aside>'
        '</div>\n<div id="card" hidden></div>\n'
        f"{json_block(data, 'data')}"
    )
    return _document(title, body)


# --- the index page -----------------------------------------------------------------------------


@frozen(kw_only=True)
class IndexRow:
    """One report of a folder: its file, the page written for it, and its view (``None`` with an
    ``error`` when it could not be read)."""

    name: str
    href: str | None
    view: ReportView | None = None
    error: str = ""


def index_page(rows: Sequence[IndexRow], title: str) -> str:
    """A table of reports, one row each, linking to their pages."""
    head = "".join(
        f"<th>{h}</th>"
        for h in (
            "report",
            "title",
            "region",
            "kind",
            "period",
            "indicators",
            "checks",
            "failed",
            "corruptions",
            "noise",
        )
    )
    body_rows = []
    for row in rows:
        name = escape(row.name)
        link = f'<a href="{escape_attribute(quote(row.href))}">{name}</a>' if row.href else name
        if row.view is None:
            body_rows.append(f'<tr class="error"><td>{link}</td><td colspan="9">{escape(row.error)}</td></tr>')
            continue
        v = row.view
        facts = dict(v.facts)
        counts = dict(v.counts())
        failed = [c.claim for c in v.failed]
        failed_cell = counts["failed"] + (
            f"<details><summary>list</summary><ul>{''.join(f'<li>{escape(c)}</li>' for c in failed)}</ul></details>"
            if failed
            else ""
        )
        cells = (
            link,
            escape(v.title or "–"),
            escape(facts["region"]),
            escape(facts["kind"]),
            escape(facts["period"]),
            counts["indicators"],
            counts["checks"],
            failed_cell,
            counts["corruptions"],
            counts["noise"],
        )
        cls = ' class="has-failed"' if failed else ""
        body_rows.append(f"<tr{cls}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    body = (
        f"<header><h1>{escape(title)}</h1><p>{len(rows)} reports</p></header>\n"
        f'<main class="index"><table><thead><tr>{head}</tr></thead><tbody>{"".join(body_rows)}</tbody></table></main>'
    )
    return _document(title, body)
