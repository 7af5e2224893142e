"""Readings that a third review of round 17's rules found wrong, each narrowed: a scale word with no unit after it
on the next line, 人力 inside a sentence, a norm's noun after a verb, a share of fiscal funds that names its
denominator, a rate's count in brackets, a volume the county compiled, a < that opens no tag.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport as d

# (origin, text, [(figure, value, unit, qualifier, kind)])
EXAMPLES_REVIEW17_THIRD = [
    ("scale_word_opening_a_name", "学校名称\n学生数\n1\n万州区第一中学", [("1", "1", None, None, "stock")]),
    ("manpower_inside_a_sentence", "全县招聘教师120人力争明年再招100人。",
     [("120人", "120", "人", None, "stock"), ("100人", "100", "人", None, "target")]),
    ("manpower_in_an_outline", "7.1人力资源配置\n全县招聘教师120人。", [("120人", "120", "人", None, "stock")]),
    ("share_of_schools_reaching_a_norm", "全县超过90%的学校达到标准。",
     [("超过90%", "0.90", "percent", "more_than", "stock")]),
    ("norm_at_a_lines_end", "配备率为63.2%,低于80%的省定要求\n二、下一步工作",
     [("63.2%", "0.632", "percent", None, "stock"), ("低于80%", "0.80", "percent", None, "standard")]),
    ("a_volume_compiled", "全县编印优秀教案汇编（86篇）。", [("86篇", "86", "篇", None, "stock")]),
    ("a_less_than_that_opens_no_tag", "成绩等级<A 的学生占12%，>B的占30%。",
     [("12%", "0.12", "percent", None, "stock"), ("30%", "0.30", "percent", None, "stock")]),
]


@pytest.mark.parametrize(
    ("origin", "body", "want"), EXAMPLES_REVIEW17_THIRD, ids=[e[0] for e in EXAMPLES_REVIEW17_THIRD]
)
def test_round17_rules_hold_back_where_a_third_review_found_them_wrong(
    origin: str, body: str, want: list[tuple[str, str, str | None, str | None, str]]
) -> None:
    got = [
        (i.text, str(i.value), i.unit, i.quantity.qualifier.value if i.quantity.qualifier else None, i.kind.value)
        for i in d.parse(body).indicators
    ]
    assert got == want


def test_a_share_of_fiscal_funds_naming_its_denominator_keeps_its_key() -> None:
    (i,) = d.parse("全县财政性教育经费占财政支出比例为18.5%。").indicators
    assert i.key == "general_budget_education_spending_share"


def test_a_rates_count_in_brackets_is_of_the_rate() -> None:
    rate, count = d.parse("全县公办园在园幼儿占比为55.3%（3300人）。").indicators
    assert count.subject == rate.subject
