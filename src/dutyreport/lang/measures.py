"""The measures the evaluation of governments' education duties asks about, one stable key each.

A report writes the same measure under many subjects (``生均一般公共预算教育支出``,
``生均公共财政教育事业费``, ``按在校学生人数平均的一般公共预算教育支出``); :data:`MEASURES` gives
each measure a stable key, the unit it is stated in, the dimensions it is broken down by, the
phrases it is written as, the documents that define it, and sentences of the genre that
:func:`dutyreport.parse` reads back to that key (``tests/indicators/test_keys.py`` parses every one).
:func:`dutyreport.indicators.keys.key_of` reads these tables; it spells no word out again.

How a synonym is written: the phrase as reports write it; ``…`` stands for a few words between
its parts (``生均…公用经费`` reads ``生均公用经费`` and ``生均一般公共预算公用经费``). A measure
whose synonyms are generic nouns (``学校``, ``在校生``) is ``exact``: the subject must be that noun
and nothing else but dimension words (``全县小学``, ``公办幼儿园``), so that ``新建小学`` is no count
of schools. ``requires``: words one of which the subject must also hold; ``excludes``: words
none of which it may hold.

Sources are named by document and by the indicator name they use; where a document sets a norm
the entry's label says what is measured, not the norm.
"""

from __future__ import annotations

from ..model.dimensions import SchoolLevel
from .measure_words import (
    ACTION_WORDS,
    AREA_WORDS,
    CHANGE_WORDS,
    FILLER_WORDS,
    GAP,
    LEVEL_WORDS,
    OTHER_LEVEL_WORDS,
    RATE_FIGURE_WORDS,
    RATE_WORDS,
    SECTOR_WORDS,
    SHARE_WORDS,
    STAGE_WORDS,
    VETO_WORDS,
    MeasureDef,
    Source,
)
from .measures_money import MONEY_MEASURES
from .measures_schools import SCHOOL_MEASURES

__all__ = [
    "ACTION_WORDS",
    "AREA_WORDS",
    "CHANGE_WORDS",
    "FILLER_WORDS",
    "GAP",
    "LEVEL_WORDS",
    "MEASURES",
    "OTHER_LEVEL_WORDS",
    "RATE_FIGURE_WORDS",
    "RATE_WORDS",
    "SECTOR_WORDS",
    "SHARE_WORDS",
    "STAGE_WORDS",
    "VETO_WORDS",
    "MeasureDef",
    "Source",
    "table_markdown",
]

# Every measure, money first (lang/measures_money.py), then schooling (lang/measures_schools.py).
MEASURES: tuple[MeasureDef, ...] = MONEY_MEASURES + SCHOOL_MEASURES


def table_markdown() -> str:
    """The table as Markdown, as ``docs/measures.md`` shows it (a test keeps the two the same)."""
    documents = list(dict.fromkeys(src.document for m in MEASURES for src in m.sources))
    rows = [
        "| key | 名称 | unit | broken down by | written as | defined in |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for m in MEASURES:
        dims = ["every level" if set(m.levels) == set(SchoolLevel) else "/".join(lv.value for lv in m.levels)]
        dims = dims if m.levels else []
        dims += ["public/private"] * m.sectors + ["urban/rural"] * m.areas
        refs = "; ".join(f"{src.indicator} [{documents.index(src.document) + 1}]" for src in m.sources)
        written = "、".join(m.synonyms)
        if m.requires:
            written += f" (with {'/'.join(m.requires[:4])}{'…' if len(m.requires) > 4 else ''})"
        if m.exact:
            written += " (the subject is only this and dimension words)"
        rows.append(f"| `{m.key}` | {m.label} | {m.unit or '(none)'} | {', '.join(dims) or '—'} | {written} | {refs} |")
    notes = [f"{k}. {doc}" for k, doc in enumerate(documents, 1)]
    return "\n".join([*rows, "", *notes]) + "\n"

