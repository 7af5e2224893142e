"""From one report to a folder: parse(PathLike), parse_file, parse_many, their errors, and the CLI on folders."""

from __future__ import annotations

import concurrent.futures
import json
import os
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import dutyreport as d
from dutyreport import corpus
from dutyreport.cli import main
from dutyreport.corpus import find_reports, map_files

# Reports of our own wording, one per county.
REPORTS = {
    "a_qinghe.txt": "清河区教育工作自查报告\n一、基本情况\n2023年,全区共有学校36所,投入资金3.2亿元。\n",
    "b_songling.txt": "松岭县2023年度履行教育职责自评报告\n一、经费投入\n全县一般公共预算教育支出8.65亿元,增长4.2%。\n",
    "c_yunhe.txt": "云河县教育工作情况汇报\n一、办学条件\n全县新建幼儿园5所,新增学位1200个。\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "d_gbk.txt").write_bytes("北塘区教育工作自查报告\n一、基本情况\n全区有学校12所。\n".encode("gbk"))
    (tmp_path / "notes.md").write_text("不是报告", encoding="utf-8")
    return tmp_path


def test_parse_reads_a_path_and_a_str_is_always_text(folder: Path) -> None:
    path = folder / "a_qinghe.txt"
    assert d.parse(path).region == "清河区"
    as_text = d.parse(str(path))  # a file name passed as a str is report text, never opened
    assert as_text.text == str(path)
    assert as_text.region is None


def test_parse_file_decodes_as_parse_does(folder: Path) -> None:
    assert d.parse_file(folder / "sub" / "d_gbk.txt").region == "北塘区"


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (lambda p: p / "missing.txt", d.ReadError, "no such file"),
        (lambda p: p / "sub", d.ReadError, "is a folder"),
        (lambda p: _write(p / "bad.txt", b"\x80\x80\xfa\xff\xfe"), d.DecodeError, "neither UTF-8 nor GB18030"),
        (lambda p: _write(p / "empty.txt", b"  \n"), d.EmptyInputError, "empty report"),
    ],
    ids=["missing", "folder", "undecodable", "blank"],
)
def test_parse_file_errors_are_one_clear_line(folder: Path, make: object, error: type, words: str) -> None:
    path = make(folder)  # type: ignore[operator]
    with pytest.raises(error) as info:
        d.parse_file(path)
    message = str(info.value)
    assert words in message and "\n" not in message
    assert isinstance(info.value, d.DutyReportError) and isinstance(info.value, ValueError)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_find_reports_walks_folders_in_name_order_and_keeps_given_files(folder: Path) -> None:
    found = [p.relative_to(folder).as_posix() for p in find_reports([folder, folder / "notes.md"])]
    assert found == ["a_qinghe.txt", "b_songling.txt", "c_yunhe.txt", "sub/d_gbk.txt", "notes.md"]


def test_a_folder_saved_with_capital_suffixes_is_found(tmp_path: Path) -> None:
    # A user trial: pages saved on Windows as REPORT.TXT made `extract` say "no report files (*.txt)".
    (tmp_path / "A_QINGHE.TXT").write_text(REPORTS["a_qinghe.txt"], encoding="utf-8")
    (tmp_path / "b_songling.Txt").write_text(REPORTS["b_songling.txt"], encoding="utf-8")
    (tmp_path / "c_notes.md").write_text("不是报告", encoding="utf-8")
    assert [p.name for p in find_reports([tmp_path])] == ["A_QINGHE.TXT", "b_songling.Txt"]
    assert [p.name for p in find_reports([tmp_path], (".MD",))] == ["c_notes.md"]
    assert [p.name for p in find_reports([tmp_path], ".md")] == ["c_notes.md"]  # type: ignore[arg-type]


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_many_keeps_input_order_and_reports_errors_in_place(folder: Path, jobs: int) -> None:
    sources = [folder / "c_yunhe.txt", folder / "missing.txt", folder]
    results = list(d.parse_many(sources, jobs=jobs))
    names = [p.name for p, _ in results]
    assert names == ["c_yunhe.txt", "missing.txt", "a_qinghe.txt", "b_songling.txt", "c_yunhe.txt", "d_gbk.txt"]
    kinds = [type(r).__name__ for _, r in results]
    assert kinds == ["Report", "ReadError", "Report", "Report", "Report", "Report"]
    regions = [r.region for _, r in results if isinstance(r, d.Report)]
    assert regions == ["云河县", "清河区", "松岭县", "云河县", "北塘区"]


def test_parse_many_takes_one_path(folder: Path) -> None:
    assert len(list(d.parse_many(folder))) == 4


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_many_streams_reading_a_bounded_number_of_files_ahead(folder: Path, jobs: int) -> None:
    pulled = 0

    def paths() -> Iterator[Path]:
        nonlocal pulled
        for _ in range(100):
            pulled += 1
            yield folder / "a_qinghe.txt"

    results = map_files(d.parse_file, paths(), jobs=jobs)
    next(results)
    # not the whole list before the first result: with workers, a few batches of files in flight
    assert pulled <= (1 if jobs == 1 else 1 + (2 * jobs + 1) * corpus._BATCH) < 100
    assert sum(1 for _ in results) == 99


def test_no_more_workers_start_than_there_are_batches_of_files(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A user trial: --jobs 64 on a few files started 64 processes, each importing the library for nothing.
    started: list[int] = []
    real = concurrent.futures.ProcessPoolExecutor

    def counting(max_workers: int, **kwargs: object) -> concurrent.futures.ProcessPoolExecutor:
        started.append(max_workers)
        return real(max_workers=max_workers, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(corpus.concurrent.futures, "ProcessPoolExecutor", counting)
    results = list(map_files(d.parse_file, [folder / "a_qinghe.txt", folder / "b_songling.txt"], jobs=8))
    assert [type(r).__name__ for _, r in results] == ["Report", "Report"]
    assert started == [2]  # (the first two files go alone, one batch each)
    assert list(map_files(d.parse_file, [], jobs=8)) == [] and started == [2]  # (no file, no pool)


def test_with_workers_each_file_keeps_its_place_and_its_own_error_across_batches(folder: Path) -> None:
    # files go to the workers in batches: a missing file in the middle of one is that file's error alone
    paths = [folder / ("a_qinghe.txt" if k % 3 else f"missing_{k}.txt") for k in range(3 * corpus._BATCH + 5)]
    results = list(map_files(d.parse_file, paths, jobs=2))
    assert [p for p, _ in results] == paths
    for k, (_, r) in enumerate(results):
        assert isinstance(r, d.ReadError if k % 3 == 0 else d.Report), (k, r)


def _slow(path: Path) -> str:
    time.sleep(0.5)
    return path.name


def test_a_reader_that_stops_early_does_not_wait_for_the_files_in_flight(folder: Path) -> None:
    # A user trial: breaking out of a loop over parse_many(jobs=2) (and Ctrl-C in `extract --jobs 2`) waited
    # for every batch already sent to the workers, minutes on a folder of large pages.
    results = map_files(_slow, [folder / f"r{k}.txt" for k in range(60)], jobs=2)
    assert next(results)[1] == "r0.txt"
    started = time.perf_counter()
    results.close()
    assert time.perf_counter() - started < 2.0  # the batches in flight hold 3 x 8 files of half a second


_INTERRUPTED = """
import sys, time
from pathlib import Path
from dutyreport.corpus import map_files

def slow(path):
    time.sleep(0.5)
    return 1

if __name__ == "__main__":
    try:
        for k, _ in enumerate(map_files(slow, [Path("r.txt")] * 200, jobs=2)):
            if k == 0:
                print("first", flush=True)
    except KeyboardInterrupt:
        print("interrupted", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT to a process group")
def test_ctrl_c_stops_the_workers_at_once_and_quietly(tmp_path: Path) -> None:
    script = tmp_path / "interrupted.py"
    script.write_text(_INTERRUPTED, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "first"
    time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole process group
    started = time.perf_counter()
    out, err = proc.communicate(timeout=60)
    assert time.perf_counter() - started < 3.0
    assert out.strip() == "interrupted"
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err


def _explode(path: Path) -> int:
    raise RuntimeError(f"a defect on {path.name}")


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_unexpected_failure_is_that_files_error_and_the_batch_goes_on(folder: Path, jobs: int) -> None:
    results = list(map_files(_explode, [folder / "a_qinghe.txt", folder / "b_songling.txt"], jobs=jobs))
    assert [type(r).__name__ for _, r in results] == ["UnexpectedError", "UnexpectedError"]
    assert "RuntimeError: a defect on a_qinghe.txt" in str(results[0][1])


@pytest.mark.parametrize(
    "error",
    [d.DecodeError("neither UTF-8 nor GB18030", 7), d.ReadError("no such file", "x.txt"), d.NumeralError("bad", "十x")],
    ids=lambda e: type(e).__name__,
)
def test_errors_cross_process_boundaries_whole(error: d.DutyReportError) -> None:
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error) and str(back) == str(error) and vars(back) == vars(error)


# --- the command line ---------------------------------------------------------------------------


def test_cli_parse_takes_folders_and_files(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.count("== ") == 4 and "北塘区" in out


def test_cli_parse_several_as_json_lines(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--json", str(folder / "a_qinghe.txt"), str(folder / "b_songling.txt")]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [Path(r["file"]).name for r in lines] == ["a_qinghe.txt", "b_songling.txt"]
    for r in lines:  # each line's report is the report's JSON view, whole
        assert r["report"] == d.parse_file(r["file"]).to_dict()


@pytest.mark.parametrize("command", ["parse", "audit"])
def test_cli_bad_paths_are_one_line_each_and_a_nonzero_exit(
    folder: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "bad.txt").write_bytes(b"\x80\x80\xfa\xff\xfe")  # (no byte order mark: FF FE would name UTF-16)
    status = main([command, str(folder / "missing.txt"), str(folder / "bad.txt"), str(folder / "a_qinghe.txt")])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 1
    assert err == [
        f"dutyreport: no such file: {folder / 'missing.txt'}",
        f"dutyreport: {folder / 'bad.txt'}: neither UTF-8 nor GB18030 at byte offset 0",
    ]


def test_cli_a_folder_without_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path)]) == 2
    assert "no report files" in capsys.readouterr().err


def test_cli_never_prints_a_traceback(tmp_path: Path) -> None:
    bad = (["parse", str(tmp_path / "nope.txt")], ["parse", str(tmp_path)], ["extract", str(tmp_path), "-o", "x.doc"])
    for args in bad:
        proc = subprocess.run([sys.executable, "-m", "dutyreport", *args], capture_output=True, text=True)
        assert proc.returncode != 0
        assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_cli_version() -> None:
    proc = subprocess.run([sys.executable, "-m", "dutyreport", "--version"], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == f"dutyreport {d.__version__}"


def test_version_matches_the_package_metadata() -> None:
    import importlib.metadata

    assert d.__version__ == importlib.metadata.version("dutyreport")
