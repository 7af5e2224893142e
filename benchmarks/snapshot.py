"""Before and after: the JSON view of every report we can read, written to a folder and compared.

A change meant to keep behaviour proves it here::

    python benchmarks/snapshot.py write /tmp/before          # on the old tree
    python benchmarks/snapshot.py write /tmp/after           # on the new tree
    python benchmarks/snapshot.py compare /tmp/before /tmp/after

The reports are the five corpus reports and the realworld excerpts in ``../shared`` (where they
are) and every fixture under ``tests/fixtures``. ``compare`` prints each report whose view differs,
the paths that differ (``indicators[3].value``) with both values, and a count per path pattern
(``indicators[].value``) so that a change of format reads as one line, not thousands.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def sources() -> Iterator[tuple[str, Path]]:
    """Every report text, under a stable name (``corpus/000_….txt``)."""
    for label, folder in (
        ("corpus", SHARED / "corpus"),
        ("realworld", SHARED / "realworld"),
        *((f"fixtures/{d.name}", d) for d in sorted((ROOT / "tests" / "fixtures").iterdir()) if d.is_dir()),
    ):
        if folder.is_dir():
            for path in sorted(folder.glob("*.txt")):
                yield f"{label}/{path.name}", path


def view(text: str) -> dict[str, Any]:
    import dutyreport

    report = dutyreport.parse(text)
    to_dict = getattr(report, "to_dict", None)
    data: dict[str, Any] = to_dict() if to_dict is not None else dutyreport.to_dict(report)
    data.pop("text", None)  # the input itself; it never differs
    return data


def write(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for name, path in sources():
        target = out / (name.replace("/", "__") + ".json")
        data = view(path.read_text(encoding="utf-8"))
        target.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
        n += 1
    print(f"wrote {n} views to {out}")


def _walk(a: Any, b: Any, path: str) -> Iterator[tuple[str, Any, Any]]:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b), key=str):
            yield from _walk(a.get(key, _MISSING), b.get(key, _MISSING), f"{path}.{key}" if path else str(key))
    elif isinstance(a, list) and isinstance(b, list):
        for i in range(max(len(a), len(b))):
            yield from _walk(a[i] if i < len(a) else _MISSING, b[i] if i < len(b) else _MISSING, f"{path}[{i}]")
    elif a != b:
        yield path, a, b


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING = _Missing()
_INDEX = re.compile(r"\[\d+\]")


def compare(old: Path, new: Path, limit: int) -> int:
    patterns: Counter[str] = Counter()
    reports = 0
    for path in sorted(set(p.name for p in old.glob("*.json")) | set(p.name for p in new.glob("*.json"))):
        a = json.loads((old / path).read_text(encoding="utf-8")) if (old / path).exists() else _MISSING
        b = json.loads((new / path).read_text(encoding="utf-8")) if (new / path).exists() else _MISSING
        diffs = list(_walk(a, b, ""))
        if not diffs:
            continue
        reports += 1
        print(f"== {path}: {len(diffs)} differences")
        for where, x, y in diffs[:limit]:
            print(f"   {where}: {x!r} -> {y!r}")
        for where, _, _ in diffs:
            patterns[_INDEX.sub("[]", where)] += 1
    print(f"\n{reports} reports differ")
    for pattern, n in patterns.most_common():
        print(f"{n:6d}  {pattern}")
    return 1 if reports else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write", help="write the JSON view of every report to a folder")
    w.add_argument("out", type=Path)
    c = sub.add_parser("compare", help="compare two folders written by `write`")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--limit", type=int, default=20, help="differences shown per report")
    args = ap.parse_args(argv)
    if args.cmd == "write":
        write(args.out)
        return 0
    return compare(args.old, args.new, args.limit)


if __name__ == "__main__":
    sys.exit(main())
