"""Fuzz ``parse`` and ``find_quantities`` with atheris (coverage-guided, libFuzzer options apply).

    make fuzz                                        # 10 minutes
    python benchmarks/fuzz.py -max_total_time=60     # any libFuzzer flag
    python benchmarks/fuzz.py crash-<hash>           # replay one input

Each input is read three ways, picked by its first byte: as bytes (decoding included), as text
(any code point, lone surrogates too) or as text fed to ``find_quantities`` and every normalizer.
A finding is any exception other than the library's documented ones, or a broken invariant of
``tests/test_grounding.py`` (spans read back, sections nest, body + noise rebuild the text, no
float). When no corpus directory is named, seeds are made at run time in a temporary directory
from the shared corpus (cut into pieces; never stored in the project) and from
``gen_reports.py``'s synthetic reports.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import tempfile
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

# The package loads its stages on first use; import every module here so that all of them are instrumented
# (modules of an optional extra that is not installed are left out).
with atheris.instrument_imports(include=["dutyreport"]):
    import dutyreport
    from dutyreport import DecodeError, DutyReportError, EmptyInputError

    INSTRUMENTED = []
    for _info in pkgutil.walk_packages(dutyreport.__path__, "dutyreport."):
        if _info.name.endswith("__main__"):
            continue
        try:
            importlib.import_module(_info.name)
        except ImportError:
            continue
        INSTRUMENTED.append(_info.name)

from test_grounding import assert_grounded, assert_matches_grounded, assert_no_float  # noqa: E402

_NORMALIZERS = (
    dutyreport.parse_number, dutyreport.parse_money, dutyreport.parse_percent, dutyreport.parse_ratio,
    dutyreport.parse_quantity,
)


def _parse(source: str | bytes) -> None:
    try:
        report = dutyreport.parse(source)
    except EmptyInputError:
        return
    except DecodeError as e:
        if not isinstance(source, bytes) or not 0 <= e.offset < len(source):
            raise
        return
    assert_grounded(report)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    mode, rest = data[0] % 3, data[1:]
    fdp = atheris.FuzzedDataProvider(rest)
    if mode == 0:
        _parse(rest)
    elif mode == 1:
        _parse(fdp.ConsumeUnicode(len(rest)))
    else:
        text = fdp.ConsumeUnicode(len(rest))
        assert_matches_grounded(text, dutyreport.find_quantities(text))
        short = text[:80]
        for f in _NORMALIZERS:
            try:
                value = f(short)
            except DutyReportError:
                continue
            assert_no_float(value if not hasattr(value, "to_dict") else value.to_dict(), f.__name__)


def _seeds() -> str:
    """A temporary directory of seed inputs (mode byte 0: read as UTF-8 bytes)."""
    import gen_reports

    out = Path(tempfile.mkdtemp(prefix="dutyreport-fuzz-"))
    corpus = Path(os.environ.get("DUTYREPORT_CORPUS", HERE.parent.parent / "shared" / "corpus"))
    n = 0
    for path in sorted(corpus.glob("*.txt")) if corpus.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        for i in range(0, len(text), 1500):
            (out / f"c{n:04d}").write_bytes(b"\x00" + text[i : i + 1500].encode())
            n += 1
    for text in gen_reports.reports(20, seed=7, size=1500):
        (out / f"s{n:04d}").write_bytes(b"\x00" + text.encode())
        n += 1
    return str(out)


def main() -> None:
    argv = list(sys.argv)
    if not any(not a.startswith("-") for a in argv[1:]):
        argv.append(_seeds())
    if not any(a.startswith("-max_len") for a in argv):
        argv.append("-max_len=4096")
    print(f"instrumented {len(INSTRUMENTED)} modules of dutyreport", file=sys.stderr)
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
