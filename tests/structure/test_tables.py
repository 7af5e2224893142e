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
from dutyreport.lang.tables import BRACKETED_UNITS, TABLE_CAPTIONS, TABLE_NOTES, TOTAL_LABELS
from dutyreport.spans import Breaks
from dutyreport.structure.tables import TABLE_END, find_tables

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
