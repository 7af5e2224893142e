"""Whether a bare whole number is a figure of the report.

A number in digits with no measure word, no scale word and no qualifier, standing among the words of its line, is
no figure: a file's page line (``58.2KB 21 页``), a year its 年 left out (``一、2022主要工作``), a site's coins, a
list's or a record's number (``工作成效1.``, ``备…号-1``), a code (``A4-B17``). No gold of ours or of the real reports
holds such a number. What a reader takes for a figure whose measure is lost or stated elsewhere is kept:

* a number alone on its line (a table written one cell a line), or ending its line after a word (its measure
  wrapped away: ``达标学校41⏎``);
* an item of a list or a range whose unit another item states (``650、850元``, ``400—800``);
* a number a word asks for: a label and its colon (``学校数：45``), 为, 达, 共计 (lang.subjects.SUBJECT_TAIL_WORDS),
  a verb of change (``比上年增加120``: lang.figures.CHANGE_VERBS); a labelled value closing its clause (``公办园12，``);
* a cell of a row of figures (``学校数 30 32 2``);
* (the caller's) a number after a figure with a measure in its sentence (``新增学位3200个，其中幼儿园1200``), and a
  cell of a table the table stage found.

>>> text = "2023-05-02 999+ 41.3KB 12 页 收藏\\n学校数：45"
>>> bare_in_words(text, 23, 25, 0), bare_in_words(text, 35, 37, 31)
(True, False)
"""

from __future__ import annotations

import re

import regex

from ..lang.dates import YEAR
from ..lang.figures import CHANGE_VERBS
from ..lang.punctuation import CLAUSE_CLOSERS, COLONS
from ..lang.script import alternation, either_pattern
from ..lang.subjects import LIST_JOINERS, SUBJECT_TAIL_WORDS
from ..quantities.grammar import RANGE_SEP

__all__ = ["bare_in_words"]

_ROW_REACH = 120  # (a line longer than this either side of a bare number is words, no table's row)
_DIGITS = re.compile("[0-9０-９]+")  # (a whole number in digits alone: no point, no scale word)
_JOINER = alternation(LIST_JOINERS)
_JOINED_AFTER = re.compile(either_pattern(rf"\s*(?:{_JOINER})\s*[0-9０-９]"))  # (650、850元: an item before another)
_JOINED_BEFORE = re.compile(either_pattern(rf"(?:{_JOINER})[^\S\n]*$"))  # (…650元、850: a list's later item)
_RANGE_AFTER = re.compile(rf"{RANGE_SEP}[0-9０-９]")
_RANGE_BEFORE = re.compile(rf"[0-9０-９]{RANGE_SEP}$")
# what asks for a figure right before it: a label's colon, 为/达/共计…, a verb of change
_ASKED = re.compile(
    rf"(?:[{re.escape(COLONS)}]|{alternation(SUBJECT_TAIL_WORDS)}|{alternation(CHANGE_VERBS)})[^\S\n]*$"
)
_ASK_REACH = 1 + max(len(e.word) for t in (SUBJECT_TAIL_WORDS, CHANGE_VERBS) for e in t) + 3
_CELL_FIGURE = re.compile(r"[-+]?[0-9０-９][0-9０-９.,，%％]*[。；;]?")  # (a cell of a row of figures)
_HAN = regex.compile(r"\p{Han}")
_YEARLIKE = re.compile(YEAR)
_CLAUSE_CLOSERS = frozenset(CLAUSE_CLOSERS)


def bare_in_words(text: str, start: int, end: int, line_start: int) -> bool:
    """Whether the figure read at ``[start, end)``, a count with no measure word, is a bare whole number among the
    words of its line, no figure (see the module's words; ``line_start``: where its line starts, at most a line's
    reach before it).

    >>> page = "2024-03-01 58.2KB 21 页 下载"
    >>> bare_in_words(page, page.index("21"), page.index("21") + 2, 0)
    True
    >>> labelled = "公办园12，民办园8。"
    >>> bare_in_words(labelled, 3, 5, 0)
    False
    """
    if _DIGITS.fullmatch(text, start, end) is None:
        return False
    if _YEARLIKE.fullmatch(text, start, end) and _HAN.match(text, end):
        return True  # 一、2022主要工作, 2023某市…报告: a year its 年 left out, before the words it dates
    if _JOINED_AFTER.match(text, end) is not None or _JOINED_BEFORE.search(text, max(0, start - 4), start):
        return False  # 分别为650、850元: an item of a list whose unit another item states
    if _RANGE_AFTER.match(text, end) is not None or _RANGE_BEFORE.search(text, max(0, start - 8), start):
        return False  # 400—800: a range, whose unit a table's header may state
    if _ASKED.search(text, max(0, start - _ASK_REACH), start) is not None:
        return False  # 学校数：45, 学校共计12., 比上年增加120: a figure a word asks for, its measure lost
    if text[end : end + 1] in _CLAUSE_CLOSERS:
        return False  # 公办园12，民办园8。: a labelled value closing its clause
    line_end = text.find("\n", end, end + _ROW_REACH)
    if line_end >= 0 and (line_end == end or text[end:line_end].isspace()) and start and _HAN.match(text, start - 1):
        return False  # 达标学校41⏎: its measure may have wrapped away with the line (after a word, not a code)
    if line_end < 0:
        if end + _ROW_REACH < len(text):
            return True  # (a long line is words, no row of cells: read no further)
        line_end = len(text)
    if start - line_start > _ROW_REACH:
        return True
    cells = text[line_start:line_end].split()
    if cells == [text[start:end]]:
        return False  # alone on its line
    return not (len(cells) >= 2 and all(_CELL_FIGURE.fullmatch(c) for c in cells[1:]))  # (a row of a table)
