"""The audit's word tables (dutyreport.lang.audit): every entry reads its own example, and every table
is tested here."""

from __future__ import annotations

import re

import pytest
import regex

from dutyreport import parse
from dutyreport.audit import bounds, comparisons, growth, parts, shares
from dutyreport.lang import audit as tables
from dutyreport.lang.numbers import DIGITS, MEASURE_WORDS, SMALL_UNITS, TRADITIONAL, Entry, PatternEntry
from dutyreport.lang.script import alternation
from dutyreport.model.quantities import Count


def _pattern_entries() -> dict[str, list[PatternEntry]]:
    """Every table of PatternEntry rows (alone, in a tuple, or in pairs), by name."""
    found: dict[str, list[PatternEntry]] = {}
    for name in tables.__all__:
        value = getattr(tables, name)
        if isinstance(value, PatternEntry):
            found[name] = [value]
        elif isinstance(value, tuple) and value and all(isinstance(v, PatternEntry) for v in value):
            found[name] = list(value)
        elif isinstance(value, tuple) and value and all(isinstance(v, tuple) and len(v) == 2 for v in value):
            found[name] = [e for pair in value for e in pair if isinstance(e, PatternEntry)]
    return found


PATTERN_TABLES = _pattern_entries()
# The tables of patterns, by name (held to what lang.audit holds by test_every_table_is_tested).
PATTERN_TABLE_NAMES = (
    "ALL_RISE",
    "AFTER_COMPLETION",
    "A_FEW",
    "AVERAGE_YEARLY",
    "BASE_CHANGE",
    "BASE_YEARS",
    "BIG_COUNT",
    "BOOK_MEASURES",
    "BUDGET_PARTS",
    "BUDGET_TOTAL",
    "CHANGE_LEADS",
    "CHANGE_RATES",
    "OVER_YEARS",
    "CIVIL_SERVANT_PAY",
    "COMPARE_ADVERBS",
    "COMPARISONS",
    "COPULAS",
    "COUNT_MEASURES",
    "COUNT_WORDS",
    "COVERAGE_NAMES",
    "COVERAGE_WORDS",
    "DONE_RATES",
    "DONE_WORDS",
    "EACH_OF",
    "ETC",
    "EXECUTED",
    "FEWER_WORDS",
    "FIXED_FIGURES",
    "FOUND_WORDS",
    "FROM_TO_DOWN",
    "FROM_TO_UP",
    "FROM_WORDS",
    "LEVELS",
    "LISTED_UNITS",
    "LIST_JOINERS",
    "LIST_OPENERS",
    "MEETS_STANDARD",
    "MORE_WORDS",
    "NAMED_BY",
    "NAMED_NOUNS",
    "NAMES_FOLLOW",
    "NEXT_PARTS",
    "NOT_COVERED",
    "OF_WHICH",
    "OF_WHOLE",
    "OTHER_RATES",
    "PART_MARKERS",
    "PERIOD_TOTALS",
    "PERIOD_WORDS",
    "PER_STUDENT_BOUNDS",
    "PER_UNIT_LEADS",
    "AVERAGE_NAMES",
    "PRIOR_VALUES",
    "PRIOR_YEARS",
    "RATE_AFTER_CHANGE",
    "RATE_NAMES",
    "RATE_NOUNS",
    "RATIO_COPULAS",
    "RATIO_NAMES",
    "REACHES",
    "RECENT",
    "REGION_NOUNS",
    "RESPECTIVELY",
    "RESPECTIVELY_ARE",
    "RESPECTIVE_CHANGE",
    "RESPECTIVE_PRIOR",
    "RESPECTIVE_VALUES",
    "REST_WORDS",
    "RISE_SLOGANS",
    "SAME_PERIOD",
    "SAMPLE_OF",
    "SAMPLE_WORDS",
    "SCHOOL_NAME",
    "SCOPE_WORDS",
    "SELF_REGIONS",
    "SERIES_AVERAGE",
    "SERIES_TOTAL",
    "SHARE_OF",
    "SHARE_WORDS",
    "STATED_AS",
    "STANDARD_WORDS",
    "STUDENT_WORDS",
    "SUBJECT_LEADS",
    "SUBJECT_NOISE",
    "SUM_WORDS",
    "SUPPLY_TOTALS",
    "TABLE_ROW",
    "TARGET_WORDS",
    "TEACHER_PAY",
    "TEACHER_WORDS",
    "THRESHOLD_NOUNS",
    "TO_YEAR",
    "WHOLE_FIRST",
    "WHOLE_WORDS",
    "YEARS_SO_FAR",
    "YEAR_ON_YEAR",
    "YEAR_OPENS",
)
PATTERN_ROWS = [(name, e) for name, rows in PATTERN_TABLES.items() for e in rows]
WORD_TABLES: dict[str, tuple[Entry, ...]] = {
    "RISE_VERBS": tables.RISE_VERBS,
    "GOVERNMENT_SCOPES": tables.GOVERNMENT_SCOPES,
    "FALL_VERBS": tables.FALL_VERBS,
    "BOUND_SYMBOLS": tables.BOUND_SYMBOLS,
    "PART_ATTRIBUTES": tables.PART_ATTRIBUTES,
}
# Strings and mappings derived from lang.numbers, each tested below.
DERIVED = {
    "COUNT_NUMERALS",
    "COUNT_NUMERAL_VALUES",
    "WRITTEN_NUMERALS",
    "PERIOD_NUMERALS",
    "RECENT_NUMERALS",
    "PEOPLE_UNITS",
    "SCHOOL_UNIT",
}


def test_every_table_is_tested() -> None:
    assert set(tables.__all__) == set(PATTERN_TABLES) | set(WORD_TABLES) | DERIVED
    assert set(PATTERN_TABLE_NAMES) == set(PATTERN_TABLES)


@pytest.mark.parametrize(("table", "entry"), PATTERN_ROWS, ids=[f"{n}:{e.example}" for n, e in PATTERN_ROWS])
def test_table_entry_reads_its_example(table: str, entry: PatternEntry) -> None:
    assert regex.search(entry.pattern, entry.example), table


def _top_level_alternatives(pattern: str) -> int:
    """How many alternatives a pattern has outside its groups (``a|b`` 2, ``(?:a|b)c`` 1)."""
    depth, n, escaped = 0, 1, False
    for c in pattern:
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "|" and depth == 0:
            n += 1
    return n


# Tables of one word per entry, each with its own example, and the audit's pattern made of them.
ONE_WORD_TABLES = [
    ("SCOPE_WORDS", tables.SCOPE_WORDS, shares._SCOPE),
    ("AVERAGE_YEARLY", tables.AVERAGE_YEARLY, growth._AVERAGE_YEARLY),
    ("AFTER_COMPLETION", tables.AFTER_COMPLETION, bounds._AFTER_COMPLETION),
]


@pytest.mark.parametrize(("name", "table", "compiled"), ONE_WORD_TABLES, ids=[t[0] for t in ONE_WORD_TABLES])
def test_one_word_per_entry_each_read_by_the_audit(name: str, table: object, compiled: re.Pattern[str]) -> None:
    assert isinstance(table, tuple) and len(table) > 1, name
    examples = set()
    for e in table:
        assert _top_level_alternatives(e.pattern) == 1, e.pattern
        found = regex.search(e.pattern, e.example)
        assert found is not None
        assert compiled.search(e.example) is not None
        examples.add(e.example)
    assert len(examples) == len(table)  # (an example of its own for every word)


def test_budget_total_and_executed_read_only_their_own() -> None:
    assert regex.search(tables.BUDGET_TOTAL.pattern, "一般公共预算教育支出")
    assert not regex.search(tables.BUDGET_TOTAL.pattern, "生均一般公共预算教育支出")
    assert regex.match(tables.EXECUTED.pattern, ",全年执行数")
    assert not regex.match(tables.EXECUTED.pattern, ",全年执行数已下达")


WORD_ROWS = [(name, e) for name, rows in WORD_TABLES.items() for e in rows]


@pytest.mark.parametrize(("table", "entry"), WORD_ROWS, ids=[f"{n}:{e.word}" for n, e in WORD_ROWS])
def test_word_entry_appears_in_its_example(table: str, entry: Entry) -> None:
    assert any(c in entry.example for c in entry.word) if table == "BOUND_SYMBOLS" else entry.word in entry.example


@pytest.mark.parametrize("entry", tables.RISE_VERBS, ids=[e.word for e in tables.RISE_VERBS])
def test_a_rise_verb_is_read_as_a_rise(entry: Entry) -> None:
    assert growth._UP.match(entry.word + "到") and not growth._DOWN.match(entry.word + "到")
    assert growth._CHANGE_LEAD.search("同比" + entry.word)
    change = regex.search(tables.RESPECTIVE_CHANGE.pattern, "分别" + entry.word + "3.8%")
    assert change is not None and change.group("rise") == entry.word


@pytest.mark.parametrize("entry", tables.FALL_VERBS, ids=[e.word for e in tables.FALL_VERBS])
def test_a_fall_verb_is_read_as_a_fall(entry: Entry) -> None:
    assert growth._DOWN.match(entry.word + "到") and not growth._UP.match(entry.word + "到")
    assert growth._FALL_BEFORE.search(entry.word + "了")
    change = regex.search(tables.RESPECTIVE_CHANGE.pattern, "分别" + entry.word + "3.8%")
    assert change is not None and change.group("fall") == entry.word


@pytest.mark.parametrize("table", ["RISE_VERBS", "FALL_VERBS"])
def test_the_longer_word_wins(table: str) -> None:
    # where one word of a table begins another, the alternation reads the whole of the longer one
    words = alternation(WORD_TABLES[table])
    for e in WORD_TABLES[table]:
        found = regex.match(words, e.word)
        assert found is not None and found.group() == e.word


@pytest.mark.parametrize("entry", tables.BOUND_SYMBOLS, ids=[e.word for e in tables.BOUND_SYMBOLS])
def test_a_bound_symbol_names_its_relation(entry: Entry) -> None:
    assert comparisons._SYMBOLS_OF[str(entry.value)] == entry.word
    symbol = next(c for c in entry.word if c in entry.example)
    assert entry.example[entry.example.index(symbol) + 1 :][:1].isdigit()


def test_count_numerals_take_their_values_from_the_numeral_tables() -> None:
    values = {e.word: e.value for e in (*DIGITS, *SMALL_UNITS)}
    assert set(tables.COUNT_NUMERALS) <= set(values)
    assert {c: values[c] for c in tables.COUNT_NUMERALS} == tables.COUNT_NUMERAL_VALUES
    assert sorted(set(tables.COUNT_NUMERAL_VALUES.values())) == list(range(1, 11))
    assert set(tables.WRITTEN_NUMERALS) <= set(values)
    assert regex.fullmatch(f"[{tables.PERIOD_NUMERALS}]+", tables.COUNT_NUMERALS + "0123456789")
    assert regex.fullmatch(f"[{tables.RECENT_NUMERALS}]+", "一二三四五两0123456789")


def test_units_come_from_the_measure_words() -> None:
    people = [e.word for e in MEASURE_WORDS if e.value == "people"]
    assert tuple(people) == tables.PEOPLE_UNITS and "名" in people
    assert regex.fullmatch(tables.COUNT_WORDS.pattern, "3" + tables.SCHOOL_UNIT)


def test_count_measures_read_their_traditional_forms() -> None:
    # 11個省: a count's measure word in traditional characters, as lang.numbers.TRADITIONAL folds it
    for e in TRADITIONAL:
        if regex.fullmatch(tables.COUNT_MEASURES.pattern, str(e.value)):
            assert regex.fullmatch(tables.COUNT_WORDS.pattern, "4" + e.word)
    assert regex.fullmatch(tables.COUNT_WORDS.pattern, "11個")


def test_per_unit_words_end_alike() -> None:
    # values.per_unit rules a figure out by the last character every such word ends with
    from dutyreport.audit.values import PER_UNIT_END

    words = tables.PER_UNIT_LEADS.pattern.split("|")
    assert words and all(w.endswith(PER_UNIT_END) for w in words)


@pytest.mark.parametrize("entry", tables.PART_ATTRIBUTES, ids=[e.word for e in tables.PART_ATTRIBUTES])
def test_a_part_attribute_makes_its_part_overlap_others(entry: Entry) -> None:
    # the example's part beside a part named by another attribute overlaps it; beside itself, or beside a part
    # named by no attribute (a school level), it does not
    tail = entry.example.split(tables.OF_WHICH.pattern)[1]
    assert entry.word in tail
    other = next(e for e in tables.PART_ATTRIBUTES if e.value != entry.value)
    other_tail = other.example.split(tables.OF_WHICH.pattern)[1]
    for extra, overlap in (("," + other_tail, True), (",小学100人", False), ("," + tail, False)):
        text = entry.example + extra
        inds = [i for i in parse(text).indicators if isinstance(i.quantity, Count) and i.quantity.unit == "人"]
        assert len(inds) == 3, [i.text for i in inds]
        assert parts.attributes_overlap(text, inds[0], inds[1:]) is overlap


@pytest.mark.parametrize("entry", tables.GOVERNMENT_SCOPES, ids=[e.word for e in tables.GOVERNMENT_SCOPES])
def test_government_scope_examples(entry: Entry) -> None:
    # a figure of one government is no base for another's change; named by neither, or by one only, it is
    other = "全县" if entry.word != "全县" else "全市"
    change = f"\n二、主要成效\n2023年，{other}普惠性幼儿园覆盖率为91.2%，比上年提高5个百分点。\n"
    base = f"一、基本情况\n{entry.example}。"
    found = [c for c in parse(base + change).checks if "86.2" in c.claim]
    assert found == []
    same = [c for c in parse(base + change.replace(other, entry.word)).checks if "86.2" in c.claim]
    assert [c.holds for c in same] == [True]
