"""Patterns led by the characters their matches start with find what the patterns they lead find.

:func:`dutyreport.patterns.skipping` puts a look-ahead on :func:`~dutyreport.patterns.first_chars`
before a hot search pattern, and :func:`~dutyreport.patterns.char_led` tries a pattern only where one of them
stands; these tests hold every such shortcut of the package to the pattern it stands for,
over the real reports and over generated text, and ask ``first_chars`` of patterns whose first
characters cannot be known.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dutyreport
from conftest import CORPUS, fixture_files, realworld_files
from dutyreport.lang.script import words_alternation
from dutyreport.patterns import SKIPPING, CharLed, char_class, first_chars, held_chars, max_width, skipping

for _info in pkgutil.walk_packages(dutyreport.__path__, "dutyreport."):
    if not _info.name.endswith("__main__"):
        importlib.import_module(_info.name)  # (each module leads its patterns where it is loaded)

PAIRS = list(SKIPPING)
IDS = [f"{type(led).__name__}:{original.pattern[:24]}" for led, original in PAIRS]


def _answers(p: re.Pattern[str] | CharLed, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in p.finditer(text)]


def test_the_hot_search_patterns_are_led() -> None:
    from dutyreport.audit import counts
    from dutyreport.indicators import kinds

    led = {id(p) for p, _ in PAIRS}
    assert id(counts._LIST_NOUN_RE) in led
    # the indicator stage's goal cues open with a character in every branch (which the engine searches for
    # without a look-ahead; tests/indicators/test_build_shortcuts.py holds them to the word tables' pattern)
    assert id(kinds._TARGET_CUE) not in led and first_chars(kinds._TARGET_CUE)


@pytest.mark.parametrize(("led", "original"), PAIRS, ids=IDS)
@pytest.mark.skipif(not CORPUS, reason="corpus not available")
def test_a_led_pattern_finds_what_it_leads_in_the_real_reports(
    led: re.Pattern[str] | CharLed, original: re.Pattern[str]
) -> None:
    for path in [*CORPUS, *realworld_files(), *fixture_files()]:
        text = path.read_text(encoding="utf-8")
        assert _answers(led, text) == _answers(original, text), path.name


# The characters the led patterns start with and stand beside, and some others.
_CHARS = sorted({c for _, p in PAIRS for c in (first_chars(p) or ())}) + list(
    "年月日，。、：:；\n 0123456789xX截止至到以来报告总结汇情况范文精选12篇号)）]】〕\u3000所人万元个学校数甲乙"
)


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.sampled_from(_CHARS), st.characters()), max_size=60), st.integers(0, 60))
def test_a_led_pattern_finds_what_it_leads_anywhere(text: str, pos: int) -> None:
    for led, original in PAIRS:
        assert _answers(led, text) == _answers(original, text)
        if isinstance(led, CharLed):
            continue  # (tried by finditer only)
        a, b = led.search(text, pos), original.search(text, pos)
        assert (a and a.span()) == (b and b.span())
        a, b = led.match(text, pos), original.match(text, pos)
        assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (r"(?<!截止)到20[0-9]{2}年|[拟擬]", "到拟擬"),
        (r"(?:上|下)?降", "上下降"),  # an optional opening: what follows it opens a match too
        (r"\b(?:年|月)+$", "年月"),  # anchors take no character
        (r"[0-9]*x", "0123456789x"),
        (r"(?=[甲乙])[乙丙]", "乙丙"),  # a look-ahead is read past: what it lets through is a part of what follows
        (r"a?", None),  # may match nothing
        (r"\s年", None),  # a category
        (r"[^年]", None),  # a negated class
        (r".年", None),
        (r"[\u4e00-\u9fff]", None),  # too wide a range to help
        (r"(?i:a)b", None),
    ],
)
def test_first_chars(pattern: str, chars: str | None) -> None:
    found = first_chars(re.compile(pattern))
    assert found == (None if chars is None else frozenset(chars))
    if chars is None:
        assert skipping(re.compile(pattern)).pattern == pattern  # left as it is


@pytest.mark.parametrize(
    ("pattern", "spaces", "chars"),
    [
        (r"[\s，]+年", True, "，"),  # (the caller tests str.isspace besides)
        (r"[\s，]+年", False, None),
        (r"\s", True, None),  # outside a class: left as a category
    ],
)
def test_first_chars_but_white_space(pattern: str, spaces: bool, chars: str | None) -> None:
    found = first_chars(re.compile(pattern), spaces=spaces)
    assert found == (None if chars is None else frozenset(chars))


@pytest.mark.parametrize(
    ("pattern", "spaces", "chars"),
    [
        (r"(?:一|二)+是[，,]?", False, "一二是，,"),
        (r"(?<=从)(?:达到|为)(?!止)$", False, "达到为"),  # look-arounds read characters a match does not hold
        (r"(?:为|[\s、])+$", True, "为、"),
        (r"(?:为|[\s、])+$", False, None),
        (r"为.", False, None),
        (r"为[^年]", False, None),
        (r"(?i:a)", False, None),
    ],
)
def test_the_characters_a_match_holds(pattern: str, spaces: bool, chars: str | None) -> None:
    found = held_chars(re.compile(pattern), spaces=spaces)
    assert found == (None if chars is None else frozenset(chars))


@given(
    st.lists(st.text("为达到分别是，、 ", min_size=1, max_size=3), min_size=1, max_size=4),
    st.text("为达到分别是，、 年", max_size=30),
)
def test_every_character_of_a_match_is_held(words: list[str], text: str) -> None:
    pattern = re.compile(rf"(?:{words_alternation(words)}|{char_class('、', spaces=True)})+")
    held = held_chars(pattern, spaces=True)
    assert held is not None
    for m in pattern.finditer(text):
        assert all(c in held or c.isspace() for c in m.group()), (words, text)


@pytest.mark.parametrize(
    ("pattern", "width"),
    [("ab?c", 3), ("(?:上年|上一年)(?:同期)?分别为[:：]?", 9), ("(?<=甲)乙", 1), ("a+", None), ("a{2,5}", 5), ("", 0)],
)
def test_the_widest_match_of_a_pattern(pattern: str, width: int | None) -> None:
    assert max_width(re.compile(pattern)) == width


# --- the words a pattern's matches open with -----------------------------------------------------------

_LEAD_CASES = [
    # (pattern, its lead words) — our own patterns in the style of the tables
    ("(?:存在|还有|仍有)着?问题", ("存在", "还有", "仍有")),
    ("面临|存在", ("面临", "存在")),
    ("补(?:齐|足)短板", ("补",)),
    ("存在|存有", ("存",)),  # (the parser draws a shared first character out of the alternatives)
    ("[补增]强", None),
    ("(?<=，)问题", None),
    ("(?:存在)?问题", None),
]


@pytest.mark.parametrize(("pattern", "words"), _LEAD_CASES, ids=[c[0] for c in _LEAD_CASES])
def test_the_lead_words_of_a_pattern(pattern: str, words: tuple[str, ...] | None) -> None:
    from dutyreport.patterns import lead_words

    assert lead_words(pattern) == words


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from(list("存在还有仍面临补齐足着问题短板，")), max_size=30))
def test_every_match_opens_with_a_lead_word(text: str) -> None:
    from dutyreport.patterns import lead_words

    for pattern, _ in _LEAD_CASES:
        words = lead_words(pattern)
        if words is not None:
            for m in re.finditer(pattern, text):
                assert text.startswith(words, m.start()), (pattern, text)
