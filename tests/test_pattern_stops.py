"""patterns.stretch_stops held to what it promises: no match holds one of the characters, and a text's matches
are those of the stretches between them, each searched alone."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dutyreport.lang.findings import ADMISSIONS
from dutyreport.patterns import standard, stretch_stops

_PATTERNS = [
    r"[^，。]{2,6}?(?:难|贵)问题",
    r"(?:[^，,；\s]{1,4}、)+[^，,；\s]{1,4}等",
    r"补[^，。、]{1,5}短板|[^。；]{0,3}矛盾",
    r"(?:甲|[^乙丙，])+乙?",
    *(e.pattern for e in ADMISSIONS if standard(e.pattern) is not None),  # (stretch_stops reads what it reads)
]


_ALPHABET = list("甲乙丙难贵问题，,。；、 \n补短板矛盾等")


@pytest.mark.parametrize("pattern", _PATTERNS)
@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=30))
def test_the_matches_are_those_of_the_stretches_between_the_stops(pattern: str, text: str) -> None:
    rx = re.compile(pattern)
    stops = stretch_stops(rx)
    whole = [m.span() for m in rx.finditer(text)]
    assert all(not stops.intersection(text[s:e]) for s, e in whole)
    if stops:
        cuts = [-1, *(i for i, c in enumerate(text) if c in stops), len(text)]
        by_stretch = [m.span() for a, b in pairwise(cuts) for m in rx.finditer(text, a + 1, b)]
        assert by_stretch == whole


def test_a_pattern_reading_around_its_match_or_holding_unknown_characters_has_no_stops() -> None:
    assert stretch_stops(re.compile(r"[^，。]+(?=，)")) == frozenset()
    assert stretch_stops(re.compile(r"^[^，。]+")) == frozenset()
    assert stretch_stops(re.compile(r"[^，。]+\w")) == frozenset()
    assert stretch_stops(re.compile(r"[^，。]+[，]")) == frozenset("。")
