"""Flattened tables: the header's units, the rows, the total row; their use by indicators and audit."""

from __future__ import annotations

import pytest

from dutyreport import parse
from dutyreport.document import Document
from dutyreport.structure.tables import find_tables

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
