"""Every entry of lang.numbers and lang.traps (the words whose numerals are no figures) has an example, and
parsing the example shows the entry at work."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest

import dutyreport as d
from dutyreport.lang import numbers as lexicon
from dutyreport.lang import traps
from dutyreport.lang.entry import Entry
from dutyreport.quantities import scan as extract
from dutyreport.quantities.numerals import fold

TABLES: dict[str, tuple[Entry[object], ...]] = {
    name: getattr(module, name)
    for module in (lexicon, traps)
    for name in dir(module)
    if isinstance(getattr(module, name), tuple) and getattr(module, name)
    and isinstance(getattr(module, name)[0], Entry)
}
ALL = [(name, e) for name, table in TABLES.items() for e in table]


def _ids(entries: tuple[Entry[object], ...]) -> list[str]:
    return [f"{e.word}-{e.example}" for e in entries]


def _anything(text: str) -> object:
    for parser in (d.parse_number, d.parse_quantity, d.parse_money, d.parse_percent):
        try:
            return parser(text)
        except d.DutyReportError:
            continue
    raise AssertionError(f"no parser reads {text!r}")


def test_all_tables_are_checked() -> None:
    assert {"DIGITS", "SMALL_UNITS", "BIG_UNITS", "TRADITIONAL", "SCALE_WORDS", "QUALIFIER_PREFIXES",
            "QUALIFIER_SUFFIXES", "INFIX_MORE", "MEASURE_WORDS", "MONEY_UNITS", "MONEY_CUES",
            "PER_UNITS"} <= set(TABLES)


@pytest.mark.parametrize(("table", "entry"), ALL, ids=[f"{t}-{e.word}" for t, e in ALL])
def test_every_entry_has_an_example_containing_it(table: str, entry: Entry) -> None:
    assert entry.example
    if table == "LEFT_TRAPS":
        assert entry.example == entry.word + str(entry.value)
    else:
        assert entry.word in entry.example


@pytest.mark.parametrize("entry", lexicon.DIGITS, ids=_ids(lexicon.DIGITS))
def test_digits(entry: Entry[Any]) -> None:
    assert d.parse_number(entry.word) == entry.value
    _anything(entry.example)


@pytest.mark.parametrize("entry", lexicon.COUNTING_DIGITS, ids=_ids(lexicon.COUNTING_DIGITS))
def test_counting_digits(entry: Entry[Any]) -> None:
    assert d.parse_number(entry.example) == entry.value * 1000  # (两千: it counts)
    for string in (entry.word * 2, "三" + entry.word, entry.word + "五"):
        with pytest.raises(d.NumeralError):
            d.parse_number(string)  # (no digit of a digit string)
    assert d.parse_number("二二") == 22


@pytest.mark.parametrize("entry", lexicon.SMALL_UNITS, ids=_ids(lexicon.SMALL_UNITS))
def test_small_units(entry: Entry[Any]) -> None:
    assert d.parse_number("三" + entry.word) == 3 * entry.value
    _anything(entry.example)


@pytest.mark.parametrize("entry", lexicon.SPECIAL_TENS, ids=_ids(lexicon.SPECIAL_TENS))
def test_special_tens(entry: Entry[Any]) -> None:
    assert d.parse_number(entry.word) == entry.value
    assert d.parse_number(entry.word + "五") == entry.value + 5
    (m,) = extract.find_quantities(entry.example)  # read whole as a figure's number, not from the digit after it
    assert m.text == entry.example and m.quantity.value == d.parse_number(entry.example[:-1])


@pytest.mark.parametrize("entry", lexicon.BIG_UNITS, ids=_ids(lexicon.BIG_UNITS))
def test_big_units(entry: Entry[Any]) -> None:
    assert d.parse_number("一" + entry.word) == 10**entry.value
    _anything(entry.example)


_NO_FIGURE_MARKS = frozenset("号")


@pytest.mark.parametrize("entry", lexicon.TRADITIONAL, ids=_ids(lexicon.TRADITIONAL))
def test_traditional(entry: Entry[Any]) -> None:
    assert fold(entry.word) == entry.value
    simplified = entry.example.replace(entry.word, str(entry.value))
    if entry.value in _NO_FIGURE_MARKS:
        # a mark around a number that is no figure (〔2021〕17號): the scan finds nothing in either spelling
        assert extract.find_quantities(entry.example) == extract.find_quantities(simplified) == ()
        return
    assert _anything(entry.example) == _anything(simplified)


def test_fullwidth_folds_one_character_to_one() -> None:
    for wide, narrow in lexicon.FULLWIDTH.items():
        assert len(wide) == len(narrow) == 1 and (narrow.isascii() or narrow in "≤≥")
    assert d.parse_quantity("１２．５％").to_dict()["value"] == "0.125"


@pytest.mark.parametrize("entry", lexicon.SCALE_WORDS, ids=_ids(lexicon.SCALE_WORDS))
def test_scale_words(entry: Entry[Any]) -> None:
    head = entry.example[: entry.example.index(entry.word)]
    q = _anything(entry.example)
    value = q if isinstance(q, Decimal) else q.value  # type: ignore[attr-defined]
    assert value == Decimal(head).scaleb(entry.value)


QUALIFIER_ENTRIES = lexicon.QUALIFIER_PREFIXES + lexicon.QUALIFIER_SUFFIXES + lexicon.INFIX_MORE + lexicon.INFIX_APPROX


@pytest.mark.parametrize("entry", QUALIFIER_ENTRIES, ids=_ids(QUALIFIER_ENTRIES))
def test_qualifiers(entry: Entry[Any]) -> None:
    assert d.parse_quantity(entry.example).qualifier is entry.value


# The grammar files some measure words under another unit.
_MEASURE_AS = {"万平方米": "平方米"} | {e.word: str(e.value) for e in getattr(lexicon, "MEASURE_ALIASES", ())}


@pytest.mark.parametrize("entry", lexicon.MEASURE_WORDS, ids=_ids(lexicon.MEASURE_WORDS))
def test_measure_words(entry: Entry[Any]) -> None:
    units = [m.quantity.unit for m in extract.find_quantities(entry.example)]
    assert _MEASURE_AS.get(entry.word, entry.word) in units


ALIASES: tuple[Entry, ...] = getattr(lexicon, "MEASURE_ALIASES", ())


@pytest.mark.parametrize("entry", ALIASES, ids=_ids(ALIASES))
def test_measure_aliases(entry: Entry[Any]) -> None:
    units = [m.quantity.unit for m in extract.find_quantities(entry.example)]
    assert units == [entry.value]


@pytest.mark.parametrize("entry", lexicon.MONEY_UNITS, ids=_ids(lexicon.MONEY_UNITS))
def test_money_units(entry: Entry[Any]) -> None:
    head = entry.example[: entry.example.index(entry.word)]
    q = d.parse_money(entry.example)
    assert isinstance(q, d.Money)
    assert q.value == d.parse_number(head).scaleb(entry.value)


@pytest.mark.parametrize("entry", lexicon.MONEY_CUES, ids=_ids(lexicon.MONEY_CUES))
def test_money_cues(entry: Entry[Any]) -> None:
    found = [m.quantity for m in extract.find_quantities(entry.example)]
    assert any(isinstance(q, d.Money) for q in found)
    bare = entry.example.replace(entry.word, "共有")
    if not any(e.word in bare for e in lexicon.MONEY_CUES):  # 争取上级资金: 资金 is a cue too
        assert not any(isinstance(m.quantity, d.Money) for m in extract.find_quantities(bare))


@pytest.mark.parametrize("entry", lexicon.PER_UNITS, ids=_ids(lexicon.PER_UNITS))
def test_per_units(entry: Entry[Any]) -> None:
    q = d.parse_quantity(entry.example)
    assert isinstance(q, d.PerUnit)
    assert entry.value in q.per


@pytest.mark.parametrize("entry", lexicon.PER_UNIT_JOINS, ids=_ids(lexicon.PER_UNIT_JOINS))
def test_per_unit_joins(entry: Entry[Any]) -> None:
    # (the mark joins the second unit: per student and year, the whole example read)
    (m,) = extract.find_quantities(entry.example)
    assert m.text == entry.example
    assert isinstance(m.quantity, d.PerUnit) and m.quantity.per == ("student", "year")


@pytest.mark.parametrize("entry", lexicon.PER_PREFIXES, ids=_ids(lexicon.PER_PREFIXES))
def test_per_prefixes(entry: Entry[Any]) -> None:
    (m,) = extract.find_quantities(entry.example)
    assert m.text.startswith(entry.word)
    assert isinstance(m.quantity, d.PerUnit) and m.quantity.per == entry.value


@pytest.mark.parametrize("entry", lexicon.PERCENT_UNITS, ids=_ids(lexicon.PERCENT_UNITS))
def test_percent_units(entry: Entry[Any]) -> None:
    (m,) = extract.find_quantities(entry.example)
    q = m.quantity
    assert isinstance(q, d.Percent) and m.text.endswith(entry.word)
    number = d.parse_number(m.text[: -len(entry.word)].strip())
    assert q.points == {"tenths": number * 10, "per mille": number / 10}.get(entry.value, number)
    assert q.percentage_point is (entry.value == "percentage point")
    if entry.value == "tenths":  # (a word in tenths opens no word of its own: 成员 is no tenth)
        assert not any(isinstance(m.quantity, d.Percent) for m in extract.find_quantities("三" + entry.word + "员"))


@pytest.mark.parametrize("entry", lexicon.RANGE_BETWEEN, ids=_ids(lexicon.RANGE_BETWEEN))
def test_range_between(entry: Entry[Any]) -> None:
    q = d.parse_quantity(entry.example)
    assert isinstance(q, d.Range) and q.text == entry.example
    if entry.value == "close":  # (the range without its closing word reads the same)
        assert entry.example.endswith(entry.word)
        assert d.parse_quantity(entry.example[: -len(entry.word)]).to_dict() == q.to_dict()
    elif entry.value == "open":  # (the range without its opening word reads the same)
        assert entry.example.startswith(entry.word)
        assert d.parse_quantity(entry.example[len(entry.word) :]).to_dict() == q.to_dict()
    else:  # (without its joining word, no range)
        assert entry.value == "join" and entry.word in entry.example
        with pytest.raises(d.QuantityError):
            d.parse_quantity(entry.example.replace(entry.word, "又"))


@pytest.mark.parametrize("entry", lexicon.MINUS_SIGNS, ids=_ids(lexicon.MINUS_SIGNS))
def test_minus_signs(entry: Entry[Any]) -> None:
    # the scan reads the sign as written; the numerals read the sign it stands for, after 分之 too
    (m,) = extract.find_quantities(entry.example)
    assert m.text.startswith(entry.word) and m.quantity.value < 0
    assert d.parse_number(entry.value + "3") == -3
    assert d.parse_number("四分之" + entry.value + "三") == Decimal("-0.75")
    if fold(entry.word) == entry.value:  # (﹣ is no sign to the numerals: folding leaves it)
        assert d.parse_number("四分之" + entry.word + "三") == Decimal("-0.75")


@pytest.mark.parametrize("entry", lexicon.FRACTION_WORDS, ids=_ids(lexicon.FRACTION_WORDS))
def test_fraction_words(entry: Entry[Any]) -> None:
    # the word reads as the stroke of a fraction, to the numerals and to parse_quantity
    den, _, num = entry.example.partition(entry.word)
    as_digits = f"{d.parse_number(num)}{entry.value}{d.parse_number(den)}"
    assert d.parse_number(entry.example) == d.parse_number(as_digits)
    assert d.parse_quantity("超过" + entry.example).value == d.parse_number(as_digits)


@pytest.mark.parametrize("entry", lexicon.DOC_NUMBER_ENDS, ids=_ids(lexicon.DOC_NUMBER_ENDS))
def test_doc_number_ends(entry: Entry[Any]) -> None:
    # the serial before the word, spaced out as a PDF leaves it, is no figure; before another word it is one
    spaced = entry.example.replace("〔", "〔 ").replace("〕", " 〕 ").replace(entry.word, " " + entry.word)
    assert [m.text for m in extract.find_quantities(spaced) if m.kind.value == "quantity"] == []
    serial = spaced.rsplit(" ", 2)[-2]
    assert [m.text for m in extract.find_quantities(spaced.replace(entry.word, "所"))][-1:] == [serial + " 所"]


@pytest.mark.parametrize("entry", lexicon.DASH_JOINERS, ids=_ids(lexicon.DASH_JOINERS))
def test_dash_joiners(entry: Entry[Any]) -> None:
    # after the word a dash joins and signs no figure; after a comma the same dash is the figure's minus sign
    assert all(m.quantity.to_dict()["value"] != -3 for m in extract.find_quantities(entry.example))
    signed = entry.example.replace(entry.word + "-", "，-", 1)
    assert [m.text for m in extract.find_quantities(signed)][-1:] == ["-3所"]


CURRENCY = [*lexicon.CURRENCY_BEFORE, *lexicon.CURRENCY_AFTER]


@pytest.mark.parametrize("entry", CURRENCY, ids=_ids(tuple(CURRENCY)))
def test_currency_words(entry: Entry[Any]) -> None:
    # the word wraps the amount: the amount alone reads the same, and the word around a count is no money
    bare = entry.example.replace(entry.word, "", 1)
    assert d.parse_money(entry.example) == d.parse_money(bare)
    before = entry in lexicon.CURRENCY_BEFORE
    assert entry.example.startswith(entry.word) is before and entry.example.endswith(entry.word) is not before
    with pytest.raises(d.MoneyError):
        d.parse_money(entry.word + "3人" if before else "3人" + entry.word)


@pytest.mark.parametrize("entry", lexicon.FIELD_BRACKETS, ids=_ids(lexicon.FIELD_BRACKETS))
def test_field_brackets(entry: Entry[Any]) -> None:
    # the field and its unit are one figure, of the number filled in; unfilled, a placeholder; with 号 after the
    # closing mark, no field figure (in a document number's brackets, the number is its serial's and no figure)
    found = [m for m in extract.find_quantities(entry.example) if m.kind.value == "quantity"]
    assert [m.text[: len(entry.word)] for m in found] == [entry.word]
    inner = found[0].text[len(entry.word) : found[0].text.index(entry.value)]
    assert found[0].quantity.value == d.parse_number(inner)
    blank = entry.example.replace(inner, "x")
    assert [m.quantity.value for m in extract.find_quantities(blank)] == [None]
    serial = entry.example[: found[0].start] + entry.word + "2022" + entry.value + "5号"
    assert not any(m.text.startswith(entry.word) for m in extract.find_quantities(serial))


@pytest.mark.parametrize("entry", lexicon.RATIO_NAMES, ids=_ids(lexicon.RATIO_NAMES))
def test_ratio_names(entry: Entry[Any]) -> None:
    # the terms after the name, of a year's size, are a ratio; without the name, two years set side by side
    (ratio,) = extract.find_quantities(entry.example)
    assert ratio.quantity.unit == "ratio" and entry.example.endswith(entry.word + ratio.text)
    assert not extract.find_quantities(entry.example.replace(entry.word, "在"))


@pytest.mark.parametrize("entry", lexicon.FIELD_BLANKS, ids=_ids(lexicon.FIELD_BLANKS))
def test_field_blanks(entry: Entry[Any]) -> None:
    # a field holding nothing but the mark and spaces is a blank: its figure is the one the field filled with the
    # entry's reading (a placeholder) gives, value unknown; the mark between digits is no blank, and no figure
    bracket = next(b for b in lexicon.FIELD_BRACKETS if b.word in entry.example)
    opened = entry.example.index(bracket.word) + len(bracket.word)
    closed = entry.example.index(bracket.value, opened)
    inner = entry.example[opened:closed]
    assert entry.word in inner and not inner.replace(entry.word, "").strip()
    (field,) = [m for m in extract.find_quantities(entry.example) if m.kind.value == "quantity"]
    filled = entry.example[:opened] + entry.value + entry.example[closed:]
    (same,) = [m for m in extract.find_quantities(filled) if m.kind.value == "quantity"]
    assert field.text.startswith(bracket.word) and field.quantity.value is None
    assert attrs.evolve(field.quantity, text="") == attrs.evolve(same.quantity, text="")
    mixed = entry.example[:opened] + "1" + entry.word + "2" + entry.example[closed:]
    assert not any(m.text.startswith(bracket.word) for m in extract.find_quantities(mixed))


LONE_QUALIFIERS = lexicon.LONE_QUALIFIER_PREFIXES + lexicon.LONE_QUALIFIER_SUFFIXES


@pytest.mark.parametrize("entry", LONE_QUALIFIERS, ids=_ids(LONE_QUALIFIERS))
def test_lone_qualifiers(entry: Entry[Any]) -> None:
    # the normalizers read the word where the text is nothing else; without it the figure has no qualifier;
    # the scan of running text does not read it
    q = d.parse_quantity(entry.example)
    assert q.qualifier is entry.value and q.text == entry.example
    assert d.parse_quantity(entry.example.replace(entry.word, "")).qualifier is None
    assert all(m.quantity.qualifier is None for m in extract.find_quantities(entry.example) if m.quantity)


@pytest.mark.parametrize("entry", lexicon.COMPARISON_ENDS, ids=_ids(lexicon.COMPARISON_ENDS))
def test_comparisons(entry: Entry[Any]) -> None:
    (opener,) = lexicon.COMPARISON_OPENERS
    assert entry.example.startswith(opener.word) and entry.example.endswith(entry.word)
    q = _anything(entry.example)
    assert q.qualifier is entry.value and q.text == entry.example
    core = entry.example[len(opener.word) : -len(entry.word)]
    assert q.to_dict()["value"] == d.parse_quantity(core).to_dict()["value"]
    with pytest.raises(d.QuantityError):  # (a comparison needs both words)
        d.parse_quantity(entry.example[: -len(entry.word)])
    assert d.parse_quantity(opener.example).qualifier is not None


@pytest.mark.parametrize("entry", lexicon.RATIO_WORDS, ids=_ids(lexicon.RATIO_WORDS))
def test_ratio_words(entry: Entry[Any]) -> None:
    # the word between two numbers is a ratio's mark, read as a colon; with no number before it, it is none
    q = d.parse_ratio(entry.example)
    assert q.terms == d.parse_ratio(entry.example.replace(entry.word, ":")).terms and q.text == entry.example
    with pytest.raises(d.RatioError):
        d.parse_ratio(entry.example[entry.example.index(entry.word) :])
    (found,) = extract.find_quantities(f"标准为{entry.example}。")
    assert found.text == entry.example and found.quantity == q


@pytest.mark.parametrize("entry", lexicon.RATIO_WORD_FOLLOWERS, ids=_ids(lexicon.RATIO_WORD_FOLLOWERS))
def test_ratio_word_followers(entry: Entry[Any]) -> None:
    # a ratio in words stands before the word in running text; before another word (a verb) it is no ratio
    ratio = entry.example[: entry.example.index(entry.word)]
    found = extract.find_quantities(f"达到{entry.example}。")
    assert found[0].text == ratio and isinstance(found[0].quantity, d.Ratio)
    assert not any(isinstance(m.quantity, d.Ratio) for m in extract.find_quantities(f"达到{ratio}看齐。"))


@pytest.mark.parametrize("entry", lexicon.BOUND_JOINS, ids=_ids(lexicon.BOUND_JOINS))
def test_bound_joins(entry: Entry[Any]) -> None:
    # the two bounds the word joins are one range; each end keeps its qualifier, and reads as it does alone
    q = _anything(entry.example)
    assert isinstance(q, d.Range) and q.qualifier is None and q.text == entry.example
    first, _, second = entry.example.partition(entry.word)
    ends = {_anything(first).to_dict()["value"], _anything(second).to_dict()["value"]}
    assert ends == set(q.to_dict()["value"])
    assert q.low.qualifier in {d.Qualifier.MORE_THAN, d.Qualifier.AT_LEAST}
    assert q.high.qualifier in {d.Qualifier.LESS_THAN, d.Qualifier.AT_MOST}


@pytest.mark.parametrize("entry", lexicon.PERCENT_WORDS, ids=_ids(lexicon.PERCENT_WORDS))
def test_percent_words(entry: Entry[Any]) -> None:
    assert entry.word in entry.example
    assert d.parse_percent(entry.word).points == entry.value
    with pytest.raises(d.PercentError):
        d.parse_percent(entry.word[:-1])  # (one character short, no percentage)


@pytest.mark.parametrize("entry", traps.CAPTION_WORDS, ids=_ids(traps.CAPTION_WORDS))
def test_caption_words(entry: Entry[Any]) -> None:
    assert extract.find_quantities(entry.example) == ()
    (m,) = extract.find_quantities(entry.example.replace(entry.word, "有"))  # (without its word, a figure)
    assert m.text.isdigit()


@pytest.mark.parametrize("entry", traps.CAPTION_VERBS, ids=_ids(traps.CAPTION_VERBS))
def test_caption_verbs(entry: Entry[Any]) -> None:
    assert extract.find_quantities(entry.example) == ()  # the caption's number, not a count of schools
    (m,) = extract.find_quantities(entry.example.replace(entry.word, "所学校"))  # (a measure word after it: a figure)
    assert m.text.endswith("所")
    (m,) = extract.find_quantities("建成2所示范园")  # (no caption word before the number: 2 schools)
    assert m.text == "2所"


@pytest.mark.parametrize("entry", lexicon.DURATION_CUES, ids=_ids(lexicon.DURATION_CUES))
def test_duration_cues(entry: Entry[Any]) -> None:
    (m,) = extract.find_quantities(entry.example)
    assert isinstance(m.quantity, d.Count) and m.quantity.unit == "年"
    assert extract.find_quantities(entry.example.replace(entry.word, "在")) == ()


def test_recent_years_are_a_length_about_that_long() -> None:
    # 近 is both the cue and the figure's qualifier: the years up to now that a count is over (realworld's gold)
    (m, _) = extract.find_quantities("近三年共撤并村小12所")
    assert (m.text, m.quantity.value, m.quantity.unit) == ("近三年", Decimal(3), "年")
    assert m.quantity.qualifier is d.Qualifier.APPROX
    # but not the time since (两年来), nor a grade (三年级), as without the cue
    assert extract.find_quantities("近两年来,办学条件改善") == ()
    assert extract.find_quantities("最近三年级学生作业减少") == ()


def test_length_more() -> None:
    # a 多 after a length of time: more than it, the 多 part of the figure; not where it opens a word (多媒体)
    (m, _) = extract.find_quantities(lexicon.LENGTH_MORE.example)
    assert m.text == "一年" + lexicon.LENGTH_MORE.word and m.quantity.qualifier is lexicon.LENGTH_MORE.value
    (m,) = extract.find_quantities("连续三年多媒体教学")
    assert m.text == "三年" and m.quantity.qualifier is None
    # nor after a count that is no length of time (3所多功能教室)
    assert [q.text for q in extract.find_quantities("新建3所多功能教室")] == ["3所"]
    # a count of 个 that a unit of time after its 多 makes a length: more than two months, more than an hour
    lengths = extract.find_quantities("历时两个多月,每天锻炼一个多小时,建成两个多功能室")
    assert [(q.text, q.quantity.unit, q.quantity.qualifier) for q in lengths] == [
        ("两个多月", "个月", lexicon.LENGTH_MORE.value),
        ("一个多小时", "小时", lexicon.LENGTH_MORE.value),
        ("两个", "个", None),
    ]


@pytest.mark.parametrize("entry", lexicon.LENGTH_MORE_FOLLOWERS, ids=_ids(lexicon.LENGTH_MORE_FOLLOWERS))
def test_length_more_followers(entry: Entry[Any]) -> None:
    (m,) = extract.find_quantities(entry.example)
    assert m.text.endswith("年多") and m.quantity.qualifier is d.Qualifier.MORE_THAN
    # another word after the 多 is one it opens: the length is read without it
    (m,) = extract.find_quantities(entry.example.replace("多" + entry.word, "多媒体", 1))
    assert m.text.endswith("年") and m.quantity.qualifier is None


@pytest.mark.parametrize("entry", lexicon.REGION_UNITS, ids=_ids(lexicon.REGION_UNITS))
def test_region_units(entry: Entry[Any]) -> None:
    units = [m.quantity.unit for m in extract.find_quantities(entry.example)]
    assert units == [entry.word]
    # after a placeholder the word is a masked name, not a count
    assert extract.find_quantities("在xx" + entry.word + "召开会议") == ()


@pytest.mark.parametrize("entry", lexicon.REGION_COUNT_CUES, ids=_ids(lexicon.REGION_COUNT_CUES))
def test_region_count_cues(entry: Entry[Any]) -> None:
    (m,) = extract.find_quantities(entry.example)
    assert m.quantity.is_placeholder and m.text.startswith("xx")
    assert extract.find_quantities(entry.example.replace(entry.word, "在")) == ()


@pytest.mark.parametrize("entry", traps.FIXED_EXPRESSIONS, ids=_ids(traps.FIXED_EXPRESSIONS))
def test_fixed_expressions_are_not_figures(entry: Entry[Any]) -> None:
    assert extract.find_quantities(entry.example) == ()


@pytest.mark.parametrize("entry", traps.UNIT_TRAPS, ids=_ids(traps.UNIT_TRAPS))
def test_unit_traps(entry: Entry[Any]) -> None:
    units = [getattr(m.quantity, "unit", None) for m in extract.find_quantities(entry.example)]
    assert entry.word not in units


@pytest.mark.parametrize("entry", traps.LEFT_TRAPS, ids=_ids(traps.LEFT_TRAPS))
def test_left_traps(entry: Entry[Any]) -> None:
    assert extract.find_quantities(entry.example) == ()


@pytest.mark.parametrize("entry", traps.ADVERBS_OF_ONE, ids=_ids(traps.ADVERBS_OF_ONE))
def test_adverbs_of_one(entry: Entry[Any]) -> None:
    # 一 and a measure word of the scan; the example is the adverb, which counts nothing …
    assert entry.word[0] == "一" and entry.word[1:] in {e.word for e in lexicon.MEASURE_WORDS}
    assert extract.find_quantities(entry.example) == ()
    # … and before a stop or any word but one of its verbs it is one of what it counts
    for after in ("。", "火灾", "校内运动场", "来宾"):
        (m,) = [m for m in extract.find_quantities("新增" + entry.word + after) if m.text == entry.word]
        assert m.quantity.value == 1


@pytest.mark.parametrize("entry", traps.TOGETHER_VERBS, ids=_ids(traps.TOGETHER_VERBS))
def test_together_verbs(entry: Entry[Any]) -> None:
    # the example holds the verb after one of its measure words: 'together', no count …
    assert any(word + entry.word in entry.example for word in entry.value)
    assert extract.find_quantities(entry.example) == ()
    # … after 来 too, after each measure word it takes; the measure word before a stop still counts
    for word in entry.value:
        assert extract.find_quantities("大家" + word + "来" + entry.word) == ()
        (m,) = extract.find_quantities("新增" + word + "。" + entry.word)
        assert m.quantity.value == 1


@pytest.mark.parametrize("entry", traps.TITLE_ENDS, ids=_ids(traps.TITLE_ENDS))
def test_title_ends(entry: Entry[Any]) -> None:
    # the number closing the example's line is a page or copy number …
    assert extract.find_quantities(entry.example) == ()
    # … and a figure where the line goes on, or where a unit follows it
    head = entry.example.rstrip("\n")
    number = head[len(head.rstrip("0123456789")) :]
    assert [m.text for m in extract.find_quantities(head + "，已完成。")][-1:] == [number]
    assert [m.text for m in extract.find_quantities(head + "份\n")][-1:] == [number + "份"]


@pytest.mark.parametrize("entry", lexicon.SCHOOL_YEAR_WORDS, ids=_ids(lexicon.SCHOOL_YEAR_WORDS))
def test_school_year_words(entry: Entry[Any]) -> None:
    # after a year, or a span of two, the word is the date's: the figure after it is the only one
    for year in ("2023", "2022-2023"):
        date, figure = extract.find_quantities(entry.example.replace("2023", year, 1))
        assert date.kind is extract.MatchKind.DATE and date.text == year + entry.word
        assert figure.text == "3200人"


# Round 11: a time limit in days (收到意见后30日内, 30个工作日内) is the term set for a reply, not a figure; the same
# number before another word is one.
@pytest.mark.parametrize("entry", traps.TIME_LIMITS, ids=_ids(traps.TIME_LIMITS))
def test_time_limits(entry: Entry[Any]) -> None:
    assert extract.find_quantities(entry.example) == ()
    other = entry.example.replace(entry.word, "单位")
    assert [m.quantity.value for m in extract.find_quantities(other)] == [30]  # type: ignore[attr-defined]


EXAMPLES_ROUND11_TIME_LIMITS = [
    ("请你县于收到本意见后30日内报送整改方案。", []),
    ("在收到本报告后20个工作日内制定整改方案。", []),
    ("成立3个工作组，15日完成。", ["3个"]),  # a count of groups; a date's day
    ("抽查学校30所，其中15所在30日内完成整改。", ["30所", "15所"]),
]


@pytest.mark.parametrize(
    ("text", "figures"), EXAMPLES_ROUND11_TIME_LIMITS, ids=[t for t, _ in EXAMPLES_ROUND11_TIME_LIMITS]
)
def test_round11_time_limits_are_no_figures(text: str, figures: list[str]) -> None:
    assert [m.text for m in extract.find_quantities(text) if m.kind is extract.MatchKind.QUANTITY] == figures


@pytest.mark.parametrize("entry", traps.RATE_BASES, ids=_ids(traps.RATE_BASES))
def test_rate_bases(entry: Entry[Any]) -> None:
    # the power of ten after the word is no figure; without the word it is one
    assert extract.find_quantities(entry.example) == ()
    assert extract.find_quantities(entry.example.replace(entry.word, "有"))


@pytest.mark.parametrize("entry", traps.CYCLE_WORDS, ids=_ids(traps.CYCLE_WORDS))
def test_cycle_words(entry: Entry[Any]) -> None:
    # the number of years before the words is a figure; before other words it is none (no duration's cue)
    found = extract.find_quantities(entry.example)
    years = [m.quantity.value for m in found if getattr(m.quantity, "unit", None) == "年"]
    assert len(years) == 1 and years[0] > 1
    cut = entry.example[: entry.example.index(entry.word)] + "计划"
    assert not [m for m in extract.find_quantities(cut) if getattr(m.quantity, "unit", None) == "年"]


@pytest.mark.parametrize("entry", traps.NAMED_MEASURES, ids=_ids(traps.NAMED_MEASURES))
def test_named_measures(entry: Entry[Any]) -> None:
    # the comparative before the name bounds no figure; before a reference word (平均) it does
    (i,) = d.parse("一、基本情况\n全县每百名学生拥有" + entry.example + "。").indicators
    assert i.qualifier is None
    (j,) = d.parse("一、基本情况\n全县比例高于全市平均为" + entry.example.split("为")[-1] + "。").indicators
    assert j.qualifier is not None


@pytest.mark.parametrize("entry", lexicon.YEAR_LENGTH_NAMES, ids=_ids(lexicon.YEAR_LENGTH_NAMES))
def test_year_length_names(entry: Entry[Any]) -> None:
    # a number of years after the name of a length in years is that length, a figure in 年 …
    (m,) = [m for m in extract.find_quantities(entry.example) if getattr(m.quantity, "unit", None) == "年"]
    assert isinstance(m.quantity, d.Count) and m.kind is extract.MatchKind.QUANTITY
    # … and its change in the next clause, where a verb of change leads it; a clause with none is no change of it
    changed = extract.find_quantities(entry.example + "，比上年增加1年")
    assert [q.text for q in changed if getattr(q.quantity, "unit", None) == "年"][-1] == "1年"
    assert not [q for q in extract.find_quantities(entry.example + "，1年后再评") if q.text == "1年"]
    # without the name, the years name no length (a plan, a period)
    assert not [
        m for m in extract.find_quantities(entry.example.replace(entry.word, "计划"))
        if getattr(m.quantity, "unit", None) == "年"
    ]
    # a year after the name stays a date
    (date,) = extract.find_quantities(entry.word + "自2021年起统计")
    assert date.kind is extract.MatchKind.DATE


@pytest.mark.parametrize("entry", traps.TOGETHER_COMPANIONS, ids=_ids(traps.TOGETHER_COMPANIONS))
def test_together_companions(entry: Entry[Any]) -> None:
    # the companion word and who it names before 一起, the clause going on: 'together', no count …
    assert extract.find_quantities(entry.example) == ()
    for word in entry.value:
        # … not right after the word (one of what it counts; 同一 is 'the same'), nor at the clause's end, nor
        # without the word
        if entry.word + word[0] not in {e.example for e in traps.LEFT_TRAPS}:
            (m,) = extract.find_quantities("新建篮球场" + entry.word + word + "案例")
            assert m.quantity.value == 1
        (m,) = extract.find_quantities("新增火灾两起" + entry.word + "事故" + word + "。")[1:]
        assert m.text == word and m.quantity.value == 1
        (m,) = extract.find_quantities(entry.example.replace(entry.word, "，"))
        assert m.text == word


@pytest.mark.parametrize("entry", traps.SCHOOL_NUMBER_ENDS, ids=_ids(traps.SCHOOL_NUMBER_ENDS))
def test_school_number_ends(entry: Entry[Any]) -> None:
    # a number right before the word names a school: no figure; a figure with a point, or a space after it, is one
    assert extract.find_quantities(entry.example) == ()
    assert [m.text for m in extract.find_quantities("生师比为13.5" + entry.word)] == ["13.5"]


@pytest.mark.parametrize("entry", traps.KIT_WORDS, ids=_ids(traps.KIT_WORDS))
def test_kit_words(entry: Entry[Any]) -> None:
    # a Chinese numeral before the word names a kit: no count; digits before it count lots in it, as written
    assert extract.find_quantities(entry.example) == ()
    (m,) = extract.find_quantities("购置器材320" + entry.word)
    assert m.quantity.unit == entry.word and m.quantity.value == 320
    # … and so does a numeral longer than one character (三千件套: three thousand lots)
    (m,) = extract.find_quantities("配备课桌椅三千" + entry.word + "。")
    assert m.quantity.unit == entry.word and m.quantity.value == 3000


@pytest.mark.parametrize("entry", traps.SLOGANS, ids=_ids(traps.SLOGANS))
def test_slogans(entry: Entry[Any]) -> None:
    # a slogan named whole (in quotes, before a stop or its tail) counts nothing; its words opening an ordinary
    # phrase (…中心, …的学校) are a count, as without the table
    assert [m for m in extract.find_quantities(entry.example) if entry.word.startswith(m.text)] == []
    assert extract.find_quantities(f"“{entry.word}”") == ()
    (m,) = extract.find_quantities(f"全县建成{entry.word}示范中心。")
    assert entry.word.startswith(m.text) and m.kind is extract.MatchKind.QUANTITY


@pytest.mark.parametrize("entry", traps.SLOGAN_TAILS, ids=_ids(traps.SLOGAN_TAILS))
def test_slogan_tails(entry: Entry[Any]) -> None:
    # a slogan before the tail is named whole: no count; the same words before another noun are one
    slogan = entry.example.removesuffix(entry.word).removesuffix("的")  # (的 may stand between them)
    assert slogan in {e.word for e in traps.SLOGANS}
    assert extract.find_quantities(f"坚持{entry.example}。") == ()
    assert [m.text for m in extract.find_quantities(f"坚持{slogan}示范中心。")] == [slogan[:2]]


@pytest.mark.parametrize("entry", traps.COMPANION_FALSE_FRIENDS, ids=_ids(traps.COMPANION_FALSE_FRIENDS))
def test_companion_false_friends(entry: Entry[Any]) -> None:
    # the word holds a companion's character but names no one along: the 一起 after it counts one case, as it
    # does with no word before it; a companion standing alone there makes it 'together'
    (m,) = extract.find_quantities(entry.example)
    assert m.text == "一起" and m.quantity.value == 1
    companion = next(c for c in entry.word if c in {e.word for e in traps.TOGETHER_COMPANIONS})
    assert extract.find_quantities(f"校长{companion}教师一起查看办学行为") == ()


@pytest.mark.parametrize("entry", traps.CASE_NOUNS, ids=_ids(traps.CASE_NOUNS))
def test_case_nouns(entry: Entry[Any]) -> None:
    # after a companion, 一起 before a noun of a case counts it; before a verb it is 'together'
    (m,) = extract.find_quantities(entry.example)
    assert m.text == "一起" and m.quantity.value == 1
    assert extract.find_quantities(entry.example.replace("一起" + entry.word, "一起商定" + entry.word)) == ()


@pytest.mark.parametrize("entry", traps.SCALE_IDIOMS, ids=_ids(traps.SCALE_IDIOMS))
def test_scale_idioms(entry: Entry[Any]) -> None:
    # the scale word alone before the measure word is a manner of speaking; a number before it is a count
    assert extract.find_quantities(entry.example) == ()
    (m,) = extract.find_quantities("投入增长到上年的一" + entry.word + "。")
    assert m.text == "一" + entry.word


@pytest.mark.parametrize("entry", traps.PREFIX_VERBS, ids=_ids(traps.PREFIX_VERBS))
def test_prefix_verbs(entry: Entry[Any]) -> None:
    # before a figure whose words go on, the word is a verb and its figure a plain count; at the clause's end, or
    # before one of the value's words, it bounds the figure
    (m,) = extract.find_quantities(entry.example)
    assert m.quantity.qualifier is None and not m.text.startswith(entry.word)
    (m,) = extract.find_quantities(f"全县在校生{entry.word}3万人。")
    assert m.text.startswith(entry.word) and m.quantity.qualifier is not None
    for word in entry.value:
        (m,) = extract.find_quantities(f"全县教育投入{entry.word}30亿元{word}。")
        assert m.text.startswith(entry.word) and m.quantity.qualifier is not None


@pytest.mark.parametrize("entry", traps.LENGTH_THRESHOLD_LEADS, ids=_ids(traps.LENGTH_THRESHOLD_LEADS))
def test_length_threshold_leads(entry: Entry[Any]) -> None:
    # the word before a length with 的 and a noun after it makes a threshold: no figure; reached (达到), it is one
    assert [m for m in extract.find_quantities(entry.example) if m.text.endswith("年")] == []
    reached = entry.example.replace(entry.word, "达到", 1)
    assert [m.text for m in extract.find_quantities(reached) if m.text.endswith("年")] != []
