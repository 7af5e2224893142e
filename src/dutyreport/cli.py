"""Command line: ``python -m dutyreport parse|audit FILE [--json]`` and ``html FILE_OR_DIR -o OUT``
(also the ``dutyreport`` script)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import DutyReportError
from .model.report import Check, Report
from .pipeline import parse
from .serialize import to_json

__all__ = ["main"]


def _summary(report: Report) -> str:
    lines = [
        f"title:       {report.title}",
        f"region:      {report.region} ({report.admin_level.value if report.admin_level else '-'})",
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
        q = i.qualifier or ""
        lines.append(f"  {i.text:<14} {i.value!s:<16} {i.unit or '':<18} {q:<9} {i.subject or ''}{year}")
    for c in report.corruptions:
        lines.append(f"  ! {c.kind.value}: {c.text!r} -> {c.repaired!r}")
    lines.append(f"problems:    {len(report.problems)}")
    lines.extend(f"  - {p.text}" for p in report.problems)
    lines.append(f"rectifications: {len(report.rectifications)}")
    for r in report.rectifications:
        status = r.status.value if r.status else "-"
        lines.append(f"  - {r.problem} [{status}] measures: {len(r.measures)}, targets: {len(r.targets)}")
    lines.append(f"targets:     {len(report.targets)}")
    for t in report.targets:
        deadline = f"{t.deadline_year or '?'}" + (f"-{t.deadline_month:02d}" if t.deadline_month else "")
        lines.append(f"  - {t.subject or ''} {t.comparator.value} {t.quantity.text or t.text} (by {deadline})")
    failed = sum(1 for c in report.checks if not c.holds)
    lines.append(f"checks:      {len(report.checks)} ({failed} failed)")
    lines.extend(f"  {'ok  ' if c.holds else 'FAIL'} {c.claim}" for c in report.checks)
    return "\n".join(lines)


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
        "figures": [{"text": text[s:e], "start": s, "end": e} for s, e in c.spans],
        "computed": None if c.computed is None else str(c.computed),
        "note": c.note,
    }


def _audit(report: Report, as_json: bool) -> str:
    if as_json:
        return json.dumps([_check_dict(report.text, c) for c in report.checks], ensure_ascii=False, indent=1)
    lines = []
    for c in report.checks:
        line, col = _line_col(report.text, c.start)
        quoted = "、".join(f"「{report.text[s:e]}」" for s, e in c.spans)
        lines.append(f"{line}:{col} {'ok  ' if c.holds else 'FAIL'} [{c.kind.value}] {c.claim}  {quoted}")
    failed = sum(1 for c in report.checks if not c.holds)
    lines.append(f"{len(report.checks)} checks, {failed} failed")
    return "\n".join(lines)


class _Refused(Exception):
    """A path the command cannot use; its message is the one line the user sees."""


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except IsADirectoryError:
        raise _Refused(f"{path} is a folder: give one report file") from None
    except OSError as exc:
        raise _Refused(f"cannot read {path}: {exc.strerror or exc}") from None


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise _Refused(f"cannot write {path}: {exc.strerror or exc}") from None


def _html(source: str, out: str) -> str:
    """Write the review page of a report, or of every ``*.txt`` report in a folder with an index page."""
    from .render import html
    from .render.view import report_view

    src, dst = Path(source), Path(out)
    if src.is_dir():
        files = sorted(p for p in src.iterdir() if p.suffix.lower() == ".txt" and p.is_file())
        if not files:
            raise _Refused(f"no .txt reports in {source}")
        if dst.exists() and not dst.is_dir():
            raise _Refused(f"{out} is a file: give a folder for the pages of a folder of reports")
        rows = []
        for f in files:
            name = f.stem + ".html"
            try:
                view = report_view(parse(_read(str(f))))
            except DutyReportError as exc:
                rows.append(html.IndexRow(name=f.name, href=None, error=str(exc)))
                continue
            _write(dst / name, html.page(view, back="index.html"))
            rows.append(html.IndexRow(name=f.name, href=name, view=view))
        _write(dst / "index.html", html.index_page(rows, f"{src.resolve().name}: {len(rows)} reports"))
        return f"wrote {dst / 'index.html'} and {sum(1 for r in rows if r.href)} report pages"
    if source != "-" and not src.exists():
        raise _Refused(f"no such file or folder: {source}")
    page = html.page(report_view(parse(_read(source))))
    target = dst / ((src.stem if source != "-" else "report") + ".html") if dst.is_dir() else dst
    _write(target, page)
    return f"wrote {target}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="dutyreport", description="Read education-duty reports into typed data.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse one report")
    p.add_argument("file", help="a report as text (UTF-8 or GB18030); - for standard input")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    a = sub.add_parser("audit", help="check the arithmetic a report makes checkable")
    a.add_argument("file", help="a report as text (UTF-8 or GB18030); - for standard input")
    a.add_argument("--json", action="store_true", help="print the checks as JSON")
    h = sub.add_parser("html", help="write review pages: one per report, and an index page for a folder")
    h.add_argument("file", metavar="FILE_OR_DIR", help="a report, a folder of reports (*.txt), or - for standard input")
    h.add_argument("-o", "--output", required=True, metavar="OUT", help="the page to write (a folder for a folder)")
    args = ap.parse_args(argv)
    try:
        if args.command == "html":
            print(_html(args.file, args.output))
            return 0
        report = parse(_read(args.file))
    except (DutyReportError, _Refused) as exc:
        print(f"dutyreport: {exc}", file=sys.stderr)
        return 2
    out = _summary(report)
    if args.command == "audit":
        out = _audit(report, args.json)
    elif args.json:
        out = to_json(report)
    sys.stdout.buffer.write(out.encode("utf-8") + b"\n")
    return 0
