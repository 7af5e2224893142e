"""The cleaning stages' shortcuts find what the full computations they stand for find.

A placeholder pattern tried only where one of its marks stands (:func:`dutyreport.patterns.char_led`), a
pattern tried only at the places of a literal, a set of names built from the places of one character: each is
held here to the scan it replaces, over the real reports (read from ../shared at test time, skipped when
absent), the fixtures and generated text.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dutyreport
from conftest import corpus_files, fixture_files, realworld_files
from dutyreport.clean.damage_marks import _ADMIN_SUFFIXES, _before_suffix
from dutyreport.patterns import SKIPPING, CharLed, char_led, find_all, find_chars

for _info in pkgutil.walk_packages(dutyreport.__path__, "dutyreport."):
    if not _info.name.endswith("__main__"):
        importlib.import_module(_info.name)  # (each module reads the lead characters of its patterns when loaded)

TEXTS = [*corpus_files(), *realworld_files(), *fixture_files()]


def _answers(matches: Any) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_the_cleaning_and_table_patterns_are_char_led() -> None:
    """(tests/test_patterns.py holds every char-led pattern to its own scan)"""
    from dutyreport.clean import damage_marks, docnumbers
    from dutyreport.structure import tables

    led = {id(original) for shortcut, original in SKIPPING if isinstance(shortcut, CharLed)}
    for rx in (tables._UNIT_IN_BRACKETS, docnumbers._BRACKETED_AT, damage_marks._SITE_LABEL_RE):
        assert id(rx) in led


def test_find_chars_finds_every_place_of_every_character() -> None:
    text = "(甲)（乙）(丙)((("
    assert sorted(find_chars(text, "(（")) == [i for i, c in enumerate(text) if c in "(（"]
    assert find_chars(text, "") == [] and find_chars("", "(") == []


def test_a_pattern_whose_matches_may_start_anywhere_is_refused() -> None:
    with pytest.raises(ValueError, match="may start anywhere"):
        char_led(re.compile(r"[^甲]乙"))


# --- placeholders: a pattern whose matches open with a mark is tried where the marks stand ------------------


def _placeholder_scans() -> list[tuple[Any, Any]]:
    """(the pattern tried at its marks, the pattern as written) of each placeholder pattern so tried."""
    from dutyreport.clean.damage_text import _PLACEHOLDER_RES

    return [(at, rx) for rx, _, _, at in _PLACEHOLDER_RES if at is not None]


def test_the_placeholder_patterns_of_figures_and_blanks_are_tried_at_their_marks() -> None:
    assert {at.chars for at, _ in _placeholder_scans()} >= {"Xx", "_＿"}


@pytest.mark.skipif(not TEXTS, reason="no reports")
def test_the_placeholders_at_their_marks_are_those_of_a_scan_in_the_real_reports() -> None:
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        for at, rx in _placeholder_scans():
            assert _answers(at.finditer(text)) == _answers(rx.finditer(text)), path.name


_MARKS_AROUND = list("xX_＿*＊○〇.-+·a1 2019年万元人所区路光")


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.sampled_from(_MARKS_AROUND), st.characters()), max_size=40))
def test_the_placeholders_at_their_marks_are_those_of_a_scan(text: str) -> None:
    for at, rx in _placeholder_scans():
        assert _answers(at.finditer(text)) == _answers(rx.finditer(text)), rx.pattern


# --- the city a 文号 abbreviates: the names before a suffix, from the places of the name's first character ---


def _before_suffix_by_scan(text: str, ch: str) -> set[str]:
    """The names before a suffix as first found: from the places of every suffix of the text."""
    every = {text[i - 2 : i] for sfx in _ADMIN_SUFFIXES for i in find_all(text, sfx) if i >= 2}
    return {n for n in every if n.startswith(ch)}


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("云溪市县区乡镇州甲乙云云")), max_size=30))
def test_the_names_before_a_suffix_are_those_of_a_scan_of_every_suffix(text: str) -> None:
    for ch in "云溪甲":
        assert _before_suffix(text, find_all(text, ch)) == _before_suffix_by_scan(text, ch)


# --- a 年 after a space and a 号 before a closing bracket, each found in one scan -----------------------------


def _pairs_by_find(text: str) -> tuple[list[int], list[int]]:
    """The places of a space before 年 and of 号 before a closing bracket as first found: one str.find scan per
    pair of characters, in the order the two corruption finders read them."""
    spaced = [i for space in (" ", "\u3000") for i in find_all(text, space + "年")]
    closed = [i for close in ("号)", "号）") for i in find_all(text, close)]
    return spaced, closed


def _pairs_by_scan(text: str) -> tuple[list[int], list[int]]:
    from dutyreport.clean.damage_text import _closed_hao, _spaces_before_year

    return _spaces_before_year(text), _closed_hao(text)


@pytest.mark.skipif(not TEXTS, reason="no reports")
def test_the_spaced_years_and_closed_numbers_are_those_of_a_find_per_pair_in_the_real_reports() -> None:
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        assert _pairs_by_scan(text) == _pairs_by_find(text), path.name


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list(" \u3000年号)）(（2021x")), max_size=40))
def test_the_spaced_years_and_closed_numbers_are_those_of_a_find_per_pair(text: str) -> None:
    assert _pairs_by_scan(text) == _pairs_by_find(text)
