"""The JSON view and back: ``Report.from_dict(r.to_dict()) == r``, the schema, exact decimals.

The round trip and the schema are checked on every report we can read (the corpus and the
realworld excerpts in ../shared, the fixtures) and on reports generated from genre pieces
(``strategies.reports``). Broken data fails the schema and ``from_dict`` alike.
"""

from __future__ import annotations

import copy
import decimal
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given

import dutyreport
from conftest import CORPUS, fixture_files, realworld_files
from dutyreport import FormatError, Money, Report
from strategies import reports

PATHS = [*CORPUS, *realworld_files(), *fixture_files()]
IDS = [f"{p.parent.name}/{p.stem[:12]}" for p in PATHS]
_PARSED: dict[Path, Report] = {}


def parsed(path: Path) -> Report:
    if path not in _PARSED:
        _PARSED[path] = dutyreport.parse(path.read_text(encoding="utf-8"))
    return _PARSED[path]


_VALIDATOR = jsonschema.Draft202012Validator(dutyreport.json_schema())


def assert_round_trip(report: Report) -> None:
    data = report.to_dict()
    assert Report.from_dict(data) == report
    text = report.to_json()
    assert Report.from_json(text) == report
    loaded = json.loads(text)
    assert loaded == data  # the dict is JSON already: nothing changes on the way through json
    _VALIDATOR.validate(loaded)


# --- the round trip and the schema on every report we have --------------------------------------


def test_there_are_reports_to_check() -> None:
    assert fixture_files(), "the fixtures are part of the project"


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_round_trip_and_schema(path: Path) -> None:
    report = parsed(path)
    assert report.indicators
    assert_round_trip(report)


@given(reports())
def test_generated_reports_round_trip(text: str) -> None:
    assert_round_trip(dutyreport.parse(text))


def test_the_schema_is_a_2020_12_schema() -> None:
    schema = dutyreport.json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_the_schema_names_every_model_class() -> None:
    defs = dutyreport.json_schema()["$defs"]
    for name in ("Indicator", "Section", "Noise", "Corruption", "Problem", "Plan", "Rectification", "Measure",
                 "Target", "Deadline", "Responsible", "Check", "DocNumber", "Point", "Span",
                 "Money", "Percent", "Count", "Ratio", "Range", "PerUnit"):
        assert name in defs, name


# --- the dict keeps the keys and JSON types CONTRACT.md names ----------------------------------

_SAMPLE = (
    "首页 > 政务公开\n"
    "清河区人民政府关于2023年度履行教育职责情况的自查报告\n"
    "根据《通知》(清教督委〔2023〕5号)要求,现报告如下:\n"
    "一、基本情况\n"
    "2023年,全区教育经费投入3.2亿元,比上年增长5.2%。全区共有学校20所:小学12所、初中8所。\n"
    "生均公用经费850元,师生比1:12.5,班额30至45人,新增学位约5400个。全区投入专项资金x万元。\n"
    "二、存在问题\n一是学位供给偏紧。二是教师结构性缺员。\n"
    "三、整改落实情况\n(一)关于“学位供给偏紧”的问题\n1.新建学校。到2025年新增学位2000个以上。\n"
    "整改时限：2024年12月底前\n"
)


def contract_shape(data: dict[str, Any]) -> None:
    """What ../shared/eval/score.py reads, with the JSON types it reads them as."""
    assert data["title"] is None or isinstance(data["title"], str)
    assert data["admin_level"] in (None, "区", "县", "市", "县级市")
    assert data["kind"] in ("self_assessment", "rectification", "work_report", "inspection", "other")
    assert all(type(y) is int for y in data["period"])
    assert all(isinstance(d, str) for d in data["doc_numbers"])
    for s in data["sections"]:
        assert isinstance(s["heading"], str) and type(s["level"]) is int and isinstance(s["children"], list)
    for i in data["indicators"]:
        assert {"text", "start", "end", "value", "unit", "qualifier", "subject", "year", "kind"} <= set(i)
        assert i["value"] is None or (isinstance(i["value"], (str, int, list)) and not isinstance(i["value"], bool))
    for p in data["problems"]:
        assert isinstance(p["text"], str)
    for r in data["rectifications"]:
        assert isinstance(r["problem"], str) and isinstance(r["measures"], list) and isinstance(r["targets"], list)
        assert all(isinstance(m["heading"], str) for m in r["measures"])
    for c in data["corruptions"]:
        assert type(c["start"]) is int and type(c["end"]) is int and isinstance(c["kind"], str)
    for c in data["checks"]:
        assert isinstance(c["claim"], str) and isinstance(c["holds"], bool)


def test_the_dict_keeps_the_contract() -> None:
    report = dutyreport.parse(_SAMPLE)
    data = report.to_dict()
    contract_shape(data)
    assert data["title"] == "清河区人民政府关于2023年度履行教育职责情况的自查报告"
    assert _SAMPLE[data["title_start"] : data["title_end"]] == data["title"]
    assert data["doc_numbers"] == ["清教督委〔2023〕5号"]
    values = {i["text"]: (i["value"], i["unit"], i["qualifier"]) for i in data["indicators"]}
    assert values["3.2亿元"] == ("320000000", "yuan", None)
    assert values["5.2%"] == ("0.052", "percent", None)
    assert values["20所"] == (20, "所", None)
    assert values["1:12.5"] == (["1", "12.5"], "ratio", None)
    assert values["30至45人"] == ([30, 45], "人", None)
    assert values["约5400个"] == (5400, "个", "approx")
    assert values["x万元"] == (None, "yuan", None)
    (rect,) = data["rectifications"]
    assert rect["problem"] == "学位供给偏紧" == _SAMPLE[rect["problem_start"] : rect["problem_end"]]
    assert rect["deadline"]["year"] == 2024 and rect["deadline"]["month"] == 12
    assert_round_trip(report)


def test_cli_json_keeps_the_contract_and_loads_back(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(_SAMPLE, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "dutyreport", "parse", "--json", str(path)], capture_output=True, check=True
    ).stdout.decode("utf-8")
    data = json.loads(out)
    contract_shape(data)
    _VALIDATOR.validate(data)
    assert Report.from_json(out) == dutyreport.parse(_SAMPLE)


def test_module_functions_delegate() -> None:
    report = dutyreport.parse(_SAMPLE)
    assert dutyreport.to_dict(report) == report.to_dict()
    assert dutyreport.to_json(report) == report.to_json()
    assert "text" not in dutyreport.to_dict(report, include_text=False)
    assert dutyreport.to_dict(report)["text"] == _SAMPLE


# --- decimals: strings, exact, whatever the caller's decimal context --------------------------

BIG = "999999999999999999999999999999"


def _with_big_money(report: Report) -> Report:
    """The report with its first money figure's value replaced by a 30-digit amount."""
    k = next(k for k, i in enumerate(report.indicators) if isinstance(i.quantity, Money))
    i = report.indicators[k]
    big = attrs.evolve(i, quantity=Money(value=Decimal(BIG), text=i.quantity.text))
    return attrs.evolve(report, indicators=(*report.indicators[:k], big, *report.indicators[k + 1 :]))


def test_thirty_digits_survive_the_round_trip() -> None:
    report = _with_big_money(dutyreport.parse(_SAMPLE))
    text = report.to_json()
    assert f'"value": "{BIG}"' in text
    back = Report.from_json(text)
    assert back == report
    assert str(next(i.value for i in back.indicators if i.value == Decimal(BIG))) == BIG


@pytest.mark.parametrize("trap", [False, True], ids=["prec6", "prec6-inexact-trap"])
def test_the_json_view_ignores_the_decimal_context(trap: bool) -> None:
    report = _with_big_money(dutyreport.parse(_SAMPLE))
    expected = report.to_json()
    with decimal.localcontext(prec=6) as ctx:
        ctx.traps[decimal.Inexact] = trap
        ctx.traps[decimal.Rounded] = trap
        assert report.to_json() == expected
        assert Report.from_json(expected) == report
        assert dutyreport.Percent(points=Decimal("12.3456789")).fraction == Decimal("0.123456789")


def test_decimal_strings_have_no_exponent_and_no_trailing_zeros() -> None:
    from dutyreport.serialize import decimal_str

    cases = {"8.3861E+8": "838610000", "1.2300": "1.23", "-0.0": "0", "1E-7": "0.0000001", "100": "100"}
    assert {k: decimal_str(Decimal(k)) for k in cases} == cases
    with pytest.raises(ValueError):
        decimal_str(Decimal("NaN"))


# --- broken data: the schema rejects it, and so does from_dict ----------------------------------


def _broken(data: dict[str, Any], how: str) -> dict[str, Any]:
    bad = copy.deepcopy(data)
    ind = bad["indicators"][0]
    if how == "float value":
        ind["quantity"]["value"] = 320000000.0
    elif how == "exponent":
        ind["quantity"]["value"] = "3.2E+8"
    elif how == "missing key":
        del ind["start"]
    elif how == "unknown kind":
        ind["kind"] = "guess"
    elif how == "unknown quantity type":
        ind["quantity"]["type"] = "furlongs"
    elif how == "negative offset":
        bad["noise"][0]["start"] = -1
    elif how == "title span":
        bad["title_start"] = None
    elif how == "offset as a string":
        ind["start"] = str(ind["start"])
    elif how == "bool as a string":
        bad["checks"][0]["holds"] = "false"
    elif how == "ratio of one term":
        ratio = next(i for i in bad["indicators"] if i["unit"] == "ratio")
        ratio["quantity"]["terms"] = ["1"]
    return bad


BREAKS = ["float value", "exponent", "missing key", "unknown kind", "unknown quantity type", "negative offset",
          "title span", "offset as a string", "bool as a string"]
BREAKS_FOR_SCHEMA = [*BREAKS, "extra key"]
BREAKS_FOR_LOADING = [*BREAKS, "ratio of one term"]


@pytest.mark.parametrize("how", BREAKS_FOR_SCHEMA)
def test_the_schema_rejects_broken_data(how: str) -> None:
    data = dutyreport.parse(_SAMPLE).to_dict()
    _VALIDATOR.validate(data)
    bad = _broken(data, how)
    if how == "extra key":
        bad["indicators"][0]["guessed"] = True
    with pytest.raises(jsonschema.ValidationError):
        _VALIDATOR.validate(bad)


@pytest.mark.parametrize("how", BREAKS_FOR_LOADING)
def test_from_dict_rejects_broken_data(how: str) -> None:
    data = dutyreport.parse(_SAMPLE).to_dict()
    with pytest.raises(FormatError):
        Report.from_dict(_broken(data, how))


def test_from_dict_rejects_spans_that_do_not_read_back() -> None:
    data = dutyreport.parse(_SAMPLE).to_dict()
    data["text"] = data["text"].replace("3.2亿元", "4.2亿元")
    with pytest.raises(FormatError, match=r"^sections\[0\] at \d+\.\.\d+ does not read back"):
        Report.from_dict(data)


def test_from_dict_needs_the_text() -> None:
    data = dutyreport.parse(_SAMPLE).to_dict()
    del data["text"]
    with pytest.raises(FormatError, match="text"):
        Report.from_dict(data)


@pytest.mark.parametrize("data", ["[]", "{", '"a report"', "null"])
def test_from_json_rejects_what_is_no_report(data: str) -> None:
    with pytest.raises(FormatError):
        Report.from_json(data)
    with pytest.raises(dutyreport.DutyReportError):  # one error tree
        Report.from_json(data)
