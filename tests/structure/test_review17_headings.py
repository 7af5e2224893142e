"""A heading a PDF spaced inside its year (一、 2010 年工作情况) is read whole, as pages the reader had not seen wrote
it: the space between a year's digits and 年 is no run-on of a paragraph, and the section's year dates its figures.

The texts are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport as d

BODY = (
    "某县教育局工作总结\n一、{a}年工作情况\n（一）教育投入\n全县教育投入累计8316万元。\n"
    "二、{b}年工作打算\n新建学校3所。\n"
)


@pytest.mark.parametrize(("a", "b"), [("2010", "2011"), (" 2010 ", " 2011 "), ("2010 ", "2011\u3000")])
def test_a_year_spaced_in_a_heading_is_the_sections(a: str, b: str) -> None:
    report = d.parse(BODY.format(a=a, b=b))
    assert [s.heading.replace(" ", "").replace("\u3000", "") for s in report.sections] == [
        "2010年工作情况",
        "2011年工作打算",
    ]
    assert [(i.text, i.year, i.kind) for i in report.indicators] == [
        ("8316万元", 2010, d.IndicatorKind.STOCK),
        ("3所", 2011, d.IndicatorKind.TARGET),
    ]


def test_a_space_after_a_number_that_is_no_year_still_runs_on() -> None:
    # 一、加强队伍建设 全县…: a heading run into its paragraph after a space, as before
    report = d.parse("某县教育局工作总结\n一、加强队伍建设 全县新招聘教师120名。\n")
    assert report.sections[0].heading == "加强队伍建设"


def test_a_span_of_years_spaced_in_a_heading_dates_no_figure() -> None:
    # (a review's case) 2019 年 — 2021 年工作回顾: a span, read whole, of no one year
    report = d.parse("某县教育局工作报告\n一、 2019 年 — 2021 年工作回顾\n全县新建学校3所。\n")
    assert report.sections[0].heading == "2019 年 — 2021 年工作回顾"
    assert [(i.text, i.year) for i in report.indicators] == [("3所", None)]
