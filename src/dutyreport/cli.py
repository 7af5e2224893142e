"""Command line: ``python -m dutyreport parse|audit FILE [--json]`` (also the ``dutyreport`` script)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import DutyReportError
from .model.report import Check, Report
from .pipeline import parse
from .serialize import quantity_view, to_json

__all__ = ["main"]


def _summary(report: Report) -> str:
    lines = [
        f"title:       {report.title.clean if report.title else None}",
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
        view = quantity_view(i.quantity)
        q = view["qualifier"] or ""
        lines.append(f"  {i.text:<14} {view['value']!s:<16} {i.unit or '':<18} {q:<9} {i.subject or ''}{year}")
    for c in report.corruptions:
        lines.append(f"  ! {c.kind.value}: {c.text!r} -> {c.repaired!r}")
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
        "figures": [{"text": f.text, "start": f.start, "end": f.end} for f in c.figures],
        "computed": None if c.computed is None else str(c.computed),
        "note": c.note,
    }


def _audit(report: Report, as_json: bool) -> str:
    if as_json:
        return json.dumps([_check_dict(report.text, c) for c in report.checks], ensure_ascii=False, indent=1)
    lines = []
    for c in report.checks:
        line, col = _line_col(report.text, c.start)
        quoted = "、".join(f"「{f.text}」" for f in c.figures)
        lines.append(f"{line}:{col} {'ok  ' if c.holds else 'FAIL'} [{c.kind.value}] {c.claim}  {quoted}")
    failed = sum(1 for c in report.checks if not c.holds)
    lines.append(f"{len(report.checks)} checks, {failed} failed")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="dutyreport", description="Read education-duty reports into typed data.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse one report")
    p.add_argument("file", help="a report as text (UTF-8 or GB18030); - for standard input")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    a = sub.add_parser("audit", help="check the arithmetic a report makes checkable")
    a.add_argument("file", help="a report as text (UTF-8 or GB18030); - for standard input")
    a.add_argument("--json", action="store_true", help="print the checks as JSON")
    args = ap.parse_args(argv)
    data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    try:
        report = parse(data)
    except DutyReportError as exc:
        print(f"dutyreport: {exc}", file=sys.stderr)
        return 2
    out = _summary(report)
    if args.command == "audit":
        out = _audit(report, args.json)
    elif args.json:
        out = to_json(report)
    sys.stdout.buffer.write(out.encode("utf-8") + b"\n")
    return 0
