"""Rich displays for notebooks: ``_repr_html_`` of a report, an indicator, a check, a section, a noise
span, a damaged span, the title, a document number, a point, a problem, a plan, a target, a
rectification (its deadline, measures and who answers for it) and a frame.

A notebook shows HTML output without running its scripts, so these displays are markup and
one scoped stylesheet; a highlight's card is its tooltip. The report text is escaped as on the
review page. A report's display is bounded in size whatever the input: it shows the first part
of the text (as much as fits in :data:`BUDGET` characters of markup) and says so; an item shown alone
shows at most :data:`SHOWN` characters of its own text (a section its first :data:`PREVIEW`), and as
many of each value on its card, says how many it has, and where it stands.

A quantity (``Money``, ``Percent`` …) has no display of its own: its repr already is its exact value
and unit (``Percent(points=Decimal('96'), qualifier='more_than')``), it stands nowhere in the text
(the indicator or target that holds it does, and their cards show its value), and an HTML display
would hide that exact repr in a notebook.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..frames import Frame
from ..model.report import (
    Check,
    Corruption,
    Deadline,
    DocNumber,
    Indicator,
    Measure,
    Noise,
    Plan,
    Point,
    Problem,
    Rectification,
    Report,
    Responsible,
    Section,
    Target,
    Title,
)
from ..serialize import decimal_str
from .html import escape, marks, text_html
from .view import (
    Card,
    ItemView,
    ReportView,
    check_view,
    corruption_view,
    deadline_view,
    doc_number_view,
    indicator_view,
    measure_view,
    noise_view,
    plan_view,
    point_view,
    problem_view,
    rectification_view,
    report_view,
    responsible_view,
    section_item_view,
    target_view,
    title_view,
)

__all__ = [
    "BUDGET",
    "PREVIEW",
    "SHOWN",
    "check_html",
    "corruption_html",
    "frame_html",
    "indicator_html",
    "item_html",
    "noise_html",
    "report_html",
    "section_html",
]

BUDGET = 200_000  # characters of markup for a report's highlighted text
# Jupyter runs MathJax over HTML output: these classes (MathJax 2's and 3's) keep a report's $…$ text.
_NO_MATH = "tex2jax_ignore mathjax_ignore"
_OUTER = f"dutyreport-nb {_NO_MATH}"
_FIRST = 20_000  # characters of report text tried first
_LISTED = 20  # failed checks listed on the card (subsections on a section's, measures on a rectification's)
SHOWN = 300  # characters of an item's own text its display shows
PREVIEW = 1_000  # characters of a section's text its display shows

_STYLE = """<style>
.dutyreport-nb{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",sans-serif;
 font-size:13px;line-height:1.6;color:#1d2129}
.dutyreport-nb .dr-card{border:1px solid #d9dce1;border-radius:6px;padding:.4em .7em;margin-bottom:.4em;max-width:60em}
.dutyreport-nb .dr-title{font-weight:700;font-size:1.1em}
.dutyreport-nb dl{display:flex;flex-wrap:wrap;gap:.1em 1.2em;margin:.2em 0}
.dutyreport-nb dt{color:#8a8f98}.dutyreport-nb dd{margin:0 0 0 -.8em;font-weight:600}
.dutyreport-nb .dr-text{max-height:24em;overflow:auto;white-space:pre-wrap;overflow-wrap:anywhere;
 border:1px solid #d9dce1;border-radius:6px;padding:.5em .7em;max-width:60em}
.dutyreport-nb .dr-note{color:#8a8f98;font-size:.9em}
.dutyreport-nb .dr-bad{color:#c01c28}.dutyreport-nb .dr-ok{color:#2a7d2e}
.dutyreport-nb .i{padding:0 1px;border-bottom:2px solid;border-radius:2px}
.dutyreport-nb .stock{color:#1f5fbf;background:#e3ecfa}.dutyreport-nb .change{color:#1e7d3a;background:#e2f4e6}
.dutyreport-nb .target{color:#a3470e;background:#fbeadd}.dutyreport-nb .standard{color:#6a3aa8;background:#efe6fa}
.dutyreport-nb .u{border-bottom-style:dashed;color:#8a8f98;background:#f0f0f0}
.dutyreport-nb .cor{text-decoration:underline wavy #c01c28}
.dutyreport-nb .noise{color:#8a8f98}
.dutyreport-nb .bad{outline:2px solid #c01c28}.dutyreport-nb .h,.dutyreport-nb .ttl{font-weight:700}
.dutyreport-nb .it{background:#f4f5f7;border-bottom:1px solid #b8bcc4}
.dutyreport-nb .problem{background:#fdeeee}.dutyreport-nb .plan{background:#eef3fb}
.dutyreport-nb table{border-collapse:collapse}.dutyreport-nb td,.dutyreport-nb th{padding:0 .6em 0 0;text-align:left}
</style>"""


def _dl(card: Card) -> str:
    return "<dl>" + "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in card) + "</dl>"


def _table(card: Card) -> str:
    """A card as a table, each value cut to its first :data:`SHOWN` characters (a problem's text on a
    rectification's card, a title's, a document number as read from a damaged span …)."""
    rows = "".join(f"<tr><th>{escape(k)}</th><td>{_excerpt(v[:SHOWN], len(v))}</td></tr>" for k, v in card)
    return f"<table>{rows}</table>"


def _text(view: ReportView, limit: int) -> str:
    """The highlighted text of ``view.text[:limit]``: items inside the window, clipped to it."""
    drawn, _ = marks(view)
    inside = [m for m in drawn if m.start < limit]
    return text_html(view.text[:limit], inside, ids=False, titles=True)


def report_html(report: Report) -> str:
    """A compact card (title, region, kind, period, counts, failed checks) and the highlighted
    text in a scrolling box; never much more than :data:`BUDGET` characters."""
    view = report_view(report)
    failed = view.failed
    listed = "".join(f"<li>{escape(c.claim[:300])}</li>" for c in failed[:_LISTED])
    more = f"<li>… and {len(failed) - _LISTED} more</li>" if len(failed) > _LISTED else ""
    failed_html = (
        f'<div class="dr-bad">Failed checks: {len(failed)}</div><ol class="dr-bad">{listed}{more}</ol>'
        if failed
        else f'<div class="dr-ok">No failed check ({len(view.checks)} checks).</div>'
    )
    limit = min(len(view.text), _FIRST)
    text = _text(view, limit)
    while len(text) > BUDGET and limit > 1000:
        limit //= 2
        text = _text(view, limit)
    note = (
        f'<p class="dr-note">Showing the first {limit:,} of {len(view.text):,} characters; '
        "the review page, <code>report.to_html()</code>, shows the whole report (write it to a file and "
        "open that in a browser).</p>"
        if limit < len(view.text)
        else ""
    )
    title = escape((view.title or "(no title found)")[:300])
    return (
        f'<div class="{_OUTER}">{_STYLE}<div class="dr-card"><div class="dr-title">{title}</div>'
        f"{_dl(view.facts)}{_dl(view.counts())}{failed_html}</div>"
        f'<div class="dr-text">{text}</div>{note}</div>'
    )


def _where(start: int, end: int, section: tuple[int, ...] = ()) -> Card:
    """Where an item shown alone stands: its characters (``report.text[start:end]``) and its section,
    numbered from 1 at each level as the frames' ``section_path`` is (a display has no report to
    name the section by its heading)."""
    at = f"characters {start}–{end}"
    if section:
        at += " · section " + ".".join(str(k + 1) for k in section)
    return (("at", at),)


def indicator_html(indicator: Indicator) -> str:
    """The figure as highlighted on the review page, its card as a table, and where it stands."""
    view = indicator_view(indicator)
    cls = f"i {view.cls}" + (" u" if view.unknown else "")
    card = (*view.card, *_where(indicator.start, indicator.end, indicator.section))
    return (
        f'<div class="{_OUTER}">{_STYLE}<span class="{cls}">{escape(view.text[:SHOWN])}</span>'
        f"{_table(card)}</div>"
    )


def check_html(check: Check) -> str:
    """The verdict (✓ or ✗), the claim, the check's card and where the check stands (its span)."""
    view = check_view(check)
    verdict = '<span class="dr-ok">✓</span>' if view.holds else '<span class="dr-bad">✗</span>'
    card = (*view.card, *_where(check.start, check.end))
    return f'<div class="{_OUTER}">{_STYLE}<div>{verdict} {escape(view.claim[:2000])}</div>{_table(card)}</div>'


def _excerpt(text: str, length: int) -> str:
    """``text`` (the first characters of an item's ``length``) escaped, ``…`` where it is cut."""
    return escape(text) + ("…" if len(text) < length else "")


def _length(shown: int, length: int) -> Card:
    """A row saying how much of an item's text its display shows, where it does not show it all."""
    return (("shown", f"first {shown:,} of {length:,} characters"),) if shown < length else ()


def _listed(labels: tuple[str, ...], more: int) -> str:
    """The first items an item holds (a section's subsections, a rectification's measures), numbered, each
    cut to :data:`SHOWN` characters, and how many more there are."""
    listed = "".join(f"<li>{_excerpt(label[:SHOWN], len(label))}</li>" for label in labels)
    rest = f"<li>… and {more} more</li>" if more else ""
    return f"<ol>{listed}{rest}</ol>" if listed else ""


def _span_html(view: ItemView, classes: str) -> str:
    """An item shown alone: its text highlighted as on the review page (its first :data:`SHOWN` characters),
    its card, where it stands, and the first items it holds."""
    shown = view.text[:SHOWN]
    card = (*view.card, *_where(view.start, view.end), *_length(len(shown), len(view.text)))
    return (
        f'<div class="{_OUTER}">{_STYLE}<span class="{classes}">{_excerpt(shown, len(view.text))}</span>'
        f"{_table(card)}{_listed(view.listed, view.more)}</div>"
    )


def _item_html(view: ItemView) -> str:
    return _span_html(view, view.cls + (" u" if view.unknown else ""))


def noise_html(noise: Noise) -> str:
    """The noise muted as on the review page, its card (kind, why) and where it stands."""
    return _span_html(noise_view(noise), "noise")


def corruption_html(corruption: Corruption) -> str:
    """The damaged span marked as on the review page, its card (damage, repair, readings, note) and where."""
    view = corruption_view(corruption)
    return _span_html(view, "cor u" if view.unknown else "cor")


def section_html(section: Section) -> str:
    """A card (the section's number and heading, level, subsections, where it and its heading stand, its
    first subsections) over the first :data:`PREVIEW` characters of its text, the heading in bold."""
    view = section_item_view(section, chars=PREVIEW, children=_LISTED)
    length = view.end - view.start
    start, end = view.heading
    card = (
        *view.card,
        *_where(view.start, view.end),
        ("heading at", f"characters {start}–{end}"),
        *_length(len(view.shown), length),
    )
    hs, he = (min(start - view.start, len(view.shown)), min(end - view.start, len(view.shown)))
    text = (
        f'{escape(view.shown[:hs])}<span class="h">{escape(view.shown[hs:he])}</span>'
        f"{_excerpt(view.shown[he:], length - he)}"
    )
    children = _listed(view.children, view.more)
    return (
        f'<div class="{_OUTER}">{_STYLE}<div class="dr-card"><div class="dr-title">{escape(view.label[:SHOWN])}</div>'
        f'{_table(card)}{children}</div><div class="dr-text">{text}</div></div>'
    )


# The items shown alone through :func:`item_html`, each with the view that makes its card.
_ITEM_VIEWS: dict[type, Callable[[Any], ItemView]] = {
    Title: title_view,  # the title as read
    DocNumber: doc_number_view,  # as normalized, whether repaired
    Point: point_view,  # its number
    Problem: problem_view,  # where it was found (its source)
    Plan: plan_view,
    Deadline: deadline_view,  # the date its words name
    Target: target_view,  # subject, comparator, exact value and unit, qualifier, deadline
    Measure: measure_view,  # its heading
    Responsible: lambda r: responsible_view(r, chars=SHOWN),  # the value as written, the units it names
    # its problem, measures, targets, status, deadline, who answers for it; the headings of its first measures
    Rectification: lambda r: rectification_view(r, listed=_LISTED, chars=SHOWN),
}
_ShownAlone = Title | DocNumber | Point | Problem | Plan | Deadline | Target | Measure | Responsible | Rectification


def item_html(item: _ShownAlone) -> str:
    """The display of a title, a document number, a point, a problem, a plan, a deadline, a target, a
    rectification's measure or responsible party, or a rectification: its text as written (its first
    :data:`SHOWN` characters) highlighted as on the review page, its card (what it is) and where it stands.

    >>> import dutyreport
    >>> (target,) = dutyreport.parse("到2025年，全县学前三年毛入园率达到95%以上。").targets
    >>> shown = item_html(target)
    >>> "学前三年毛入园率" in shown and "characters 0–24" in shown and shown == target._repr_html_()
    True
    """
    return _item_html(_ITEM_VIEWS[type(item)](item))


_FRAME_ROWS = 20  # rows a frame's display shows
# A frame is wider than a notebook's output: it scrolls sideways in its box, each cell on one line (cut
# to _CELL_CHARS), rather than breaking every cell of Chinese text character by character.
_FRAME_STYLE = """<style>
.dutyreport-frame{max-width:100%;overflow-x:auto}
.dutyreport-frame table{border-collapse:collapse}
.dutyreport-frame th,.dutyreport-frame td{white-space:nowrap;padding:0 .8em 0 0;text-align:left;vertical-align:top}
</style>"""
_CELL_CHARS = 60  # characters a cell shows


def frame_html(frame: Frame) -> str:
    """A notebook's display of a :class:`~dutyreport.frames.Frame`: its first rows as a table (every cell
    escaped and cut short), and how many rows and columns it has."""
    head = "".join(f"<th>{escape(c)}</th>" for c in frame.columns)
    body = []
    for row in frame.rows[:_FRAME_ROWS]:
        cells = []
        for value, kind in zip(row, frame.types, strict=True):
            if value is None:
                shown = ""
            elif kind == "decimal":
                shown = decimal_str(value)
            elif kind == "years":
                shown = ",".join(map(str, value))
            else:
                shown = str(value)
            if len(shown) > _CELL_CHARS:
                shown = shown[: _CELL_CHARS - 1] + "…"
            cells.append(f"<td>{escape(shown)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = len(frame.rows) - _FRAME_ROWS
    note = f" (first {_FRAME_ROWS} shown)" if more > 0 else ""
    return (
        f'<div class="dutyreport-frame {_NO_MATH}">{_FRAME_STYLE}<p>{escape(frame.name)}: {len(frame.rows)} rows × '
        f"{len(frame.columns)} columns{note}</p><table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody>"
        "</table></div>"
    )
