"""A folder of reports to one table file: what ``dutyreport extract`` runs.

:func:`extract` reads every report the sources name (in worker processes with ``jobs`` above one),
turns each into rows of one table (:data:`dutyreport.frames.TABLES`) and writes them as they come —
Parquet in row groups, CSV and JSON lines row by row — so memory stays flat however many files
there are. A file named twice (a folder and a file in it) is read once. A file that cannot be read is one
line on standard error; the batch goes on. The last line says what was done: files, rows, failures and
seconds.

The rows go to a hidden file beside the output (``.NAME.partial-PID.csv``), which takes the output's name only
once the table is whole: a run stopped half-way (Ctrl-C, a full disk) leaves no table that reads as complete,
and the table of an earlier run stays as it was. An output that is no plain file (a device, a pipe) is
written as it is.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .corpus import distinct, find_reports, map_files, parse_file
from .errors import DutyReportError
from .frames import CSV_ENCODING, TABLES, Row, check_table, csv_writer, jsonl_line, rows_of
from .terminal import failure

__all__ = ["FORMATS", "extract"]

FORMATS = (".parquet", ".csv", ".jsonl")
_ROW_GROUP = 20_000  # Parquet rows written at once


def _rows(table: str, path: Path) -> tuple[list[Row], int]:
    """One report's rows of ``table`` and the size of its file (run in a worker)."""
    report = parse_file(path)
    return rows_of(table, report, path), len(report.text.encode("utf-8"))


def extract(
    sources: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    table: str = "indicators",
    jobs: int = 1,
    progress: bool = False,
    err: IO[str] | None = None,
) -> int:
    """Write ``table``'s rows of every report in ``sources`` to ``output`` (its suffix names the format);
    return the exit status: 0, or 1 when some file failed.

    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("清河区教育自查报告\\n一、基本情况\\n全区有学校6所,教师900人。", encoding="utf-8")
    >>> extract([d], d / "out.csv", err=sys.stdout)
    1 file, 2 rows, 0 failures, ... s
    0
    >>> (d / "out.csv").read_text(encoding="utf-8-sig").splitlines()[0][:40]
    'file,region,admin_level,report_kind,peri'
    """
    err = sys.stderr if err is None else err
    out = Path(output)
    if out.suffix.lower() not in FORMATS:
        raise DutyReportError(f"cannot write {out.suffix or 'a file without a suffix'}: use {', '.join(FORMATS)}")
    if jobs < 1:
        raise DutyReportError(f"jobs must be at least 1, not {jobs}")
    check_table(table)
    if any(os.fspath(s) == "-" for s in sources):
        raise DutyReportError("extract reads report files and folders, not standard input (-): save the report first")
    paths = distinct(find_reports(sources))
    if not paths:
        raise DutyReportError("no report files (*.txt) in " + ", ".join(map(str, sources)))
    started = time.perf_counter()
    files = rows = failures = nbytes = 0
    try:
        with _whole(out) as into, _writer(into, table) as write:
            for path, result in map_files(functools.partial(_rows, table), paths, jobs):
                files += 1
                if isinstance(result, DutyReportError):
                    failures += 1
                    print(f"{_CLEAR if progress else ''}{failure(result, path)}", file=err)
                else:
                    found, size = result
                    write(found)
                    rows += len(found)
                    nbytes += size
                if progress:
                    _show(err, files, len(paths), nbytes, time.perf_counter() - started)
    except BrokenPipeError:
        raise  # the reader of the messages went away: the command line stops quietly
    except OSError as e:  # the table could not be written (a full disk, a share gone); files that cannot be
        raise DutyReportError(f"cannot write {out}: {e.strerror or e}") from None  # read are each one line
    seconds = time.perf_counter() - started
    end = _CLEAR if progress else ""
    done = ", ".join((_counted(files, "file"), _counted(rows, "row"), _counted(failures, "failure")))
    print(f"{end}{done}, {seconds:.1f} s", file=err)
    return 1 if failures else 0


def _counted(n: int, noun: str) -> str:
    """``1 file``, ``2 files``, ``0 failures``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


_CLEAR = "\r\x1b[2K"


def _show(err: IO[str], done: int, total: int, nbytes: int, seconds: float) -> None:
    width = 30
    filled = width * done // total
    rate = nbytes / 1e6 / seconds if seconds > 0 else 0.0
    err.write(f"{_CLEAR}[{'#' * filled}{'.' * (width - filled)}] {done}/{total} files  {rate:.1f} MB/s")
    err.flush()


@contextmanager
def _whole(out: Path) -> Iterator[Path]:
    """The path to write ``out``'s table to: a hidden file beside it (beside the file a link points to), that
    replaces ``out`` when the block ends and is removed when it raises; ``out`` itself when it exists and is
    no plain file (``/dev/stdout``, a named pipe), which cannot be replaced."""
    if out.exists() and not out.is_file():
        yield out
        return
    target = out.resolve() if out.is_symlink() else out
    partial = target.with_name(f".{target.stem}.partial-{os.getpid()}{target.suffix}")  # (the suffix names the format)
    try:
        yield partial
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def _open(out: Path, mode: str, encoding: str = "utf-8") -> IO[Any]:
    """``out`` opened for writing, its folder made first; one line naming it when that cannot be done."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if mode == "wb":
            return open(out, "wb")
        return open(out, "w", encoding=encoding, newline="")
    except OSError as e:
        raise DutyReportError(f"cannot write {out}: {e.strerror or type(e).__name__}") from None


@contextmanager
def _writer(out: Path, table: str) -> Iterator[Any]:
    """A function that writes a batch of rows to ``out``, in its format; the file is complete on exit."""
    spec = TABLES[table]
    if out.suffix.lower() == ".parquet":
        from .frames import Frame, arrow_schema, need_extra

        pq = need_extra("pyarrow.parquet")
        buffered: list[Row] = []
        with _open(out, "wb") as sink, pq.ParquetWriter(sink, arrow_schema(table)) as w:

            def write_parquet(batch: list[Row]) -> None:
                buffered.extend(batch)
                if len(buffered) >= _ROW_GROUP:
                    w.write_table(Frame(table, buffered).to_arrow())
                    buffered.clear()

            yield write_parquet
            if buffered:
                w.write_table(Frame(table, buffered).to_arrow())
        return
    csv = out.suffix.lower() == ".csv"
    with _open(out, "w", CSV_ENCODING if csv else "utf-8") as f:
        if csv:
            yield csv_writer(f, table).write
        else:
            names = tuple(c.name for c in spec)
            types = tuple(c.type for c in spec)

            def write_jsonl(batch: list[Row]) -> None:
                for row in batch:
                    f.write(jsonl_line(names, types, row))

            yield write_jsonl
