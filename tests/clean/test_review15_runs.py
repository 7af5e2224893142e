"""A preview that set each run of a docx's text on a line of its own puts figures on lines by themselves inside
their sentences (…有学校\\nxxx\\n所,在校学生\\nxxxxx\\n人…): the breaks around them are wraps, and the figure is read
with its unit and its words; a table written one cell a line is no such text.

The texts are written for these tests.
"""

from __future__ import annotations

import dutyreport as d
from dutyreport.quantities.scan import find_quantities

_RUNS = (
    "某县2022年度教育工作自评报告\n一、基本情况\n全县国土面积\n1200\n平方公里,人口\n45\n万。全县有各级各类学校(含幼儿园)\n"
    "xxx\n所,在校学生\nxxxxx\n人,教师\nxxxx\n人。学前教育三年毛入园率为\nxx%\n;小学入学率为\n100%\n。"
)


def test_the_breaks_around_a_figure_of_its_own_are_wraps() -> None:
    report = d.parse(_RUNS)
    wraps = [c for c in report.corruptions if c.kind is d.CorruptionKind.LINE_BREAK]
    assert wraps and all(c.text[1] == "\n" and _RUNS[c.start : c.end] == c.text for c in wraps)
    found = [(i.text.replace("\n", ""), i.unit, i.subject) for i in report.indicators]
    assert found == [
        ("1200平方公里", "平方公里", "国土面积"),
        ("45万", None, "人口"),
        ("xxx所", "所", "各级各类学校(含幼儿园)"),
        ("xxxxx人", "人", "在校学生"),
        ("xxxx人", "人", "教师"),
        ("xx%", "percent", "学前教育三年毛入园率"),
        ("100%", "percent", "小学入学率"),
    ]


def test_a_table_of_one_cell_a_line_has_no_such_wraps() -> None:
    table = "表1 办学条件\n指标\n2021年\n2022年\n学校数(所)\n56\n58\n教师数(人)\n3120\n3188\n" * 3
    report = d.parse("某县教育工作自评报告\n一、基本情况\n" + table)
    assert not [c for c in report.corruptions if c.kind is d.CorruptionKind.LINE_BREAK]
    # labels that open with a measure word's character (人均…, 年度…, 万元…) are no units (a review's case)
    labels = "学校数\n45\n人均校舍面积\n12\n年度教育投入\n56000\n名师工作室数\n9\n万元以上设备数\n310\n" * 2
    report = d.parse("某县教育工作自评报告\n一、基本情况\n" + labels)
    assert not [c for c in report.corruptions if c.kind is d.CorruptionKind.LINE_BREAK]
    assert [i.text for i in report.indicators] == ["45", "12", "56000", "9", "310"] * 2


def test_a_figure_alone_on_its_line_takes_the_unit_of_the_line_after_inside_a_sentence() -> None:
    assert [m.text for m in find_quantities("全县有学校\n120\n所,在校学生")] == ["120\n所"]
    # (a table's cell, one a line: the unit alone on the next line, or a line before that ends a sentence)
    assert [m.text for m in find_quantities("覆盖学校\n217\n所\n专项")] == ["217"]
    assert [m.text for m in find_quantities("全县有学校。\n120\n所,在校学生")] == ["120"]
