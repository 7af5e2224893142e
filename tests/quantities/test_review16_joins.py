"""A space or a line break that text extraction left between a number and the 余/多/几/来 before its measure word
(``200 余场``, ``300\\n多人次``) is read as it is read before a unit alone (``4800 万元``): one figure, its qualifier
kept, the break recorded as joined damage. Where neither a unit nor a scale word follows the 余, nothing is joined.

So is one between a scale word and its unit (``3万 多人``, ``1.2 万\\n人次``); across a line break only where the unit
ends its word (in ``1.2 万\\n人民群众`` the next line opens another word).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import dutyreport
from dutyreport import CorruptionKind, Qualifier

# (origin, text, the figure's text, value, unit, qualifier)
EXAMPLES_REVIEW16_INFIX_JOINS = [
    ("pdf_space_before_yu", "开展集中学习 200 余场。", "200 余场", "200", "场", Qualifier.MORE_THAN),
    ("pdf_space_before_duo", "组织培训300 多期。", "300 多期", "300", "期", Qualifier.MORE_THAN),
    ("preview_break_before_duo", "培训教师\n300\n多人次,覆盖全县。", "300\n多人次", "300", "人次", Qualifier.MORE_THAN),
    ("space_before_lai_and_scale", "投入 20 来万元。", "20 来万元", "200000", "yuan", Qualifier.APPROX),
    ("space_before_ji_and_scale", "惠及学生 20 几万人。", "20 几万人", "200000", "人", Qualifier.MORE_THAN),
    ("preview_break_after_scale", "覆盖师生 1.2 万\n人次,推动宣讲。", "1.2 万\n人次", "12000", "人次", None),
    ("space_after_scale", "共计 3 万 多人参加。", "3 万 多人", "30000", "人", Qualifier.MORE_THAN),
]


@pytest.mark.parametrize(
    ("origin", "text", "surface", "value", "unit", "qualifier"),
    EXAMPLES_REVIEW16_INFIX_JOINS,
    ids=[e[0] for e in EXAMPLES_REVIEW16_INFIX_JOINS],
)
def test_a_break_before_the_infix_of_a_figure_joins_it(
    origin: str, text: str, surface: str, value: str, unit: str, qualifier: Qualifier
) -> None:
    report = dutyreport.parse(text)
    [figure] = [i for i in report.indicators if i.text == surface]
    assert (str(figure.value), figure.unit, figure.quantity.qualifier) == (value, unit, qualifier)
    joined = [c.text for c in report.corruptions if c.kind is CorruptionKind.JOINED]
    assert surface in joined
    assert report.text[figure.start : figure.end] == figure.text


def test_no_join_after_a_scale_word_where_the_unit_opens_another_word_on_the_next_line() -> None:
    report = dutyreport.parse("全县覆盖 1.2 万\n人民群众,满意度高。")
    assert [(i.text, i.unit) for i in report.indicators] == [("1.2 万", None)]


def test_no_join_where_no_unit_follows_the_infix() -> None:
    # 余 and 多 that open other words (多方筹措, 余下): the number stands alone, no break is joined
    report = dutyreport.parse("全县学校 200 多方筹措经费,余下 30 余下部分。")
    assert not [c for c in report.corruptions if c.kind is CorruptionKind.JOINED]
