"""Rough edges a new user met on the command line (a folder of scraped pages, outputs in odd places,
pipes into ``head``, a machine without the frames extra): each is one clear line and a status, never a
traceback, or simply the result the user asked for."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from dutyreport.cli import main

# Reports of our own wording.
REPORTS = {
    "a_dongshan.txt": "东山县2023年教育工作自查报告\n一、基本情况\n全县共有学校30所:小学20所、初中10所。\n",
    "b_xiping.txt": "西平区2022年教育工作自查报告\n一、基本情况\n全区共有幼儿园14所,其中公办园9所、民办园5所。\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "reports"
    src.mkdir()
    for name, text in REPORTS.items():
        (src / name).write_text(text, encoding="utf-8")
    return src


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dutyreport", *args], capture_output=True, text=True, timeout=120)


# (what the user typed, the output path under the test's folder, the status, words of the one stderr line)
# Met while extracting a folder of scraped pages: each printed a traceback before.
EXAMPLES_USER_TRIAL_OUTPUTS: list[tuple[str, Callable[[Path], Path], int, str]] = [
    ("csv into a folder not made yet", lambda t: t / "new" / "deeper" / "rows.csv", 0, "2 files, "),
    ("parquet into a folder not made yet", lambda t: t / "new" / "rows.parquet", 0, "2 files, "),
    ("a suffix in capitals", lambda t: t / "ROWS.CSV", 0, "2 files, "),
    ("csv onto an existing folder", lambda t: (t / "taken.csv").mkdir() or t / "taken.csv", 2, "cannot write"),
    ("parquet onto an existing folder", lambda t: (t / "taken.parquet").mkdir() or t / "taken.parquet", 2,
     "cannot write"),
    ("jsonl under a file", lambda t: (t / "plain").write_text("x") and t / "plain" / "rows.jsonl", 2, "cannot write"),
]


@pytest.mark.parametrize(
    ("case", "where", "status", "words"), EXAMPLES_USER_TRIAL_OUTPUTS, ids=[c[0] for c in EXAMPLES_USER_TRIAL_OUTPUTS]
)
def test_extract_outputs_are_written_or_refused_in_one_line(
    folder: Path, tmp_path: Path, case: str, where: Callable[[Path], Path], status: int, words: str
) -> None:
    out = where(tmp_path)
    proc = _run("extract", str(folder), "-o", str(out))
    assert proc.returncode == status, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], proc.stderr
    if status == 0:
        assert out.is_file() and out.stat().st_size > 0


@pytest.mark.parametrize("jobs", ["0", "-2", "two"])
def test_extract_jobs_below_one_is_a_usage_error(folder: Path, tmp_path: Path, jobs: str) -> None:
    proc = _run("extract", str(folder), "-o", str(tmp_path / "rows.csv"), "--jobs", jobs)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "--jobs" in proc.stderr.strip().splitlines()[-1]
    assert not (tmp_path / "rows.csv").exists()


def test_extract_to_parquet_without_the_frames_extra_names_the_extra(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for module in ("pyarrow", "pyarrow.parquet"):
        monkeypatch.setitem(sys.modules, module, None)  # importing it now fails, as without the extra
    assert main(["extract", str(folder), "-o", str(tmp_path / "rows.parquet")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["dutyreport: pyarrow is needed for this; install the frames extra: pip install 'dutyreport[frames]'"]


def test_a_reader_that_stops_early_is_not_a_traceback(folder: Path) -> None:
    for k in range(40):
        (folder / f"c_{k:02d}.txt").write_text(REPORTS["a_dongshan.txt"], encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "dutyreport", "parse", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()  # like `| head -1`: read a line, then stop reading
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8")
    proc.wait(timeout=120)
    assert "Traceback" not in err and "Exception ignored" not in err, err


def test_html_into_a_folder_named_with_a_trailing_slash(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "pages"
    status = main(["html", str(folder / "a_dongshan.txt"), "-o", f"{out}/"])
    assert status == 0
    assert out.is_dir() and (out / "a_dongshan.html").is_file()


def test_audit_json_of_several_files_is_one_line_per_file_naming_it(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "c_empty.txt").write_bytes(b"")
    assert main(["audit", "--json", str(folder)]) == 1
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [Path(r["file"]).name for r in records] == ["a_dongshan.txt", "b_xiping.txt", "c_empty.txt"]
    assert all(isinstance(r["checks"], list) and r["checks"] for r in records[:2])
    assert records[0]["checks"][0]["claim"].endswith("(学校)")
    assert records[2]["error"] == "empty report"


def test_review_pages_of_reports_without_a_title_are_named_by_their_file(folder: Path, tmp_path: Path) -> None:
    # Scraped excerpts often start in the middle: a folder of them gave a hundred tabs all called
    # "(no title found)".
    (folder / "c_excerpt.txt").write_text("全县共有学校30所:小学20所、初中10所。\n", encoding="utf-8")
    assert main(["html", str(folder), "-o", str(tmp_path / "pages")]) == 0
    page = (tmp_path / "pages" / "c_excerpt.html").read_text(encoding="utf-8")
    assert "<title>c_excerpt.txt (no title found)</title>" in page
    titled = (tmp_path / "pages" / "a_dongshan.html").read_text(encoding="utf-8")
    assert "<title>东山县2023年教育工作自查报告</title>" in titled
    assert main(["html", str(folder / "c_excerpt.txt"), "-o", str(tmp_path / "one.html")]) == 0
    assert "<title>c_excerpt.txt (no title found)</title>" in (tmp_path / "one.html").read_text(encoding="utf-8")


def test_the_summary_of_an_excerpt_says_dash_for_what_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An excerpt with no title and no region printed "title: None" and "region: None (-)", Python's word
    # for nothing, where every other missing field prints "-".
    (tmp_path / "excerpt.txt").write_text("全县共有学校30所:小学20所、初中10所。\n", encoding="utf-8")
    assert main(["parse", str(tmp_path / "excerpt.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "title:       -" in lines and "region:      -" in lines
    assert not any("None" in line for line in lines[:8])


def test_a_file_name_in_a_pages_title_is_escaped() -> None:
    from dutyreport.pipeline import parse
    from dutyreport.render import html
    from dutyreport.render.view import report_view

    page = html.page(report_view(parse("全县共有学校30所。")), name="<i>x</i>.txt")
    assert "<title>&lt;i&gt;x&lt;/i&gt;.txt (no title found)</title>" in page and "<i>x</i>" not in page


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full, a device that is always full")
@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_a_full_disk_while_writing_is_one_line(folder: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"full{suffix}"
    out.symlink_to("/dev/full")
    for k in range(30):  # enough rows that the writer's buffer is flushed before the end
        (folder / f"c_{k:02d}.txt").write_text(REPORTS["b_xiping.txt"] * 20, encoding="utf-8")
    proc = _run("extract", str(folder), "-o", str(out))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith(f"dutyreport: cannot write {out}: ")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full, a device that is always full")
@pytest.mark.parametrize("command", [["parse"], ["parse", "--json"], ["audit"]])
def test_standard_output_on_a_full_disk_is_one_line(folder: Path, command: list[str]) -> None:
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "dutyreport", *command, str(folder)], stdout=full, stderr=subprocess.PIPE, text=True
        )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.strip().splitlines() == ["dutyreport: cannot write standard output: No space left on device"]


# Terminal control sequences a scraped page may carry: clear the screen, set the window title, a bell, a C1
# control, and a right-to-left override that reorders what the reader sees.
EXAMPLES_USER_TRIAL_TERMINAL = ["\x1b[2J", "\x1b]0;标题\x07", "\x9b31m", "\u202e"]


@pytest.mark.parametrize("command", [["parse"], ["audit"]])
@pytest.mark.parametrize("control", EXAMPLES_USER_TRIAL_TERMINAL, ids=[repr(c) for c in EXAMPLES_USER_TRIAL_TERMINAL])
def test_the_text_output_shows_control_characters_instead_of_sending_them_to_the_terminal(
    tmp_path: Path, command: list[str], control: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f"东山县2023年教育工作自查报告\n一、基本情况{control}\n全县共有{control}学校30所:小学20所、初中10所。\n"
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    assert main([*command, str(tmp_path / "r.txt")]) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in control if not ch.isprintable()), repr(out)
    if command == ["parse"]:  # the heading is shown, its first control character written as an escape
        first = ord(control[0])
        backslash = "\\"
        escape = f"{backslash}x{first:02x}" if first < 0x100 else f"{backslash}u{first:04x}"
        assert "基本情况" + escape in out, repr(out)


def test_review_pages_of_a_folder_never_overwrite_one_another(folder: Path, tmp_path: Path) -> None:
    # sub/a.txt and sub__a.txt (and, found whatever their case, a.txt beside A.TXT) map to the same page name.
    (folder / "sub").mkdir()
    (folder / "sub" / "a.txt").write_text(REPORTS["a_dongshan.txt"], encoding="utf-8")
    (folder / "sub__a.txt").write_text(REPORTS["b_xiping.txt"], encoding="utf-8")
    out = tmp_path / "pages"
    assert main(["html", str(folder), "-o", str(out)]) == 0
    pages = sorted(p.name for p in out.iterdir())
    assert len(pages) == 5 and "index.html" in pages, pages
    index = (out / "index.html").read_text(encoding="utf-8")
    hrefs = [p for p in pages if p != "index.html"]
    assert all(f'href="{p}"' in index for p in hrefs)
    regions = {(out / p).read_text(encoding="utf-8").count("东山县") > 0 for p in hrefs if p.startswith("sub__a")}
    assert regions == {True, False}  # one page of each report


def test_a_report_html_cannot_read_is_status_1_as_parse_says(tmp_path: Path) -> None:
    """A file that failed is status 1 for every command (2 is for nothing done: no files, bad output)."""
    missing = tmp_path / "gone.txt"
    for args in (("parse", str(missing)), ("html", str(missing), "-o", str(tmp_path / "page.html"))):
        proc = _run(*args)
        assert proc.returncode == 1, (args, proc.stderr)
        assert "Traceback" not in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert "gone.txt" in proc.stderr
    assert not (tmp_path / "page.html").exists()


def test_extract_names_a_failed_file_with_its_control_characters_escaped(tmp_path: Path) -> None:
    """A file's name is as untrusted as its text: the line naming a file that failed shows an escape
    sequence in the name as ``\\x1b``, never sends it to the terminal."""
    src = tmp_path / "reports"
    src.mkdir()
    (src / "ok.txt").write_text(REPORTS["a_dongshan.txt"], encoding="utf-8")
    (src / "bad\x1b[2Jname.txt").write_bytes(bytes(range(256)) * 4)  # no text in any encoding
    proc = _run("extract", str(src), "-o", str(tmp_path / "rows.csv"))
    assert proc.returncode == 1, proc.stderr
    assert "\x1b" not in proc.stderr
    assert "bad\\x1b[2Jname.txt" in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("2 files, ")


@pytest.mark.parametrize(("files", "said"), [(1, "1 file, "), (2, "2 files, ")])
def test_the_summary_counts_in_words_a_reader_writes(tmp_path: Path, files: int, said: str) -> None:
    src = tmp_path / "reports"
    src.mkdir()
    for name in list(REPORTS)[:files]:
        (src / name).write_text(REPORTS[name], encoding="utf-8")
    proc = _run("extract", str(src), "-o", str(tmp_path / "rows.jsonl"))
    assert proc.returncode == 0, proc.stderr
    summary = proc.stderr.strip().splitlines()[-1]
    assert summary.startswith(said), summary
    assert summary.endswith(" s") and ", 0 failures, " in summary, summary


@pytest.mark.parametrize("command", ["parse", "audit"])
def test_json_lines_of_several_files_say_which_file_failed_in_the_stream(
    folder: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reader of the JSON lines alone (a pipeline into jq, a loader) learns which file failed, at its place."""
    (folder / "b_xiping.txt").write_bytes(b"")
    assert main([command, "--json", str(folder)]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [Path(r["file"]).name for r in records] == ["a_dongshan.txt", "b_xiping.txt"]
    assert set(records[0]) == {"file", "report" if command == "parse" else "checks"}
    assert records[1] == {"file": str(folder / "b_xiping.txt"), "error": "empty report"}
    assert captured.err.count("\n") == 1 and "empty report" in captured.err


@pytest.mark.parametrize("command", ["parse", "audit"])
def test_json_output_writes_a_pages_format_and_c1_characters_as_escapes(
    tmp_path: Path, command: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """A review: --json wrote a page's bidirectional override (U+202E) and C1 controls (U+009B opens an escape
    sequence on some terminals) raw, where the text output escapes them. The JSON now writes them as \\u escapes:
    the same data once read."""
    text = "东山县2023年教育工作自查报告\n一、基本情况\n全县共有学校30所\u202e:小学20所\x9b、初中10所。\n"
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    assert main([command, "--json", str(path)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "\u202e" not in out and "\x9b" not in out
    data = json.loads(out)
    if command == "parse":
        assert data["text"] == text
    else:
        assert data and all(isinstance(c["claim"], str) for c in data)


# A folder given to --json: a script reading the lines of every folder met a folder holding one report that
# printed the single-file view (indented, no "file") instead of the one line per report a folder gives.
EXAMPLES_USER_TRIAL_ONE_IN_A_FOLDER = [("parse", "report"), ("audit", "checks")]


@pytest.mark.parametrize(("command", "key"), EXAMPLES_USER_TRIAL_ONE_IN_A_FOLDER)
def test_json_of_a_folder_is_one_line_per_report_even_for_one_report(
    tmp_path: Path, command: str, key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "reports"
    src.mkdir()
    (src / "a_dongshan.txt").write_text(REPORTS["a_dongshan.txt"], encoding="utf-8")
    assert main([command, "--json", str(src)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1, lines[:3]
    record = json.loads(lines[0])
    assert set(record) == {"file", key} and record["file"] == str(src / "a_dongshan.txt")
    assert main([command, "--json", str(src / "a_dongshan.txt")]) == 0  # a file named alone keeps its own view
    assert "file" not in json.loads(capsys.readouterr().out)


# Ctrl-C in the middle of `extract` left a table at the output path that read as whole (a Parquet file with its
# footer and no rows, a CSV cut after some reports), and a table of an earlier run was already overwritten.
EXAMPLES_USER_TRIAL_STOPPED = [
    (suffix, before) for suffix in (".parquet", ".csv", ".jsonl") for before in (None, "an earlier table")
]


@pytest.mark.parametrize(("suffix", "before"), EXAMPLES_USER_TRIAL_STOPPED)
def test_a_stopped_extract_leaves_no_partial_table_and_keeps_the_earlier_one(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, before: str | None
) -> None:
    from dutyreport import export

    out = tmp_path / "tables" / f"rows{suffix}"
    if before is not None:
        out.parent.mkdir()
        out.write_text(before, encoding="utf-8")
    real, seen = export._rows, []

    def stopped_at_the_second(table: str, path: Path) -> object:
        seen.append(path)
        if len(seen) == 2:
            raise KeyboardInterrupt
        return real(table, path)

    monkeypatch.setattr(export, "_rows", stopped_at_the_second)
    with pytest.raises(KeyboardInterrupt):
        export.extract([folder], out)
    if before is None:
        assert not out.exists()
    else:
        assert out.read_text(encoding="utf-8") == before
    assert sorted(p.name for p in out.parent.iterdir()) == ([out.name] if before else [])
    monkeypatch.setattr(export, "_rows", real)
    assert export.extract([folder], out) == 0  # a whole run writes the table, and nothing beside it
    assert out.stat().st_size > len(before or "") and [p.name for p in out.parent.iterdir()] == [out.name]


# `extract` of a folder and of a file inside it, or of a folder and its own subfolder (a shell pattern that
# matched both), wrote the rows of the same report twice: a sum over the table counted it twice.
EXAMPLES_USER_TRIAL_NAMED_TWICE: list[tuple[str, Callable[[Path], list[str]]]] = [
    ("a folder and a file in it", lambda f: [str(f / "a_dongshan.txt"), str(f)]),
    ("a file twice", lambda f: [str(f / "a_dongshan.txt"), str(f / "a_dongshan.txt")]),
    ("a folder and its subfolder", lambda f: [str(f), str(f / "sub")]),
    ("one file by two paths", lambda f: [str(f / "a_dongshan.txt"), str(f / "sub" / ".." / "a_dongshan.txt")]),
]


@pytest.mark.parametrize(
    ("case", "sources"), EXAMPLES_USER_TRIAL_NAMED_TWICE, ids=[c for c, _ in EXAMPLES_USER_TRIAL_NAMED_TWICE]
)
def test_extract_writes_the_rows_of_a_report_named_twice_once(
    folder: Path, tmp_path: Path, case: str, sources: Callable[[Path], list[str]]
) -> None:
    (folder / "sub").mkdir()
    (folder / "sub" / "c_nanshan.txt").write_text(REPORTS["b_xiping.txt"].replace("西平区", "南山区"), encoding="utf-8")
    out = tmp_path / "rows.jsonl"
    proc = _run("extract", *sources(folder), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    places = [(Path(r["file"]).resolve(), r["start"]) for r in rows]
    assert len(places) == len(set(places)), sorted(places)
    files = {Path(r["file"]).name for r in rows}
    assert proc.stderr.strip().splitlines()[-1].startswith(f"{len(files)} file")


def test_extract_of_standard_input_says_it_reads_files(tmp_path: Path) -> None:
    # parse, audit and html read `-` as standard input; extract said "no such file: -" and wrote an empty table.
    proc = subprocess.run(
        [sys.executable, "-m", "dutyreport", "extract", "-", "-o", str(tmp_path / "rows.csv")],
        input=REPORTS["a_dongshan.txt"], capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "standard input" in lines[0], lines
    assert not (tmp_path / "rows.csv").exists()


# The summary of a report with a ratio, a range and a placeholder showed Python's lists and None in the value
# column (['12.38', '1'], [3, 5], None) and "-> None" after damage with no repair; it now writes a value as the
# tables' value_text does (12.38:1, 3~5) and "-" for an unknown one, and a damage without a repair alone.
EXAMPLES_USER_TRIAL_SUMMARY_VALUES = [
    ("12.38:1", "12.38:1"),
    ("3至5所", "3~5"),
    ("x万元", "-"),
]


def test_the_summary_writes_values_as_the_tables_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "r.txt").write_text(
        "清河区2023年度教育工作自查报告\n一、经费投入\n全区生师比为12.38:1。\n二、办学条件\n新建学校3至5所,投入资金x万元。\n",
        encoding="utf-8",
    )
    assert main(["parse", str(tmp_path / "r.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    for figure, shown in EXAMPLES_USER_TRIAL_SUMMARY_VALUES:
        (line,) = [line for line in lines if line.strip().startswith(figure)]
        assert line.split()[1] == shown, line
    assert not any("None" in line or "['" in line for line in lines), lines
    assert "  ! placeholder: 'x万元'" in lines
