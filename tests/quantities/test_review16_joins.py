"""A space or a line break that text extraction left between a number and the 余/多/几/来 before its measure word
(``200 余场``, ``300\\n多人次``) is read as it is read before a unit alone (``4800 万元``): one figure, its qualifier
kept, the break recorded as joined damage. Where neither a unit nor a scale word follows the 余, nothing is joined.

So is one between a scale word and its unit (``3 万 多人。``, ``1.2 万\\n人次,``). After a scale word, and before a
unit after 余/多, the break is read across only where the unit ends its word: in ``3.5 亿 人员经费``, ``1 多所学校`` or
``1.2 万\\n人民群众`` the character opens another word (a table's next column, a list's item).

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
    ("space_after_scale", "参加培训的教师共 3 万 多人。", "3 万 多人", "30000", "人", Qualifier.MORE_THAN),
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


# (origin, text, what is read): where the unit's character (or 多's) opens another word after the break, the number
# is not joined to it: a flattened table's next column, a list's number before its item's words, a new clause
EXAMPLES_REVIEW16_NOT_JOINED = [
    ("table_next_column", "教育经费总投入 3.5 亿 人员经费占比 60%", [("3.5 亿", "yuan"), ("60%", "percent")]),
    ("table_per_head_column", "全县学生 1.2 万 人均公用经费 850元", [("1.2 万", None), ("850元", "yuan/person")]),
    ("next_line_opens_a_word", "全县覆盖 1.2 万\n人民群众,满意度高。", [("1.2 万", None)]),
    ("currency_word", "奖励资金 2 万 人民币。", [("2 万", "yuan")]),
    ("list_number_before_duo_space", "二、存在问题\n1 多所学校音体美教师配备不足。", []),
    ("list_number_before_duo_tab", "二、存在问题\n2\t多名教师未完成培训学时。", []),
    ("table_row_before_duoyuan", "1 多元办学格局形成 8", []),
    ("clause_after_a_wrap", "全年督导检查学校42\n多次深入课堂听课。", [("42", None)]),
]


@pytest.mark.parametrize(
    ("origin", "text", "read"), EXAMPLES_REVIEW16_NOT_JOINED, ids=[e[0] for e in EXAMPLES_REVIEW16_NOT_JOINED]
)
def test_no_join_where_the_unit_opens_another_word(origin: str, text: str, read: list[tuple[str, str | None]]) -> None:
    report = dutyreport.parse(text)
    assert [(i.text, i.unit) for i in report.indicators] == read


def test_no_join_where_no_unit_follows_the_infix() -> None:
    # 余 and 多 that open other words (多方筹措, 余下): the number stands alone, no break is joined
    report = dutyreport.parse("全县学校 200 多方筹措经费,余下 30 余下部分。")
    assert not [c for c in report.corruptions if c.kind is CorruptionKind.JOINED]
