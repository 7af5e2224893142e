"""Every entry of lang.figures does what its table says, on its own example read by the indicator stage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import dutyreport as d
from dutyreport.indicators.build import _TARGET_CUE
from dutyreport.indicators.years import find_years
from dutyreport.lang import figures as v
from dutyreport.lang.entry import Entry, PatternEntry
from dutyreport.lang.punctuation import SENTENCE_ENDS
from dutyreport.quantities.scan import find_quantities
from dutyreport.spans import Breaks

HEAD = "某县2021年度教育工作自查报告\n一、基本情况\n"
OPENING_YEAR = "某县教育工作自查报告\n2020年,全县扎实推进教育工作。\n一、基本情况\n"


def figures(example: str, head: str = HEAD) -> list[d.Indicator]:
    found = list(d.parse(head + example + "。").indicators)
    assert found, f"no figure in {example!r}"
    return found


def subjects(example: str) -> list[str]:
    return [i.subject or "" for i in figures(example)]


def check_lead(e: Entry) -> None:
    assert not any(s.startswith(e.word) for s in subjects(e.example))


def check_tail(e: Entry) -> None:
    assert not any(s.endswith(e.word) for s in subjects(e.example))


def check_change_to(e: Entry) -> None:
    assert e.word not in (figures(e.example)[-1].subject or "")


def check_level(e: Entry) -> None:
    assert (figures(e.example)[-1].subject or "").startswith(e.word)


def check_generic(e: Entry) -> None:
    assert "教师" in (figures(e.example)[0].subject or "")


def check_money_verb(e: Entry) -> None:
    purpose = e.example.split(",")[1]
    assert purpose[-2:] in (figures(e.example)[0].subject or "")


def check_attribute_of_previous(e: Entry) -> None:
    first, second = figures(e.example)[:2]
    assert first.subject and second.subject and second.subject.startswith(first.subject)


def check_attribute_of_project(e: Entry) -> None:
    assert (figures(e.example)[0].subject or "").startswith(e.example.split(",")[0][:3])


def check_topic(e: Entry) -> None:
    assert e.word in (figures(e.example)[0].subject or "")


def check_qualifier(e: Entry) -> None:
    assert figures(e.example)[0].qualifier is (e.value if isinstance(e.value, d.Qualifier) else None)


def check_bounded(e: Entry) -> None:
    assert figures(e.example)[0].qualifier is not None


def check_norm(e: Entry) -> None:
    assert figures(e.example)[0].qualifier is d.Qualifier.AT_MOST


def check_norm_qualifier(e: Entry) -> None:
    # a ceiling where the sentence states a norm, none where it reports a result
    check_qualifier(e)
    norm = next(c.word for c in v.NORM_CUES if c.word in e.example)
    assert figures(e.example.replace(norm, ""))[0].qualifier is None


def check_per_student(e: Entry) -> None:
    assert figures(e.example)[0].unit == "yuan/student/year"


def check_per_person(e: Entry) -> None:
    assert figures(e.example)[0].unit == "yuan/person"


def check_people(e: Entry) -> None:
    assert figures(e.example)[0].unit == "人"


def check_unit_naming(e: Entry) -> None:
    assert figures(e.example)[0].unit == e.value


def check_duration(e: Entry) -> None:
    (i,) = [i for i in figures(e.example) if i.unit == e.word]
    assert i.year is None


def check_change(e: Entry) -> None:
    kind = figures(e.example)[-1].kind
    # 新增学位5940个 names what is new: a stock of new places, read as a change only right before the figure.
    assert kind is (d.IndicatorKind.STOCK if e.word == "新增" else d.IndicatorKind.CHANGE)


def check_change_verb(e: Entry[v.Change]) -> None:
    check_change(e)
    if e.value.of_before:
        # alone after the figure before, the change is that figure's; 上年 after 比 is no year
        *_, change = figures(f"2019年教育支出为162926万元,同比{e.word}8514万元")
        assert change.subject == "教育支出同比" + e.word
        assert figures(f"全县教育支出比上年{e.word}5%")[0].year != 2020
    # a rate of change belongs to the latest year compared; another change, to the sentence's last year
    *_, change = figures(f"全县教育支出2019年为10亿元、2018年为9亿元,{e.word}11%")
    assert change.year == (2019 if e.value.rate else 2018)


def check_target(e: Entry) -> None:
    assert figures(e.example)[-1].kind is d.IndicatorKind.TARGET


def check_standard(e: Entry) -> None:
    assert figures(e.example)[-1].kind is d.IndicatorKind.STANDARD


def check_year_word(e: Entry) -> None:
    assert figures(e.example)[0].year == 2021 + int(str(e.value))


def check_no_year(e: Entry) -> None:
    assert figures(e.example)[-1].year is None


def check_deadline(e: Entry) -> None:
    i = figures(e.example)[0]
    assert (i.year, i.kind) == (2025, d.IndicatorKind.TARGET)


def check_base(e: Entry) -> None:
    assert figures(e.example)[0].year == int(e.example[len(e.word) : len(e.word) + 4])


def check_negation(e: Entry) -> None:
    assert figures(e.example, OPENING_YEAR)[0].year is None


def check_whole_word(e: Entry) -> None:
    assert any(e.word in s for s in subjects(e.example))


def check_category(e: Entry) -> None:
    assert figures(e.example)[1].subject == "公办幼儿园"


def check_school_ending(e: Entry) -> None:
    # a label ending so takes the place of the head's category noun; another label goes before the head
    label = e.example.split(":")[1].split("9")[0]
    assert figures(e.example)[1].subject == "公办" + label
    assert figures(e.example.replace(label, "教学组"))[1].subject == "教学组公办学校"


def check_among(e: Entry) -> None:
    # 其中: the list hangs from the sentence's first clause; a 其中 sentence goes on in the year of the one before
    assert [i.subject for i in figures(e.example)[1:]] == ["小学", "初中"]
    assert figures(f"2020年全县新建学校3所。{e.word}小学2所")[-1].year == 2020
    assert figures("2020年全县新建学校3所。乙小学2所")[-1].year != 2020


def check_total(e: Entry) -> None:
    assert figures(e.example)[0].subject == e.example[: e.example.index(e.word)]


def check_topic_lead(e: Entry) -> None:
    assert figures(e.example)[-1].subject == "小学公用经费标准"


def check_head_ending(e: Entry) -> None:
    assert [i.subject for i in figures(e.example)] == ["小学生均公用经费", "初中生均公用经费"]


def check_ratio_norm(e: Entry) -> None:
    assert figures(e.example)[0].kind is d.IndicatorKind.STANDARD
    assert figures(e.example.replace(e.word, "是"))[0].kind is d.IndicatorKind.STOCK


def check_as_of(e: Entry) -> None:
    # 截至2023年底…共有: a date things stand as of, not a deadline
    (i,) = figures(e.example)
    assert (i.kind, i.year) == (d.IndicatorKind.STOCK, 2023)
    assert figures(e.example.replace(e.word, "到"))[0].kind is d.IndicatorKind.TARGET


def _opens_its_sentence(text: str) -> bool:
    first = find_years(text, find_quantities(text), (), 2021, None, Breaks(text).of(SENTENCE_ENDS)).all[0]
    return first.topic


def check_year_lead(e: Entry) -> None:
    # the year after the lead opens the sentence and speaks for all of it (a compared value's year for none)
    assert _opens_its_sentence(e.example)
    assert not _opens_its_sentence(e.example.replace(e.word, "乙", 1))
    base = any(b.word == e.word for b in v.BASE_WORDS)
    assert figures(e.example)[-1].year == (2018 if base else 2019)
    assert figures(e.example.replace(e.word, "乙", 1))[-1].year == 2018


def check_change_column(e: Entry) -> None:
    # a change column takes the year of the column before it
    assert [i.year for i in figures(e.example)][-1] == 2022
    assert [i.year for i in figures(e.example.replace(e.word, "备注"))][-1] != 2022


def check_list_joiner(e: Entry) -> None:
    # the list before 分别为 names two items: the run of digits is two figures ...
    assert [i.text for i in figures(e.example)] == ["13500", "16500"]
    assert not d.parse(HEAD + e.example.replace(e.word, "的", 1) + "。").indicators  # a run not certain to split
    # ... the last item's unit is all of theirs, and a comparative goes on over the list
    points = figures(f"入学率分别提高2.3个、3.9个{e.word}6.1个百分点")
    assert {i.unit for i in points} == {"percentage_point"}
    (_, people) = figures(f"幼儿园规模一般控制在12个班{e.word}360人")
    assert people.quantity.qualifier is d.Qualifier.AT_MOST


def check_people_count(e: Entry) -> None:
    assert {i.unit for i in figures(e.example)} == {"人"}
    assert {i.unit for i in figures(e.example.replace(e.word, "数量"))} == {None}


TABLES: list[tuple[str, tuple[Entry[Any], ...], Callable[[Entry[Any]], None]]] = [
    ("LEAD_COMPOUNDS", v.LEAD_COMPOUNDS, check_whole_word),
    ("DENG_WORDS", v.DENG_WORDS, check_whole_word),
    ("SUBJECT_LEAD_WORDS", v.SUBJECT_LEAD_WORDS, check_lead),
    ("SUBJECT_TAIL_WORDS", v.SUBJECT_TAIL_WORDS, check_tail),
    ("CHANGE_TO_VERBS", v.CHANGE_TO_VERBS, check_change_to),
    ("LEVEL_WORDS", v.LEVEL_WORDS, check_level),
    ("GENERIC_VERBS", v.GENERIC_VERBS, check_generic),
    ("MONEY_VERBS", v.MONEY_VERBS, check_money_verb),
    ("ATTRIBUTES_OF_PREVIOUS", v.ATTRIBUTES_OF_PREVIOUS, check_attribute_of_previous),
    ("ATTRIBUTES_OF_PROJECT", v.ATTRIBUTES_OF_PROJECT, check_attribute_of_project),
    ("TOPIC_NOUNS", v.TOPIC_NOUNS, check_topic),
    ("CATEGORY_NOUNS", v.CATEGORY_NOUNS, check_category),
    ("SCHOOL_ENDINGS", v.SCHOOL_ENDINGS, check_school_ending),
    ("AMONG_WORDS", v.AMONG_WORDS, check_among),
    ("TOTAL_WORDS", v.TOTAL_WORDS, check_total),
    ("TOPIC_LEADS", v.TOPIC_LEADS, check_topic_lead),
    ("HEAD_ENDINGS", v.HEAD_ENDINGS, check_head_ending),
    ("RATIO_NORM_CUES", v.RATIO_NORM_CUES, check_ratio_norm),
    ("AS_OF_WORDS", v.AS_OF_WORDS, check_as_of),
    ("YEAR_LEADS", v.YEAR_LEADS, check_year_lead),
    ("CHANGE_COLUMNS", v.CHANGE_COLUMNS, check_change_column),
    ("PEOPLE_COUNT_WORDS", v.PEOPLE_COUNT_WORDS, check_people_count),
    ("LIST_JOINERS", v.LIST_JOINERS, check_list_joiner),
    ("CONTEXT_QUALIFIERS", v.CONTEXT_QUALIFIERS, check_qualifier),
    ("QUALIFIER_BRIDGES", v.QUALIFIER_BRIDGES, check_bounded),
    ("TAIL_COMPOUNDS", v.TAIL_COMPOUNDS, check_whole_word),
    ("NORM_CUES", v.NORM_CUES, check_norm),
    ("NORM_QUALIFIERS", v.NORM_QUALIFIERS, check_norm_qualifier),
    ("PER_STUDENT_CUES", v.PER_STUDENT_CUES, check_per_student),
    ("PER_PERSON_CUES", v.PER_PERSON_CUES, check_per_person),
    ("PEOPLE_NOUNS", v.PEOPLE_NOUNS, check_people),
    ("UNIT_NAMING_WORDS", v.UNIT_NAMING_WORDS, check_unit_naming),
    ("DURATION_UNITS", v.DURATION_UNITS, check_duration),
    ("COMPARISON_WORDS", v.COMPARISON_WORDS, check_change),
    ("CHANGE_VERBS", v.CHANGE_VERBS, check_change_verb),
    ("TARGET_CUES", v.TARGET_CUES, check_target),
    ("FREQUENCY_WORDS", v.FREQUENCY_WORDS, check_standard),
    ("EACH_WORDS", v.EACH_WORDS, check_standard),
    ("YEAR_WORDS", v.YEAR_WORDS, check_year_word),
    ("SINCE_WORDS", v.SINCE_WORDS, check_no_year),
    ("DEADLINE_BEFORE", v.DEADLINE_BEFORE, check_deadline),
    ("DEADLINE_AFTER", v.DEADLINE_AFTER, check_deadline),
    ("BASE_WORDS", v.BASE_WORDS, check_base),
    ("PRESENT_WORDS", v.PRESENT_WORDS, check_no_year),
    ("NEGATION_WORDS", v.NEGATION_WORDS, check_negation),
]
CASES = [(name, e, check) for name, table, check in TABLES for e in table]


@pytest.mark.parametrize(("table", "entry", "check"), CASES, ids=[f"{n}:{e.word}" for n, e, _ in CASES])
def test_vocabulary_entry_does_its_job(table: str, entry: Entry, check: Callable[[Entry], None]) -> None:
    assert entry.word in entry.example, f"{table}: the example must show the word"
    check(entry)


@pytest.mark.parametrize("entry", v.TARGET_DEADLINES, ids=[e.example for e in v.TARGET_DEADLINES])
def test_target_deadline_examples(entry: PatternEntry) -> None:
    assert figures(entry.example)[-1].kind is d.IndicatorKind.TARGET
    assert _TARGET_CUE.search(entry.example)
    for as_of in (e.word for e in v.AS_OF_WORDS):  # 截至2025年, 截止到2025年: as of a date, no deadline
        if entry.example.startswith(as_of[-1]):
            assert not _TARGET_CUE.search(as_of[:-1] + entry.example)
