"""What a report admits and promises: problems, plans, rectifications and targets.

* :mod:`.problems`: the points of a problem section (``存在问题``), inline admissions
  (``但还存在A、B、C等主要问题``, ``面临…挑战和问题,如A、B等``, ``问题主要集中在A、B和C等方面``) and shortfalls
  named as such (``补齐X短板``, ``X矛盾十分突出``, ``在X日益紧缺的情况下``);
* :mod:`.plans`: the items of a forward-looking section (``下一步工作打算``, ``今后努力方向``);
* :mod:`.rectifications`: each problem block of a 整改 report (``(一)关于"X"问题``) with its numbered
  measures, indicators, targets and stated status, and each problem answered in a sentence with its measures
  (``一是针对“X”的问题，…。二是针对…``);
* :mod:`.targets`: goals for a future date (``到2025年…达到95%以上``), built from the indicators.

Every item is a span of the original text; nothing is re-worded. The words live in
:mod:`dutyreport.lang.findings`.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from ..document import Document
from ..model.report import Indicator, Plan, Problem, Rectification, Target
from .plans import find_plans
from .problems import find_problems
from .rectifications import find_rectifications
from .targets import find_targets

__all__ = ["Findings", "find_findings", "find_plans", "find_problems", "find_rectifications", "find_targets"]


@frozen(kw_only=True)
class Findings:
    """The findings stage's result."""

    problems: tuple[Problem, ...]
    plans: tuple[Plan, ...]
    rectifications: tuple[Rectification, ...]
    targets: tuple[Target, ...]


def find_findings(doc: Document, indicators: Sequence[Indicator]) -> Findings:
    """Problems, plans, rectifications and targets of one report."""
    targets = find_targets(doc, indicators)
    rects = find_rectifications(doc, indicators, targets)
    problems = find_problems(doc, rects)
    plans = find_plans(doc)
    return Findings(problems=problems, plans=plans, rectifications=rects, targets=targets)
