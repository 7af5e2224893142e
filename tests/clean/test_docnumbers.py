"""文号: found, normalized, repaired where certain, grounded in the input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS, CORPUS_IDS, layers, load_gold
from dutyreport.clean.docnumbers import (
    _BRACKETED_AT,
    _LOST_CLOSE,
    _WELL_FORMED,
    find_doc_numbers,
)
from dutyreport.clean.noise import find_noise
from dutyreport.document import Document
from dutyreport.lang.docnumbers import BRACKET_FORMS, ISSUER_LEADING_WORDS, ISSUER_SUFFIXES
from dutyreport.lang.entry import Entry
from dutyreport.model.report import Noise, NoiseKind

# (case id, text, expected normalized numbers, expected repaired flags)
EXAMPLES: list[tuple[str, str, tuple[str, ...], tuple[bool, ...]]] = [
    ("well_formed", "根据《评价方案》(江教督委〔2021〕3号)要求", ("江教督委〔2021〕3号",), (False,)),
    ("square_brackets", "按照教基[2019]12号文件", ("教基〔2019〕12号",), (False,)),
    ("spaced_brackets", "执行鄂教督[ 2020 ]7号规定", ("鄂教督〔2020〕7号",), (False,)),
    ("full_width_parens", "(湘政办发（2018）45号)", ("湘政办发〔2018〕45号",), (False,)),
    ("lost_close_hao", "(东教督委〔20213号)要求", ("东教督委〔2021〕3号",), (True,)),
    ("lost_close_and_hao", "(省政教督办函〔202216)要求", ("省政教督办函〔2022〕16号",), (True,)),
    ("lost_close_long_serial", "(县委办综〔2019108号)精神", ("县委办综〔2019〕108号",), (True,)),
    ("lost_both_brackets", "依据教财201814号文件", ("教财〔2018〕14号",), (True,)),
    ("placeholder_issuer_serial", "(x政〔2016〕x号)和(x督〔2017〕x号)", ("x政〔2016〕x号", "x督〔2017〕x号"),
     (False, False)),
    ("leading_verb_not_issuer", "按照某教发〔2020〕2号", ("某教发〔2020〕2号",), (False,)),
    ("dedup_first_kept", "(某府发〔2020〕1号)…(某府发[2020]1号)", ("某府发〔2020〕1号",), (False,)),
    ("two_numbers", "(甲教发〔2021〕5号、乙府办〔2022〕47号)", ("甲教发〔2021〕5号", "乙府办〔2022〕47号"),
     (False, False)),
]

NOT_DOC_NUMBERS: list[tuple[str, str]] = [
    ("plan_period", "《学前教育行动计划(2017-2020)》"),
    ("range_years", "2017-2021年全区投入"),
    ("bare_year_bracket", "〔2020〕1号"),
    ("year_out_of_range", "教财〔18881号"),
    ("long_number", "共计201814人"),
    ("planned_period", "《布局规划(2020—2035年)》"),
    ("template_blank_year", "(x教督办〔20xx〕7号)"),
    ("template_blank_year_serial", "(某府办函〔xxxx〕x号)"),
    ("template_blank_year_capital", "(X政发〔20XX〕X号)"),
]


@pytest.mark.parametrize(("text", "normalized", "repaired"), [e[1:] for e in EXAMPLES], ids=[e[0] for e in EXAMPLES])
def test_examples(text: str, normalized: tuple[str, ...], repaired: tuple[bool, ...]) -> None:
    found = find_doc_numbers(layers(text))
    assert tuple(d.normalized for d in found) == normalized
    assert tuple(d.repaired for d in found) == repaired
    for d in found:
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize("text", [e[1] for e in NOT_DOC_NUMBERS], ids=[e[0] for e in NOT_DOC_NUMBERS])
def test_not_doc_numbers(text: str) -> None:
    assert find_doc_numbers(layers(text)) == ()


# 文号 as pages of the genre in Traditional characters write them (quality round 7; our own numbers): 號 is kept as
# written, and a site's pinyin after the issuer's last character is read past.
EXAMPLES_UNSEEN_REPORTS: list[tuple[str, str, tuple[str, ...]]] = [
    ("traditional_hao", "根據《意見》(某政發〔2012〕48號)精神", ("某政發〔2012〕48號",)),
    ("traditional_lost_close", "(某教督〔202115號)要求", ("某教督〔2021〕15號",)),
    ("pinyin_after_issuer", "某政發(fā)〔2016〕37號", ("某政發〔2016〕37號",)),
]


@pytest.mark.parametrize(("text", "normalized"), [e[1:] for e in EXAMPLES_UNSEEN_REPORTS],
                         ids=[e[0] for e in EXAMPLES_UNSEEN_REPORTS])
def test_doc_numbers_of_unseen_reports(text: str, normalized: tuple[str, ...]) -> None:
    found = find_doc_numbers(layers(text, find_noise(Document.of(text))))
    assert tuple(d.normalized for d in found) == normalized
    for d in found:
        assert text[d.start : d.end] == d.text


def test_noise_is_skipped() -> None:
    text = "相关:某教发〔2020〕2号\n正文(某府发〔2021〕3号)"
    noise = (Noise(start=0, end=13, text=text[:13], kind=NoiseKind.CHROME),)
    assert [d.normalized for d in find_doc_numbers(layers(text, noise))] == ["某府发〔2021〕3号"]


@pytest.mark.parametrize("entry", BRACKET_FORMS, ids=[e.word + e.value for e in BRACKET_FORMS])
def test_bracket_table_examples(entry: Entry[str]) -> None:
    (d,) = find_doc_numbers(layers(entry.example))
    assert d.text == entry.example
    assert d.normalized == entry.example.replace(entry.word, "〔").replace(entry.value, "〕")
    assert not d.repaired


@pytest.mark.parametrize("entry", ISSUER_LEADING_WORDS, ids=[e.word for e in ISSUER_LEADING_WORDS])
def test_leading_word_table_examples(entry: Entry[str]) -> None:
    (d,) = find_doc_numbers(layers(entry.example))
    assert d.normalized == entry.example[len(entry.word) :]


@pytest.mark.parametrize("entry", ISSUER_SUFFIXES, ids=[e.word for e in ISSUER_SUFFIXES])
def test_suffix_table_examples(entry: Entry[str]) -> None:
    (d,) = find_doc_numbers(layers(entry.example))
    assert d.repaired
    assert d.normalized.split("〔")[0].endswith(entry.word)


@pytest.mark.skipif(not CORPUS, reason="corpus not available")
@pytest.mark.parametrize("path", CORPUS, ids=CORPUS_IDS)
def test_corpus_doc_numbers_match_gold(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    gold = load_gold(path)
    found = find_doc_numbers(layers(text, find_noise(Document.of(text))))
    assert {d.normalized for d in found} == set(gold.get("doc_numbers") or [])
    for d in found:
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    "text",
    ["〔2020" * 100_000, "x" * 10**6, "教财2018" * 100_000, "武教督委〔" * 100_000, "(" * 10**6],
    ids=["year_open", "x", "no_brackets", "issuer_open", "parens"],
)
def test_pathological_input_finishes(text: str) -> None:
    for d in find_doc_numbers(layers(text)):
        assert text[d.start : d.end] == d.text


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_text_is_grounded(text: str) -> None:
    found = find_doc_numbers(layers(text))
    assert [d.start for d in found] == sorted(d.start for d in found)
    assert len({d.normalized for d in found}) == len(found)
    for d in found:
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start : d.end] == d.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="武教督委府办发函〔〕[]()（）0123456789号x关于,、 \n", max_size=80))
def test_doc_alphabet_is_grounded(text: str) -> None:
    for d in find_doc_numbers(layers(text)):
        assert text[d.start : d.end] == d.text
        assert d.normalized.endswith("号")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="教〔〕[]()（）【】 \u30001209x号第", max_size=30))
def test_the_bracketed_forms_are_tried_where_they_can_match(text: str) -> None:
    at = {m.start() for m in _BRACKETED_AT.finditer(text)}
    for rx in (_WELL_FORMED, _LOST_CLOSE):
        found = [m.span() for m in rx.finditer(text)]
        assert [m.span() for p in sorted(at) if (m := rx.match(text, p)) is not None] == found
