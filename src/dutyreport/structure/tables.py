"""Tables flattened into lines of cells: a header naming each column's unit, rows, a total row.

Scraped reports lose their tables' borders and keep the cells, one row per line and cells parted
by spaces::

    学段 学校数（所） 在校生（人） 专任教师（人）
    小学 58 30,150 1,786
    初中 21 17,840 1,402
    合计 79 47,990 3,188

:func:`find_tables` reads such a table: the columns' units from the header, the cells of each row
with their spans, and which row (if any) is the total. It reads a table printed one cell per line
too (the header's cells, then each row's label and figures, a line each), whose cells
:func:`cell_subjects` names. The indicator stage gives a bare number the unit of its column; the
audit checks each column against the total row. :func:`stated_unit` is the unit a caption states
for every cell of its table (表1 …（单位：万元）).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator

from attrs import frozen

from ..document import Document
from ..lang.entry import Entry
from ..lang.punctuation import CLOSE_BRACKET_CLASS, CLOSE_BRACKETS, COLONS, OPEN_BRACKET_CLASS
from ..lang.tables import BRACKETED_UNITS, TABLE_CAPTIONS, TABLE_NOTES, TOTAL_LABELS, UNIT_LABELS
from ..patterns import char_class, char_led

__all__ = ["CAPTION_WORDS", "TABLE_END", "UNITS", "Table", "cell_subjects", "find_tables", "stated_unit"]


def _words(table: tuple[Entry[str], ...]) -> str:
    return "|".join(re.escape(e.word) for e in table)


# The units a header or a row label names in brackets, as a regex alternation (学校数（所）, 经费(万元)).
UNITS = _words(BRACKETED_UNITS)
# The words that open a table's caption, as a regex alternation (表2 …).
CAPTION_WORDS = _words(TABLE_CAPTIONS)
_OPEN, _CLOSE = OPEN_BRACKET_CLASS, CLOSE_BRACKET_CLASS
_HEADER_UNIT = re.compile(rf"{_OPEN}({UNITS}){_CLOSE}$")
_UNIT_IN_BRACKETS = re.compile(rf"{_OPEN}(?:{UNITS}){_CLOSE}")
_UNIT_IN_BRACKETS_AT = char_led(_UNIT_IN_BRACKETS)  # (tried only where a bracket stands)
_CELL = re.compile(r"[^ \t\u3000\r]+")
# The label of a row that sums the rows above it.
_TOTAL_LABEL = re.compile(
    rf"(?:{_words(TOTAL_LABELS)})(?:{_OPEN}{char_class(CLOSE_BRACKETS, negated=True)}*{_CLOSE})?"
)
# What ends a table: a note, a blank line, the next caption.
TABLE_END = re.compile(
    rf"^\s*(?:{_words(TABLE_NOTES)}){char_class(COLONS)}|^\s*$|^\s*(?:{CAPTION_WORDS})[0-9]", re.MULTILINE
)
_MAX_CELL = 12  # a longer "cell" is prose, not a table
# A cell of a table printed one cell per line that is a row's figure: a number, or a dash for none.
_VALUE_CELL = re.compile(r"[0-9][0-9,.]*+[%％]?|[—–\-/]+")
# The unit a caption or a line above the rows states for the whole table: （单位：万元）, 计量单位：人.
_STATED_UNIT = re.compile(rf"(?:{_words(UNIT_LABELS)}){char_class(COLONS)}[ \t\u3000]*({UNITS})(?!\w)")
_CAPTION_LINE = re.compile(rf"[ \t\u3000]*(?:{CAPTION_WORDS})[0-9]")
_STATED_REACH = 12  # the most lines a table's rows stand below its caption


@frozen(kw_only=True)
class Table:
    """One flattened table: its header cells' spans, its columns' units (``None`` where the header
    names none), its rows as spans of cells (the row label first), and the index of the total row
    among them, if any."""

    header: tuple[tuple[int, int], ...]
    units: tuple[str | None, ...]
    rows: tuple[tuple[tuple[int, int], ...], ...]
    total: int | None = None


def _lines(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = 0
    while True:
        j = text.find("\n", i)
        if j < 0:
            out.append((i, len(text)))
            return out
        out.append((i, j))
        i = j + 1


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    return [m.span() for m in _CELL.finditer(text, a, b)]


def find_tables(doc: Document) -> tuple[Table, ...]:
    """The tables whose header names the unit of at least two columns.

    >>> doc = Document.of("学段 学校数（所） 在校生（人）\\n小学 58 30,150\\n初中 21 17,840\\n合计 79 47,990\\n")
    >>> (t,) = find_tables(doc)
    >>> t.units, len(t.rows), t.total
    (('所', '人'), 3, 2)
    """
    return tuple(_tables(doc.text))


def _tables(text: str) -> Iterator[Table]:
    # (few texts have any: no line is read)
    hits = [m.start() for m in _UNIT_IN_BRACKETS_AT.finditer(text)]
    if len(hits) < 2:
        return
    lines = _lines(text)
    line_starts = [a for a, _ in lines]
    per_line = Counter(bisect.bisect_right(line_starts, h) - 1 for h in hits)
    done = 0  # the line after the last table read
    for k in sorted(per_line):
        if k < done:
            continue
        if per_line[k] >= 2:
            table, done = _read_table(text, lines, k)
        elif per_line.get(k + 1) == 1:  # (a header printed one cell per line: two lines naming a unit each)
            table, done = _read_column_table(text, lines, k)
        else:
            continue
        if table is not None:
            yield table


def _read_table(text: str, lines: list[tuple[int, int]], k: int) -> tuple[Table | None, int]:
    """The table whose header is line ``k`` (or None), and the line after it."""
    a, b = lines[k]
    cells = _cells(text, a, b)
    if len(cells) < 3 or any(e - s > _MAX_CELL for s, e in cells):
        return None, k + 1
    units = tuple((m.group(1) if (m := _HEADER_UNIT.search(text, s, e)) else None) for s, e in cells[1:])
    if sum(u is not None for u in units) < 2:
        return None, k + 1
    rows: list[tuple[tuple[int, int], ...]] = []
    total: int | None = None
    k += 1
    while k < len(lines):
        ra, rb = lines[k]
        if TABLE_END.match(text, ra, rb):
            break
        row = _cells(text, ra, rb)
        if len(row) != len(cells) or any(e - s > _MAX_CELL for s, e in row):
            break
        if total is None and _TOTAL_LABEL.fullmatch(text, *row[0]):
            total = len(rows)
        rows.append(tuple(row))
        k += 1
    table = Table(header=tuple(cells), units=units, rows=tuple(rows), total=total) if rows else None
    return table, k


def stated_unit(text: str, pos: int) -> str | None:
    """The unit the caption of the table ``pos`` stands in states for all its cells (表1 …（单位：万元）), or a
    line of its own above the rows does (单位：万元); ``None`` where no caption stands above it within a few lines,
    with neither a blank line nor a note between.

    >>> text = "表1 教育经费（单位：万元）\\n项目 上报数\\n教育支出 58,410\\n"
    >>> stated_unit(text, text.index("58"))
    '万元'
    >>> stated_unit("说明：单位：万元\\n\\n教育支出 58,410\\n", 15) is None
    True
    """
    end = text.rfind("\n", 0, pos)
    for _ in range(_STATED_REACH):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if m := _STATED_UNIT.search(text, start, end):
            return m.group(1)
        if _CAPTION_LINE.match(text, start, end) or TABLE_END.match(text, start, end):
            return None
        end = start - 1
    return None


def _only_cell(text: str, line: tuple[int, int]) -> tuple[int, int] | None:
    """The one cell on ``line`` (short, as a table's), or None."""
    cells = _cells(text, *line)
    return cells[0] if len(cells) == 1 and cells[0][1] - cells[0][0] <= _MAX_CELL else None


def _read_column_table(text: str, lines: list[tuple[int, int]], k: int) -> tuple[Table | None, int]:
    """The table printed one cell per line whose first header cell naming a unit is line ``k`` (or None), and the
    line after it: the row labels' header on the line before, the header's cells a line each (学校数（所）, 在校生
    （人）…), then each row as its label and one line per column, each a figure (41, 24,860) or a dash."""
    if k == 0 or (label := _only_cell(text, lines[k - 1])) is None or _VALUE_CELL.fullmatch(text, *label):
        return None, k + 1
    header = [label]
    units: list[str] = []
    j = k
    while j < len(lines) and (cell := _only_cell(text, lines[j])) is not None:
        m = _HEADER_UNIT.search(text, *cell)
        if m is None:
            break
        header.append(cell)
        units.append(m.group(1))
        j += 1
    if len(units) < 2:
        return None, j
    width = len(header)
    rows: list[tuple[tuple[int, int], ...]] = []
    total: int | None = None
    while j + width <= len(lines):
        row: list[tuple[int, int]] = []
        for i in range(j, j + width):
            cell = _only_cell(text, lines[i])
            if cell is None or TABLE_END.match(text, *lines[i]) or (_VALUE_CELL.fullmatch(text, *cell) is None) != (
                i == j
            ):
                break
            row.append(cell)
        if len(row) < width:
            break
        if total is None and _TOTAL_LABEL.fullmatch(text, *row[0]):
            total = len(rows)
        rows.append(tuple(row))
        j += width
    if not rows:
        return None, j
    return Table(header=tuple(header), units=tuple(units), rows=tuple(rows), total=total), j


def cell_subjects(text: str, tables: tuple[Table, ...]) -> dict[int, str]:
    """What each cell of a table printed one cell per line counts (its start -> its row's label and its column's
    name, the unit's brackets left out: 小学 and 在校生（人） make 小学在校生): no words stand before such a cell on its
    own line. A table whose rows stand a line each is left to the words of the row's line.

    >>> text = "学段\\n学校数（所）\\n在校生（人）\\n小学\\n41\\n24,860\\n"
    >>> cell_subjects(text, find_tables(Document.of(text)))
    {20: '小学学校数', 23: '小学在校生'}
    """
    out: dict[int, str] = {}
    for table in tables:
        if table.rows and text.find("\n", table.rows[0][0][1], table.rows[0][-1][0]) < 0:
            continue  # (a row on one line)
        names = [_UNIT_IN_BRACKETS.sub("", text[s:e]) for s, e in table.header[1:]]
        for row in table.rows:
            label = text[row[0][0] : row[0][1]]
            for (s, _), name in zip(row[1:], names, strict=True):
                out[s] = label + name
    return out
