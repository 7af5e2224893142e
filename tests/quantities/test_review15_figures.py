"""What the quantity scan reads on texts of the genre it had not seen: a blank of one underscore is a masked figure,
and the number opening an outline's heading line (3.1总体目标, 3.2分类目标) is none.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from dutyreport.quantities.scan import find_quantities


def test_one_underscore_is_a_blank_figure() -> None:
    found = find_quantities("在校学生_人,入学率_%,学校__所")
    assert [(m.text, m.quantity.value) for m in found] == [("_人", None), ("_%", None), ("__所", None)]
    # an underscore inside a name or a file's name is none
    assert [m.text for m in find_quantities("见附件IMG_2023.jpg,my_file 3所")] == ["3所"]


# (origin, text, what the scan reads)
EXAMPLES_REVIEW15_OUTLINE_NUMBERS = [
    ("outline_heading", "三、目标设定\n3.1总体目标\n新建学校3所", ["3所"]),
    ("outline_heading_spaced", "一、背景\n1.1 政策背景\n新建学校3所", ["3所"]),
    ("outline_with_measure_word", "三、目标设定\n3.2分类目标\n4.1组织保障\n2.3组建专班", []),
    # a figure that opens a line is read as ever: a unit after it, a coefficient, a decimal in its sentence
    ("figure_opening_a_line", "经费如下\n3.5万元用于维修", ["3.5万元"]),
    ("coefficient_opening_a_line", "综合差异系数\n0.35的水平", ["0.35"]),
    ("score_in_a_sentence", "该项得分3.5分", ["3.5分"]),
]


@pytest.mark.parametrize(
    ("origin", "text", "found"),
    EXAMPLES_REVIEW15_OUTLINE_NUMBERS,
    ids=[e[0] for e in EXAMPLES_REVIEW15_OUTLINE_NUMBERS],
)
def test_an_outline_number_is_no_figure(origin: str, text: str, found: list[str]) -> None:
    assert [m.text for m in find_quantities(text)] == found


def test_one_and_its_measure_word_doubled_is_no_count() -> None:
    # 一座座, 一所所: many of them, said with their measure word twice
    assert find_quantities("一座座教学楼拔地而起,一间间教室焕然一新") == ()
    assert [m.text for m in find_quantities("新建一所学校")] == ["一所"]
