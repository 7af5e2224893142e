"""Command line: ``python -m dutyreport parse FILE [--json]`` (also the ``dutyreport`` script)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import DutyReportError
from .model import Report
from .report import parse
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
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="dutyreport", description="Read education-duty reports into typed data.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse one report")
    p.add_argument("file", help="a report as text (UTF-8 or GB18030); - for standard input")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)
    data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    try:
        report = parse(data)
    except DutyReportError as exc:
        print(f"dutyreport: {exc}", file=sys.stderr)
        return 2
    out = to_json(report) if args.json else _summary(report)
    sys.stdout.buffer.write(out.encode("utf-8") + b"\n")
    return 0
