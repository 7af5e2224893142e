"""A text read with spans of it replaced: a template's fields read as what stands in them, and the spans a
scan reads as absent (the pinyin a site put after characters), the figures found placed back in the text.

:func:`.scan.find_quantities` asks :func:`field_edits` for the fields of a text and reads it with
:func:`read_around`, so that ``约【3000】个`` reads as ``约3000个`` would, its figure spanning the brackets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import attrs

from ..lang.corruptions import FORMAT_CONTROLS
from ..lang.numbers import FIELD_BLANKS, FIELD_BRACKETS, MINUS_SIGNS
from ..lang.punctuation import CLAUSE_ENDS
from ..patterns import char_class
from .grammar import CN_NUMERAL_CHARS, MASK_CHARS
from .numerals import fold

if TYPE_CHECKING:
    from .scan import Match

__all__ = ["FIELD_OPENS", "field_edits", "read_around"]


# A template's field (lang.numbers.FIELD_BRACKETS) and what stands in it: a number (digits or a numeral, a sign, a
# point), a placeholder, or nothing but blank marks (lang.numbers.FIELD_BLANKS) and spaces. The scan reads the
# text with each field replaced by what stands in it (a blank one by a placeholder): 约【3000】个 reads as 约3000个,
# 第【3】条 as 第3条, 【3】-【5】所 as 3-5所, 【 】所 as x所. A field that a digit follows or one glued to a word before
# it (川教函【2022】106号, A【3】) stays as written: read without its brackets, it would run into them; so does one
# read as a bare number, no unit after it (【1】加强管理: a list's mark; see :func:`.scan.find_quantities`).
FIELD_OPENS = tuple(e.word for e in FIELD_BRACKETS)
_FIELD_MARKS = "".join(sorted({c for e in FIELD_BRACKETS for c in e.word + e.value}))
_FIELD_GAP = " \t\u3000\xa0" + FORMAT_CONTROLS  # (a format control is read as absent: see .scan.find_quantities)
_FIELD = re.compile(
    "|".join(
        f"{re.escape(e.word)}(?P<f{i}>{char_class(_FIELD_MARKS + chr(10) + chr(13), negated=True)}{{0,24}}+)"
        f"{re.escape(e.value)}"
        for i, e in enumerate(FIELD_BRACKETS)
    )
)
_FIELD_WRAPS = tuple((e.word, e.value) for e in FIELD_BRACKETS)
_FIELD_FILL = frozenset("0123456789,." + MASK_CHARS + FORMAT_CONTROLS).union(
    CN_NUMERAL_CHARS, (e.word for e in MINUS_SIGNS)
)
_FIELD_BLANK = {e.word: e.value for e in FIELD_BLANKS}
_NOT_GAP = re.compile(char_class(_FIELD_GAP, negated=True))
# A field that numbers a list's item (【2】人员配备…, ；【3】所属学区…): a number of at most this many digits where an
# item opens (the text's or a line's start, after a clause's end), words after it (两 characters: 【12】所。 after a
# label is a figure).
_ITEM_DIGITS = 2
_ITEM_WORDS = re.compile(r"[^\W\d_a-zA-Z]{2}")
_ABSENT = dict.fromkeys(map(ord, FORMAT_CONTROLS))


def field_edits(text: str) -> list[tuple[int, int, str]]:
    """The template fields of ``text`` the scan reads as what stands in them (see :data:`_FIELD`): each one's
    span (with a field around it whose brackets hold nothing else: 【{{3}}】) and what it reads as."""
    out: list[tuple[int, int, str]] = []
    folded = fold(text)
    for f in _FIELD.finditer(folded):
        start, end = f.span()
        inner = f.group(f.lastgroup or "").strip(_FIELD_GAP)
        blank = inner.strip(_FIELD_GAP + "".join(_FIELD_BLANK))
        if blank:
            if not _FIELD_FILL.issuperset(inner):
                continue
            put = text[f.start(f.lastgroup or "") : f.end(f.lastgroup or "")].strip(_FIELD_GAP)  # (unfolded)
            put = put.translate(_ABSENT)
        else:  # (a blank: read as its marks are, spaces alone as the first mark)
            put = next((_FIELD_BLANK[c] for c in inner if c in _FIELD_BLANK), FIELD_BLANKS[0].value)
        while wrap := next(
            (w for w in _FIELD_WRAPS if folded.endswith(w[0], 0, start) and folded.startswith(w[1], end)), None
        ):
            start, end = start - len(wrap[0]), end + len(wrap[1])
        next_word = _NOT_GAP.search(folded, end)  # (what follows past gaps, the rest of the text never copied)
        after = next_word.group() if next_word else ""
        glued = folded[start - 1 : start]  # (a letter or digit the field is glued to: 川教函A【3】)
        if (after.isascii() and after.isdigit()) or (glued.isascii() and glued.isalnum()):
            continue
        if len(put) <= _ITEM_DIGITS and put.isdigit() and next_word and _item_mark(folded, start, next_word.start()):
            continue  # (a list's mark: read as written, it is no figure)
        out.append((start, end, put))
    return out


def _item_mark(folded: str, start: int, words: int) -> bool:
    """Whether the field at ``start``, the words after it from ``words``, opens a list's item: the text's or a line's
    start, or a clause's end, before it (past white space), and two characters of words after it."""
    i = start
    while i > 0 and folded[i - 1] in _FIELD_GAP:
        i -= 1
    return (i == 0 or folded[i - 1] in CLAUSE_ENDS) and _ITEM_WORDS.match(folded, words) is not None


def read_around(
    text: str, edits: Sequence[tuple[int, int, str]], scan: Callable[[str], tuple[Match, ...]], *, keep_text: bool
) -> tuple[Match, ...]:
    """``scan`` of ``text`` with each span of ``edits`` (sorted) replaced by what it names (a span skipped: by
    nothing), its matches placed back in ``text``: a match that starts or ends inside a replacement spans the
    whole span replaced. ``keep_text``: whether a replacement is a template's field (see :func:`field_edits`),
    whose figure keeps the text it spans."""
    pieces: list[str] = []
    read_at: list[int] = []  # where each piece starts in the text read (ascending) …
    text_at: list[int] = []  # … and in ``text``
    put_end: list[int] = []  # … and for a replacement, where the span it replaces ends (-1: a kept piece)
    last = read = 0
    for s, e, put in edits:
        s, e = max(s, last), min(e, len(text))
        if s >= e:
            continue
        pieces.append(text[last:s])
        read_at.append(read)
        text_at.append(last)
        put_end.append(-1)
        read += s - last
        if put:
            pieces.append(put)
            read_at.append(read)
            text_at.append(s)
            put_end.append(e)
            read += len(put)
        last = e
    pieces.append(text[last:])
    read_at.append(read)
    text_at.append(last)
    put_end.append(-1)

    def placed(i: int, end: bool) -> int:
        k = bisect.bisect_right(read_at, i) - 1
        if put_end[k] < 0:
            return text_at[k] + i - read_at[k] + end
        return put_end[k] if end else text_at[k]

    out: list[Match] = []
    first_edit = read_at[1] if len(read_at) > 1 else len(text)  # where the first span edited stood
    for m in scan("".join(pieces)):
        if m.end <= first_edit:
            out.append(m)  # nothing edited before it: placed where it was read, with the same text
            continue
        start, end = placed(m.start, False), placed(m.end - 1, True)
        if out and start < out[-1].end:
            continue  # (a second figure read inside one replacement)
        surface = text[start:end]
        q = attrs.evolve(m.quantity, text=surface) if keep_text else m.quantity
        out.append(attrs.evolve(m, start=start, end=end, text=surface, quantity=q))
    return tuple(out)
