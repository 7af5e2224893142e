"""Every entry of the indicator vocabulary does what its table says, on its own example."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import dutyreport as d
from dutyreport.lang import figures as v
from dutyreport.lang.numbers import Entry

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


def check_category(e: Entry) -> None:
    assert figures(e.example)[1].subject == "公办幼儿园"


def check_qualifier(e: Entry) -> None:
    assert figures(e.example)[0].qualifier is (e.value if isinstance(e.value, d.Qualifier) else None)


def check_bounded(e: Entry) -> None:
    assert figures(e.example)[0].qualifier is not None


def check_norm(e: Entry) -> None:
    assert figures(e.example)[0].qualifier is d.Qualifier.AT_MOST


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


TABLES: list[tuple[str, tuple[Entry, ...], Callable[[Entry], None]]] = [
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
    ("CONTEXT_QUALIFIERS", v.CONTEXT_QUALIFIERS, check_qualifier),
    ("QUALIFIER_BRIDGES", v.QUALIFIER_BRIDGES, check_bounded),
    ("TAIL_COMPOUNDS", v.TAIL_COMPOUNDS, check_whole_word),
    ("NORM_CUES", v.NORM_CUES, check_norm),
    ("PER_STUDENT_CUES", v.PER_STUDENT_CUES, check_per_student),
    ("PER_PERSON_CUES", v.PER_PERSON_CUES, check_per_person),
    ("PEOPLE_NOUNS", v.PEOPLE_NOUNS, check_people),
    ("UNIT_NAMING_WORDS", v.UNIT_NAMING_WORDS, check_unit_naming),
    ("DURATION_UNITS", v.DURATION_UNITS, check_duration),
    ("COMPARISON_WORDS", v.COMPARISON_WORDS, check_change),
    ("CHANGE_VERBS", v.CHANGE_VERBS, check_change),
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


def test_every_table_is_tested() -> None:
    tested = {name for name, _, _ in TABLES}
    tables = {name for name in v.__all__ if name.isupper()}
    assert tables == tested
