"""Views of a report for people: the review page (:func:`to_html`) and the notebook displays.

Loaded only when a page or a display is asked for (``Report.to_html``, ``_repr_html_``), so
that parsing never imports it.
"""

from __future__ import annotations

from ..model.report import Report
from . import html
from .view import report_view

__all__ = ["to_html"]


def to_html(report: Report, *, back: str | None = None) -> str:
    """One self-contained HTML page reviewing ``report`` (``back``: an index page to link to)."""
    return html.page(report_view(report), back=back)
