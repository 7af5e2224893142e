"""Defects a review of round 10 found in the indicator stage: the years of a 分别为 list whose items are named
before it, the time its reading takes, the link words of a standard listed by level, the period of an amount per
person, and the words of a year's season, term and school year (read from lang tables).

The sentences are written for these tests.
"""

from __future__ import annotations

import time

import pytest

import dutyreport as d
from dutyreport.lang import figure_years as yw
from dutyreport.lang import numbers
from dutyreport.lang.entry import Entry
from dutyreport.serialize import quantity_view

HEAD = "某县教育工作自查报告\n一、基本情况\n"


def indicators(body: str) -> list[d.Indicator]:
    return list(d.parse(HEAD + body).indicators)


# A 分别为 list after a span of years as long as the list, but whose items are named before 分别 (joined by 和, 与,
# 及, 同, a pair word, or counted: 三所学校): each figure is an item's, of no year of the span.
EXAMPLES_REVIEW11_ITEMS_BEFORE_RESPECTIVELY = [
    "2022—2023年，全县小学和初中生均公用经费分别为720元和950元。",
    "2022—2023年，全县男女生人数分别为520人和480人。",
    "2022—2023年，城区与农村学校生均经费分别为720元和950元。",
    "2022—2023年，城区同农村学校生均经费分别为720元和950元。",
    "2022—2023年，公办园和民办园分别为12所和8所。",
    "2022—2023年，公办园及民办园分别为12所和8所。",
    "2021—2023年，三所学校的投入分别为120万元、150万元和80万元。",
    "2022—2023年，城乡学校生均经费分别为720元和950元。",
]


@pytest.mark.parametrize("sentence", EXAMPLES_REVIEW11_ITEMS_BEFORE_RESPECTIVELY,
                         ids=[s[11:22] for s in EXAMPLES_REVIEW11_ITEMS_BEFORE_RESPECTIVELY])
def test_a_respective_list_of_items_named_before_it_takes_no_years_of_the_span(sentence: str) -> None:
    found = [i for i in indicators(sentence) if "分别为" in sentence[: sentence.find(i.text)]]
    assert len(found) >= 2 and all(i.year is None for i in found), [(i.text, i.year) for i in found]


# The same lists with nothing named before 分别 but the measure (and words that hold a joiner's character without
# joining: 同比, 参与): each figure is of its year, in order.
EXAMPLES_REVIEW11_YEARS_KEPT = [
    ("2022—2023年，全县生均公用经费分别为720元和950元。", ("720元", 2022), ("950元", 2023)),
    ("2022—2023年，全县教育支出同比增幅分别为5.2%和6.1%。", ("5.2%", 2022), ("6.1%", 2023)),
    ("2022—2023年，参与课后服务的学生分别为5200人和6100人。", ("5200人", 2022), ("6100人", 2023)),
    ("2021—2022年，学生数分别为100人和120人，教师数分别为10人和12人。", ("10人", 2021), ("12人", 2022)),
]


@pytest.mark.parametrize(("sentence", "first", "last"), EXAMPLES_REVIEW11_YEARS_KEPT,
                         ids=[e[0][11:22] for e in EXAMPLES_REVIEW11_YEARS_KEPT])
def test_a_respective_list_of_the_spans_years_keeps_them(
    sentence: str, first: tuple[str, int], last: tuple[str, int]
) -> None:
    years = {i.text: i.year for i in indicators(sentence)}
    assert (years.get(first[0]), years.get(last[0])) == (first[1], last[1]), years


def test_respective_lists_are_read_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # a span, then many 分别为 lists in one sentence: each list used to read back over every year mention and every
    # character before it in the sentence (n²). The time of the reading itself (the stage's call), best of two runs
    # of each size; eight times the lists must take far less than 64 times as long.
    from dutyreport.indicators import build, years

    spent = [0.0]

    def timed(*args: object) -> object:
        t0 = time.process_time()
        out = years.respective_years(*args)  # type: ignore[arg-type]
        spent[0] += time.process_time() - t0
        return out

    monkeypatch.setattr(build, "respective_years", timed)

    def seconds(n: int) -> float:
        text = HEAD + "2021—2022年，" + "（2020年）分别为1人和2人，" * n + "。"
        best = float("inf")
        for _ in range(2):
            spent[0] = 0.0
            d.parse(text)
            best = min(best, spent[0])
        return best

    seconds(50)  # (the stages' patterns compiled)
    assert seconds(4000) / max(seconds(500), 1e-4) < 24


# A standard per unit stated for a level, then for the next level with a link word the genre writes: the same
# standard per unit (not money whose subject runs back over the first item).
EXAMPLES_REVIEW11_LEVEL_LINKS = [
    "营养改善计划补助标准为小学每生每天4元，初中达5元。",
    "营养改善计划补助标准为小学每生每天4元，初中增至5元。",
    "营养改善计划补助标准为小学每生每天4元，初中增加到5元。",
    "营养改善计划补助标准为小学每生每天4元，初中调至5元。",
    "营养改善计划补助标准为小学每生每天4元，初中调整到5元。",
    "营养改善计划补助标准为小学每生每天4元，初中提高为5元。",
]


@pytest.mark.parametrize(
    "sentence", EXAMPLES_REVIEW11_LEVEL_LINKS, ids=[s[21:25] for s in EXAMPLES_REVIEW11_LEVEL_LINKS]
)
def test_a_level_linked_by_a_standards_word_keeps_the_per_unit_standard(sentence: str) -> None:
    found = {i.text: i for i in indicators(sentence)}
    first, later = found["每生每天4元"], found["5元"]
    assert later.unit == first.unit and isinstance(later.quantity, d.PerUnit), later
    assert later.subject is not None and "初中" in later.subject and "每生" not in later.subject, later.subject



# Three levels or more, each item after the first with a link word: each later item is the standard per unit too (the
# third's figure before it, read as one already, ends with its level and link word).
EXAMPLES_REVIEW11_THREE_LEVELS = [
    ("义务教育阶段寄宿生生活补助标准为小学每生720元，初中为950元，高中为1200元。", ("950元", "1200元")),
    ("营养改善计划补助标准为小学每生每天4元，初中达5元，高中达6元。", ("5元", "6元")),
    ("公用经费补助标准为小学每生650元、初中850元、高中1100元。", ("850元", "1100元")),
]


@pytest.mark.parametrize(("sentence", "later"), EXAMPLES_REVIEW11_THREE_LEVELS,
                         ids=[e[1][-1] for e in EXAMPLES_REVIEW11_THREE_LEVELS])
def test_every_later_level_of_a_list_keeps_the_per_unit_standard(sentence: str, later: tuple[str, ...]) -> None:
    found = {i.text: i for i in indicators(sentence)}
    first = next(i for i in found.values() if i.text.startswith("每生"))
    assert [(found[t].unit, type(found[t].quantity)) for t in later] == [(first.unit, d.PerUnit)] * len(later)

# An amount per person and a period keeps its period in the model (as parse_quantity reads it, and as 每生每学期
# keeps its term); the JSON view labels every amount per person yuan/person and every amount per student and a
# period yuan/student/year (the labels ../shared/eval/CONTRACT.md names).
EXAMPLES_REVIEW11_PER_PERSON = [
    ("全县乡村教师生活补助标准为每人每学期500元。", "每人每学期500元", ("person", "term"), "yuan/person"),
    ("全县乡村教师生活补助标准为每人每月500元。", "每人每月500元", ("person",), "yuan/person"),
    ("全县乡村教师生活补助标准为每人每年6000元。", "每人每年6000元", ("person", "year"), "yuan/person"),
    ("课后服务经费按每生每学期300元标准筹措。", "每生每学期300元", ("student", "term"), "yuan/student/year"),
]


@pytest.mark.parametrize(("sentence", "surface", "per", "label"), EXAMPLES_REVIEW11_PER_PERSON,
                         ids=[e[1] for e in EXAMPLES_REVIEW11_PER_PERSON])
def test_an_amount_per_person_keeps_its_period(sentence: str, surface: str, per: tuple[str, ...], label: str) -> None:
    (i,) = (i for i in indicators(sentence) if i.text == surface)
    assert isinstance(i.quantity, d.PerUnit) and i.quantity.per == per, i.quantity
    assert i.quantity.per == d.parse_quantity(surface).per  # type: ignore[union-attr]
    assert quantity_view(i.quantity)["unit"] == label
    assert d.to_dict(d.parse(HEAD + sentence))["indicators"][0]["unit"] == label


def check_season(e: Entry[str]) -> None:
    # a compared value's year, its season (and term) after it before 的: the figure is of that year
    for tail in ("", "学期"):
        (first, _) = indicators(f"全县学科类校外培训机构由2021年{e.word}{tail}的87家压减到2023年底的4家。")
        assert (first.text, first.year) == ("87家", 2021), first


def check_term(e: Entry[str]) -> None:
    (first, _) = indicators(f"全县学科类校外培训机构由2021年秋季{e.word}的87家压减到2023年底的4家。")
    assert (first.text, first.year) == ("87家", 2021), first
    assert e.word in e.example


def check_school_year(e: Entry[str]) -> None:
    # a school year before the clause is no word of its figure's subject, and its year no figure
    (i,) = indicators(e.example)
    assert i.subject is not None and "学年" not in i.subject and i.year == 2023, (i.subject, i.year)


YEAR_SUFFIX_TABLES = [
    ("SEASON_WORDS", yw.SEASON_WORDS, check_season),
    ("TERM_WORDS", yw.TERM_WORDS, check_term),
    ("SCHOOL_YEAR_WORDS", numbers.SCHOOL_YEAR_WORDS, check_school_year),
]



def check_items_named(e: Entry[str]) -> None:
    # the words name the list's items: its figures take no year of the span; without them, they do
    found = [i for i in indicators(e.example) if i.text in e.example.split("分别为")[1]]
    assert len(found) == 2 and all(i.year is None for i in found), [(i.text, i.year) for i in found]
    plain = e.example.replace(e.word, "", 1)
    assert [i.year for i in indicators(plain) if i.text in plain.split("分别为")[1]] == [2022, 2023], plain


def check_joins_nothing(e: Entry[str]) -> None:
    # the word holds a joiner's character and joins nothing: the list is of the span's years
    assert [i.year for i in indicators(e.example)] == [2022, 2023], e.example


RESPECTIVE_TABLES = [
    ("RESPECTIVE_JOINERS", yw.RESPECTIVE_JOINERS, check_items_named),
    ("PAIR_WORDS", yw.PAIR_WORDS, check_items_named),
    ("RESPECTIVE_NOT_JOINERS", yw.RESPECTIVE_NOT_JOINERS, check_joins_nothing),
]


# Each entry of these tables, read by the check of what its table's words do.
WORD_TABLES = [*YEAR_SUFFIX_TABLES, *RESPECTIVE_TABLES]


@pytest.mark.parametrize(
    ("table", "entry", "check"),
    [(name, e, check) for name, table, check in WORD_TABLES for e in table],
    ids=[f"{name}:{e.word}" for name, table, _ in WORD_TABLES for e in table],
)
def test_the_year_words_do_their_job(table: str, entry: Entry[str], check: object) -> None:
    check(entry)  # type: ignore[operator]


# An invisible format control a page left inside a subject's words (a zero-width space, a bidirectional mark): the
# subject reads as the words without it, and so finds its key.
EXAMPLES_REVIEW11_CONTROLS_IN_SUBJECTS = [
    ("全县小学巩\u200b固率达到99.5%。", "小学巩固率", "compulsory_retention_rate"),
    ("全县义务\u200b教育学校共有45所。", "义务教育学校", "school_count"),
    ("全县义务教育\u2066学校\u2069共有45所。", "义务教育学校", "school_count"),
]


@pytest.mark.parametrize(("body", "subject", "key"), EXAMPLES_REVIEW11_CONTROLS_IN_SUBJECTS)
def test_a_format_control_is_no_part_of_a_subject(body: str, subject: str, key: str) -> None:
    (found,) = indicators(body)
    assert (found.subject, found.key) == (subject, key)


# A school year written as a span of two years (the second possibly with two digits: 2023-24学年) is one date, as a
# school year of one year is: no figure, no word of the subject, and its clause's figures are of no single year (as
# our fixtures' gold reads 2022—2023学年度), whatever joins the two (a dash, 至, a stroke) or whether each year names
# the word.
EXAMPLES_REVIEW11_SCHOOL_YEARS = [
    "2023-24学年，全县招收新生1200人。",
    "2023—24学年度全县招收新生1200人。",
    "2023-2024学年，全县招收新生1200人。",
    "2023—2024学年度全县招收新生1200人。",
    "2023至2024学年，全县招收新生1200人。",
    "2023/2024学年，全县招收新生1200人。",
    "2023/24学年，全县招收新生1200人。",
    "2023学年至2024学年，全县招收新生1200人。",
]


@pytest.mark.parametrize("sentence", EXAMPLES_REVIEW11_SCHOOL_YEARS)
def test_a_school_year_span_is_one_date(sentence: str) -> None:
    found = indicators(sentence)
    assert [(i.text, i.subject, i.year) for i in found] == [("1200人", "招收新生", None)], sentence
