"""Plans: the items of a forward-looking section (``下一步工作打算``, ``今后努力方向``) — its children, its
一是/二是 points, an inline enumeration, or its body."""

from __future__ import annotations

from ..document import Document
from ..model.report import Plan
from ..structure.sections import is_plan_heading
from .common import inline_items, inline_number, trimmed

__all__ = ["find_plans"]


def find_plans(doc: Document) -> tuple[Plan, ...]:
    """The forward-looking items: the children (or points, or body) of each plan section (a heading
    :func:`~dutyreport.structure.sections.is_plan_heading` reads, in either script, as the figure kinds do)."""
    text = doc.text
    out: list[Plan] = []
    for s in doc.section_index.every:
        if not is_plan_heading(text[s.heading_start : s.heading_end]):
            continue
        if any(o.start <= s.start < o.end for o in out):
            continue
        inline = inline_items(text, s.heading_end, s.end) if not s.points else []
        if len(inline) > len(s.children) and all(inline_number(c) for c in s.children):
            spans = inline
        elif s.children:
            spans = [(c.start, c.end) for c in s.children]
        elif s.points:
            spans = [(p.start, p.end) for p in s.points]
        else:
            spans = [(s.heading_end, s.end)]
        for a, b in spans:
            a, b = trimmed(text, a, b)
            if b > a:
                out.append(Plan(start=a, end=b, text=text[a:b]))
    return tuple(out)
