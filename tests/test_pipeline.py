"""A whole report through parse(): input forms, errors, JSON and the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dutyreport as d
from dutyreport.clean.damage_text import format_controls
from dutyreport.cli import main
from dutyreport.quantities.scan import find_quantities

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample_report.txt"
TEXT = "清河区教育工作自查报告\n一、基本情况\n2023年,全区共有公办学校36所,新增学位约5400个。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_bytes_are_decoded_and_offsets_hold(encoding: str) -> None:
    r = d.parse(TEXT.encode(encoding))
    assert r.text == TEXT
    assert [(i.text, TEXT[i.start : i.end]) for i in r.indicators] == [("36所", "36所"), ("约5400个", "约5400个")]


@pytest.mark.parametrize("blank", ["", "   ", "\n\t\u3000\n", b"", b"  \n"])
def test_blank_input_is_an_empty_input_error(blank: str | bytes) -> None:
    with pytest.raises(d.EmptyInputError):
        d.parse(blank)


def test_undecodable_bytes_name_their_offset() -> None:
    with pytest.raises(d.DecodeError) as info:
        d.parse("汉阳区".encode("gbk") + b"\xff\xff")
    assert info.value.offset == 6
    assert isinstance(info.value, ValueError)


def test_wrong_type_is_an_input_error() -> None:
    with pytest.raises(d.InputError):
        d.parse(12345)  # type: ignore[arg-type]


# A user trial: parse(None) said "expected str or bytes", leaving out the path parse also takes.
@pytest.mark.parametrize("given", [None, 12345, ["全县学校30所。"]])
def test_the_wrong_type_error_names_every_input_parse_takes(given: object) -> None:
    with pytest.raises(d.InputError) as info:
        d.parse(given)  # type: ignore[arg-type]
    assert str(info.value) == f"expected str (the report's text), bytes or a path, not {type(given).__name__}"


def test_json_view_has_the_contract_keys() -> None:
    data = d.to_dict(d.parse(SAMPLE.read_text(encoding="utf-8")))
    for key in ("title", "region", "admin_level", "kind", "period", "doc_numbers", "sections", "indicators",
                "problems", "rectifications", "corruptions", "checks"):
        assert key in data
    first = data["indicators"][0]
    assert set(first) >= {"text", "start", "end", "value", "unit", "qualifier", "subject", "year", "kind"}
    json.dumps(data, ensure_ascii=False)  # plain data all the way down


def test_cli_json_is_utf8_not_escaped(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["parse", str(SAMPLE), "--json"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    data = json.loads(out)
    assert data["region"] == "清河区"
    assert "\\u" not in out


def test_cli_summary_and_module_entry_point() -> None:
    proc = subprocess.run([sys.executable, "-m", "dutyreport", "parse", str(SAMPLE)], capture_output=True, check=True)
    out = proc.stdout.decode("utf-8")
    assert "清河区" in out and "indicators:" in out


def test_cli_reports_unreadable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["parse", str(empty)]) == 1
    assert capsys.readouterr().err == f"dutyreport: {empty}: empty report\n"


def test_the_bench_times_every_stage_the_parse_calls() -> None:
    """``make bench`` times each stage where ``pipeline`` calls it, by name: a stage renamed in the pipeline
    and not in the bench would stop the bench (or time nothing)."""
    import ast
    import inspect

    from dutyreport import pipeline

    source = (Path(__file__).parents[1] / "benchmarks" / "run.py").read_text(encoding="utf-8")
    stages = next(
        ast.literal_eval(node.value)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "_STAGES" for t in node.targets)
    )
    parse_source = inspect.getsource(pipeline.parse) + inspect.getsource(pipeline.document)
    called = {name for name in vars(pipeline) if callable(getattr(pipeline, name)) and f"{name}(" in parse_source}
    assert set(stages) <= called, set(stages) - called
    assert {"find_quantities", "build_indicators", "audit"} <= set(stages)


# Review 11: an invisible format control (a zero-width character, a bidirectional mark) a page left inside or next
# to a figure; the scan reads the text as if it were absent, and the figure it interrupts spans it.
_CONTROLS = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
EXAMPLES_REVIEW11_CONTROLS = [
    ("全区改造薄弱学校投入1.8\u200b亿元。", [("1.8\u200b亿元", Decimal("180000000"), "yuan")]),
    ("全镇小学在校生4\u2060862人。", [("4\u2060862人", Decimal("4862"), "人")]),
    ("20\u200c22年全区新建幼儿园5所。", [("5所", Decimal("5"), "所")]),
    ("初中三年巩固率98.6\u200b%。", [("98.6\u200b%", Decimal("0.986"), "percent")]),
    ("累计投入5\ufeff,600万元。", [("5\ufeff,600万元", Decimal("56000000"), "yuan")]),
    ("生均公用经费7\u200e.5千元。", [("7\u200e.5千元", Decimal("7500.0"), "yuan/student/year")]),
    ("全市教师\u202a1\u202c200人。", [("1\u202c200人", Decimal("1200"), "人")]),
    ("新建学校\u206612\u2069所。", [("12\u2069所", Decimal("12"), "所")]),
    ("投入2.5亿元\u200b。", [("2.5亿元", Decimal("250000000"), "yuan")]),
    # (inside a template's field: the field reads as what stands in it without the control)
    ("全县新建【3\u200b】所幼儿园。", [("【3\u200b】所", Decimal("3"), "所")]),
    ("投入约【1\u2060200】万元。", [("约【1\u2060200】万元", Decimal("12000000"), "yuan")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), EXAMPLES_REVIEW11_CONTROLS, ids=[t for t, _ in EXAMPLES_REVIEW11_CONTROLS]
)
def test_review11_a_format_control_in_a_figure_is_read_as_absent(
    text: str, expected: list[tuple[str, Decimal, str]]
) -> None:
    report = d.parse(text)
    assert [(i.text, i.value, i.unit) for i in report.indicators] == expected
    assert all(text[i.start : i.end] == i.text for i in report.indicators)
    # (the same figures as the text without the controls)
    bare = d.parse("".join(c for c in text if c not in _CONTROLS))
    assert [(i.value, i.unit) for i in report.indicators] == [(i.value, i.unit) for i in bare.indicators]


_PLAIN = [
    "全县投入3.2亿元,在校学生2,315人,巩固率99.5%。",
    "2023年新建学校3所,专任教师约100人以上。",
    "生师比约为15:1以上,新建【3】所学校,投入约【1200】万元,约【 】所。",
    "累计投入-5.6万元,增长3.5个百分点,生均经费7.5千元。",
]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_PLAIN), st.lists(st.tuples(st.integers(0, 60), st.sampled_from(_CONTROLS)), max_size=4))
def test_review11_format_controls_anywhere_change_no_figure(plain: str, puts: list[tuple[int, str]]) -> None:
    text = plain
    for at, control in puts:
        text = text[: at % (len(text) + 1)] + control + text[at % (len(text) + 1) :]
    report = d.parse(text)
    assert all(text[i.start : i.end] == i.text for i in report.indicators)
    # (the values; a unit the words around a figure refine, 生均 → per student, is read by the indicator stage)
    assert [i.value for i in report.indicators] == [i.value for i in d.parse(plain).indicators]
    # the scan's quantities, units and qualifiers included, are those of the text without the controls
    found = find_quantities(text, skip=format_controls(text))
    assert all(text[m.start : m.end] == m.text for m in found)
    assert [m.quantity.to_dict() for m in found] == [m.quantity.to_dict() for m in find_quantities(plain)]
