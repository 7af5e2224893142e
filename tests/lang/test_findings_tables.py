"""The entries of lang.findings the findings tests (tests/test_findings.py) do not read back yet."""

from __future__ import annotations

import regex

import dutyreport as d
from dutyreport.lang.findings import ITEM_LEADS


def _problems(admitted: str) -> list[str]:
    report = d.parse(f"某县自查报告\n一、基本情况\n全县还存在{admitted}、师资紧缺等问题。")
    return [p.text for p in report.problems]


def test_item_lead_example() -> None:
    # the words that open an admitted item are no part of the problem
    lead = regex.match(ITEM_LEADS.pattern, ITEM_LEADS.example)
    assert lead is not None
    (problem,) = _problems(ITEM_LEADS.example)
    assert problem.startswith(ITEM_LEADS.example[lead.end() :])
    (problem,) = _problems("乙" * lead.end() + ITEM_LEADS.example[lead.end() :])
    assert problem.startswith("乙")
