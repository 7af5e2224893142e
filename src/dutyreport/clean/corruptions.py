"""The cleaning stage's second half: mark the damage inside the report's own sentences.

Scraped copies lose 年/月 (``20236月底``), the closing bracket of a 文号, the separators between
figures (``分别为:120013501480``); templates keep placeholders (``x人``, ``20__年``); quotes and title
marks lose their partner; a site glues its label to the title; spam takes the place of a name, of
关于 or of an opening quote. Real copies also lose a character of a fixed term (``毕业生学率``), the
title a notice forwards (``关于转发的通知``) or a 文号's year (``(教基一厅5号)``); copy a measure word
before its figure (``达标学校所1292所``) or a phrase twice; carry a site's pinyin (``義務(wù)教育``), a
preview's page-chunk numbers (``验收\n2、。截至目前``), a PDF's line wraps inside sentences
(``九年一贯\n制学校``, ``特殊 教育学校``) and spaces before 年 (``2021 年度``), a top heading numbered
一 twice, and a synonym spinner's swaps in fixed phrases (``一、根本情况``).
:func:`find_corruptions` returns spans into the original input, each with a ``repaired`` reading only
where the text makes it certain. The finders are by kind of damage: :mod:`dutyreport.clean.damage_text`
(dates, figures, placeholders; characters lost, copied or put into the words) and
:mod:`dutyreport.clean.damage_marks` (quotes and title marks, site labels, spam in place of words).

The words are the tables of :mod:`dutyreport.lang.corruptions`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..document import Document
from ..model.report import Corruption, CorruptionKind, Indicator
from ..spans import Breaks, SpanSet
from .damage_marks import _site_labels, _spam, _unbalanced
from .damage_text import (
    _bare_dates,
    _cells_run_together,
    _chunk_markers,
    _dates,
    _duplicates,
    _line_wraps,
    _lost_chars,
    _numbering,
    _placeholders,
    _rubies,
    _run_together,
    _spun,
    _stray_marks,
    _stray_measures,
    _undated_doc_numbers,
    _year_spacing,
)

__all__ = ["find_corruptions", "with_placeholder_figures"]


def _lines(text: str, breaks: Breaks) -> list[tuple[int, int]]:
    """(start, end) of every line, from the Document's line breaks."""
    starts = [0, *(i + 1 for i in breaks.of("\n"))]
    return list(zip(starts, [*(s - 1 for s in starts[1:]), len(text)], strict=True))


def find_corruptions(doc: Document) -> tuple[Corruption, ...]:
    """Damage inside the report's own text (never inside noise), sorted by position; reads the
    Document's noise and 文号.

    >>> [(c.text, c.repaired) for c in find_corruptions(Document.of("20226月底前完成。"))]
    [('20226月底', '2022年6月底')]
    """
    text, noise, docs = doc.text, doc.noise, doc.doc_numbers
    mask = doc.noise_index
    found: list[Corruption] = []
    doc_spans = [(d.start, d.end) for d in docs]
    for d in docs:
        if d.repaired and any(c.isdigit() for c in d.normalized.split("〕")[-1]):
            found.append(Corruption(start=d.start, end=d.end, text=d.text, kind=CorruptionKind.LOST_BRACKET,
                                    repaired=d.normalized, note="lost bracket in a 文号"))
    placeholder_docs = [(d.start, d.end) for d in docs if "x" in d.normalized.lower()]

    def clear(c: Corruption) -> bool:
        return not mask.overlaps(c.start, c.end)

    def outside_docs(c: Corruption) -> bool:
        return not any(s < c.end and c.start < e for s, e in doc_spans)

    found.extend(c for c in _dates(text) if clear(c) and outside_docs(c))
    found.extend(c for c in _run_together(text) if clear(c))
    found.extend(c for c in _cells_run_together(text) if clear(c))
    found.extend(c for c in _placeholders(text, placeholder_docs) if clear(c))
    found.extend(c for c in _unbalanced(text) if clear(c))
    found.extend(c for c in _site_labels(text) if clear(c))
    found.extend(_spam(text, noise, mask, docs))
    lines = _lines(text, doc.breaks)
    found.extend(c for c in _bare_dates(text) if clear(c))
    found.extend(c for c in _year_spacing(text) if clear(c) and outside_docs(c))
    found.extend(c for c in _lost_chars(text) if clear(c))
    found.extend(c for c in _undated_doc_numbers(text) if clear(c) and outside_docs(c))
    found.extend(c for c in _stray_measures(text) if clear(c))
    found.extend(c for c in _stray_marks(text) if clear(c))
    found.extend(c for c in _duplicates(text) if clear(c))
    found.extend(_rubies(text, lambda i: not mask.overlaps(i, i + 1)))
    found.extend(c for c in _chunk_markers(text) if clear(c))
    found.extend(c for c in _line_wraps(text, lines) if clear(c))
    found.extend(c for c in _numbering(text) if clear(c))
    found.extend(c for c in _spun(text) if clear(c))
    found.sort(key=lambda c: (c.start, -c.end))
    out: list[Corruption] = []
    reach: dict[CorruptionKind, int] = {}
    for c in found:
        if reach.get(c.kind, -1) >= c.end:
            continue  # inside an earlier finding of the same kind
        reach[c.kind] = c.end
        out.append(c)
    return tuple(out)


def with_placeholder_figures(
    text: str, corruptions: tuple[Corruption, ...], indicators: Sequence[Indicator]
) -> tuple[Corruption, ...]:
    """The corruptions with a ``PLACEHOLDER`` corruption on every figure the scanner read as a
    placeholder (value unknown) where no placeholder mark was found in it (``1*.*万元``): a masked
    figure is always marked, whatever masks the table of placeholders knows.

    >>> from decimal import Decimal
    >>> from dutyreport.model.quantities import Money
    >>> text = "投资1*.*万元"
    >>> masked = Indicator(start=2, end=8, text="1*.*万元", quantity=Money(value=None))
    >>> [(c.kind.value, c.text) for c in with_placeholder_figures(text, (), [masked])]
    [('placeholder', '1*.*万元')]
    """
    masked = [i for i in indicators if i.quantity.is_placeholder]
    if not masked:
        return corruptions  # (most reports: no figure to mark)
    placeholders = [(c.start, c.end) for c in corruptions if c.kind is CorruptionKind.PLACEHOLDER]
    # looked up by bisection: many placeholders stay linear (an empty mark is no span of characters to overlap)
    marked = SpanSet((s, e) for s, e in placeholders if s < e)
    # an empty mark marks a figure it stands strictly inside: its place p is then in (start, end), so the
    # character at p lies in the figure's characters after its first
    empty = SpanSet((s, s + 1) for s, e in placeholders if s == e)

    def unmarked(start: int, end: int) -> bool:
        if start == end:  # (no figure is empty; the merged spans would hold one where two marks meet)
            return not any(s < end and start < e for s, e in placeholders)
        return not (marked.overlaps(start, end) or (end - start > 1 and empty.overlaps(start + 1, end)))

    added = [
        Corruption(start=i.start, end=i.end, text=text[i.start : i.end], kind=CorruptionKind.PLACEHOLDER,
                   note="a figure left as a placeholder")
        for i in masked
        if unmarked(i.start, i.end)
    ]
    if not added:
        return corruptions
    return tuple(sorted([*corruptions, *added], key=lambda c: (c.start, -c.end)))
