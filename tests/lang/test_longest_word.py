"""Where one word of a table contains another (不低于 and 低于, 及以上 and 以上), the longer one wins.

Bugs caught: a target's ``不低于90%`` read as ``<`` because 低于 came first in the comparator table;
``不高于全市平均的10%`` read as *more than* because only 高于 was a context qualifier.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import dutyreport as d
from dutyreport.findings.targets import comparator_word
from dutyreport.lang.figures import CONTEXT_QUALIFIERS
from dutyreport.lang.findings import COMPARATOR_WORDS
from dutyreport.lang.numbers import QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES
from dutyreport.model.report import Comparator

# Text that holds no word of any of these tables.
NEUTRAL = st.text(alphabet=list("学校全县教师比例的"), max_size=6)


# Comparator words as reports write them (our list), each with the comparator it states.
EXAMPLES_COMPARATOR_WORDS: list[tuple[str, Comparator]] = [
    ("不低于", Comparator.GE),
    ("低于", Comparator.LT),
    ("不高于", Comparator.LE),
    ("高于", Comparator.GT),
    ("不超过", Comparator.LE),
    ("超过", Comparator.GT),
    ("不少于", Comparator.GE),
    ("不足", Comparator.LT),
    ("以下", Comparator.LT),
    ("及以下", Comparator.LE),
    ("以内", Comparator.LE),
    ("以上", Comparator.GE),
    ("达到", Comparator.GE),
]


def test_every_comparator_word_is_in_the_table() -> None:
    for word, _ in EXAMPLES_COMPARATOR_WORDS:
        assert any(regex.fullmatch(e.pattern, word) for e, _ in COMPARATOR_WORDS), word


def _nested(rows: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """The rows whose word contains the word of a row with another value."""
    return [(w, v) for w, v in rows if any(o != w and o in w and ov != v for o, ov in rows)]


COMPARATOR_ROWS = EXAMPLES_COMPARATOR_WORDS
CONTEXT_ROWS = [(e.word, e.value) for e in CONTEXT_QUALIFIERS]
PREFIX_ROWS = [(e.word, e.value) for e in QUALIFIER_PREFIXES]
SUFFIX_ROWS = [(e.word, e.value) for e in QUALIFIER_SUFFIXES]


def test_the_tables_do_hold_words_inside_longer_ones() -> None:
    # (so that the properties below test something)
    assert ("不低于", Comparator.GE) in _nested(COMPARATOR_ROWS)
    assert _nested(CONTEXT_ROWS) and _nested(PREFIX_ROWS) and _nested(SUFFIX_ROWS)


@given(st.sampled_from(_nested(COMPARATOR_ROWS)), NEUTRAL, NEUTRAL)
def test_a_targets_comparator_is_its_longest_word(row: tuple[str, Comparator], before: str, after: str) -> None:
    word, comparator = row
    assert comparator_word(f"{before}{word}{after}90%") is comparator


@given(st.sampled_from(_nested(PREFIX_ROWS)))
def test_a_qualifier_before_a_number_is_its_longest_word(row: tuple[str, d.Qualifier]) -> None:
    word, qualifier = row
    assert d.parse_quantity(f"{word}45人").qualifier is qualifier


@given(st.sampled_from(_nested(SUFFIX_ROWS)))
def test_a_qualifier_after_a_number_is_its_longest_word(row: tuple[str, d.Qualifier]) -> None:
    word, qualifier = row
    assert d.parse_quantity(f"45人{word}").qualifier is qualifier


@pytest.mark.parametrize(("word", "qualifier"), _nested(CONTEXT_ROWS), ids=[w for w, _ in _nested(CONTEXT_ROWS)])
def test_a_qualifier_some_words_before_a_figure_is_its_longest_word(word: str, qualifier: d.Qualifier) -> None:
    (ind,) = d.parse(f"某县自查报告\n一、基本情况\n大班额比例{word}全市平均的10%。").indicators
    assert ind.quantity.qualifier is qualifier


CASES_BUGS_CAUGHT: list[tuple[str, Callable[[d.Report], object], object]] = [
    (
        "到2025年，学前三年毛入园率不低于90%。",
        lambda r: [t.comparator for t in r.targets],
        [Comparator.GE],
    ),
    (
        "到2025年，大班额比例不高于全市平均的10%。",
        lambda r: [i.quantity.qualifier for i in r.indicators],
        [d.Qualifier.AT_MOST],
    ),
]


@pytest.mark.parametrize(("body", "read", "expected"), CASES_BUGS_CAUGHT, ids=[c[0] for c in CASES_BUGS_CAUGHT])
def test_bugs_caught(body: str, read: Callable[[d.Report], object], expected: object) -> None:
    assert read(d.parse("某县自查报告\n一、基本情况\n" + body)) == expected
