"""The words of a table flattened into lines of cells: the units a header names in brackets, the
labels of a total row, and the lines that end a table.

Every entry's example is read back by :func:`dutyreport.structure.tables.find_tables` (and the
indicator stage, which gives a bare number its column's unit) in ``tests/structure/test_tables.py``.
"""

from __future__ import annotations

from .entry import Entry, words

__all__ = ["BRACKETED_UNITS", "TABLE_CAPTIONS", "TABLE_NOTES", "TOTAL_LABELS", "UNIT_LABELS"]

# The units a table's header or a row's label names in brackets: 学校数（所）, 教育支出(万元).
BRACKETED_UNITS: tuple[Entry[str], ...] = words(
    "unit",
    ("万元", "教育支出(万元)"),
    ("亿元", "教育支出（亿元）"),
    ("千元", "公用经费（千元）"),
    ("元", "公用经费（元）"),
    ("%", "入园率(%)"),
    ("％", "入园率（％）"),
    ("所", "学校数（所）"),
    ("人", "在校生（人）"),
    ("个", "教学班（个）"),
    ("名", "专任教师（名）"),
    ("万人", "常住人口（万人）"),
    ("人次", "培训（人次）"),
    ("平方米", "校舍面积（平方米）"),
    ("㎡", "校舍面积（㎡）"),
    ("间", "功能室（间）"),
    ("套", "课桌椅（套）"),
    ("台", "计算机（台）"),
    ("班", "教学班（班）"),
    ("校", "结对学校（校）"),
)

# The label of a row that sums the rows above it (a bracket may follow: 合计（含教学点）).
TOTAL_LABELS: tuple[Entry[str], ...] = words(
    "total row",
    ("合计", "合计 79 47,990"),
    ("总计", "总计 79 47,990"),
    ("小计", "小计 79 47,990"),
    ("总数", "总数 79 47,990"),
    ("全县", "全县 79 47,990"),
    ("全市", "全市 79 47,990"),
    ("全区", "全区 79 47,990"),
    ("全旗", "全旗 79 47,990"),
)

# Labels of a note after a table (注：…): the line ends the table.
TABLE_NOTES: tuple[Entry[str], ...] = words(
    "note",
    ("注", "注：不含教学点。"),
    ("说明", "说明：数据截至年底。"),
    ("备注", "备注：不含民办学校。"),
    ("资料来源", "资料来源：县统计局。"),
)

# The words that open a table's caption (表2 …): a caption ends the table before it.
TABLE_CAPTIONS: tuple[Entry[str], ...] = words(
    "caption",
    ("附表", "附表2 各学段教师情况"),
    ("表", "表2 各学段教师情况"),
)

# The label before the unit a caption (or a line of its own above the rows) states for every cell of its table:
# 表1 教育经费核查情况（单位：万元）. A bare number in the rows below it, up to the table's end, is in that unit.
UNIT_LABELS: tuple[Entry[str], ...] = words(
    "unit label",
    ("单位", "表1 教育经费核查情况（单位：万元）"),
    ("计量单位", "计量单位：万元"),
)
