"""The benchmark suite: ``make bench``. One table of our figure, the peer's, the ratio and the target.

    .venv/bin/python benchmarks/run.py            # everything (a few minutes)
    .venv/bin/python benchmarks/run.py --quick    # fewer repetitions, 200 synthetic reports

Every ratio is measured in this one run, on this machine, peers and dutyreport side by side; the
absolute figures only orient. Results go to ``benchmarks/results/latest.json``; the run before is
kept as ``previous.json`` and the table shows the change of our figure against it.

Lines:

* numerals — ``parse_number`` against ``cn2an.cn2an(s, "smart")`` on 10,000 distinct Chinese numerals
  and 10,000 mixed forms (sets, timing and agreement from ``bench_numbers.py``);
* extraction — ``find_quantities`` over the corpus against ``jionlp.ner.extract_money`` (and, for
  orientation, ``cn2an.transform`` and ``chinese2digits.takeNumberFromString``), in MB/s of UTF-8;
* ``parse`` of the five corpus reports together, and of the corpus concatenated 32 times
  against 32 times one copy (linear time); for orientation, the CPU time of each stage over the corpus;
* memory — the size of a ``Report`` of the 40 KB corpus report (tracemalloc), peak RSS growth over
  2,000 synthetic reports parsed in one process (``gen_reports.py``), and ``import dutyreport``
  (``python -X importtime``, in a fresh interpreter).

``--corpus`` (``make bench-corpus``) measures the folder workflow instead: 2,000 synthetic reports
(``gen_reports.py``) written to a temporary folder and turned into one Parquet table by
``dutyreport extract`` with one and with two worker processes — files/s, MB/s and peak memory — and
the peak memory of 500 reports against 2,000 (flat in the number of files). Its lines replace the
lines of the same name in ``latest.json``; the others stay.

The corpus is read at run time from ``../shared/corpus`` (``DUTYREPORT_CORPUS`` overrides).
"""

from __future__ import annotations

import argparse
import compileall
import gc
import importlib
import io
import json
import os
import platform
import subprocess
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable
from contextlib import redirect_stdout
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
sys.path[:0] = [str(HERE), str(ROOT / "src")]

import dutyreport  # noqa: E402

MB = 1_000_000
LINEAR_BUDGET_S = 120  # the x32 parse is stopped after this (or 3 x the target x 32 x one copy, if longer)
TARGET_MBS = 3.0  # whole-report parse of the corpus, UTF-8 MB/s
TARGET_LINEAR = 35.0  # corpus x32 against one copy (32 would be exactly linear)


def corpus_texts() -> list[str]:
    d = Path(os.environ.get("DUTYREPORT_CORPUS", ROOT.parent / "shared" / "corpus"))
    return [p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt"))] if d.is_dir() else []


def best(fn: Callable[[], object], repeat: int) -> float:
    """The best wall time of ``repeat`` calls, in seconds (gc collected before each)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


class Line:
    """One row of the table."""

    def __init__(self, key: str, label: str, unit: str, *, better: str = "higher") -> None:
        self.key, self.label, self.unit, self.better = key, label, unit, better
        self.ours: float | None = None
        self.peer: float | None = None
        self.peer_name = ""
        self.ratio: float | None = None
        self.target: str = ""
        self.met: bool | None = None
        self.note = ""
        self.status = ""  # "pending", "peer unavailable", "error: …"

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Line:
        line = cls(d["key"], d["label"], d["unit"], better=d.get("better", "higher"))
        for k, v in d.items():
            setattr(line, k, v)
        return line


# --------------------------------------------------------------------------------------------
# Measurements
# --------------------------------------------------------------------------------------------


def numerals(lines: list[Line]) -> None:
    pure = Line("numbers_pure", "parse_number, 10k Chinese numerals", "calls/s")
    mixed = Line("numbers_mixed", "parse_number, 10k mixed forms", "calls/s")
    lines += [pure, mixed]
    try:
        import random

        bn = importlib.import_module("bench_numbers")
        rng = random.Random(20240501)
        sets = {"pure": bn.pure_chinese(rng), "mixed": bn.mixed_forms(rng)}
        rate, smart, disagreements = bn.rate, bn.cn2an_smart, bn.disagreements
    except (ImportError, AttributeError) as e:
        for line in (pure, mixed):
            line.status = "pending"
            line.note = f"bench_numbers not ready ({type(e).__name__})"
        return
    for line, key, need in ((pure, "pure", 4.0), (mixed, "mixed", 1.0)):
        strings = sets[key]
        line.peer_name = 'cn2an.cn2an(s, "smart")'
        line.peer = rate(smart, strings)
        line.ours = rate(dutyreport.parse_number, strings)
        line.ratio = line.ours / line.peer
        answered, differ = disagreements(strings)
        line.target = f">= {need:g}x, same values"
        line.met = line.ratio >= need and differ == 0
        line.note = f"cn2an answered {answered}, values differ on {differ}"


def _peer(name: str) -> Callable[[str], object] | None:
    try:
        if name == "jionlp":
            with redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
                import jionlp
            return jionlp.ner.extract_money  # type: ignore[no-any-return]
        if name == "cn2an":
            import cn2an

            return lambda s: cn2an.transform(s, "cn2an")
        if name == "chinese2digits":
            import chinese2digits

            return chinese2digits.takeNumberFromString  # type: ignore[no-any-return]
    except Exception:  # any failure to import or set up a peer means: unavailable
        return None
    return None


def extraction(lines: list[Line], texts: list[str], repeat: int) -> None:
    size = sum(len(t.encode()) for t in texts) / MB

    def run(fn: Callable[[str], object]) -> float:
        with redirect_stdout(io.StringIO()), warnings.catch_warnings():  # peers print and warn
            warnings.simplefilter("ignore")
            for t in texts[:1]:
                fn(t)  # warm-up: peers load dictionaries on first use
            return size / best(lambda: [fn(t) for t in texts], repeat)

    ours = run(dutyreport.find_quantities)
    for key, peer, label, need in (
        ("extract_vs_jionlp", "jionlp", "jionlp.ner.extract_money", 2.0),
        ("extract_vs_cn2an", "cn2an", 'cn2an.transform(s, "cn2an")', None),
        ("extract_vs_chinese2digits", "chinese2digits", "chinese2digits.takeNumberFromString", None),
    ):
        line = Line(key, "find_quantities over the corpus", "MB/s")
        line.ours, line.peer_name = ours, label
        line.target = f">= {need:g}x" if need else "(orientation)"
        fn = _peer(peer)
        if fn is None:
            line.status = "peer unavailable"
        else:
            try:
                line.peer = run(fn)
                line.ratio = ours / line.peer
                line.met = line.ratio >= need if need else None
            except Exception as e:  # a peer crashing on the corpus is reported, not fatal
                line.status = f"peer failed: {type(e).__name__}"
        lines.append(line)


def parsing(lines: list[Line], texts: list[str], repeat: int) -> None:
    size = sum(len(t.encode()) for t in texts) / MB
    for t in texts:
        dutyreport.parse(t)  # warm-up
    # A run of the five takes well under a second, so it is repeated more than the slow lines: the best
    # of many is the figure least disturbed by the rest of the machine.
    seconds = best(lambda: [dutyreport.parse(t) for t in texts], repeat * 4)
    ms = Line("parse_corpus_ms", f"parse, the {len(texts)} corpus reports", "ms", better="lower")
    budget_ms = size / TARGET_MBS * 1000  # the time the throughput target allows for these reports
    ms.ours, ms.target, ms.met = seconds * 1000, f"<= {budget_ms:.0f} ms", seconds * 1000 <= budget_ms
    rate = Line("parse_corpus_mbs", "parse throughput", "MB/s")
    rate.ours, rate.target, rate.met = size / seconds, f">= {TARGET_MBS:g} MB/s", size / seconds >= TARGET_MBS
    rate.note = f"{size * 1000:.0f} KB of UTF-8"
    lines += [ms, rate]

    one = "\n".join(texts)
    t1 = best(lambda: dutyreport.parse(one), repeat)
    lin = Line("linear_32x", "parse, corpus x32 / corpus x1", "x time", better="lower")
    lin.target = f"<= {TARGET_LINEAR:g}x"
    budget = max(LINEAR_BUDGET_S, 3 * TARGET_LINEAR * 32 * t1)  # three runs far past the target: the line has failed
    try:
        out = subprocess.run([sys.executable, __file__, "--linear-child", "32"], capture_output=True, text=True,
                             check=True, timeout=budget)
        t32 = float(out.stdout)
        lin.ours, lin.met = t32 / t1, t32 / t1 <= TARGET_LINEAR
        lin.note = f"x1 {t1 * 1000:.0f} ms, x32 {t32:.2f} s"
    except subprocess.TimeoutExpired:
        lin.status, lin.met = "timeout", False
        lin.note = f"x1 {t1 * 1000:.0f} ms, x32 not done after {budget:.0f} s: > {budget / t1:.0f}x"
    lines.append(lin)


_STAGES = (
    "find_noise",
    "find_doc_numbers",
    "find_corruptions",
    "find_sections",
    "read_metadata",
    "find_tables",
    "find_quantities",
    "build_indicators",
    "find_findings",
    "audit",
)


def stages(lines: list[Line], texts: list[str], repeat: int) -> None:
    """For orientation: the CPU time of each stage of :func:`dutyreport.parse` over the corpus (the best of
    several parses of the five, each stage's time taken where ``pipeline`` calls it)."""
    from dutyreport import pipeline

    spent: dict[str, float] = {}

    def timed(name: str, stage: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            t = time.process_time()
            try:
                return stage(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - t

        return run

    originals = {name: getattr(pipeline, name) for name in _STAGES}
    best = dict.fromkeys(_STAGES, float("inf"))
    try:
        for name, stage in originals.items():
            setattr(pipeline, name, timed(name, stage))
        for _ in range(repeat * 4):
            spent.clear()
            gc.collect()
            for t in texts:
                dutyreport.parse(t)
            for name in _STAGES:
                best[name] = min(best[name], spent.get(name, 0.0))
    finally:
        for name, stage in originals.items():
            setattr(pipeline, name, stage)
    for name in _STAGES:
        line = Line(f"stage_{name}", f"  stage {name}", "ms CPU", better="lower")
        line.ours, line.target = best[name] * 1000, "(orientation)"
        lines.append(line)


def _linear_child(copies: int) -> None:
    """Run in a fresh interpreter: print the seconds one parse of the corpus x ``copies`` takes.

    One copy is parsed first, as the x1 figure is measured warm: what is timed is the parse, not the
    first use of each stage (imports, patterns compiled on first use). The x1 figure is the best of
    several runs, so this one is the best of three.
    """
    one = "\n".join(corpus_texts())
    dutyreport.parse(one)
    many = "\n".join([one] * copies)
    print(best(lambda: dutyreport.parse(many), 3))


def report_memory(lines: list[Line], texts: list[str]) -> None:
    text = max(texts, key=lambda t: len(t.encode()))
    dutyreport.parse(text)
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    report = dutyreport.parse(text)
    gc.collect()
    after, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    line = Line("report_memory_mb", f"Report of a {len(text.encode()) // 1000} KB report", "MB", better="lower")
    line.ours = (after - before) / MB
    line.target, line.met = "<= 5 MB", line.ours <= 5
    line.note = f"peak while parsing {(peak - before) / MB:.1f} MB; {len(report.indicators)} indicators"
    lines.append(line)


def _rss_child(count: int) -> None:
    """Run in a fresh interpreter: parse ``count`` synthetic reports, print RSS figures as JSON."""
    import resource

    import gen_reports

    def rss_now() -> int:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    it = gen_reports.reports(count)
    warm = 20
    total = 0
    for _, text in zip(range(warm), it, strict=False):
        dutyreport.parse(text)
        total += len(text.encode())
    gc.collect()
    base = rss_now()
    for text in it:
        dutyreport.parse(text)
        total += len(text.encode())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"base": base, "peak": peak, "end": rss_now(), "bytes": total}))


def rss_growth(lines: list[Line], count: int) -> None:
    line = Line("rss_growth_mb", f"peak RSS growth, {count} synthetic reports", "MB", better="lower")
    out = subprocess.run(
        [sys.executable, __file__, "--rss-child", str(count)], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        line.status = "error: " + (out.stderr.strip().splitlines() or ["?"])[-1][:60]
    else:
        r = json.loads(out.stdout)
        line.ours = (r["peak"] - r["base"]) / MB
        line.target, line.met = "<= 50 MB", line.ours <= 50
        line.note = f"base {r['base'] / MB:.0f} MB, {r['bytes'] / MB:.1f} MB of reports"
    lines.append(line)


def _corpus_child(folder: str, jobs: int) -> None:
    """Run in a fresh interpreter: extract ``folder`` to Parquet with ``jobs`` workers; print seconds, bytes
    and the peak RSS of this process and of its workers as JSON."""
    import resource
    import tempfile

    from dutyreport.export import extract

    nbytes = sum(p.stat().st_size for p in Path(folder).glob("*.txt"))
    with tempfile.TemporaryDirectory() as out:
        t = time.perf_counter()
        status = extract([folder], Path(out) / "out.parquet", jobs=jobs, err=io.StringIO())
        seconds = time.perf_counter() - t
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(json.dumps({"seconds": seconds, "bytes": nbytes, "status": status, "own": own, "workers": workers}))


def _extract_run(folder: Path, jobs: int) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--corpus-child", str(folder), "--jobs", str(jobs)],
                         capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def corpus_lines(lines: list[Line], count: int) -> None:
    import tempfile

    import gen_reports

    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big", Path(tmp) / "small"
        gen_reports.generate(big, count)
        gen_reports.generate(small, count // 4)
        one = min((_extract_run(big, 1) for _ in range(2)), key=lambda r: r["seconds"])
        two = min((_extract_run(big, 2) for _ in range(2)), key=lambda r: r["seconds"])
        quarter = _extract_run(small, 1)
    mb = one["bytes"] / MB
    rate1 = Line("corpus_jobs1_mbs", f"extract {count} reports, --jobs 1", "MB/s")
    rate1.ours, rate1.target = mb / one["seconds"], ">= 2.5 MB/s"
    rate1.met = rate1.ours >= 2.5
    rate1.note = f"{count / one['seconds']:.0f} files/s, {mb:.1f} MB to Parquet, {one['seconds']:.1f} s"
    rate2 = Line("corpus_jobs2_speedup", f"extract {count} reports, --jobs 2 / --jobs 1", "x speed")
    rate2.ours, rate2.target = one["seconds"] / two["seconds"], ">= 1.7x"
    rate2.met = rate2.ours >= 1.7
    rate2.note = f"{mb / two['seconds']:.2f} MB/s, {count / two['seconds']:.0f} files/s, {os.cpu_count()} cpu"
    peak = Line("corpus_peak_mb", f"extract peak RSS, {count} vs {count // 4} reports", "MB", better="lower")
    peak_big = max(one["own"], one["workers"]) / MB
    peak_small = max(quarter["own"], quarter["workers"]) / MB
    peak.ours, peak.target = peak_big, f"<= 1.2 x {count // 4} reports'"
    peak.met = peak_big <= 1.2 * peak_small
    peak.note = f"{count // 4} reports: {peak_small:.0f} MB; --jobs 2: {max(two['own'], two['workers']) / MB:.0f} MB"
    lines += [rate1, rate2, peak]


def import_time(lines: list[Line], repeat: int) -> None:
    times = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import dutyreport"],
            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
        for row in out.stderr.splitlines():
            parts = row.split("|")
            if len(parts) == 3 and parts[2].strip() == "dutyreport":
                times.append(int(parts[1]) / 1000)
    line = Line("import_ms", "import dutyreport (-X importtime)", "ms", better="lower")
    if times:
        line.ours = min(times)
        line.target, line.met = "<= 150 ms", line.ours <= 150
    else:
        line.status = "error: no importtime line"
    lines.append(line)


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def _fmt(v: float | None) -> str:
    if v is None:
        return "-"
    if abs(v) >= 10_000:
        return f"{v:,.0f}"
    return f"{v:.3g}" if abs(v) < 10 else f"{v:.1f}"


def table(lines: list[Line], previous: dict[str, Any]) -> str:
    prev = {d["key"]: d for d in previous.get("lines", [])}
    head = (f"{'line':40s} {'ours':>10s} {'unit':8s} {'peer':>10s} {'ratio':>7s}  {'target':22s} {'met':5s}"
            f" {'vs prev':>8s}  peer / note")
    rows = [head, "-" * len(head)]
    for ln in lines:
        delta = ""
        p = prev.get(ln.key, {}).get("ours")
        if p and ln.ours is not None:
            delta = f"{(ln.ours - p) / p * 100:+.0f}%"
        met = {True: "yes", False: "NO", None: ""}[ln.met]
        ratio = f"{ln.ratio:.2f}x" if ln.ratio is not None else "-"
        ours = ln.status if ln.status == "pending" else _fmt(ln.ours)
        peer = ln.status if ln.status and ln.status != "pending" else _fmt(ln.peer)
        note = " / ".join(x for x in (ln.peer_name, ln.note) if x)
        rows.append(
            f"{ln.label[:40]:40s} {ours:>10s} {ln.unit:8s} {peer[:18]:>10s} {ratio:>7s}  {ln.target:22s} {met:5s}"
            f" {delta:>8s}  {note}"
        )
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer repetitions and synthetic reports")
    ap.add_argument("--rss-child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--linear-child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--no-save", action="store_true", help="do not write benchmarks/results/")
    ap.add_argument("--corpus", action="store_true", help="the folder workflow (make bench-corpus) instead")
    ap.add_argument("--corpus-child", help=argparse.SUPPRESS)
    ap.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.corpus_child:
        _corpus_child(args.corpus_child, args.jobs)
        return
    if args.rss_child:
        _rss_child(args.rss_child)
        return
    if args.linear_child:
        _linear_child(args.linear_child)
        return
    # The package's modules are read from bytecode, as an installed package's are (pip compiles them at
    # install): where the environment forbids writing it (PYTHONDONTWRITEBYTECODE), each process measured
    # would compile every module from source again.
    compileall.compile_dir(ROOT / "src" / "dutyreport", quiet=1)
    texts = corpus_texts()
    if not texts and not args.corpus:
        sys.exit("no corpus: set DUTYREPORT_CORPUS to the folder of the report .txt files")
    repeat = 2 if args.quick else 5
    started = time.perf_counter()
    lines: list[Line] = []
    steps: list[tuple[str, Callable[[], None]]] = [("corpus", lambda: corpus_lines(lines, 400 if args.quick else 2000))]
    if not args.corpus:
        steps = [
        ("numerals", lambda: numerals(lines)),
        ("extraction", lambda: extraction(lines, texts, repeat)),
        ("parse", lambda: parsing(lines, texts, repeat)),
        ("stages", lambda: stages(lines, texts, repeat)),
        ("report memory", lambda: report_memory(lines, texts)),
        ("RSS", lambda: rss_growth(lines, 200 if args.quick else 2000)),
        ("import", lambda: import_time(lines, repeat)),
        ]
    for name, step in steps:
        print(f"... {name}", file=sys.stderr, flush=True)
        step()
    previous_path, latest_path = RESULTS / "previous.json", RESULTS / "latest.json"
    previous = json.loads(latest_path.read_text()) if latest_path.exists() else {}
    print(table(lines, previous))
    if args.corpus and previous:  # the other lines of the last full run stay
        kept = [Line.from_dict(d) for d in previous.get("lines", []) if d["key"] not in {ln.key for ln in lines}]
        lines = kept + lines
    took = time.perf_counter() - started
    missed = [ln.key for ln in lines if ln.met is False]
    print(f"\n{len(lines)} lines in {took:.0f} s; targets missed: {', '.join(missed) or 'none'}")
    if previous:
        print(f"vs prev: change of our figure against the run of {previous.get('when', '?')}")
    if args.no_save:
        return
    RESULTS.mkdir(exist_ok=True)
    if latest_path.exists():
        latest_path.replace(previous_path)
    latest_path.write_text(
        json.dumps(
            {
                "when": datetime.now(UTC).isoformat(timespec="seconds"),
                "python": platform.python_version(),
                "machine": f"{platform.machine()} {os.cpu_count()} cpu",
                "quick": args.quick,
                "seconds": round(took, 1),
                "lines": [ln.as_dict() for ln in lines],
            },
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"written {latest_path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
