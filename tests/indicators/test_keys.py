"""The table of measures and the keys indicators get from it.

Every measure's examples parse back to its key; every word of the tables beside it does what
its table says on its own example; keys are unique and carry sources, synonyms and examples;
a key's unit always fits the quantity it is given to. On the real reports in ``../shared``
(read at run time, never copied here) keyed indicators are checked against a hand-checked list
of offsets and keys (``tests/data/keys.json``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.indicators.test_key_readings import in_level_list_full

import dutyreport as d
from dutyreport.indicators import fits, synonyms
from dutyreport.indicators.keys import key_of, measure
from dutyreport.lang import measures as table
from dutyreport.lang.measures import MEASURES, MeasureDef
from dutyreport.lang.measures_money import MONEY_MEASURES
from dutyreport.lang.measures_schools import SCHOOL_MEASURES
from dutyreport.lang.numbers import Entry
from dutyreport.lang.script import fold
from dutyreport.model.dimensions import Area, SchoolLevel, Sector
from dutyreport.model.quantities import Count, Money, Percent, PerUnit, Ratio

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
KEYS = ROOT / "tests" / "data" / "keys.json"
HEAD = "某县2023年度履行教育职责情况自查报告\n一、基本情况\n"
EXACT = frozenset(m.key for m in MEASURES if m.exact)


def indicators(sentence: str) -> list[d.Indicator]:
    found = list(d.parse(HEAD + sentence).indicators)
    assert found, f"no figure in {sentence!r}"
    return found


# --- the table ---------------------------------------------------------------------------------------


def test_at_least_forty_unique_keys() -> None:
    keys = [m.key for m in MEASURES]
    assert len(keys) >= 40
    assert len(set(keys)) == len(keys)
    assert len({m.label for m in MEASURES}) == len(keys)


@pytest.mark.parametrize("m", MEASURES, ids=[m.key for m in MEASURES])
def test_every_measure_is_described(m: MeasureDef) -> None:
    assert re.fullmatch(r"[a-z][a-z0-9_]*", m.key)
    assert m.synonyms and m.sources and m.examples
    assert all(s.document and s.indicator for s in m.sources)
    assert measure(m.key) is m
    assert m.as_rate is None or measure(m.as_rate).unit == m.unit


def test_the_measures_the_evaluation_asks_about_are_defined() -> None:
    wanted = {
        "general_budget_education_spending", "general_budget_education_spending_growth",
        "national_fiscal_education_funds", "general_budget_education_spending_share",
        "per_student_general_budget_spending", "per_student_public_funds", "per_student_public_funds_standard",
        "teacher_average_pay", "civil_servant_average_pay", "large_class_count", "large_class_share",
        "super_large_class_count", "super_large_class_share", "preschool_gross_enrolment_rate",
        "inclusive_kindergarten_coverage", "public_kindergarten_enrolment_share", "compulsory_retention_rate",
        "disabled_children_enrolment_rate", "migrant_children_public_school_share",
        "upper_secondary_gross_enrolment_rate", "student_teacher_ratio", "disparity_coefficient",
        "teacher_rotation_count", "teacher_recruitment", "teacher_training_participants", "school_count",
        "student_count", "teacher_count", "new_school_places", "tutoring_institution_reduction_rate",
    }  # fmt: skip
    assert wanted <= {m.key for m in MEASURES}


def test_an_entry_is_validated() -> None:
    good = MEASURES[0]
    with pytest.raises(ValueError, match="must match regex"):
        MeasureDef(**{**_fields(good), "key": "Not-Snake"})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no unit"):
        MeasureDef(**{**_fields(good), "units": ("yuan per head",)})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="gap"):
        MeasureDef(**{**_fields(good), "synonyms": ("…教育",)})  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        MeasureDef(**{**_fields(good), "examples": ()})  # type: ignore[arg-type]


def _fields(m: MeasureDef) -> dict[str, Any]:
    import attrs

    return attrs.asdict(m, recurse=False)


EXAMPLES = [(m.key, ex) for m in MEASURES for ex in m.examples]


@pytest.mark.parametrize(("key", "example"), EXAMPLES, ids=[f"{k}-{e[:12]}" for k, e in EXAMPLES])
def test_every_example_parses_back_to_its_key(key: str, example: str) -> None:
    assert indicators(example)[0].key == key


# --- the words beside the table -------------------------------------------------------------------------


def check_level(e: Entry) -> None:
    i = indicators(e.example)[0]
    assert i.key is not None and i.dimensions.level is e.value


def check_sector(e: Entry) -> None:
    i = indicators(e.example)[0]
    assert i.key is not None and i.dimensions.sector is e.value


def check_area(e: Entry) -> None:
    i = indicators(e.example)[0]
    assert i.key is not None and i.dimensions.area is e.value


def check_stage(e: Entry) -> None:
    i = indicators(e.example)[0]
    assert i.key is not None and i.dimensions.level is None


def check_unkeyed(e: Entry) -> None:
    assert all(i.key is None for i in indicators(e.example))


def check_filler(e: Entry) -> None:
    assert any(i.key is not None for i in indicators(e.example))


def check_change(e: Entry) -> None:
    assert any(i.key is not None and i.key.endswith("_growth") for i in indicators(e.example))


def check_action(e: Entry) -> None:
    assert not any(i.key in EXACT for i in indicators(e.example))


def check_share(e: Entry) -> None:
    i = indicators(e.example)[0]
    assert i.key is not None and i.unit == "percent"
    assert indicators(e.example.replace(e.word, "", 1))[0].key is None  # without it, no share


def check_rate(e: Entry) -> None:
    assert indicators(e.example)[0].key == "per_student_public_funds_standard"


WORD_TABLES: dict[str, tuple[tuple[Entry, ...], Callable[[Entry], None]]] = {
    "LEVEL_WORDS": (table.LEVEL_WORDS, check_level),
    "SECTOR_WORDS": (table.SECTOR_WORDS, check_sector),
    "AREA_WORDS": (table.AREA_WORDS, check_area),
    "STAGE_WORDS": (table.STAGE_WORDS, check_stage),
    "OTHER_LEVEL_WORDS": (table.OTHER_LEVEL_WORDS, check_unkeyed),
    "VETO_WORDS": (table.VETO_WORDS, check_unkeyed),
    "FILLER_WORDS": (table.FILLER_WORDS, check_filler),
    "CHANGE_WORDS": (table.CHANGE_WORDS, check_change),
    "ACTION_WORDS": (table.ACTION_WORDS, check_action),
    "SHARE_WORDS": (table.SHARE_WORDS, check_share),
    "RATE_WORDS": (table.RATE_WORDS, check_rate),
    "RATE_FIGURE_WORDS": (table.RATE_FIGURE_WORDS, check_rate),
}
WORDS = [(name, e) for name, (entries, _) in WORD_TABLES.items() for e in entries]


def test_every_word_table_is_checked() -> None:
    tables = {n for n in table.__all__ if n.endswith("_WORDS")}
    assert tables == set(WORD_TABLES)


@pytest.mark.parametrize(("name", "entry"), WORDS, ids=[f"{n}-{e.word}" for n, e in WORDS])
def test_every_word_does_what_its_table_says(name: str, entry: Entry) -> None:
    assert entry.word in entry.example
    WORD_TABLES[name][1](entry)


# --- keys and dimensions on sentences of the genre ------------------------------------------------------

# (sentence, key of its first figure, level, sector, area)
EXAMPLES_DIMENSIONS: list[tuple[str, str, SchoolLevel | None, Sector | None, Area | None]] = [
    ("全县农村小学专任教师1240人。", "teacher_count", SchoolLevel.PRIMARY, None, Area.RURAL),
    ("城区公办初中大班额比例降至0.6%。", "large_class_share", SchoolLevel.JUNIOR_SECONDARY, Sector.PUBLIC, Area.URBAN),
    ("民办幼儿园在园幼儿5230人。", "student_count", SchoolLevel.PRESCHOOL, Sector.PRIVATE, None),
    ("义务教育综合差异系数小学为0.386。", "disparity_coefficient", SchoolLevel.PRIMARY, None, None),
    ("初中三年巩固率为98.1%。", "compulsory_retention_rate", SchoolLevel.JUNIOR_SECONDARY, None, None),
    # a label before its head is the figure's level, though the head names others
    ("小学执行义务教育学校和高中学校统一的生均公用经费标准每生每年720元。",
     "per_student_public_funds_standard", SchoolLevel.PRIMARY, None, None),
    # several levels listed before 分别: the figures pair with them one by one, the first is the first level's
    ("小学、初中生均公用经费标准分别为每生每年720元、940元。", "per_student_public_funds_standard", SchoolLevel.PRIMARY,
     None, None),
    ("全县中小学、幼儿园共218所。", "school_count", None, None, None),
    # measures listed before 分别 pair with the figures after it one by one: the first is the first measure's
    ("学前三年毛入园率、普惠性幼儿园覆盖率分别为96.4%、91.8%。", "preschool_gross_enrolment_rate",
     SchoolLevel.PRESCHOOL, None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "key", "level", "sector", "area"), EXAMPLES_DIMENSIONS, ids=[e[0][:14] for e in EXAMPLES_DIMENSIONS]
)
def test_keys_and_dimensions(
    sentence: str, key: str, level: SchoolLevel | None, sector: Sector | None, area: Area | None
) -> None:
    i = indicators(sentence)[0]
    assert (i.key, i.dimensions.level, i.dimensions.sector, i.dimensions.area) == (key, level, sector, area)


# (sentence, key every figure in it must get) for figures read through a label under a head
EXAMPLES_LABELS = [
    ("专任教师4120人,其中高中630人、初中1180人。", "teacher_count"),
    ("生均公共财政教育事业费:小学为9020元,同比增幅3.1%,初中为12510元,同比增幅2.6%。", None),
]


def test_a_label_takes_its_heads_measure() -> None:
    teachers = indicators(EXAMPLES_LABELS[0][0])
    assert [(i.key, i.dimensions.level) for i in teachers] == [
        ("teacher_count", None),
        ("teacher_count", SchoolLevel.SENIOR_SECONDARY),
        ("teacher_count", SchoolLevel.JUNIOR_SECONDARY),
    ]
    spending = indicators(EXAMPLES_LABELS[1][0])
    assert [i.key for i in spending] == [
        "per_student_general_budget_spending",
        "per_student_general_budget_spending_growth",
        "per_student_general_budget_spending",
        "per_student_general_budget_spending_growth",
    ]


# Figures that name no defined measure, or name one in a way that does not settle which: no key.
EXAMPLES_NOT_KEYED = [
    "新改扩建高中5所、义务段学校20所。",  # new schools are no count of schools
    "检查各类学校、培训机构200个。",  # a count of a list of nouns
    "普惠性幼儿园覆盖率完成率为120.8%。",  # a completion rate of a target
    "全市56人以上大班额由37个减少至6个,下降83.8%。",  # 83.8%: the count's change, no share (the counts are keyed)
    "普通高等学校生均一般公共预算教育经费为9616元。",  # a level outside the table
    "教育督导专项经费30万元。",
    "农民年人均纯收入2451元。",
    "每校至少安排受过培训的心理辅导教师1名。",
    "全国财政性教育经费占比为4.2%。",  # (round 17) most often the share of GDP, its denominator unsaid
]


@pytest.mark.parametrize("sentence", EXAMPLES_NOT_KEYED, ids=[s[:14] for s in EXAMPLES_NOT_KEYED])
def test_not_keyed(sentence: str) -> None:
    found = indicators(sentence)
    if sentence.startswith("全市56人"):
        found = [i for i in found if i.unit == "percent"]
    assert found and all(i.key is None for i in found)


def test_the_json_view_carries_key_and_dimensions() -> None:
    data = d.to_dict(d.parse(HEAD + "全县农村小学专任教师1240人。"))
    first = data["indicators"][0]
    assert first["key"] == "teacher_count"
    assert first["dimensions"] == {"level": "小学", "sector": None, "area": "rural"}


# --- the unit always fits ---------------------------------------------------------------------------------

_AMOUNTS = st.integers(0, 10**6).map(Decimal)
_QUANTITIES = st.one_of(
    st.builds(Money, value=st.decimals(min_value=0, max_value=10**9, places=2)),
    st.builds(Percent, points=st.decimals(min_value=0, max_value=200, places=2), percentage_point=st.booleans()),
    st.builds(Count, value=_AMOUNTS, measure_word=st.sampled_from([None, "所", "人", "个", "名", "次"])),
    st.builds(PerUnit, value=_AMOUNTS, per=st.sampled_from([("student", "year"), ("person",)])),
    st.builds(Ratio, terms=st.tuples(st.integers(1, 30).map(Decimal), st.integers(1, 30).map(Decimal))),
)  # fmt: skip
_WORDS = [w for m in MEASURES for s in m.synonyms for w in s.split("…")] + [e.word for e in table.LEVEL_WORDS]


@given(subject=st.lists(st.sampled_from(_WORDS), max_size=4).map("".join), quantity=_QUANTITIES)
def test_a_key_fits_its_quantitys_unit(subject: str, quantity: Money | Percent | Count | PerUnit | Ratio) -> None:
    found = key_of(subject, quantity)
    if found is None:
        return
    m = measure(found.key)
    fits = quantity.unit in m.units or (isinstance(quantity, Money) and m.plain_yuan_below is not None)
    assert fits, (subject, quantity, found)
    assert found.dimensions.level is None or found.dimensions.level in m.levels


@given(subject=st.text(max_size=40), before=st.text(max_size=80))
def test_any_text_is_keyed_or_not_without_error(subject: str, before: str) -> None:
    found = key_of(subject, Count(value=Decimal(3), measure_word="所"), before)
    assert found is None or measure(found.key).units == ("所",) or "所" in measure(found.key).units


# --- precision and coverage on the real reports ---------------------------------------------------------


def _checked() -> dict[str, list[list[Any]]]:
    data: dict[str, list[list[Any]]] = json.loads(KEYS.read_text(encoding="utf-8"))["files"]
    return data


def test_the_checked_list_names_defined_keys_and_offsets_only() -> None:
    defined = {m.key for m in MEASURES} | {"none"}
    levels = {lv.value for lv in SchoolLevel} | {None}
    for items in _checked().values():
        for item in items:
            start, end, key, level = item
            assert isinstance(start, int) and isinstance(end, int) and start < end
            assert key in defined and level in levels


def _pairs(listed: list[list[Any]], found: list[d.Indicator]) -> list[tuple[list[Any], d.Indicator]]:
    """Listed items and parsed indicators whose spans overlap, one to one, largest overlap first
    (as the scorer pairs gold and predicted indicators)."""
    ranked = []
    for gi, (gs, ge, *_) in enumerate(listed):
        for pi, p in enumerate(found):
            overlap = min(ge, p.end) - max(gs, p.start)
            if overlap > 0:
                ranked.append((overlap / max(ge - gs, p.end - p.start), gi, pi))
    ranked.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in ranked:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((listed[gi], found[pi]))
    return out


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (the real reports) is not here")
def test_keys_on_the_real_reports() -> None:
    keyed = right = named = named_found = named_keyed = level_told = level_right = 0
    wrong: list[tuple[str, int, str, str]] = []
    for name, listed in _checked().items():
        path = SHARED / name
        if not path.is_file():
            pytest.skip(f"{path} is not here")
        report = d.parse(path.read_text(encoding="utf-8"))
        paired = _pairs(listed, list(report.indicators))
        named += sum(1 for item in listed if item[2] != "none")
        for (start, _, key, level), found in paired:
            if found.key is not None:
                keyed += 1
                if found.key == key:
                    right += 1
                    if level is not None and found.dimensions.level is not None:
                        level_told += 1
                        level_right += found.dimensions.level.value == level
                else:
                    wrong.append((name, start, key, found.key))
            named_found += key != "none"
            if key != "none" and found.key == key:
                named_keyed += 1
    precision, coverage = right / keyed, named_keyed / named
    print(
        f"keys on the real reports: precision {right}/{keyed} = {precision:.3f}; coverage {named_keyed}/{named}"
        f" = {coverage:.3f} ({named_keyed}/{named_found} = {named_keyed / named_found:.3f} of those the parser"
        f" finds); levels {level_right}/{level_told}"
    )
    assert keyed >= 150 and named >= 300  # the list covers the reports
    assert precision >= 0.95, wrong
    assert coverage >= 0.60, (named_keyed, named)
    assert level_right / level_told >= 0.95


def test_the_docs_show_the_table_as_it_is() -> None:
    page = (ROOT / "docs" / "measures.md").read_text(encoding="utf-8")
    shown = page.split("<!-- generated: table_markdown() -->\n", 1)[1].split("<!-- end generated -->", 1)[0]
    assert shown == table.table_markdown(), "regenerate the table in docs/measures.md from table_markdown()"


def test_the_table_is_its_parts() -> None:
    # the measures of money and of schooling, each key in one part only
    assert MEASURES == MONEY_MEASURES + SCHOOL_MEASURES
    assert not {m.key for m in MONEY_MEASURES} & {m.key for m in SCHOOL_MEASURES}


# --- shortcuts held to what they replace -----------------------------------------------------------------

# Text made of the words the shortcuts are about (level, sector, area, filler, change words, synonyms'
# first parts), some other characters, punctuation and the NUL of a masked measure.
_KEY_WORDS = sorted(
    {e.word for t in (table.LEVEL_WORDS, table.STAGE_WORDS, table.OTHER_LEVEL_WORDS, table.SECTOR_WORDS,
                      table.AREA_WORDS, table.FILLER_WORDS, table.CHANGE_WORDS) for e in t}
    | {s for m in MEASURES for s in m.synonyms}
    | {part for m in MEASURES for s in m.synonyms for part in s.split(table.GAP)}  # (parts, gaps of any words)
)
_key_text = st.lists(
    st.one_of(
        st.sampled_from(_KEY_WORDS), st.sampled_from(list("、，,：:；;。/\x00的及和学生率")), st.text(max_size=2)
    ),
    max_size=8,
).map("".join)


_LABEL_WORDS = sorted(
    {e.word for t in (table.LEVEL_WORDS, table.STAGE_WORDS, table.OTHER_LEVEL_WORDS, table.SECTOR_WORDS,
                      table.AREA_WORDS, table.FILLER_WORDS, table.CHANGE_WORDS) for e in t}
)
# (labels alone, and labels with a stray character: the texts either answer holds for)
_label_text = st.lists(
    st.one_of(st.sampled_from(_LABEL_WORDS), st.sampled_from(list("、，:；/\x00"))), min_size=1, max_size=5
).map("".join)


@given(st.one_of(_key_text, _label_text, st.tuples(_label_text, st.text(max_size=1)).map("".join)))
def test_the_label_and_dimension_tests_by_their_characters_are_the_full_strip(s: str) -> None:
    from dutyreport.indicators import keys

    dims = (keys._LEVEL_WORD, keys._SECTOR_WORD, keys._AREA_WORD, keys._FILLER)
    assert keys._is_label(s) == (keys._strip(s, *dims, keys._CHANGE, keys._PUNCT) == "")
    assert keys._only_dimensions(s) == (keys._strip(s, *dims, keys._PUNCT).replace("\x00", "") == "")


@given(_key_text)
def test_the_synonyms_tried_are_those_whose_first_part_the_text_holds(s: str) -> None:
    names = synonyms.names_in(s)
    for m in MEASURES:
        every = synonyms._SYNONYMS[m.key]  # (each tried in full: no prefilter, no literal search)
        expected = [
            tuple(match.span(g + 1) for g in range(len(match.groups())))
            for syn in every
            for match in syn.pattern.finditer(s, overlapped=True)
        ]
        assert synonyms.matches(m, s, names) == expected
        assert names == frozenset(f for f in synonyms._FIRST_PARTS if f in s)


def test_the_synonyms_found_are_those_every_pattern_finds_in_the_real_reports() -> None:
    from conftest import CORPUS, realworld_files

    if not CORPUS:
        pytest.skip("the corpus is not here")
    for path in [*CORPUS, *realworld_files()]:
        for sentence in re.split("[。！？\n]", path.read_text(encoding="utf-8")):
            names = synonyms.names_in(sentence)
            for m in MEASURES:
                expected = [
                    tuple(match.span(g + 1) for g in range(len(match.groups())))
                    for syn in synonyms._SYNONYMS[m.key]
                    for match in syn.pattern.finditer(sentence, overlapped=True)
                ]
                assert synonyms.matches(m, sentence, names) == expected, (path.name, sentence)


def _names_of_held(s: str) -> None:

    every = synonyms.names_in(s)
    assert every == frozenset(f for f in synonyms._FIRST_PARTS if f in s), s
    for unit in fits._BY_UNIT:
        for amount in (None, Decimal(50), Decimal(5000), Decimal(500000)):
            measures = fits._fitting(unit, amount)
            of = synonyms.names_of(measures)
            theirs = frozenset(syn.first for m in measures for syn in synonyms._SYNONYMS[m.key])
            assert synonyms.names_in(s, of) == every & theirs, (s, unit)
            assert (of.any_name.search(s) is not None) == bool(every & theirs), (s, unit)


@given(_key_text)
def test_the_names_of_the_measures_that_fit_are_those_of_all_they_hold(s: str) -> None:
    _names_of_held(s)


def test_the_names_of_the_measures_that_fit_are_those_of_all_they_hold_in_the_real_reports() -> None:
    from conftest import CORPUS, realworld_files

    if not CORPUS:
        pytest.skip("the corpus is not here")
    for path in [*CORPUS, *realworld_files()]:
        text = path.read_text(encoding="utf-8")
        for i in range(0, len(text), 7):
            _names_of_held(text[i : i + 24])


@given(_key_text)
def test_a_measure_is_named_where_the_named_spans_are_some(s: str) -> None:
    assert synonyms.names_a_measure(s) == bool(synonyms.named_spans(s))


def test_a_measure_is_named_where_the_named_spans_are_some_in_the_real_reports() -> None:
    from conftest import CORPUS, realworld_files

    if not CORPUS:
        pytest.skip("the corpus is not here")
    for path in [*CORPUS, *realworld_files()]:
        text = path.read_text(encoding="utf-8")
        for i in range(0, len(text), 5):
            window = text[i : i + 40]  # (a stretch before a figure, as the stage reads it)
            assert synonyms.names_a_measure(window) == bool(synonyms.named_spans(window)), (path.name, window)


@given(st.text(max_size=12), st.lists(st.tuples(st.integers(0, 12), st.integers(0, 12)), max_size=4))
def test_the_mask_is_the_character_by_character_mask(s: str, spans: list[tuple[int, int]]) -> None:
    from dutyreport.indicators import keys

    spans = [(a, b) for a, b in spans if b <= len(s)]
    chars = list(s)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = "\x00"
    assert keys._mask(s, tuple(spans)) == "".join(chars)


_BREAK_CHARS = list("。！？!?\n，,；;：:(（)） \t\u3000\x1c\x85\xa0小学生均的1")  # (\x1c: no break, but space to re)
_break_text = st.text(alphabet=st.sampled_from(_BREAK_CHARS), max_size=24)


@given(_break_text, st.integers(0, 24))
def test_the_last_clause_break_is_the_last_one_the_forward_search_finds(s: str, at: int) -> None:
    from dutyreport.indicators import keys

    at = min(at, len(s))
    forward = [m.end() for m in keys._CLAUSE_BREAK.finditer(s, 0, at)]
    last = keys._LAST_CLAUSE_BREAK.search(s, 0, at)
    assert (last.end() if last else None) == (forward[-1] if forward else None)
    up_to = keys._UP_TO_LAST_CLAUSE_BREAK.match(s, 0, at)
    assert (up_to.end() if up_to else None) == (forward[-1] if forward else None)


def plain_clause_full(text: str) -> bool:
    """Whether the clause ending ``text`` counts things as they are, read with the regex engine's search from the
    end and the nouns always taken away."""
    from dutyreport.indicators import keys

    if "(" in text or "（" in text:
        text = keys._BRACKETED.sub("", text)
    last = keys._LAST_CLAUSE_BREAK.search(text)
    clause = text[last.end() :] if last else text
    return keys._ACTION.search(keys._EXACT_NOUN.sub("", clause)) is None


@given(
    st.lists(
        st.one_of(
            st.sampled_from(_BREAK_CHARS),
            st.sampled_from(sorted({w for m in MEASURES if m.exact for w in m.synonyms})),
            st.sampled_from([e.word for e in table.ACTION_WORDS]),
        ),
        max_size=12,
    ).map("".join)
)
def test_a_plain_clause_is_read_as_in_full(text: str) -> None:
    from dutyreport.indicators import keys

    assert keys._plain_clause(text) == plain_clause_full(text), text


def test_a_plain_clause_is_read_as_in_full_in_the_real_reports() -> None:
    from conftest import CORPUS, realworld_files
    from dutyreport.indicators import keys

    if not CORPUS:
        pytest.skip("the corpus is not here")
    for path in [*CORPUS, *realworld_files()]:
        text = path.read_text(encoding="utf-8")
        for i in range(0, len(text), 5):
            assert keys._plain_clause(text[i : i + 40]) == plain_clause_full(text[i : i + 40]), text[i : i + 40]


def _key_shortcuts_held(s: str) -> None:
    from dutyreport.indicators import keys

    if fits._FOLDED.isdisjoint(s):
        assert s.translate(fits._FOLD_UNIT) == s
    # a subject none of whose characters folding changes or cleaning takes away, holding no veto word, is read as is
    if keys._FOLDED_CLEANED_OR_VETOED.search(s) is None:
        assert fold(s) == s and keys._clean(s) == s and keys._VETO.search(s) is None, s
    # a subject's level word read as an item of a list of levels: what the subject alone says read once
    for cut in range(len(s) + 1):
        subject, head = s[cut:], keys._level_list_head(s[cut:])
        for before in (s, s[:cut], s[:cut] + subject[:3]):
            full = in_level_list_full(subject, before)
            assert keys._in_level_list(subject, before) == full == keys._in_level_list(subject, before, head), (
                subject,
                before,
            )
    # the measures a text names tried, looked up by its one name, are those filtered from the table by its names
    for t in (*fits._YUAN_FITS, *fits._FITS.values()):
        names = synonyms.names_in(s, t.names)
        for measures, named in ((t.measures, t.measures_named), (t.counts, t.counts_named)):
            if names:
                assert keys._best(measures, s, names=names, named=named) == keys._best(measures, s, names=names), s
            assert keys._best(measures, s, label="小学", named=named) == keys._best(measures, s, label="小学"), s
    # requires and excludes: one search for the words of each
    for m in MEASURES:
        assert keys._allowed(m, s) == (
            (not m.requires or any(w in s for w in m.requires)) and not any(w in s for w in m.excludes)
        ), (m.key, s)
    # the words before are cleaned and read for a list of measures only where a joiner stands in them, for a
    # 分别 list only where 分 and 别 do (cleaning takes characters away, it adds none)
    cleaned = keys._clean(s)
    if keys._ANY_JOINER.search(s) is None:
        words = (cleaned[k:j] for k in range(len(cleaned)) for j in range(k, k + 9))
        assert not any(keys._in_measure_list(w, cleaned) for w in words), s
    if "分" not in s or "别" not in s:
        assert not keys._respective_over_measures(cleaned), s
    # an exact measure's subject with a character outside its noun that no dimension word holds is no such subject
    # (read from the characters before and after the noun, without masking it)
    for m in (m for m in MEASURES if m.exact):
        for spans in synonyms.matches(m, s, synonyms.names_in(s)):
            end = spans[-1][1]
            full = s[end : end + 1] not in keys._JOINERS and keys._only_dimensions(keys._mask(s, spans))
            assert keys._allowed_in_subject(m, s, spans, changes=False) == full, (m.key, s, spans)
    # a later item of a list of nouns: the search tried only where a joiner ends the words before the subject
    for cut in range(len(s) + 1):
        subject, before = s[cut:], s
        full = bool(subject) and keys._NOUN_LIST.search(before, 0, len(before) - len(subject)) is not None
        assert keys._listed_under_a_word(subject, before) == full, (subject, before)


@given(
    st.one_of(
        _key_text,
        st.text(alphabet=st.sampled_from(list("小学、和及与\n1x校机构培训")), max_size=10),
        st.lists(st.sampled_from([*"分别为(（)） 、和小学", "生均公用经费", "学校"]), max_size=10).map("".join),
    )
)
def test_the_key_readings_shortcuts_are_the_full_readings_in_generated_text(s: str) -> None:
    _key_shortcuts_held(s)


def test_the_key_readings_shortcuts_are_the_full_readings_in_the_real_reports() -> None:
    from conftest import CORPUS, realworld_files

    if not CORPUS:
        pytest.skip("the corpus is not here")
    for path in [*CORPUS, *realworld_files()]:
        text = path.read_text(encoding="utf-8")
        for i in range(0, len(text), 11):
            _key_shortcuts_held(text[i : i + 16])


def _gapped_held(text: str) -> None:

    for syns in synonyms._SYNONYMS.values():
        for syn in syns:
            if syn.rest:
                expected = [m.regs[1:] for m in syn.pattern.finditer(text, overlapped=True)]
                assert synonyms._gapped(text, syn.first, syn.rest) == expected, (syn.first, syn.rest, text)


def _gapped_synonyms() -> list[tuple[str, ...]]:

    return sorted({(syn.first, *syn.rest) for syns in synonyms._SYNONYMS.values() for syn in syns if syn.rest})


_filler = st.one_of(
    st.text(alphabet=st.sampled_from(list("一二三四五的")), max_size=10),
    st.text(alphabet=st.sampled_from(list("一二三四五，,。:\n的")), max_size=10),
)


@st.composite
def _around_a_synonym(draw: Callable[..., Any]) -> str:
    # a synonym's parts with fillers around and between them (a gap as long as it may be, and longer), some twice
    parts = draw(st.sampled_from(_gapped_synonyms()))
    parts = parts + parts[draw(st.integers(0, len(parts))) :]
    return "".join(draw(_filler) + p for p in parts) + draw(_filler)


@given(_around_a_synonym())
def test_a_synonym_with_gaps_is_found_where_its_pattern_finds_it(text: str) -> None:
    _gapped_held(text)
