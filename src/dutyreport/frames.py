"""Reports as tables: one row per indicator (or check, target, problem, rectification), one table for a
whole folder, ready for pandas, polars, Arrow, Parquet, CSV or JSON lines.

>>> import dutyreport
>>> r = dutyreport.parse("清河区教育自查报告\\n一、基本情况\\n2023年,全区投入3.2亿元,新建学校6所。")
>>> f = dutyreport.indicators_frame([r])
>>> len(f), f.columns[:4]
(2, ('file', 'region', 'admin_level', 'report_kind'))
>>> [(row["text"], row["value"], row["unit"], row["year"]) for row in f.records()]
[('3.2亿元', Decimal('320000000'), 'yuan', 2023), ('6所', Decimal('6'), '所', 2023)]

Values stay exact: ``value`` (and ``low``/``high`` of a range, or a ratio's two terms) are the model's
``Decimal`` objects here and in pandas, Arrow ``decimal128(38, 10)`` in Arrow, Parquet and polars, and
``value_text`` beside them always holds the exact decimal string of the JSON view (a value with more than
10 decimals or more than 28 integer digits cannot be an Arrow decimal of that type: its Arrow column is
empty and ``value_text`` still exact); a check's ``computed`` has ``computed_text`` beside it alike.
Years are nullable integers. A report's ``period`` is its years in order (a tuple in the rows and pandas,
a list in Arrow, Parquet and JSON lines), and ``period_start`` and ``period_end`` its first and last, plain
integers to pivot on. In pandas a missing cell is ``pd.NA`` in every column. pandas, polars and pyarrow come
with the ``frames`` extra (``pip install 'dutyreport[frames]'``) and are imported only when asked for.

CSV files are UTF-8 with a byte-order mark, which spreadsheets need to read them as UTF-8. A CSV cell
that a spreadsheet would read as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return, and is not a plain number) is written with a leading ``'``; Parquet, JSON lines
and the frames keep the text exactly.
"""

from __future__ import annotations

import contextlib
import csv
import decimal
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import IO, Any, Literal

from attrs import frozen

from .errors import DutyReportError
from .model.quantities import Quantity, Ratio
from .model.report import Report, Section
from .serialize import decimal_str

__all__ = [
    "TABLES",
    "Frame",
    "check_table",
    "checks_frame",
    "indicators_frame",
    "problems_frame",
    "rectifications_frame",
    "rows_of",
    "targets_frame",
]

ColumnType = Literal["str", "int", "decimal", "bool", "years"]
Row = tuple[Any, ...]
Source = Report | tuple[str | os.PathLike[str], "Report | DutyReportError"]

DECIMAL_PRECISION, DECIMAL_SCALE = 38, 10
_INTEGER_DIGITS = DECIMAL_PRECISION - DECIMAL_SCALE
_LIMIT = Decimal(10) ** _INTEGER_DIGITS
_STEP = Decimal(1).scaleb(-DECIMAL_SCALE)
_EXACT = decimal.Context(prec=DECIMAL_PRECISION + 40)  # wide enough that quantizing never rounds


@frozen(kw_only=True)
class Column:
    """A column of a table: its name and type (``str``, ``int``, ``decimal``, ``bool``, or ``years``: a list
    of years)."""

    name: str
    type: ColumnType


def _cols(spec: str) -> tuple[Column, ...]:
    out = []
    for item in spec.split():
        name, _, kind = item.partition(":")
        out.append(Column(name=name, type=kind or "str"))  # type: ignore[arg-type]
    return tuple(out)


_REPORT_COLUMNS = "file region admin_level report_kind period:years period_start:int period_end:int"
_SPAN_COLUMNS = "start:int end:int text"

# The columns of each table, in order.
TABLES: dict[str, tuple[Column, ...]] = {
    "indicators": _cols(
        f"{_REPORT_COLUMNS} year:int key level sector area subject value:decimal low:decimal high:decimal "
        f"value_text unit qualifier kind section section_path {_SPAN_COLUMNS}"
    ),
    "checks": _cols(
        f"{_REPORT_COLUMNS} check_kind claim holds:bool computed:decimal computed_text note figures {_SPAN_COLUMNS}"
    ),
    "targets": _cols(
        f"{_REPORT_COLUMNS} subject comparator value:decimal low:decimal high:decimal value_text unit qualifier "
        f"deadline_year:int deadline_month:int {_SPAN_COLUMNS}"
    ),
    "problems": _cols(f"{_REPORT_COLUMNS} source {_SPAN_COLUMNS}"),
    "rectifications": _cols(
        f"{_REPORT_COLUMNS} problem status measures:int targets:int deadline deadline_year:int deadline_month:int "
        f"deadline_day:int responsible {_SPAN_COLUMNS}"
    ),
}


# --- rows ------------------------------------------------------------------------------------------


def _report_cells(report: Report, file: str | None) -> Row:
    period = tuple(report.period)
    return (
        file,
        report.region,
        report.admin_level.value if report.admin_level else None,
        report.kind.value,
        period,
        period[0] if period else None,  # (the years in order: the first and the last)
        period[-1] if period else None,
    )


def _values(q: Quantity) -> tuple[Decimal | None, Decimal | None, Decimal | None, str | None]:
    """(value, low, high, value_text) of a quantity: a scalar's value, or a range's ends or a ratio's two
    terms, and the exact text of the value (``3~5`` for a range, ``12.38:1`` for a ratio)."""
    value = q.value
    if isinstance(value, tuple):
        if len(value) != 2:
            return None, None, None, None
        lo, hi = value
        mark = ":" if isinstance(q, Ratio) else "~"
        text = None if lo is None or hi is None else f"{decimal_str(lo)}{mark}{decimal_str(hi)}"
        return None, lo, hi, text
    return value, None, None, None if value is None else decimal_str(value)


def value_text(q: Quantity) -> str | None:
    """The exact text of a quantity's value, as the tables' ``value_text`` writes it (``320000000``, ``3~5``,
    ``12.38:1``; ``None`` for a placeholder).

    >>> from dutyreport import parse_money, parse_percent
    >>> value_text(parse_money("3.2亿元")), value_text(parse_percent("5.23%"))
    ('320000000', '0.0523')
    """
    return _values(q)[3]


def _section(report: Report, path: Sequence[int]) -> tuple[str | None, str | None]:
    headings: list[str] = []
    level: Sequence[Section] = report.sections
    for k in path:
        if k >= len(level):
            break
        headings.append(level[k].heading)
        level = level[k].children
    if not headings:
        return None, None
    return " / ".join(headings), ".".join(str(k + 1) for k in path)


def _indicator_rows(report: Report, file: str | None) -> Iterator[Row]:
    head = _report_cells(report, file)
    sections: dict[tuple[int, ...], tuple[str | None, str | None]] = {}  # (figures of one section share it)
    # (an enum member's value is read as its ``_value_``: the ``value`` property costs a Python call per cell)
    for i in report.indicators:
        q = i.quantity
        value, low, high, text = _values(q)
        path = i.section
        section = sections.get(path)
        if section is None:
            section = sections[path] = _section(report, path)
        dims = i.dimensions
        level, sector, area, qualifier = dims.level, dims.sector, dims.area, q.qualifier
        yield (
            *head,
            i.year,
            i.key,
            level._value_ if level else None,
            sector._value_ if sector else None,
            area._value_ if area else None,
            i.subject,
            value,
            low,
            high,
            text,
            q.unit,
            qualifier._value_ if qualifier else None,
            i.kind._value_,
            *section,
            i.start,
            i.end,
            i.text,
        )


def _check_rows(report: Report, file: str | None) -> Iterator[Row]:
    head = _report_cells(report, file)
    for c in report.checks:
        figures = "、".join(f.text for f in c.figures)
        computed = None if c.computed is None else decimal_str(c.computed)
        yield (*head, c.kind.value, c.claim, c.holds, c.computed, computed, c.note or None, figures, c.start, c.end,
               c.text)


def _target_rows(report: Report, file: str | None) -> Iterator[Row]:
    head = _report_cells(report, file)
    for t in report.targets:
        value, low, high, text = _values(t.quantity)
        q = t.quantity.qualifier
        d = t.deadline
        yield (*head, t.subject, t.comparator.value, value, low, high, text, t.quantity.unit,
               q.value if q else None, d.year if d else None, d.month if d else None, t.start, t.end, t.text)


def _problem_rows(report: Report, file: str | None) -> Iterator[Row]:
    head = _report_cells(report, file)
    for p in report.problems:
        yield (*head, p.source, p.start, p.end, p.text)


def _rectification_rows(report: Report, file: str | None) -> Iterator[Row]:
    head = _report_cells(report, file)
    for r in report.rectifications:
        d = r.deadline
        yield (
            *head,
            r.problem.text,
            r.status.value if r.status else None,
            len(r.measures),
            len(r.targets),
            d.text if d else None,
            d.year if d else None,
            d.month if d else None,
            d.day if d else None,
            "、".join(r.responsible.units) if r.responsible else None,
            r.start,
            r.end,
            r.text,
        )


_ROWS: dict[str, Callable[[Report, str | None], Iterator[Row]]] = {
    "indicators": _indicator_rows,
    "checks": _check_rows,
    "targets": _target_rows,
    "problems": _problem_rows,
    "rectifications": _rectification_rows,
}


def check_table(table: str) -> None:
    """Refuse a table that does not exist, naming those that do, before any work.

    >>> check_table("indicator")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
      ...
    dutyreport.errors.DutyReportError: no table 'indicator': one of checks, indicators, problems, ...
    """
    if table not in TABLES:
        raise DutyReportError(f"no table {table!r}: one of {', '.join(sorted(TABLES))}")


def rows_of(table: str, report: Report, file: str | os.PathLike[str] | None = None) -> list[Row]:
    """The rows one report gives a table (``indicators``, ``checks``, ``targets``, ``problems``,
    ``rectifications``); ``file`` fills the ``file`` column."""
    return list(_ROWS[table](report, None if file is None else os.fspath(file)))


# --- the frame -------------------------------------------------------------------------------------


class Frame:
    """A table of rows with typed columns; convert it with :meth:`to_pandas`, :meth:`to_polars`,
    :meth:`to_arrow`, or write it with :meth:`to_parquet`, :meth:`to_csv`, :meth:`to_jsonl`."""

    __slots__ = ("columns", "name", "rows", "types")

    def __init__(self, name: str, rows: list[Row]) -> None:
        self.name = name
        spec = TABLES[name]
        self.columns: tuple[str, ...] = tuple(c.name for c in spec)
        self.types: tuple[ColumnType, ...] = tuple(c.type for c in spec)
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        return f"<Frame {self.name}: {len(self.rows)} rows × {len(self.columns)} columns>"

    def _repr_html_(self) -> str:
        """A notebook's display: the first rows as an HTML table, every cell escaped."""
        from .render.notebook import frame_html

        return frame_html(self)

    def records(self) -> Iterator[dict[str, Any]]:
        """Each row as a dict (exact Decimals, tuples of years)."""
        for row in self.rows:
            yield dict(zip(self.columns, row, strict=True))

    def to_arrow(self) -> Any:
        """A ``pyarrow.Table`` (decimal columns as decimal128(38, 10), years as int16 lists)."""
        pa = need_extra("pyarrow")
        schema = arrow_schema(self.name)
        # (the rows turned into columns in one step; a decimal column's empty cells pass with no call)
        columns = list(zip(*self.rows, strict=True)) if self.rows else [()] * len(self.types)
        arrays = [
            pa.array(
                cells if t != "decimal" else [None if v is None else _arrow_decimal(v) for v in cells],
                type=schema.field(k).type,
            )
            for k, (t, cells) in enumerate(zip(self.types, columns, strict=True))
        ]
        return pa.Table.from_arrays(arrays, schema=schema)

    def to_pandas(self) -> Any:
        """A ``pandas.DataFrame``, each column made once from the rows: nullable ``Int64`` integers,
        ``boolean`` flags and ``string`` text; for values the model's own ``Decimal`` objects
        (``Decimal('320000000')``, not Arrow's ``320000000.0000000000``; a value with more decimals than
        Arrow's decimal128(38, 10) holds is kept too); ``period`` a tuple of years, as :meth:`records`
        gives it (hashable: a frame groups by it). A missing cell is ``pd.NA`` in every column."""
        pd = need_extra("pandas")
        np = need_extra("numpy")
        dtypes = {"int": pd.Int64Dtype(), "bool": pd.BooleanDtype(), "str": pd.StringDtype()}
        columns: dict[str, Any] = {}
        for k, (name, kind) in enumerate(zip(self.columns, self.types, strict=True)):
            cells = [r[k] for r in self.rows]
            dtype = dtypes.get(kind)
            if dtype is not None:
                columns[name] = pd.array(cells, dtype=dtype)
                continue
            # decimals and years: the objects themselves, a missing one pd.NA as in the typed columns (set one
            # by one: numpy would read a list of equal tuples as a second dimension)
            objects = np.empty(len(cells), dtype=object)
            for n, cell in enumerate(cells):
                objects[n] = pd.NA if cell is None else cell
            columns[name] = pd.Series(objects, dtype=object, copy=False)
        return pd.DataFrame(columns)

    def to_polars(self) -> Any:
        """A ``polars.DataFrame`` (decimal columns stay ``Decimal``)."""
        pl = need_extra("polars")
        return pl.from_arrow(self.to_arrow())

    def to_parquet(self, out: str | os.PathLike[str] | IO[bytes]) -> None:
        """Write the table as Parquet: to a path, or to an open binary stream."""
        pq = need_extra("pyarrow.parquet")
        pq.write_table(self.to_arrow(), os.fspath(out) if isinstance(out, (str, os.PathLike)) else out)

    def to_csv(self, out: str | os.PathLike[str] | IO[str]) -> None:
        """Write the table as CSV: to a path in UTF-8 with a byte-order mark (see :data:`CSV_ENCODING`), or to
        an open text stream as it is."""
        with _text_out(out, CSV_ENCODING) as f:
            writer = csv_writer(f, self.name)
            writer.write(self.rows)

    def to_jsonl(self, out: str | os.PathLike[str] | IO[str]) -> None:
        with _text_out(out) as f:
            for row in self.rows:
                f.write(jsonl_line(self.columns, self.types, row))


def _frame(name: str, sources: Report | Iterable[Source]) -> Frame:
    rows: list[Row] = []
    for file, report in _reports(sources):
        rows.extend(_ROWS[name](report, file))
    return Frame(name, rows)


_TAKES = "takes Reports or the (path, Report) pairs parse_many gives (dutyreport.parse_many(folder))"


def _reports(sources: Report | Iterable[Source]) -> Iterator[tuple[str | None, Report]]:
    """Reports (or one), or the ``(path, Report | error)`` pairs of :func:`~dutyreport.parse_many` (errors
    left out); a :class:`TypeError` saying so for anything else (a path, a file name: no report read yet)."""
    if isinstance(sources, Report):
        sources = (sources,)
    elif isinstance(sources, (str, bytes, os.PathLike)):
        raise TypeError(f"a frame {_TAKES}, not the path {os.fsdecode(sources)!r}")
    for s in sources:
        if isinstance(s, Report):
            yield None, s
            continue
        if isinstance(s, tuple) and len(s) == 2 and isinstance(s[0], (str, os.PathLike)):
            path, report = s
            if isinstance(report, Report):
                yield os.fspath(path), report
                continue
            if isinstance(report, Exception):  # a file parse_many could not read
                continue
        raise TypeError(f"a frame {_TAKES}, not {type(s).__name__} {_brief(s)}")


def _brief(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:59] + "…"


def indicators_frame(reports: Report | Iterable[Source]) -> Frame:
    """One row per indicator of ``reports`` (a Report, Reports, or :func:`~dutyreport.parse_many`'s pairs,
    whose path fills ``file``; the pairs of files that could not be read are left out)."""
    return _frame("indicators", reports)


def checks_frame(reports: Report | Iterable[Source]) -> Frame:
    """One row per check (``holds`` false for a failed one)."""
    return _frame("checks", reports)


def targets_frame(reports: Report | Iterable[Source]) -> Frame:
    """One row per target (goal for a future date)."""
    return _frame("targets", reports)


def problems_frame(reports: Report | Iterable[Source]) -> Frame:
    """One row per problem a report admits."""
    return _frame("problems", reports)


def rectifications_frame(reports: Report | Iterable[Source]) -> Frame:
    """One row per rectification block."""
    return _frame("rectifications", reports)


# --- writing ---------------------------------------------------------------------------------------

# CSV files are UTF-8 with a byte-order mark: a spreadsheet opening a CSV without one reads it in the
# desktop's code page (GBK on a Chinese one) and garbles every character of the reports; pandas, polars,
# DuckDB and Python's ``utf-8-sig`` codec skip the mark.
CSV_ENCODING = "utf-8-sig"

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def csv_cell(value: Any, kind: ColumnType) -> str:
    """A value as a CSV cell: decimals in plain notation, years joined by ``,``, and text that a spreadsheet
    would take for a formula behind a leading ``'``.

    >>> csv_cell("=HYPERLINK(1)", "str"), csv_cell("-3.5", "str"), csv_cell(Decimal("-0.0186"), "decimal")
    ("'=HYPERLINK(1)", '-3.5', '-0.0186')
    """
    if value is None:
        return ""
    if kind == "decimal":
        return decimal_str(value)
    if kind == "years":
        return ",".join(str(y) for y in value)
    if kind == "bool":
        return "true" if value else "false"
    text = str(value)
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


class CsvWriter:
    """Rows of one table written as CSV with a header, a batch at a time."""

    def __init__(self, out: IO[str], name: str) -> None:
        spec = TABLES[name]
        self.types = tuple(c.type for c in spec)
        self._w = csv.writer(out)
        self._w.writerow([c.name for c in spec])

    def write(self, rows: Iterable[Row]) -> None:
        for row in rows:
            self._w.writerow([csv_cell(v, t) for v, t in zip(row, self.types, strict=True)])


def csv_writer(out: IO[str], name: str) -> CsvWriter:
    return CsvWriter(out, name)


def jsonl_line(columns: Sequence[str], types: Sequence[ColumnType], row: Row) -> str:
    """One row as a line of JSON: decimals as exact strings, years as a list."""
    obj: dict[str, Any] = {}
    for name, kind, value in zip(columns, types, row, strict=True):
        if value is not None and kind == "decimal":
            value = decimal_str(value)
        elif kind == "years":
            value = list(value)
        obj[name] = value
    return json.dumps(obj, ensure_ascii=False) + "\n"


def arrow_schema(name: str) -> Any:
    pa = need_extra("pyarrow")
    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "bool": pa.bool_(),
        "decimal": pa.decimal128(DECIMAL_PRECISION, DECIMAL_SCALE),
        "years": pa.list_(pa.int16()),
    }
    return pa.schema([pa.field(c.name, types[c.type]) for c in TABLES[name]], metadata=_pandas_metadata(name))


# The pandas dtypes that integer, flag and text columns read back as: nullable, so that a missing year stays
# missing instead of turning every year into a float, and a missing cell shows as <NA> in all three (text
# read as pandas' default ``str`` shows NaN beside the integers' <NA>).
_PANDAS_DTYPES: dict[ColumnType, tuple[str, str]] = {
    "int": ("int64", "Int64"),
    "bool": ("bool", "boolean"),
    "str": ("unicode", "string"),
}


def _pandas_metadata(name: str) -> dict[bytes, bytes]:
    """The schema metadata by which ``pandas.read_parquet`` (and pyarrow's ``to_pandas``) reads a table's
    integer, flag and text columns back as nullable ``Int64``, ``boolean`` and ``string``; other readers
    ignore it."""
    columns = [
        {"name": c.name, "field_name": c.name, "pandas_type": kinds[0], "numpy_type": kinds[1], "metadata": None}
        for c in TABLES[name]
        if (kinds := _PANDAS_DTYPES.get(c.type))
    ]
    meta = {"index_columns": [], "column_indexes": [], "columns": columns}
    return {b"pandas": json.dumps(meta).encode("ascii")}


def _arrow_decimal(value: Decimal) -> Decimal | None:
    """``value`` where decimal128(38, 10) holds it exactly, else ``None`` (value_text keeps it)."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -DECIMAL_SCALE and value.adjusted() < _INTEGER_DIGITS:
        return value  # (most values: no more decimals than the scale, fewer integer digits than the rest)
    if not value.is_finite() or abs(value) >= _LIMIT or value != value.quantize(_STEP, context=_EXACT):
        return None
    return value


class MissingExtraError(ImportError):
    """An optional package is not installed; the message names the extra that installs it."""


def need_extra(module: str) -> Any:
    """Import an optional module of the ``frames`` extra, or say which extra to install
    (:class:`MissingExtraError`, an ``ImportError``)."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(
            f"{module.split('.')[0]} is needed for this; install the frames extra: pip install 'dutyreport[frames]'"
        ) from None


@contextlib.contextmanager
def _text_out(out: str | os.PathLike[str] | IO[str], encoding: str = "utf-8") -> Iterator[IO[str]]:
    """A text stream to write to: the one given, or a file opened (and closed) for a path."""
    if isinstance(out, (str, os.PathLike)):
        with open(out, "w", encoding=encoding, newline="") as f:
            yield f
    else:
        yield out
