"""The model users compute with: typed values, one span shape, validators, short reprs, metadata.

``mypy --strict`` is run on a user's code (``tests/model/typing_user``): the code that computes with
``Indicator.value`` must pass, the code that misuses it must fail with the errors it marks.
"""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import dutyreport
from conftest import ROOT
from dutyreport import (
    Check,
    CheckKind,
    Corruption,
    CorruptionKind,
    Count,
    Deadline,
    DocNumber,
    Excerpt,
    Grounded,
    Indicator,
    IndicatorKind,
    Measure,
    Money,
    Noise,
    NoiseKind,
    Percent,
    PerUnit,
    Plan,
    Point,
    Problem,
    Qualifier,
    Range,
    Ratio,
    Rectification,
    Report,
    Responsible,
    Section,
    Span,
    Target,
    Title,
)
from dutyreport.model.dimensions import Dimensions, SchoolLevel
from dutyreport.model.report import Comparator, Status
from dutyreport.quantities.scan import Match, MatchKind

TEXT = (
    "清河区教育工作自查报告\n一、基本情况\n"
    "2023年,全区投入3.2亿元,新建学校6所,新增学位约5400个,入园率达到95.5%,师生比1:12.5,班额30至45人。\n"
)


# --- values are typed and exact ----------------------------------------------------------------


def test_indicator_values_are_decimals_tuples_or_none() -> None:
    r = dutyreport.parse(TEXT + "投入资金x万元。\n")
    values = {i.text: i.value for i in r.indicators}
    assert values["3.2亿元"] == Decimal("320000000") and isinstance(values["3.2亿元"], Decimal)
    assert values["6所"] == Decimal(6) and isinstance(values["6所"], Decimal)
    assert values["95.5%"] == Decimal("0.955")
    assert values["1:12.5"] == (Decimal(1), Decimal("12.5"))
    assert values["30至45人"] == (Decimal(30), Decimal(45))
    assert values["x万元"] is None
    total = sum((i.value for i in r.indicators if isinstance(i.value, Decimal) and i.unit == "yuan"), Decimal(0))
    assert total == Decimal("320000000")


def test_every_quantity_type_reads_the_same_way() -> None:
    quantities = [
        Money(value=Decimal(5)),
        Percent(points=Decimal(5)),
        Count(value=Decimal(5), measure_word="所"),
        Ratio(terms=(Decimal(5), Decimal(1))),
        PerUnit(value=Decimal(5), per=("student",)),
        Range(low=Count(value=Decimal(1), measure_word="人"), high=Count(value=Decimal(5), measure_word="人")),
    ]
    for q in quantities:
        for name in ("value", "unit", "qualifier", "is_placeholder", "text"):
            assert hasattr(q, name), (type(q).__name__, name)
        assert isinstance(getattr(type(q), "unit", None), property), f"{type(q).__name__}.unit is not a property"
        with pytest.raises(AttributeError):
            q.unit = "x"  # type: ignore[misc]
    assert [q.unit for q in quantities] == ["yuan", "percent", "所", "ratio", "yuan/student", "人"]


def test_a_ratio_is_its_terms_and_has_a_quotient() -> None:
    ratio = dutyreport.parse_ratio("1:12.5")
    assert ratio.value == ratio.terms == (Decimal(1), Decimal("12.5"))
    assert ratio.quotient == Decimal("0.08")
    assert Ratio(terms=(Decimal(1), Decimal(0))).quotient is None


def test_qualifiers_are_the_enum() -> None:
    (i,) = [i for i in dutyreport.parse(TEXT).indicators if i.text == "约5400个"]
    assert i.qualifier is Qualifier.APPROX


def test_a_target_shows_its_quantity_and_deadline() -> None:
    r = dutyreport.parse("某县自查报告\n一、下一步工作打算\n到2025年,公办园在园幼儿占比达到55%以上。\n")
    (t,) = r.targets
    assert (t.value, t.unit, t.qualifier) == (Decimal("0.55"), "percent", Qualifier.MORE_THAN)
    assert isinstance(t.deadline, Deadline) and (t.deadline.year, t.deadline.month) == (2025, None)
    assert r.text[t.deadline.start : t.deadline.end] == t.deadline.text == "到2025年"


# --- one span shape --------------------------------------------------------------------------

SPANNED = [Title, Noise, Corruption, DocNumber, Point, Section, Indicator, Problem, Plan, Deadline, Target,
           Measure, Responsible, Rectification, Check, dutyreport.Match]


@pytest.mark.parametrize("cls", SPANNED, ids=lambda c: c.__name__)
def test_every_grounded_item_is_grounded_and_takes_start_end_text_first(cls: type) -> None:
    assert issubclass(cls, Grounded)
    assert issubclass(cls, Excerpt) is (cls in (Section, Point))  # (the rest store their text: Span)
    assert issubclass(cls, Span) is not issubclass(cls, Excerpt)
    assert [a.alias for a in attrs.fields(cls)][:3] == ["start", "end", "text"]


# --- an excerpt reads its text from the report's ------------------------------------------------


def test_sections_and_points_read_their_text_from_the_reports_own_string() -> None:
    r = dutyreport.parse("某县自查报告\n一、基本情况\n全县学校20所。一是投入不足。二是师资紧缺。\n二、问题\n经费少。\n")
    items = [*r.walk_sections(), *(p for s in r.walk_sections() for p in s.points)]
    assert len(items) >= 4
    for item in items:
        assert item._source is r.text  # shared, not copied
        assert item.text == r.text[item.start : item.end]
        assert item.read(item.start, item.end) == item.text


def test_an_excerpt_compares_hashes_and_shows_by_the_text_it_reads() -> None:
    whole = "一、概况\n学校20所。"
    own = Point(start=5, end=11, text="学校20所。", number="一是")
    shared = Point(start=5, end=11, text=whole, text_at=0, number="一是")
    other = Point(start=5, end=11, text="学校21所。", number="一是")
    assert own == shared and hash(own) == hash(shared) and repr(own) == repr(shared)
    assert own != other and shared != other  # the text read counts, not only the offsets
    assert own != Point(start=5, end=11, text="学校20所。", number="二是")
    assert repr(own) == "Point(start=5, end=11, text='学校20所。', number='一是')"


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"start": 5, "end": 11, "text": "学校20所"}, "text of 5 characters for a span of 6"),  # its own text, short
        ({"start": 5, "end": 11, "text": "一、概况\n学校20所", "text_at": 0}, "does not hold 5..11"),  # runs out
        ({"start": 5, "end": 11, "text": "学校20所。", "text_at": 6}, "does not hold 5..11"),  # begins after it
        ({"start": 5, "end": 11, "text": "学校20所。", "text_at": -1}, "does not hold 5..11"),
        ({"start": 5, "end": 11, "text": "学校20所。", "text_at": "0"}, "text_at must be an int"),
        ({"start": 5, "end": 11, "text": b"x"}, "text must be a str"),
        ({"start": 12, "end": 5, "text": ""}, "end 5 before start 12"),
    ],
)
def test_an_excerpt_refuses_a_text_that_does_not_hold_its_span(kwargs: dict[str, Any], error: str) -> None:
    with pytest.raises((ValueError, TypeError), match=error):
        Point(number="一是", **kwargs)


@pytest.mark.parametrize("cls", [Section, Point], ids=lambda c: c.__name__)
def test_an_excerpt_class_keeps_the_comparison_and_repr_of_the_text_it_reads(cls: type) -> None:
    # (declared eq=False, repr=False: attrs would otherwise compare and show the text it reads from)
    assert (cls.__eq__, cls.__hash__, cls.__repr__) == (Excerpt.__eq__, Excerpt.__hash__, Excerpt.__repr__)
    assert [a.name for a in attrs.fields(cls)][:4] == ["start", "end", "_source", "_at"]


def test_a_loaded_report_reads_its_sections_from_its_own_text_again() -> None:
    r = dutyreport.parse(TEXT)
    back = dutyreport.Report.from_dict(r.to_dict())
    assert back == r and list(back.walk_sections())
    assert all(s._source is back.text for s in back.walk_sections())
    assert all(p._source is back.text for s in back.walk_sections() for p in s.points)


def test_a_detached_section_holds_only_its_own_text() -> None:
    rest = "二、问题\n" + "经费少，师资缺。" * 200  # (the rest of the report: far longer than the section kept)
    r = dutyreport.parse("某县自查报告\n一、基本情况\n（一）投入\n一是投入足。二是师资足。\n" + rest)
    top = r.sections[0]
    assert top.children and top.children[0].points
    alone = top.detached()
    assert alone == top and hash(alone) == hash(top) and repr(alone) == repr(top)
    assert alone._source == top.text and alone._source is not r.text
    assert all(c._source == c.text for c in alone.children)  # its children too
    assert all(p._source == p.text for c in alone.children for p in c.points)
    assert len(pickle.dumps(alone)) < len(pickle.dumps(top)) / 4  # (no longer the whole report)


def test_an_excerpt_reads_only_within_itself() -> None:
    section = dutyreport.parse("某县自查报告\n一、基本情况\n学校20所。\n").sections[0]
    assert section.read(section.start, section.end) == section.text
    with pytest.raises(ValueError, match="not within the excerpt"):
        section.read(0, 3)  # the report's title, outside the section
    with pytest.raises(ValueError, match="not within the excerpt"):
        section.read(section.start, section.end + 1)


def test_evolving_an_excerpt_keeps_where_its_text_begins() -> None:
    section = dutyreport.parse("某县自查报告\n一、基本情况\n学校20所。\n").sections[0]
    assert attrs.evolve(section, heading_end=section.heading_end) == section
    own = attrs.evolve(section, text=section.text, text_at=None)
    assert own == section and own._source == section.text
    with pytest.raises(ValueError, match="text_at=0 does not hold"):
        attrs.evolve(section, text=section.text)  # its own text, read as if it began the report


def test_a_bare_grounded_has_no_text() -> None:
    with pytest.raises(TypeError, match="holds no text"):
        _ = Grounded(start=0, end=1).text


def test_a_pickled_report_keeps_one_copy_of_its_text() -> None:
    r = dutyreport.parse(TEXT)
    assert r.sections
    back = pickle.loads(pickle.dumps(r))
    assert back == r
    assert all(s._source is back.text for s in back.walk_sections())  # one string, as before pickling


def _valid(cls: type) -> dict[str, Any]:
    """Keyword arguments for a valid ``cls`` spanning 2..4 of ``'一、学校'``."""
    span: dict[str, Any] = {"start": 2, "end": 4, "text": "学校"}
    extra: dict[type, dict[str, Any]] = {
        Title: {"clean": "学校"},
        Noise: {"kind": NoiseKind.CHROME},
        Corruption: {"kind": CorruptionKind.PLACEHOLDER},
        DocNumber: {"normalized": "学校"},
        Point: {"number": "一是"},
        Section: {"number": None, "heading": "学", "level": 1, "heading_start": 2, "heading_end": 3},
        Indicator: {"quantity": Count(value=Decimal(1))},
        Target: {"subject": None, "comparator": dutyreport.Comparator.GE, "quantity": Count(value=Decimal(1))},
        Measure: {"heading": "学校"},
        Rectification: {"problem": Problem(start=2, end=4, text="学校", source="rectification")},
        Check: {"kind": CheckKind.SIGN, "claim": "学校", "holds": True,
                "figures": (Span(start=2, end=4, text="学校"),)},
        dutyreport.Match: {"quantity": Count(value=Decimal(1))},
    }
    return {**span, **extra.get(cls, {})}


@pytest.mark.parametrize("cls", SPANNED, ids=lambda c: c.__name__)
def test_span_validators(cls: type) -> None:
    good = cls(**_valid(cls))
    assert (good.start, good.end, good.text) == (2, 4, "学校")
    for bad, error in (
        ({"start": -1, "end": 1, "text": "学"}, ValueError),  # negative
        ({"start": 4, "end": 2}, ValueError),  # end before start
        ({"text": "学"}, ValueError),  # text of another length
        ({"start": 2.0}, TypeError),  # not an int
        ({"start": True, "end": 2, "text": "学"}, TypeError),  # a bool is no offset
    ):
        with pytest.raises(error):
            cls(**{**_valid(cls), **bad})


@pytest.mark.parametrize(
    ("cls", "change", "error"),
    [
        (Noise, {"kind": "chrome"}, TypeError),
        (Corruption, {"readings": ["a"]}, TypeError),
        (Indicator, {"kind": "stock"}, TypeError),
        (Indicator, {"quantity": Decimal(1)}, TypeError),
        (Indicator, {"section": (0, "1")}, TypeError),
        (Problem, {"source": "guess"}, ValueError),
        (Deadline, {"month": 13}, ValueError),
        (Deadline, {"day": 0}, ValueError),
        (Deadline, {"year": 99}, ValueError),
        (Section, {"level": 0}, ValueError),
        (Section, {"heading": "校"}, ValueError),  # does not read back from the section's text
        (Section, {"heading_end": 5}, ValueError),  # outside the section
        (Section, {"children": ("一、",)}, TypeError),
        (dutyreport.Match, {"kind": "date"}, TypeError),
        (Rectification, {"problem": Problem(start=2, end=4, text="学校")}, ValueError),  # not its source
        (Check, {"figures": (Span(start=3, end=4, text="校"),)}, ValueError),  # does not stand at its first figure
        (Check, {"figures": (Span(start=2, end=4, text="学校"), Span(start=2, end=4, text="学校"))}, ValueError),
        (Target, {"comparator": ">="}, TypeError),
    ],
)
def test_field_validators(cls: type, change: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        cls(**{**_valid(cls), **change})


# A class checks its fields in one call; where one is wrong, the first wrong field in field order raises its
# own message, as one validator per field did.
@pytest.mark.parametrize(
    ("cls", "change", "message"),
    [
        (Indicator, {"start": 1.0}, "^start must be an int"),
        (Indicator, {"end": 1}, "^end 1 before start 2"),
        (Indicator, {"text": "学"}, "^text of 1 characters for a span of 2"),
        (Indicator, {"year": "2020", "kind": "stock"}, "^year must be int or None"),
        (Indicator, {"kind": "stock", "key": 1}, "^kind must be IndicatorKind"),
        (Indicator, {"section": (0, "1"), "key": 1}, "^section holds int"),
        (Indicator, {"key": 1}, "^key must be str or None"),
        (Indicator, {"dimensions": None}, "^dimensions must be Dimensions"),
        (Check, {"holds": 1, "note": 2}, "^holds must be bool"),
        (Check, {"figures": (Span(start=3, end=4, text="校"),), "note": 2}, "^a check stands at its first figure"),
        (Check, {"computed": 1.5}, "^computed must be Decimal or None"),
        (Check, {"note": None}, "^note must be str"),
        (dutyreport.Match, {"kind": "date", "joined": 1}, "^kind must be MatchKind"),
        (dutyreport.Match, {"joined": 1}, "^joined must be bool"),
        (Section, {"number": 1, "level": 0}, "^number must be str or None"),
        (Section, {"heading": 1, "level": 0}, "^heading must be str"),
        (Section, {"level": 0, "children": 1}, "must be >= 1"),
        (Section, {"level": "1"}, "^level must be int"),
        (Section, {"heading_end": 5, "points": 1}, "^heading 2..5 outside its section"),
        (Section, {"children": ("一、",), "points": 1}, "^a section's children are a tuple of sections"),
        (Section, {"points": ("一是",)}, "^points holds Point"),
        (Section, {"level": True}, None),  # (a bool passes an int's check, as it always did)
    ],
)
def test_the_first_wrong_field_says_what_is_wrong(cls: type, change: dict[str, Any], message: str | None) -> None:
    if message is None:
        cls(**{**_valid(cls), **change})
        return
    with pytest.raises((TypeError, ValueError), match=message):
        cls(**{**_valid(cls), **change})


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Money(value=1.5, qualifier="approx"), "^value must be a Decimal"),
        (lambda: Money(value=Decimal(1), qualifier="approx"), "^qualifier must be Qualifier or None"),
        (lambda: Money(value=Decimal(1), text=None), "^text must be str"),
        (lambda: Percent(points=Decimal("NaN"), percentage_point=1), "^points must be finite"),
        (lambda: Percent(points=Decimal(1), percentage_point=1), "^percentage_point must be bool"),
        (lambda: Count(value=Decimal(1), measure_word=1, qualifier="approx"), "^measure_word must be str or None"),
        (lambda: Count(value=Decimal(1), text=1), "^text must be str"),
        (lambda: PerUnit(value=Decimal(1), per=("student", 1)), "^per holds str"),
        (lambda: PerUnit(value=Decimal(1), per=("student",), qualifier=1), "^qualifier must be Qualifier or None"),
    ],
)
def test_the_first_wrong_field_of_a_quantity_says_what_is_wrong(build: Any, message: str) -> None:
    with pytest.raises((TypeError, ValueError), match=message):
        build()


@pytest.mark.parametrize(
    ("build", "error"),
    [
        (lambda: Money(value=1.5), TypeError),  # never a float
        (lambda: Money(value=Decimal("NaN")), ValueError),
        (lambda: Percent(points=Decimal("Infinity")), ValueError),
        (lambda: Money(value=Decimal(1), qualifier="approx"), TypeError),
        (lambda: Ratio(terms=(Decimal(1),)), ValueError),
        (lambda: Ratio(terms=[Decimal(1), Decimal(2)]), ValueError),
        (lambda: PerUnit(value=Decimal(1), per=["student"]), TypeError),
        (lambda: Range(low=Money(value=Decimal(1)), high=Count(value=Decimal(2))), TypeError),
        (lambda: Report(text="a", kind="other"), TypeError),
        (lambda: Report(text="a", indicators=[]), TypeError),
        (lambda: Report(text="a", period=(2020, "2021")), TypeError),
    ],
)
def test_quantity_and_report_validators(build: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        build()


# --- short reprs -----------------------------------------------------------------------------


def test_report_repr_is_short_and_holds_no_text() -> None:
    r = dutyreport.parse(TEXT)
    shown = repr(r)
    assert shown.startswith("Report(title='清河区教育工作自查报告', region='清河区', admin_level='区'")
    assert "kind='self_assessment'" in shown and "period=(2023,)" in shown
    assert f"indicators={len(r.indicators)}" in shown and "sections=1" in shown
    assert "新建学校" not in shown and len(shown) < 400


def test_report_repr_of_five_megabytes_stays_small() -> None:
    big = "清" * 5_000_000
    n = len(big)
    section = Section(start=0, end=n, text=big, number=None, heading=big, level=1, heading_start=0, heading_end=n)
    indicator = Indicator(start=0, end=n, text=big, quantity=Count(value=Decimal(1)), subject=big)
    report = Report(
        text=big,
        title=Title(start=0, end=n, text=big, clean=big),
        sections=(section,) * 50,
        indicators=(indicator,) * 50,
        noise=(Noise(start=0, end=n, text=big, kind=NoiseKind.SPAM),),
    )
    assert len(repr(report)) < 500
    assert len(repr(indicator)) < 300
    assert len(repr(section)) < 400  # every item's repr cuts its text


def test_indicator_repr_shows_text_value_unit_subject_year_and_key() -> None:
    (i,) = [i for i in dutyreport.parse(TEXT).indicators if i.text == "约5400个"]
    assert repr(i) == (
        "Indicator(text='约5400个', value=Decimal('5400'), unit='个', qualifier='approx',"
        f" subject={i.subject!r}, year=2023, key='new_school_places')"
    )
    change = Indicator(start=0, end=2, text="5%", quantity=Percent(points=Decimal(5)), kind=IndicatorKind.CHANGE)
    assert repr(change) == (
        "Indicator(text='5%', value=Decimal('0.05'), unit='percent', subject=None, year=None, kind='change')"
    )


# A new-user trial: every model class showed an enum member as <CheckKind.PARTS_TOTAL: 'parts_total'> and every
# field at its default (note='', qualifier=None) where Indicator shows kind='change' and leaves defaults out. One
# helper (model.grounded.fields_repr) now builds them all that way; the text stays cut (short).
_SPAN = {"start": 3, "end": 6, "text": "新建校"}
_FIG = Span(start=10, end=13, text="12所")
EXAMPLES_USER_TRIAL_REPRS: list[tuple[object, str]] = [
    (Span(**_SPAN), "Span(start=3, end=6, text='新建校')"),
    (Title(**_SPAN, clean="新建校"), "Title(start=3, end=6, text='新建校', clean='新建校')"),
    (Noise(**_SPAN, kind=NoiseKind.CHROME), "Noise(start=3, end=6, text='新建校', kind='chrome')"),
    (
        Noise(**_SPAN, kind=NoiseKind.SPAM, reason="an advert"),
        "Noise(start=3, end=6, text='新建校', kind='spam', reason='an advert')",
    ),
    (
        Corruption(**_SPAN, kind=CorruptionKind.IMPLAUSIBLE),
        "Corruption(start=3, end=6, text='新建校', kind='implausible')",
    ),
    (
        Corruption(**_SPAN, kind=CorruptionKind.IMPLAUSIBLE, repaired="新建", readings=("新建",)),
        "Corruption(start=3, end=6, text='新建校', kind='implausible', repaired='新建', readings=('新建',))",
    ),
    (
        DocNumber(**_SPAN, normalized="教督〔2021〕3号"),
        "DocNumber(start=3, end=6, text='新建校', normalized='教督〔2021〕3号')",
    ),
    (
        DocNumber(**_SPAN, normalized="教督〔2021〕3号", repaired=True),
        "DocNumber(start=3, end=6, text='新建校', normalized='教督〔2021〕3号', repaired=True)",
    ),
    (Problem(**_SPAN), "Problem(start=3, end=6, text='新建校')"),
    (Problem(**_SPAN, source="inline"), "Problem(start=3, end=6, text='新建校', source='inline')"),
    (Plan(**_SPAN), "Plan(start=3, end=6, text='新建校')"),
    (Deadline(**_SPAN, year=2025), "Deadline(start=3, end=6, text='新建校', year=2025)"),
    (
        Target(**_SPAN, subject=None, comparator=Comparator.GE, quantity=Percent(points=Decimal(95))),
        "Target(start=3, end=6, text='新建校', subject=None, comparator='>=', quantity=Percent(points=Decimal('95')))",
    ),
    (Measure(**_SPAN, heading="新建校"), "Measure(start=3, end=6, text='新建校', heading='新建校')"),
    (Responsible(**_SPAN), "Responsible(start=3, end=6, text='新建校')"),
    (
        Rectification(**_SPAN, problem=Problem(**_SPAN, source="rectification"), status=Status.DONE),
        "Rectification(start=3, end=6, text='新建校', problem=Problem(start=3, end=6, text='新建校',"
        " source='rectification'), status='done')",
    ),
    (
        Check(start=10, end=13, text="12所", kind=CheckKind.PARTS_TOTAL, claim="5 + 6 = 11 ≠ 12所", holds=False,
              figures=(_FIG,), computed=Decimal(11)),
        "Check(start=10, end=13, text='12所', kind='parts_total', claim='5 + 6 = 11 ≠ 12所', holds=False,"
        " figures=(Span(start=10, end=13, text='12所'),), computed=Decimal('11'))",
    ),
    (
        Check(start=10, end=13, text="12所", kind=CheckKind.BOUND, claim="12所 <= 20所", holds=True, figures=(_FIG,),
              note="of the sample"),
        "Check(start=10, end=13, text='12所', kind='bound', claim='12所 <= 20所', holds=True,"
        " figures=(Span(start=10, end=13, text='12所'),), note='of the sample')",
    ),
    (Point(start=5, end=8, text="一是建", number="一是"), "Point(start=5, end=8, text='一是建', number='一是')"),
    (
        Section(start=0, end=4, text="一、概况", number="一", heading="概况", level=1, heading_start=2, heading_end=4),
        "Section(start=0, end=4, text='一、概况', number='一', heading='概况', level=1, heading_start=2,"
        " heading_end=4)",
    ),
    (Money(value=Decimal(30000)), "Money(value=Decimal('30000'))"),
    (
        Money(value=Decimal(30000), qualifier=Qualifier.AT_LEAST),
        "Money(value=Decimal('30000'), qualifier='at_least')",
    ),
    (Percent(points=Decimal(3), percentage_point=True), "Percent(points=Decimal('3'), percentage_point=True)"),
    (Count(value=None, measure_word="所"), "Count(value=None, measure_word='所')"),
    (Ratio(terms=(Decimal(13), Decimal(1))), "Ratio(terms=(Decimal('13'), Decimal('1')))"),
    (
        PerUnit(value=Decimal(800), per=("student",), qualifier=Qualifier.APPROX),
        "PerUnit(value=Decimal('800'), per=('student',), qualifier='approx')",
    ),
    (
        Range(low=Count(value=Decimal(3)), high=Count(value=Decimal(7), measure_word="人")),
        "Range(low=Count(value=Decimal('3')), high=Count(value=Decimal('7'), measure_word='人'))",
    ),
    (Dimensions(), "Dimensions()"),
    (Dimensions(level=SchoolLevel.PRIMARY), "Dimensions(level='小学')"),
    (
        Match(start=0, end=3, text="12所", quantity=Count(value=Decimal(12), measure_word="所")),
        "Match(start=0, end=3, text='12所', quantity=Count(value=Decimal('12'), measure_word='所'))",
    ),
    (
        Match(start=0, end=3, text="20年", quantity=Count(value=Decimal(20), measure_word="年"), kind=MatchKind.DATE),
        "Match(start=0, end=3, text='20年', quantity=Count(value=Decimal('20'), measure_word='年'), kind='date')",
    ),
]


@pytest.mark.parametrize(
    ("item", "shown"), EXAMPLES_USER_TRIAL_REPRS, ids=[s[:40] for _, s in EXAMPLES_USER_TRIAL_REPRS]
)
def test_user_trial_every_repr_shows_enums_by_value_and_leaves_defaults_out(item: object, shown: str) -> None:
    assert repr(item) == shown
    assert re.search(r"<[A-Z]\w*\.[A-Z_]+: ", shown) is None  # (no enum member's own repr)


def _model_classes() -> set[type]:
    import dutyreport.model.dimensions
    import dutyreport.model.grounded
    import dutyreport.model.quantities
    import dutyreport.model.report

    modules = (dutyreport.model.dimensions, dutyreport.model.grounded, dutyreport.model.quantities,
               dutyreport.model.report, dutyreport.quantities.scan)
    return {
        c for m in modules for c in vars(m).values()
        if isinstance(c, type) and attrs.has(c) and c.__module__ == m.__name__ and c not in (Grounded, Report)
    }


def test_user_trial_every_model_class_has_its_repr_tested() -> None:
    # (Grounded holds no text; Report and Indicator have their own reprs, tested above)
    tested = {type(item) for item, _ in EXAMPLES_USER_TRIAL_REPRS} | {Indicator, Excerpt}
    assert _model_classes() <= tested, sorted(c.__name__ for c in _model_classes() - tested)


def test_user_trial_a_repr_of_a_long_text_stays_short() -> None:
    big = "清" * 100_000
    items = [
        Noise(start=0, end=len(big), text=big, kind=NoiseKind.SPAM, reason=big),
        Check(start=0, end=len(big), text=big, kind=CheckKind.BOUND, claim=big, holds=True,
              figures=(Span(start=0, end=len(big), text=big),)),
        Problem(start=0, end=len(big), text=big),
    ]
    assert all(len(repr(i)) < 400 for i in items)


# --- a user's mypy --strict ------------------------------------------------------------------

USER_CODE = ROOT / "tests" / "model" / "typing_user"
_MARK = re.compile(r"#\s*E:\s*([\w-]+(?:\s*,\s*[\w-]+)*)")
_ERROR = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[\w-]+)\]$")


def test_mypy_strict_accepts_computing_with_values_and_rejects_misuse() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--hide-error-context",
         "--no-pretty", str(USER_CODE)],
        capture_output=True, text=True, cwd=ROOT,
    )
    found: dict[tuple[str, int], set[str]] = {}
    for line in run.stdout.splitlines():
        m = _ERROR.match(line)
        assert m, f"unexpected mypy output: {line}"
        found.setdefault((Path(m["file"]).name, int(m["line"])), set()).add(m["code"])
    expected: dict[tuple[str, int], set[str]] = {}
    for path in sorted(USER_CODE.glob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            mark = _MARK.search(line)
            if mark:
                expected[(path.name, n)] = {c.strip() for c in mark.group(1).split(",")}
    assert expected, "misuse.py marks the errors it must get"
    assert not any(name == "sum_values.py" for name, _ in found), run.stdout
    assert set(found) == set(expected), run.stdout
    for where, codes in expected.items():
        assert codes <= found[where], (where, run.stdout)



def test_a_sections_repr_counts_its_children_and_points_never_prints_the_tree() -> None:
    """A review: a top section's repr printed every child with theirs (18 KB for one section of a 40 KB
    report). It counts them now; the report's whole tree is one ``walk`` away."""
    item = "{k}.措施{k}。一是完成校舍改造{k}所。二是新增学位{k}00个。\n"
    body = "".join(f"({n})第{n}项工作\n" + "".join(item.format(k=k) for k in range(1, 6)) for n in "一二三四五六")
    report = dutyreport.parse("某县教育工作自查报告\n一、主要工作\n" + body + "二、存在问题\n经费不足。\n")
    top = report.sections[0]
    assert len(list(top.walk())) > 30
    assert repr(top).endswith(f"children=<{len(top.children)} Section>)")
    assert all(len(repr(s)) < 300 for s in top.walk()), max(len(repr(s)) for s in top.walk())
    pointed = [s for s in top.walk() if s.points]
    assert pointed and all(f"points=<{len(s.points)} Point>" in repr(s) for s in pointed)
