"""Reports as tables: the columns, exact values through Arrow, Parquet, JSON lines, pandas and polars, CSV cells
that cannot start a formula, and the extract command."""

from __future__ import annotations

import csv
import decimal
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import dutyreport as d
from dutyreport.cli import main
from dutyreport.frames import TABLES, csv_cell

pa = pytest.importorskip("pyarrow", reason="the frames extra (pip install 'dutyreport[frames]') is not installed")
pq = pytest.importorskip("pyarrow.parquet")
pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

# Our own reports: two counties, two years, a range, a ratio, a placeholder and a value with many decimals.
QINGHE = (
    "清河区2023年度教育工作自查报告\n一、经费投入\n2023年,全区一般公共预算教育支出3.2亿元,增长5.23%。"
    "小学生均公用经费720元。生师比为12.38:1。\n二、办学条件\n新建学校3至5所,投入资金x万元。"
    "差异系数0.30412345678912。\n"
)
SONGLING = "松岭县2022年度教育工作自查报告\n一、经费投入\n2022年,全县一般公共预算教育支出8.65亿元,增长-1.5%。\n"


@pytest.fixture(scope="module")
def reports() -> list[tuple[Path, d.Report]]:
    return [(Path("qinghe.txt"), d.parse(QINGHE)), (Path("songling.txt"), d.parse(SONGLING))]


def test_every_table_has_its_columns(reports: list[tuple[Path, d.Report]]) -> None:
    for name, make in [
        ("indicators", d.indicators_frame),
        ("checks", d.checks_frame),
        ("targets", d.targets_frame),
        ("problems", d.problems_frame),
        ("rectifications", d.rectifications_frame),
    ]:
        frame = make(reports)
        assert frame.columns == tuple(c.name for c in TABLES[name])
        assert all(len(row) == len(frame.columns) for row in frame.rows)


# A 整改 report of our own: one rectification block with its deadline and responsible units.
NANLING = (
    "南岭县关于2023年度履行教育职责督导反馈问题的整改报告\n一、整改落实情况\n"
    "(一)关于“农村小学音体美教师短缺”的问题\n"
    "1.补充专任教师。2024年招聘音体美教师36名。\n"
    "整改时限：2024年9月底前\n责任单位：县教育局、县人社局\n"
)
# Checks and targets: parts that add up, and a goal for a later year.
BEITANG = (
    "北塘区2023年教育工作自查报告\n一、基本情况\n全区共有学校24所:小学15所、初中7所、高中2所。\n"
    "二、下一步打算\n到2026年,学前教育毛入园率达到95%以上。\n"
)


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl"])
def test_rectification_rows_hold_the_problems_text(tmp_path: Path, suffix: str) -> None:
    # A user trial: `extract --table rectifications` stopped with an Arrow type error, and the CSV held the
    # repr of the Problem object, since a rectification's problem became a Problem item.
    report = d.parse(NANLING)
    (block,) = report.rectifications
    frame = d.rectifications_frame([report])
    (row,) = frame.records()
    assert row["problem"] == block.problem.text == "农村小学音体美教师短缺"
    assert row["responsible"] == "县教育局、县人社局" and row["deadline_year"] == 2024
    out = tmp_path / f"r{suffix}"
    getattr(frame, f"to_{suffix[1:]}")(out)
    if suffix == ".parquet":
        back = pq.read_table(out).to_pylist()[0]["problem"]
    elif suffix == ".csv":
        back = next(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))["problem"]
    else:
        back = json.loads(out.read_text(encoding="utf-8"))["problem"]
    assert back == "农村小学音体美教师短缺"


_CELL_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "decimal": (Decimal,),
    "bool": (bool,),
    "years": (tuple,),
}


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_cell_has_its_columns_type(table: str) -> None:
    reports = [d.parse(QINGHE), d.parse(SONGLING), d.parse(NANLING), d.parse(BEITANG)]
    frame = getattr(d, f"{table}_frame")(reports)
    assert len(frame) > 0, table
    for row in frame.records():
        for column in TABLES[table]:
            cell = row[column.name]
            assert cell is None or isinstance(cell, _CELL_TYPES[column.type]), (column.name, cell)


def test_indicator_rows_carry_the_report_and_the_exact_values(reports: list[tuple[Path, d.Report]]) -> None:
    rows = {r["text"]: r for r in d.indicators_frame(reports).records()}
    money = rows["3.2亿元"]
    assert (money["file"], money["region"], money["admin_level"], money["report_kind"]) == (
        "qinghe.txt", "清河区", "区", "self_assessment",
    )
    assert (money["value"], money["unit"], money["year"]) == (Decimal("320000000"), "yuan", 2023)
    assert money["period"] == (2023,)
    assert rows["5.23%"]["value"] == Decimal("0.0523")
    assert (rows["12.38:1"]["low"], rows["12.38:1"]["high"], rows["12.38:1"]["value"]) == (Decimal("12.38"), 1, None)
    assert (rows["3至5所"]["low"], rows["3至5所"]["high"], rows["3至5所"]["value_text"]) == (3, 5, "3~5")
    assert rows["x万元"]["value"] is None and rows["x万元"]["value_text"] is None
    assert rows["8.65亿元"]["value"] == Decimal("865000000") and rows["8.65亿元"]["year"] == 2022
    assert rows["3.2亿元"]["section"] == "经费投入" and rows["3.2亿元"]["section_path"] == "1"


def test_parse_many_pairs_fill_the_file_column_and_errors_are_left_out(tmp_path: Path) -> None:
    (tmp_path / "q.txt").write_text(QINGHE, encoding="utf-8")
    (tmp_path / "e.txt").write_bytes(b"")
    frame = d.indicators_frame(d.parse_many(tmp_path))
    assert {r["file"] for r in frame.records()} == {str(tmp_path / "q.txt")}


def test_arrow_and_parquet_keep_values_exact(reports: list[tuple[Path, d.Report]], tmp_path: Path) -> None:
    frame = d.indicators_frame(reports)
    frame.to_parquet(tmp_path / "i.parquet")
    table = pq.read_table(tmp_path / "i.parquet")
    assert table.schema.field("value").type == pa.decimal128(38, 10)
    assert table.schema.field("year").type == pa.int64()
    for row, back in zip(frame.records(), table.to_pylist(), strict=True):
        for column in ("value", "low", "high", "year", "value_text", "text", "period"):
            if column == "value" and row["value_text"] == "0.30412345678912":
                assert back["value"] is None  # 14 decimals do not fit decimal128(38, 10): value_text keeps it
                continue
            assert back[column] == (list(row[column]) if column == "period" else row[column]), column


def test_jsonl_keeps_values_exact(reports: list[tuple[Path, d.Report]], tmp_path: Path) -> None:
    frame = d.indicators_frame(reports)
    frame.to_jsonl(tmp_path / "i.jsonl")
    lines = (tmp_path / "i.jsonl").read_text(encoding="utf-8").splitlines()
    for row, line in zip(frame.records(), lines, strict=True):
        back = json.loads(line)
        for column in ("value", "low", "high"):
            assert (None if back[column] is None else Decimal(back[column])) == row[column]
        assert back["year"] == row["year"]


def test_pandas_has_nullable_years_and_decimal_values(reports: list[tuple[Path, d.Report]]) -> None:
    df = d.indicators_frame(reports).to_pandas()
    assert str(df["year"].dtype) == "Int64"
    assert df["value"].map(lambda v: v is pd.NA or isinstance(v, Decimal)).all()
    pivot = df[df["unit"] == "yuan"].pivot_table(index="region", columns="year", values="text", aggfunc="count")
    assert pivot.loc["清河区", 2023] == 1 and pivot.loc["松岭县", 2022] == 1


@pytest.mark.parametrize("table", ["indicators", "checks", "rectifications"])
def test_parquet_read_back_by_pandas_keeps_integers_and_flags_nullable(
    reports: list[tuple[Path, d.Report]], tmp_path: Path, table: str
) -> None:
    # A user trial: pd.read_parquet of the extract's file gave float years (2023.0) and pivots on 2023.0.
    frame = getattr(d, f"{table}_frame")(reports)
    frame.to_parquet(tmp_path / "t.parquet")
    df = pd.read_parquet(tmp_path / "t.parquet")
    kinds = {c.name: c.type for c in TABLES[table]}
    for name, kind in kinds.items():
        if kind == "int":
            assert str(df[name].dtype) == "Int64", name
        elif kind == "bool":
            assert str(df[name].dtype) == "boolean", name
        elif kind == "str":  # (round 10: pandas' default str showed NaN beside the integers' <NA>)
            assert str(df[name].dtype) == "string", name
    assert list(df.columns) == [c.name for c in TABLES[table]]
    if table == "indicators":
        assert df["year"].isna().any() and 2023 in set(df["year"].dropna())


def test_pandas_values_are_the_models_own_decimals(reports: list[tuple[Path, d.Report]]) -> None:
    # A user trial: every value printed as 320000000.0000000000 (Arrow's scale of 10), and a value with more
    # than 10 decimals was missing from pandas though the model holds it exactly.
    frame = d.indicators_frame(reports)
    df = frame.to_pandas()
    for column in ("value", "low", "high"):
        assert list(df[column]) == [pd.NA if row[column] is None else row[column] for row in frame.records()], column
    shown = [str(v) for v in df["value"] if v is not pd.NA]
    assert "320000000" in shown and "0.30412345678912" in shown
    assert not any(v.endswith("0000000000") and "." in v for v in shown)


# Found by a notebook user's trial of the frames (round 10): each expectation is of the frame built from
# QINGHE and SONGLING and a report that names no year at all.
NO_PERIOD = "某县教育工作自查报告\n一、基本情况\n全县共有学校12所。\n"
TWO_YEARS = "清河区2021至2022年度教育工作自查报告\n一、经费投入\n全区一般公共预算教育支出3.2亿元。\n"


def test_the_period_is_also_its_first_and_last_year() -> None:
    """``period`` (a list in Arrow, Parquet and JSON lines, a tuple in the rows and pandas) cannot be pivoted on:
    ``period_start`` and ``period_end`` are its first and last years, missing where the report names none."""
    reports = [d.parse(TWO_YEARS), d.parse(SONGLING), d.parse(NO_PERIOD)]
    assert [r.period for r in reports] == [(2021, 2022), (2022,), ()]
    frame = d.indicators_frame(reports)
    cells = {(r["period"], r["period_start"], r["period_end"]) for r in frame.records()}
    assert cells == {((2021, 2022), 2021, 2022), ((2022,), 2022, 2022), ((), None, None)}
    df = frame.to_pandas()
    assert str(df["period_start"].dtype) == str(df["period_end"].dtype) == "Int64"
    by_end = df.pivot_table(index="region", columns="period_end", values="text", aggfunc="count")
    assert by_end.loc["清河区", 2022] == 1 and by_end.loc["松岭县", 2022] == 2
    assert df.groupby("period", dropna=False).size().to_dict() == {(): 1, (2021, 2022): 1, (2022,): 2}
    table = frame.to_arrow()
    assert table.column("period_start").to_pylist() == [r["period_start"] for r in frame.records()]
    assert table.column("period").to_pylist()[0] == [2021, 2022]  # the list stays as the docs show it
    assert pl.from_arrow(table)["period_end"].to_list() == [2022, 2022, 2022, None]


def test_pandas_cells_are_the_rows_with_one_missing_marker() -> None:
    """A missing cell was ``None`` in the decimal columns beside ``<NA>`` in the others; it is ``pd.NA`` in
    every column, and every other cell is the row's own value (the period a tuple, a value the Decimal)."""
    for table in sorted(TABLES):
        frame = getattr(d, f"{table}_frame")([d.parse(t) for t in (QINGHE, NANLING, BEITANG, NO_PERIOD)])
        df = frame.to_pandas()
        assert list(df.columns) == list(frame.columns) and len(df) == len(frame) > 0, table
        for column in frame.columns:
            expected = [pd.NA if row[column] is None else row[column] for row in frame.records()]
            got = df[column].tolist()
            assert [type(v) for v in got] == [type(v) for v in expected], (table, column)
            assert all(a is b or a == b for a, b in zip(got, expected, strict=True)), (table, column)
        shown = df.to_string()
        assert "None" not in shown and "<NA>" in shown, table


def test_pandas_values_are_converted_once_from_the_rows(
    reports: list[tuple[Path, d.Report]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """to_pandas made an Arrow table (decimals rounded to decimal128(38, 10), one too long left out) and then
    replaced its decimal columns from the rows: it now reads each column from the rows once, the very
    Decimal objects of the model."""
    frame = d.indicators_frame(reports)
    monkeypatch.setattr(type(frame), "to_arrow", lambda self: pytest.fail("to_pandas went through Arrow"))
    df = frame.to_pandas()
    for column in ("value", "low", "high"):
        cells = [r[column] for r in frame.records()]
        assert all(a is b or (a is pd.NA and b is None) for a, b in zip(df[column], cells, strict=True)), column


def test_polars_keeps_decimals(reports: list[tuple[Path, d.Report]]) -> None:
    df = d.indicators_frame(reports).to_polars()
    assert isinstance(df.schema["value"], pl.Decimal)
    assert Decimal("320000000") in df["value"].to_list()


CSV_CELLS = [
    # (cell, written): the leading-quote rule for spreadsheets; plain numbers stay numbers
    ("=SUM(A1:A3)", "'=SUM(A1:A3)"),
    ("+86-755", "'+86-755"),
    ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
    ("@SUM(1)", "'@SUM(1)"),
    ("\tTAB", "'\tTAB"),
    ("\rCR", "'\rCR"),
    ("-1.86", "-1.86"),
    ("全县学校", "全县学校"),
]


@pytest.mark.parametrize(("cell", "written"), CSV_CELLS, ids=[repr(c) for c, _ in CSV_CELLS])
def test_csv_cells_cannot_start_a_formula(cell: str, written: str) -> None:
    assert csv_cell(cell, "str") == written


def test_a_report_whose_texts_begin_with_formula_marks(tmp_path: Path) -> None:
    marks = ["=", "+", "-", "@", "\t", "\r"]
    text = "".join(f"{m}学位供给不足。" for m in marks)
    problems = tuple(d.Problem(start=8 * k, end=8 * k + 7, text=text[8 * k : 8 * k + 7]) for k in range(len(marks)))
    report = d.Report(text=text, problems=problems)
    frame = d.problems_frame([report])
    assert [r["text"][0] for r in frame.records()] == marks  # the frame keeps the text exactly
    frame.to_csv(tmp_path / "p.csv")
    with open(tmp_path / "p.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["text"][:2] for r in rows] == ["'" + m for m in marks]
    frame.to_jsonl(tmp_path / "p.jsonl")
    back = [json.loads(line)["text"] for line in (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    assert back == [p.text for p in problems]  # JSON lines keep the exact text


def test_csv_files_open_as_utf8_in_a_spreadsheet(reports: list[tuple[Path, d.Report]], tmp_path: Path) -> None:
    # A user trial: a spreadsheet opening a CSV without a byte-order mark reads it in the system's code page
    # (GBK on a Chinese desktop), and every region and subject came out garbled. The mark says UTF-8.
    frame = d.indicators_frame(reports)
    frame.to_csv(tmp_path / "f.csv")
    assert main(["extract", str(_folder(tmp_path)), "-o", str(tmp_path / "x.csv")]) == 0
    for name in ("f.csv", "x.csv"):
        data = (tmp_path / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbffile,region,"), name
        assert "清河区" in data.decode("utf-8-sig")
        assert list(pd.read_csv(tmp_path / name).columns) == list(frame.columns)  # readers skip the mark


def _folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    (src / "q.txt").write_text(QINGHE, encoding="utf-8")
    (src / "s.txt").write_text(SONGLING, encoding="utf-8")
    return src


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl"])
def test_extract_writes_one_row_per_indicator(tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "q.txt").write_text(QINGHE, encoding="utf-8")
    (src / "s.txt").write_text(SONGLING, encoding="utf-8")
    out = tmp_path / f"out{suffix}"
    assert main(["extract", str(src), "-o", str(out), "--jobs", "2"]) == 0
    expected = len(d.parse(QINGHE).indicators) + len(d.parse(SONGLING).indicators)
    if suffix == ".parquet":
        n = pq.read_table(out).num_rows
    else:
        n = len(out.read_text(encoding="utf-8").splitlines()) - (suffix == ".csv")
    assert n == expected
    assert capsys.readouterr().err.strip().startswith(f"2 files, {expected} rows, 0 failures")


def test_extract_needs_a_known_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "q.txt").write_text(QINGHE, encoding="utf-8")
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "x.xlsx")]) == 2
    assert capsys.readouterr().err.strip() == "dutyreport: cannot write .xlsx: use .parquet, .csv, .jsonl"


def test_a_frame_displays_in_a_notebook_as_an_escaped_bounded_table() -> None:
    text = "<script>alert(1)</script>学位不足。" * 30
    problems = tuple(d.Problem(start=k * 29, end=k * 29 + 28, text=text[k * 29 : k * 29 + 28]) for k in range(30))
    shown = d.problems_frame([d.Report(text=text, problems=problems)])._repr_html_()
    assert "<script>" not in shown and "&lt;script&gt;" in shown
    assert shown.count("<tr>") == 21  # the header and the first twenty rows
    assert "30 rows × 11 columns (first 20 shown)" in shown


# A user trial: a growth rate whose quotient never ends (3000 / 49000) was empty in the checks table's Parquet
# and Arrow `computed` column (more decimals than decimal128(38, 10) holds), with no exact text beside it as
# the indicators table keeps in `value_text`.
EXAMPLES_USER_TRIAL_COMPUTED = (
    "东湖区2023年教育工作自查报告\n一、经费投入\n"
    "2023年一般公共预算教育支出为52000万元,2022年为49000万元,同比增长3000万元,增幅为6.12%。\n"
)


def test_a_checks_computed_value_is_kept_exactly_beside_its_arrow_column(tmp_path: Path) -> None:
    report = d.parse(EXAMPLES_USER_TRIAL_COMPUTED)
    endless = [c.computed for c in report.checks if c.computed is not None and c.computed.as_tuple().exponent < -10]
    assert endless, [c.claim for c in report.checks]
    frame = d.checks_frame([report])
    frame.to_parquet(tmp_path / "checks.parquet")
    frame.to_jsonl(tmp_path / "checks.jsonl")
    for rows in (pq.read_table(tmp_path / "checks.parquet").to_pylist(), list(frame.records())):
        texts = [r["computed_text"] for r in rows]
        assert [Decimal(t) if t is not None else None for t in texts] == [c.computed for c in report.checks]
    lines = [json.loads(line) for line in (tmp_path / "checks.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line["computed_text"] for line in lines] == [line["computed"] for line in lines]


# A user trial: one report given alone said "'Report' object is not iterable", a folder's path or a list of
# file names "too many values to unpack (expected 2)"; a frame takes one report too, and says what else it takes.
EXAMPLES_USER_TRIAL_NOT_REPORTS: list[tuple[str, object]] = [
    ("a folder's path", Path("reports")),
    ("a file name", "reports/a.txt"),
    ("a list of file names", ["reports/a.txt", "reports/b.txt"]),
    ("a list of numbers", [1, 2]),
    ("a pair whose second is no report", [("a.txt", "text")]),
]


@pytest.mark.parametrize("make", [d.indicators_frame, d.checks_frame, d.problems_frame])
def test_a_frame_of_one_report_is_its_rows(make: object) -> None:
    report = d.parse(QINGHE)
    assert make(report).rows == make([report]).rows  # type: ignore[operator]


@pytest.mark.parametrize(
    ("case", "given"), EXAMPLES_USER_TRIAL_NOT_REPORTS, ids=[c for c, _ in EXAMPLES_USER_TRIAL_NOT_REPORTS]
)
def test_a_frame_of_what_is_no_report_says_what_it_takes(case: str, given: object) -> None:
    with pytest.raises(TypeError) as info:
        d.indicators_frame(given)  # type: ignore[arg-type]
    message = str(info.value)
    assert "parse_many" in message and "\n" not in message, message


def test_parquet_is_written_to_an_open_binary_stream_as_csv_and_jsonl_are_to_a_text_stream() -> None:
    # A user trial: to_csv and to_jsonl took an open stream, to_parquet refused one ("expected str, bytes or
    # os.PathLike object, not BytesIO"): a table sent to object storage or a web response goes through one.
    import io

    frame = d.indicators_frame([d.parse(QINGHE)])
    sink = io.BytesIO()
    frame.to_parquet(sink)
    back = pq.read_table(io.BytesIO(sink.getvalue()))
    assert back.column("value_text").to_pylist() == [r["value_text"] for r in frame.records()]


# The Arrow decimal column's test of fit, with its shortcut for the common value (no more decimals than the scale),
# is the plain one: quantized to 10 places without change, below 10**28 in size.
_EXACT = decimal.Context(prec=80)


@given(
    st.decimals(allow_nan=False, allow_infinity=False, places=None)
    | st.builds(lambda d, e: Decimal(d).scaleb(e, _EXACT), st.integers(-(10**40), 10**40), st.integers(-45, 45))
)
@example(Decimal("1E+28"))
@example(Decimal("9.99E+27"))
@example(Decimal("0E+40"))
@example(Decimal("1.50000000000000"))
@example(Decimal("-0.00000000001"))
@example(Decimal("12345678901234567890123456789.5"))
def test_the_arrow_decimal_fit_is_the_plain_test(value: Decimal) -> None:
    from dutyreport.frames import _arrow_decimal

    fits = abs(value) < Decimal(10) ** 28 and value == value.quantize(Decimal("1E-10"), context=_EXACT)
    assert (_arrow_decimal(value) is value) == fits
    assert _arrow_decimal(value) in (value, None)
