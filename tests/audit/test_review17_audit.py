"""A count of the items listed before it opens no number inside another (a heading 一、2020年项目… read the 2 of
2020 as a count of two listed items: 一 and 20), as pages the audit had not seen showed.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport as d

# (origin, text, the named-count claims the audit makes)
EXAMPLES_REVIEW17_COUNT_INSIDE_A_NUMBER = [
    ("year_after_outline_numeral", "一、2021年项目建设情况\n2021年教育项目进展顺利。", []),
    ("year_after_list_item", "甲、2019年新建项目已经完工。", []),
    # a count after the list's last item stays one
    ("count_after_items", "甲镇、乙镇2个乡镇完成验收。", ["2个乡镇 = 2 = 2 listed (甲镇、乙镇)"]),
    (
        "count_in_words_after_items",
        "健全督政、督学、评估监测三项制度。",
        ["三项制度 = 3 = 3 listed (健全督政、督学、评估监测)"],
    ),
]


@pytest.mark.parametrize(
    ("origin", "body", "claims"),
    EXAMPLES_REVIEW17_COUNT_INSIDE_A_NUMBER,
    ids=[e[0] for e in EXAMPLES_REVIEW17_COUNT_INSIDE_A_NUMBER],
)
def test_a_listed_count_opens_no_number_inside_another(origin: str, body: str, claims: list[str]) -> None:
    checks = [c for c in d.parse(body).checks if c.kind is d.CheckKind.NAMED_COUNT]
    assert [c.claim for c in checks] == claims


# (origin, text, the parts-and-total claims the audit makes): a group's average after 其中 is no part of the whole's
EXAMPLES_REVIEW17_AVERAGES = [
    ("average_length_of_service", "全县专任教师平均教龄为16.5年，其中乡村教师平均教龄19年。", []),
    ("average_class_size", "全县小学平均班额45人，其中城区学校平均班额52人。", []),
    # a count and its part stay checked, and so do a sum of funds named by the head and an average's own parts
    ("count_and_part", "全县教职工210人，其中专任教师180人。", ["180人 = 180 <= 210人 (教职工, 其中)"]),
    ("funds_named_per_head", "全县投入生均公用经费3000万元,其中小学1800万元,初中1500万元。",
     ["1800万元 + 1500万元 = 3300 > 3000万元 (投入生均公用经费, 其中)"]),
    ("parts_of_an_average", "平均每所学校投入200万元,其中改善办学条件150万元,购置设备80万元。",
     ["150万元 + 80万元 = 230 > 200万元 (平均每所学校投入, 其中)"]),
]


@pytest.mark.parametrize(
    ("origin", "body", "claims"), EXAMPLES_REVIEW17_AVERAGES, ids=[e[0] for e in EXAMPLES_REVIEW17_AVERAGES]
)
def test_an_average_bounds_no_part_after_of_which(origin: str, body: str, claims: list[str]) -> None:
    checks = [c for c in d.parse(body).checks if c.kind is d.CheckKind.PARTS_TOTAL]
    assert [c.claim for c in checks] == claims


def test_a_listed_count_after_numbered_school_names() -> None:
    # (round 17) the list's last item is a school named by its number (县三中): the count is the digits after it
    report = d.parse("县一中、县二中、县三中3所学校完成改造。")
    (check,) = [c for c in report.checks if c.kind is d.CheckKind.NAMED_COUNT]
    assert check.claim == "3所学校 = 3 = 3 listed (县一中、县二中、县三中)"
