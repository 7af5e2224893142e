"""One table of traditional characters (lang.script) for every stage: a report in traditional characters
reads as its simplified form does — title, region, kind, period, sections, figures, subjects, years."""

from __future__ import annotations

import re
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import dutyreport as d
from dutyreport.lang.entry import Entry
from dutyreport.lang.numbers import TRADITIONAL
from dutyreport.lang.script import (
    TRADITIONAL_FORMS,
    alternation,
    either_form,
    fold,
    forms,
    spellings,
    words_alternation,
)


def reading(r: d.Report, f: Any = lambda s: s) -> tuple[object, ...]:
    """What a reader takes from a report, its words written through ``f``."""
    opt = lambda s: None if s is None else f(s)  # noqa: E731
    return (
        opt(r.title.clean if r.title else None),
        opt(r.region),
        r.admin_level,
        r.kind,
        r.period,
        tuple((s.level, f(s.heading)) for s in r.walk_sections()),
        tuple(
            (i.start, i.end, i.value, i.unit, i.qualifier, opt(i.subject), i.year, i.kind, i.key)
            for i in r.indicators
        ),
        tuple(f(p.text) for p in r.problems),
        tuple((c.kind, c.holds) for c in r.checks),
    )


@pytest.mark.parametrize("entry", TRADITIONAL_FORMS, ids=[f"{e.word}{e.value}" for e in TRADITIONAL_FORMS])
def test_traditional_form_reads_like_simplified(entry: Any) -> None:
    assert entry.word in entry.example and fold(entry.word) == entry.value
    written = d.parse("某县教育工作自查报告\n一、基本情况\n" + entry.example + "\n")
    simplified = d.parse("某县教育工作自查报告\n一、基本情况\n" + fold(entry.example) + "\n")
    assert reading(written, fold) == reading(simplified)


def test_one_form_per_traditional_character() -> None:
    assert len({e.word for e in TRADITIONAL_FORMS}) == len(TRADITIONAL_FORMS)
    assert all(len(e.word) == 1 and len(e.value) == 1 and e.word != e.value for e in TRADITIONAL_FORMS)


def test_the_numeral_folds_agree_with_the_table() -> None:
    # lang.numbers.TRADITIONAL folds numerals onto the numeral tables' forms (貳 to 贰, 大写); where a character
    # is in both tables, the two agree unless the numeral table keeps a financial form
    table = {e.word: e.value for e in TRADITIONAL_FORMS}
    for e in TRADITIONAL:
        if e.word in table:
            assert table[e.word] == e.value, e


@given(st.text(alphabet=[c for e in TRADITIONAL_FORMS for c in (e.word, e.value)] + list("年所人，。"), max_size=40))
def test_fold_keeps_offsets_and_spellings_read_either_form(s: str) -> None:
    folded = fold(s)
    assert len(folded) == len(s)
    assert fold(folded) == folded
    for k, c in enumerate(s):
        assert c in forms(folded[k])
    word = folded[:4]
    if word:
        assert s[:4] in spellings(word)
        import regex

        assert regex.fullmatch(either_form(word), s[:4])


_WORD_CHARS = list("省市自治区州县旗分别為为是")


@given(
    st.lists(st.text(alphabet=_WORD_CHARS, min_size=1, max_size=4), min_size=1, max_size=6),
    st.text(alphabet=[*_WORD_CHARS, "，"], max_size=30),
)
def test_words_alternation_finds_what_an_alternation_longest_first_finds(words: list[str], text: str) -> None:
    # the tree of common beginnings reads as the escaped words joined longest first, in either engine
    flat = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    tree = words_alternation(words)
    for engine in (re, regex):
        expected = [m.span() for m in engine.finditer(flat, text)]
        assert [m.span() for m in engine.finditer(tree, text)] == expected, (words, text)


@pytest.mark.parametrize("entry", TRADITIONAL_FORMS, ids=[f"{e.word}{e.value}" for e in TRADITIONAL_FORMS])
def test_alternation_as_written_reads_only_the_tables_spelling(entry: Any) -> None:
    # either_script=False: the words as the table writes them (a reader of a folded text), not their other forms
    table = (Entry(entry.value, None, entry.example),)
    assert regex.fullmatch(alternation(table), entry.word)
    assert regex.fullmatch(alternation(table, either_script=False), entry.value)
    assert not regex.fullmatch(alternation(table, either_script=False), entry.word)
