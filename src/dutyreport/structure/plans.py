"""The sections that announce what is to be done (``下一步工作打算``, ``今后努力方向``, ``后两年主要目标和举措``):
:func:`is_plan_heading` reads a heading by :data:`~dutyreport.lang.headings.PLAN_HEADING_WORDS`, in either
script, for the figure kinds, the targets, the plans and the period alike; :func:`plan_spans` gives where such
sections stand, which :class:`~dutyreport.document.SectionIndex` holds once per parse.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ..lang.headings import PLAN_HEADING_ENDS, PLAN_HEADING_WORDS
from ..lang.script import either_form
from ..model.report import Section
from ..spans import SpanSet

__all__ = ["is_plan_heading", "plan_spans"]

_PLAN_RE = regex.compile(
    "|".join(either_form(e.word) for e in PLAN_HEADING_WORDS)
    + "|(?:"
    + "|".join(either_form(e.word) for e in PLAN_HEADING_ENDS)
    + r")[\s:：]*$"
)


def is_plan_heading(heading: str) -> bool:
    """Whether a heading announces a forward-looking block.

    >>> is_plan_heading("三、下一步工作打算"), is_plan_heading("四、今後努力方向"), is_plan_heading("一、基本情况")
    (True, True, False)
    """
    return _PLAN_RE.search(heading) is not None


def plan_spans(sections: Iterable[Section]) -> SpanSet | None:
    """Where the sections that announce what is to be done (``下一步工作打算``, ``2024年工作打算``) stand: their
    level figures are goals, for the kinds and for the targets alike (None where the report has none).

    >>> from dutyreport import parse
    >>> r = parse("某县自查报告\\n一、基本情况\\n有学校20所。\\n二、下一步工作打算\\n新建学校2所。")
    >>> plans = plan_spans(r.sections)
    >>> plans is not None and plans.contains(r.sections[1].start, r.sections[1].end), plan_spans(r.sections[:1])
    (True, None)
    """
    spans = [(sec.start, sec.end) for sec in sections if is_plan_heading(sec.heading)]
    return SpanSet(spans) if spans else None
