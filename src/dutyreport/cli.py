"""Command line (``python -m dutyreport``, or the ``dutyreport`` script)::

    dutyreport parse FILE_OR_DIR… [--json]  what each report holds (JSON lines naming files, for several or a folder)
    dutyreport audit FILE_OR_DIR… [--json]  the checks its figures make (JSON lines for several or a folder)
    dutyreport extract DIR_OR_FILE… -o out.parquet|out.csv|out.jsonl [--table T] [--jobs N]
    dutyreport html FILE_OR_DIR -o OUT      review pages: one per report, an index for a folder
    dutyreport --version

A file that cannot be read or parsed is one line on standard error (never a traceback); the exit
status is 0 when every file was read, 1 when some failed, 2 when nothing could be done (141 when
the reader of standard output stopped early, as ``| head`` does).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .corpus import find_reports, parse_file
from .errors import DutyReportError
from .frames import TABLES, MissingExtraError, value_text
from .model.report import Check, Report
from .pipeline import parse
from .serialize import quantity_view, to_json
from .terminal import failure as _failure
from .terminal import json_shown as _json_shown
from .terminal import shown as _shown

__all__ = ["main"]

def _summary(report: Report) -> str:
    lines = [
        f"title:       {report.title.clean if report.title else '-'}",
        f"region:      {report.region or '-'}" + (f" ({report.admin_level.value})" if report.admin_level else ""),
        f"kind:        {report.kind.value}",
        f"period:      {', '.join(map(str, report.period)) or '-'}",
        f"文号:        {', '.join(d.normalized for d in report.doc_numbers) or '-'}",
        f"noise:       {len(report.noise)} spans, {sum(n.end - n.start for n in report.noise)} chars",
        f"corruptions: {len(report.corruptions)}",
        "sections:",
    ]
    for s in report.walk_sections():
        lines.append(f"  {'  ' * (s.level - 1)}{s.number or ''}{s.heading}")
    lines.append(f"indicators:  {len(report.indicators)}")
    for i in report.indicators:
        year = f" [{i.year}]" if i.year else ""
        view = quantity_view(i.quantity)
        q = view["qualifier"] or ""
        value = value_text(i.quantity) or "-"
        lines.append(f"  {i.text:<14} {value:<16} {i.unit or '':<18} {q:<9} {i.subject or ''}{year}")
    for c in report.corruptions:  # (a damage without a certain repair is listed alone)
        lines.append(f"  ! {c.kind.value}: {c.text!r}" + ("" if c.repaired is None else f" -> {c.repaired!r}"))
    lines.append(f"problems:    {len(report.problems)}")
    lines.extend(f"  - {p.text}" for p in report.problems)
    lines.append(f"rectifications: {len(report.rectifications)}")
    for r in report.rectifications:
        status = r.status.value if r.status else "-"
        lines.append(f"  - {r.problem.text} [{status}] measures: {len(r.measures)}, targets: {len(r.targets)}")
    lines.append(f"targets:     {len(report.targets)}")
    for t in report.targets:
        d = t.deadline
        deadline = f"{d.year if d and d.year else '?'}" + (f"-{d.month:02d}" if d and d.month else "")
        lines.append(f"  - {t.subject or ''} {t.comparator.value} {t.quantity.text or t.text} (by {deadline})")
    failed = sum(1 for c in report.checks if not c.holds)
    lines.append(f"checks:      {len(report.checks)} ({failed} failed)")
    lines.extend(f"  {'ok  ' if c.holds else 'FAIL'} {c.claim}" for c in report.checks)
    return "\n".join(map(_shown, lines))


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return line, col


def _check_dict(text: str, c: Check) -> dict[str, object]:
    line, col = _line_col(text, c.start)
    return {
        "kind": c.kind.value,
        "claim": c.claim,
        "holds": c.holds,
        "line": line,
        "col": col,
        "figures": [{"text": f.text, "start": f.start, "end": f.end} for f in c.figures],
        "computed": None if c.computed is None else str(c.computed),
        "note": c.note,
    }


def _audit(report: Report, as_json: bool, file: str | None = None) -> str:
    """The checks as text, or as JSON: an indented list for one report, one line ``{"file", "checks"}`` per
    report of several (so that each line says which report its checks are of)."""
    if as_json:
        checks = [_check_dict(report.text, c) for c in report.checks]
        if file is None:
            return json.dumps(checks, ensure_ascii=False, indent=1)
        return json.dumps({"file": file, "checks": checks}, ensure_ascii=False)
    lines = []
    for c in report.checks:
        line, col = _line_col(report.text, c.start)
        quoted = "、".join(f"「{f.text}」" for f in c.figures)
        lines.append(f"{line}:{col} {'ok  ' if c.holds else 'FAIL'} [{c.kind.value}] {c.claim}  {quoted}")
    failed = sum(1 for c in report.checks if not c.holds)
    lines.append(f"{len(report.checks)} checks, {failed} failed")
    return "\n".join(map(_shown, lines))


def _version() -> str:
    from . import __version__

    return __version__


def _read(path: Path) -> Report:
    if str(path) == "-":
        return parse(sys.stdin.buffer.read())
    return parse_file(path)


def _one_report(args: argparse.Namespace) -> int:
    """``parse`` and ``audit``: each report's summary, JSON or checks; one line per file that fails."""
    paths = list(find_reports(args.files)) if args.files != ["-"] else [Path("-")]
    if not paths:
        return _fail("no report files (*.txt) in " + ", ".join(args.files))
    # several: a line per report naming its file, whenever a folder is given (a folder holding one report too)
    several = len(paths) > 1 or any(Path(f).is_dir() for f in args.files)
    failed = 0
    for path in paths:
        try:
            report = _read(path)
        except DutyReportError as exc:
            print(_failure(exc, path), file=sys.stderr)
            if several and args.json:  # (the stream of lines says it too, at the file's place)
                _print(_json_shown(json.dumps({"file": str(path), "error": str(exc)}, ensure_ascii=False)))
            failed += 1
            continue
        if args.command == "audit":
            out = _audit(report, args.json, str(path) if several else None)
        elif args.json and several:  # one line per report, naming its file
            out = f'{{"file": {json.dumps(str(path), ensure_ascii=False)}, "report": {to_json(report, indent=None)}}}'
        elif args.json:
            out = to_json(report, indent=1)
        else:
            out = _summary(report)
        if several and not args.json:
            out = f"== {_shown(str(path))}\n{out}"
        elif args.json:  # (a page's bidirectional overrides and C1 controls as escapes: the same JSON data)
            out = _json_shown(out)
        _print(out)
    return 1 if failed else 0


def _print(text: str) -> None:
    """A line of output as UTF-8, at once (so that a full disk is met here, as one clear line)."""
    try:
        sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _Refused(f"cannot write standard output: {exc.strerror or exc}") from None


class _Refused(Exception):
    """An output the command cannot write; its message is the one line the user sees."""


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise _Refused(f"cannot write {path}: {exc.strerror or exc}") from None


def _html(source: str, output: str) -> int:
    """``html``: the review page of a report; for a folder, one page per report and an index page
    (a report that cannot be read is a row saying why, and one line on standard error). An output that is
    a folder, or is written as one (``pages/``), gets the page named after the report."""
    from .render import html
    from .render.view import report_view

    src, out = Path(source), Path(output)
    if not src.is_dir():
        into = out.is_dir() or output.endswith(("/", os.sep))
        target = out / ((src.stem if source != "-" else "report") + ".html") if into else out
        try:
            report = _read(src)
        except DutyReportError as exc:  # the report could not be read: one line, as parse says it (status 1)
            print(_failure(exc, source), file=sys.stderr)
            return 1
        _write(target, html.page(report_view(report), name=src.name if source != "-" else None))
        print(f"wrote {target}")
        return 0
    paths = list(find_reports([src]))
    if not paths:
        return _fail(f"no report files (*.txt) in {source}")
    if out.exists() and not out.is_dir():
        return _fail(f"{out} is a file: give a folder for the pages of a folder of reports")
    rows = []
    taken: set[str] = set()  # page names given (sub/a.txt and sub__a.txt would both be sub__a.html)
    for path in paths:
        name = _page_name("__".join(path.relative_to(src).with_suffix("").parts), taken)
        try:
            view = report_view(parse_file(path))
        except DutyReportError as exc:
            print(_failure(exc, path), file=sys.stderr)
            rows.append(html.IndexRow(name=str(path.relative_to(src)), href=None, error=str(exc)))
            continue
        _write(out / name, html.page(view, back="index.html", name=path.name))
        rows.append(html.IndexRow(name=str(path.relative_to(src)), href=name, view=view))
    _write(out / "index.html", html.index_page(rows, f"{src.resolve().name}: {len(rows)} reports"))
    print(f"wrote {out / 'index.html'} and {sum(1 for r in rows if r.href)} report pages")
    return 0 if all(r.href for r in rows) else 1


def _page_name(stem: str, taken: set[str]) -> str:
    """``stem.html``, or ``stem-2.html`` … when a page of that name was given already; the name is taken."""
    name, k = f"{stem}.html", 1
    while name.lower() in taken:
        k += 1
        name = f"{stem}-{k}.html"
    taken.add(name.lower())
    return name


def _fail(message: str, code: int = 2) -> int:
    print(_shown(f"dutyreport: {message}"), file=sys.stderr)
    return code


def _jobs(value: str) -> int:
    """``--jobs``: a whole number of worker processes, at least 1 (a usage error otherwise)."""
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"at least 1 worker process, not {jobs}")
    return jobs


def _reader_gone() -> int:
    """Standard output was closed by its reader (``dutyreport parse … | head``): stop quietly, the way
    command-line tools stopped by SIGPIPE do (status 141), with nothing left to flush at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 141


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 done, 1 some file failed, 2 nothing could be done)."""
    ap = argparse.ArgumentParser(prog="dutyreport", description="Read education-duty reports into typed data.")
    ap.add_argument("--version", action="version", version=f"dutyreport {_version()}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse reports and print what was found")
    p.add_argument("files", nargs="+", metavar="FILE_OR_DIR",
                   help="report files (UTF-8, GB18030 or UTF-16 text) or folders of them (*.txt); - for standard input")
    p.add_argument("--json", action="store_true",
                   help='print the report as JSON; for several files or a folder, one line per file in order, '
                   '{"file", "report"}, or {"file", "error"} for a file that cannot be read (also said on '
                   "standard error)")
    a = sub.add_parser("audit", help="check the arithmetic reports make checkable")
    a.add_argument("files", nargs="+", metavar="FILE_OR_DIR", help="report files or folders; - for standard input")
    a.add_argument("--json", action="store_true",
                   help='print the checks as JSON (for several files or a folder, one line {"file", "checks"} each, or '
                   '{"file", "error"} for a file that cannot be read)')
    x = sub.add_parser("extract", help="one table of every report's indicators (or checks, targets …)")
    x.add_argument("files", nargs="+", metavar="DIR_OR_FILE",
                   help="report files or folders of them (*.txt); a file named twice is read once")
    x.add_argument("-o", "--output", required=True, type=Path, help="the table to write: .parquet, .csv or .jsonl")
    x.add_argument("--table", default="indicators", choices=sorted(TABLES), help="which table (default indicators)")
    x.add_argument("-j", "--jobs", type=_jobs, default=1, help="worker processes (default 1)")
    h = sub.add_parser("html", help="review pages: one per report, and an index page for a folder")
    h.add_argument("file", metavar="FILE_OR_DIR", help="a report, a folder of reports (*.txt), or - for standard input")
    h.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="the page to write, or a folder to write it in (a folder, for a folder of reports)")
    args = ap.parse_args(argv)
    try:
        if args.command == "html":
            return _html(args.file, args.output)
        if args.command == "extract":
            from .export import extract

            return extract(args.files, args.output, table=args.table, jobs=args.jobs, progress=sys.stderr.isatty())
        return _one_report(args)
    except (DutyReportError, _Refused, MissingExtraError) as exc:
        return _fail(str(exc))
    except BrokenPipeError:
        return _reader_gone()
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
