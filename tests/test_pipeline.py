"""A whole report through parse(): input forms, errors, JSON and the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import dutyreport as d
from dutyreport.cli import main

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
