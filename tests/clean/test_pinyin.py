"""The pinyin some mirror sites print after characters (``教育(jiào yù)``, ``學xué校``, ``督導dǎo``): marked
as noise of its own kind, never the Latin a report writes itself; a figure it interrupts is still read."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dutyreport
from dutyreport.clean.noise import _SYLLABLE, _spelled, find_noise, pinyin, wording_noise
from dutyreport.document import Document
from dutyreport.lang.entry import Entry
from dutyreport.lang.noise import PINYIN_FINALS, PINYIN_INITIALS, TONE_MARKS
from dutyreport.model.report import NoiseKind
from dutyreport.quantities.scan import find_quantities
from strategies import figure_sentences


def _pinyin(text: str) -> list[str]:
    return [n.text for n in find_noise(Document.of(text)) if n.kind is NoiseKind.PINYIN]


# (origin, text, the pinyin marked in it): sentences of our own in the genre, printed as such mirrors do.
EXAMPLES_PINYIN: list[tuple[str, str, list[str]]] = [
    ("bracketed_word", "加强教育(jiào yù)督导工作。", ["(jiào yù)"]),
    ("bracketed_characters", "國家督導(dǎo)檢查組認(rèn)為該縣達(dá)到標準。", ["(dǎo)", "(rèn)", "(dá)"]),
    ("full_width_brackets", "學校（xué xiào）布局調整到位。", ["（xué xiào）"]),
    ("glued_between", "新建學xué校三所。", ["xué"]),
    ("glued_before_stop", "加強督導dǎo。", ["dǎo"]),
    ("umlaut", "女nǚ教師比例上升。", ["nǚ"]),
    ("after_measure_word", "全省有86個(gè)縣通過評估。", ["(gè)"]),
]

# (origin, text): Latin a report writes, with no tone mark: never pinyin.
EXAMPLES_NOT_PINYIN: list[tuple[str, str]] = [
    ("isbn", "教材书号ISBN 978-7-04-012345-6。"),
    ("chat_group", "建立家长QQ群和微信群。"),
    ("grades", "A级学校12所，B类问题3个。"),
    ("web_address", "详见www.example.gov.cn公告。"),
    ("toneless_syllables", "开展e学习和ai课程，建设5G校园。"),
    ("english_word", "引进STEAM课程和app平台。"),
    ("bracketed_letter", "符合条件(a)的学校。"),
    ("toneless_reading", "加强教育(jiao yu)工作。"),
]


@pytest.mark.parametrize(("text", "expected"), [e[1:] for e in EXAMPLES_PINYIN], ids=[e[0] for e in EXAMPLES_PINYIN])
def test_pinyin_is_noise(text: str, expected: list[str]) -> None:
    assert _pinyin(text) == expected


@pytest.mark.parametrize("text", [e[1] for e in EXAMPLES_NOT_PINYIN], ids=[e[0] for e in EXAMPLES_NOT_PINYIN])
def test_latin_of_a_report_is_not_pinyin(text: str) -> None:
    assert find_noise(Document.of(text)) == ()


# --------------------------------------------------------------------------------------------
# The tables, entry by entry
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", TONE_MARKS, ids=[e.word for e in TONE_MARKS])
def test_tone_mark_table_examples(entry: Entry[str]) -> None:
    mark, vowel, syllable = entry.word, entry.value, entry.example
    assert mark in syllable
    # the syllable is read after a character, glued or in brackets …
    assert _pinyin(f"教{syllable}育") == [syllable]
    assert _pinyin(f"教({syllable})育") == [f"({syllable})"]
    # … and the mark decides: the same syllable without it is no pinyin
    assert _pinyin(f"教({syllable.replace(mark, vowel)})育") == []


@pytest.mark.parametrize("entry", PINYIN_INITIALS, ids=[e.word for e in PINYIN_INITIALS])
def test_pinyin_initial_table_examples(entry: Entry[str]) -> None:
    assert entry.example.startswith(entry.word)
    finals = "|".join(_spelled(e.word) for e in PINYIN_FINALS)
    assert re.fullmatch(f"{entry.word}(?:{finals})", entry.example)
    assert _pinyin(f"教({entry.example})") == [f"({entry.example})"]


@pytest.mark.parametrize("entry", PINYIN_FINALS, ids=[e.word for e in PINYIN_FINALS])
def test_pinyin_final_table_examples(entry: Entry[str]) -> None:
    initials = "|".join(e.word for e in PINYIN_INITIALS)
    assert re.fullmatch(f"(?:{initials})?{_spelled(entry.word)}", entry.example)
    assert re.fullmatch(_SYLLABLE, entry.example)
    assert _pinyin(f"教({entry.example})") == [f"({entry.example})"]


# --------------------------------------------------------------------------------------------
# Figures among pinyin
# --------------------------------------------------------------------------------------------

# (origin, text, the indicators (text, value, unit)): a figure the pinyin interrupts is still read.
EXAMPLES_FIGURES_ACROSS: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    ("chinese_numeral", "全縣新建學校十(shí)二所。", [("十(shí)二所", "12", "所")]),
    ("scale_word", "改擴建學校近4萬(wàn)所。", [("近4萬(wàn)所", "40000", "所")]),
    ("money", "累計投入資金3億(yì)元。", [("3億(yì)元", "300000000", "yuan")]),
    ("measure_word_after", "全省有86個(gè)縣通過評估。", [("86個", "86", "个")]),
    ("glued_inside", "新建兩liǎng所幼兒園。", [("兩liǎng所", "2", "所")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), [e[1:] for e in EXAMPLES_FIGURES_ACROSS], ids=[e[0] for e in EXAMPLES_FIGURES_ACROSS]
)
def test_a_figure_interrupted_by_pinyin_is_read(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    report = dutyreport.parse(f"某縣教育工作自查報告\n一、基本情況\n{text}")
    assert [(i.text, str(i.value), i.unit) for i in report.indicators] == expected
    for i in report.indicators:
        assert report.text[i.start : i.end] == i.text


def test_wording_noise_leaves_out_the_pinyin_only() -> None:
    text = "首页 > 政务公开\n新建學(xué)校十二所。"
    doc = Document.of(text)
    doc = doc.with_noise(find_noise(doc))
    assert [text[s:e] for s, e in pinyin(doc)] == ["(xué)"]
    assert [text[s:e] for s, e in wording_noise(doc).spans] == ["首页 > 政务公开"]


# Syllables with a tone mark, as a mirror prints them (our own picks of common readings).
_READINGS = ("jiào", "yù", "xué", "dǎo", "gè", "fā", "zhǎn", "shí", "wàn", "yì", "liǎng", "suǒ", "rén", "nián")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@st.composite
def _with_pinyin(draw: st.DrawFn, text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with pinyin printed after some of its characters, and where it was printed."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    for i, c in enumerate(text):
        out.append(c)
        at += 1
        if _HAN.fullmatch(c) and draw(st.booleans()):
            reading = draw(st.sampled_from(_READINGS))
            glued = i + 1 < len(text) and _HAN.fullmatch(text[i + 1]) is not None and draw(st.booleans())
            piece = reading if glued else f"({reading})"
            out.append(piece)
            spans.append((at, at + len(piece)))
            at += len(piece)
    return "".join(out), spans


_CASES = st.lists(figure_sentences(), min_size=1, max_size=3).map("".join).flatmap(
    lambda text: st.tuples(st.just(text), _with_pinyin(text))
)


@settings(max_examples=150, deadline=None)
@given(_CASES)
def test_printing_pinyin_after_characters_leaves_the_figures(
    case: tuple[str, tuple[str, list[tuple[int, int]]]],
) -> None:
    # the scan reads the same quantities; the report the same values (the words around a figure, which
    # name its unit or kind, are still read from the text as printed: 平均(jūn)工资 is no cue)
    text, (printed, spans) = case
    doc = Document.of(printed)
    doc = doc.with_noise(find_noise(doc))
    assert list(pinyin(doc)) == spans  # every reading printed is found, and nothing else
    plain = [(m.kind, m.quantity.to_dict()) for m in find_quantities(text)]
    read = find_quantities(printed, skip=pinyin(doc))
    assert [(m.kind, m.quantity.to_dict()) for m in read] == plain
    for m in read:
        assert printed[m.start : m.end] == m.text
    report = dutyreport.parse(f"某县教育工作自查报告\n一、基本情况\n{text}")
    printed_report = dutyreport.parse(f"某县教育工作自查报告\n一、基本情况\n{printed}")
    assert [i.value for i in printed_report.indicators] == [i.value for i in report.indicators]
