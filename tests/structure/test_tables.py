"""Flattened tables: the header's units, the rows, the total row; their use by indicators and audit."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from dutyreport import Count, Money, Percent, parse
from dutyreport.document import Document
from dutyreport.indicators.years import table_years
from dutyreport.lang.entry import Entry
from dutyreport.lang.numbers import MONEY_UNITS
from dutyreport.lang.tables import BRACKETED_UNITS, TABLE_CAPTIONS, TABLE_NOTES, TOTAL_LABELS, UNIT_LABELS
from dutyreport.spans import Breaks
from dutyreport.structure.tables import TABLE_END, find_tables, stated_unit

TABLE = (
    "学段 学校数（所） 在校生（人） 生师比\n"
    "小学 58 30,150 16.9\n"
    "初中 21 17,840 12.7\n"
    "合计 79 47,990 —\n"
    "注：不含教学点。\n"
)


def test_a_header_with_units_opens_a_table() -> None:
    (table,) = find_tables(Document.of(TABLE))
    assert table.units == ("所", "人", None)
    assert [TABLE[s:e] for s, e in table.header] == ["学段", "学校数（所）", "在校生（人）", "生师比"]
    assert [[TABLE[s:e] for s, e in row] for row in table.rows][-1] == ["合计", "79", "47,990", "—"]
    assert table.total == 2


@pytest.mark.parametrize(
    "text",
    [
        "学段 学校数（所） 在校生\n小学 58 30,150\n",  # one unit named: not enough to call it a table header
        "全县学校数（所）与在校生（人）均有增长，具体见下。\n小学 58 30,150\n",  # prose, one long cell
        "学段 学校数（所） 在校生（人）\n",  # a header without rows
    ],
    ids=["one_unit", "prose", "no_rows"],
)
def test_what_is_no_table(text: str) -> None:
    assert list(find_tables(Document.of(text))) == []


def test_a_table_ends_at_a_note_or_a_row_of_another_shape() -> None:
    text = "学段 学校数（所） 在校生（人）\n小学 58 30,150\n初中 21 17,840\n全县学校数增长较快\n高中 6 9,070\n"
    (table,) = find_tables(Document.of(text))
    assert len(table.rows) == 2 and table.total is None


def test_a_cell_takes_its_columns_unit_and_the_total_row_is_checked() -> None:
    report = parse("某县自查报告\n一、基本情况\n表1 2023年学校情况\n" + TABLE)
    units = {i.text: i.unit for i in report.indicators}
    assert units["58"] == "所" and units["30,150"] == "人" and units["79"] == "所"
    totals = [c.claim for c in report.checks if c.holds and c.claim.endswith(("(学校数（所）)", "(在校生（人）)"))]
    assert totals == ["58 + 21 = 79 = 79 (学校数（所）)", "30,150 + 17,840 = 47,990 = 47,990 (在校生（人）)"]


def test_a_total_row_that_does_not_add_up_is_reported() -> None:
    text = TABLE.replace("47,990", "47,900")
    report = parse("某县自查报告\n一、基本情况\n" + text)
    (column,) = [c for c in report.checks if c.claim.endswith("(在校生（人）)")]
    assert not column.holds and "47,990 ≠ 47,900" in column.claim


# --- every entry of lang.tables, read back by the stages -----------------------------------------------


@pytest.mark.parametrize("entry", BRACKETED_UNITS, ids=[e.word for e in BRACKETED_UNITS])
def test_bracketed_unit_table_examples(entry: Entry[str]) -> None:
    # a header cell names its column's unit ...
    text = f"学段 学校数（所） {entry.example}\n小学 58 30\n初中 21 40\n"
    (table,) = find_tables(Document.of(text))
    assert table.units == ("所", entry.word)
    # ... and a bare number in the column, or after a row label naming the unit, is read in it
    for body in (text, f"学段 2022年 2023年\n{entry.example} 30 40\n"):
        (figure,) = [i for i in parse("某县自查报告\n一、基本情况\n" + body).indicators if i.text == "30"]
        q = figure.quantity
        power = {e.word: e.value for e in MONEY_UNITS}
        if entry.word in power:
            assert isinstance(q, Money) and q.value == Decimal(30).scaleb(power[entry.word])
        elif entry.word in ("%", "％"):
            assert isinstance(q, Percent) and q.points == 30
        else:
            assert isinstance(q, Count) and q.unit == entry.word


@pytest.mark.parametrize("entry", TOTAL_LABELS, ids=[e.word for e in TOTAL_LABELS])
def test_total_label_table_examples(entry: Entry[str]) -> None:
    text = f"学段 学校数（所） 在校生（人）\n小学 58 30,150\n初中 21 17,840\n{entry.example}\n"
    (table,) = find_tables(Document.of(text))
    assert table.total == 2
    (table,) = find_tables(Document.of(text.replace(entry.word, "其他")))
    assert table.total is None


YEAR_TABLE = "指标 2022年 2023年\n小学 58 60\n{line}\n初中 21 23\n"


@pytest.mark.parametrize("entry", TABLE_NOTES + TABLE_CAPTIONS, ids=[e.word for e in TABLE_NOTES + TABLE_CAPTIONS])
def test_table_end_table_examples(entry: Entry[str]) -> None:
    # a note or the next caption ends a table: the rows after it take no column's year
    assert TABLE_END.match(entry.example)
    text = YEAR_TABLE.format(line=entry.example)
    figures = [(m.start(), m.end()) for m in re.finditer("[0-9]{2}(?=\\s)", text) if text[m.end()] != "年"]
    years = table_years(text, figures, Breaks(text).of("\n"))
    assert [years.get(s) for s, _ in figures] == [2022, 2023, None, None]
    kept = YEAR_TABLE.format(line="其他 1 2")
    kept_figures = [(m.start(), m.end()) for m in re.finditer("(?<= )[0-9]+", kept)]
    assert None not in table_years(kept, kept_figures, Breaks(kept).of("\n")).values()


# --- Round 11: cells run together, a caption's unit ------------------------------------------------------------

CELLS = "表3 校舍改造资金（单位：万元）\n项目预算数到位数差额\n小学校舍改造12,64012,150490\n初中校舍改造8,3258,02530\n"


def test_round11_cells_run_together_read_in_the_unit_their_caption_names() -> None:
    report = parse("某县督导反馈意见\n一、核查情况\n" + CELLS)
    read = [(i.text, i.value, i.unit) for i in report.indicators]
    assert read == [
        ("12,640", Decimal(126_400_000), "yuan"),
        ("12,150", Decimal(121_500_000), "yuan"),
        ("490", Decimal(4_900_000), "yuan"),
        ("8,325", Decimal(83_250_000), "yuan"),
        ("8,025", Decimal(80_250_000), "yuan"),
        ("30", Decimal(300_000), "yuan"),
    ]
    assert all(report.text[i.start : i.end] == i.text for i in report.indicators)


def test_round11_cells_whose_split_is_not_certain_are_no_figures() -> None:
    text = "某县督导反馈意见\n一、核查情况\n小学校舍改造12,64012,150490\n初中校舍改造8,3258,025\n"
    report = parse(text)
    assert [i.text for i in report.indicators] == []
    assert [c.text for c in report.corruptions] == ["12,64012,150490", "8,3258,025"]


def test_round11_a_caption_unit_stops_at_a_blank_line() -> None:
    report = parse("某县督导反馈意见\n一、核查情况\n" + CELLS.replace("项目", "\n项目"))
    assert {i.unit for i in report.indicators} == {None}


@pytest.mark.parametrize("entry", UNIT_LABELS, ids=[e.word for e in UNIT_LABELS])
def test_unit_label_table_examples(entry: Entry[str]) -> None:
    # the label states the unit of the rows below it; without the label no unit is stated
    text = f"{entry.example}\n教育支出 58,410\n"
    assert stated_unit(text, text.index("58")) == "万元"
    bare = text.replace(entry.word, "说明")
    assert stated_unit(bare, bare.index("58")) is None


# A table printed one cell per line: the header's cells, then each row's label and its cells, a line each.
COLUMN_TABLE = (
    "表2 各学段规模\n学段\n学校数（所）\n在校生（人）\n专任教师（人）\n"
    "小学\n41\n24,860\n1,512\n初中\n15\n12,370\n1,036\n合计\n56\n37,230\n2,548\n"
    "全县义务教育阶段生师比为14.6:1。\n"
)


def test_round11_a_table_printed_one_cell_per_line() -> None:
    (table,) = find_tables(Document.of(COLUMN_TABLE))
    assert table.units == ("所", "人", "人")
    assert [[COLUMN_TABLE[s:e] for s, e in row] for row in table.rows] == [
        ["小学", "41", "24,860", "1,512"],
        ["初中", "15", "12,370", "1,036"],
        ["合计", "56", "37,230", "2,548"],
    ]
    assert table.total == 2


def test_round11_cells_one_per_line_take_their_columns_unit() -> None:
    report = parse("某县督导反馈意见\n一、基本情况\n" + COLUMN_TABLE)
    units = {i.text: i.unit for i in report.indicators}
    assert units["41"] == "所" and units["24,860"] == "人" and units["1,036"] == "人" and units["56"] == "所"
    assert units["14.6:1"] == "ratio"
    subjects = {i.text: i.subject for i in report.indicators}
    assert subjects["41"] == "小学学校数" and subjects["24,860"] == "小学在校生" and subjects["1,036"] == "初中专任教师"


@pytest.mark.parametrize(
    "text",
    [
        "学段\n学校数（所）\n小学\n41\n",  # one column's unit: no header
        "学段\n学校数（所）\n在校生（人）\n小学\n41\n全县学校规模稳步扩大\n",  # a row cut short by prose
        "学段\n学校数（所）\n在校生（人）\n",  # no rows
    ],
    ids=["one_unit", "row_cut_short", "no_rows"],
)
def test_round11_what_is_no_table_one_cell_per_line(text: str) -> None:
    assert list(find_tables(Document.of(text))) == []
