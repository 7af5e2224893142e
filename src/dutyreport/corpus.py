"""From one report to a folder of them: :func:`parse_file` and :func:`parse_many`.

:func:`parse_many` takes files and folders, reads every report in them (``*.txt`` by default,
folders walked in name order) and yields ``(path, Report)`` or ``(path, error)`` pairs in input
order, one at a time: a folder of 10,000 reports is never in memory at once. With ``jobs`` above
one the reports are parsed in that many worker processes; the order of the results is still the
order of the inputs. One file that cannot be read or parsed is that file's error — the batch goes
on.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("清河区教育自查报告\\n一、基本情况\\n全区有学校6所。", encoding="utf-8")
>>> _ = (folder / "b.txt").write_bytes(b"")
>>> [(p.name, type(r).__name__) for p, r in parse_many([folder])]
[('a.txt', 'Report'), ('b.txt', 'EmptyInputError')]
"""

from __future__ import annotations

import concurrent.futures
import itertools
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from .errors import DutyReportError, ReadError, UnexpectedError
from .model.report import Report

__all__ = ["REPORT_SUFFIXES", "Parsed", "distinct", "find_reports", "parse_file", "parse_many"]

# What a folder's report files end with.
REPORT_SUFFIXES = (".txt",)

Parsed = tuple[Path, "Report | DutyReportError"]
_T = TypeVar("_T")


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a report file; :class:`~dutyreport.ReadError` (one line, naming the path) when there
    is no such file, it is a folder, or it cannot be read."""
    p = Path(path)
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise ReadError("no such file", p) from None
    except IsADirectoryError:
        raise ReadError("is a folder, not a file", p) from None
    except PermissionError:
        raise ReadError("permission denied", p) from None
    except OSError as e:
        raise ReadError(e.strerror or type(e).__name__, p) from None


def parse_file(path: str | os.PathLike[str]) -> Report:
    """Read a report file (bytes, decoded as :func:`~dutyreport.parse` does) and parse it.

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "r.txt"
    >>> _ = p.write_text("清河区教育自查报告\\n一、基本情况\\n全区有学校6所。", encoding="gb18030")
    >>> parse_file(p).region
    '清河区'
    >>> parse_file(p.parent / "missing.txt")
    Traceback (most recent call last):
    ...
    dutyreport.errors.ReadError: no such file: .../missing.txt
    """
    from .pipeline import parse

    return parse(read_bytes(path))


def find_reports(
    sources: Iterable[str | os.PathLike[str]], suffixes: tuple[str, ...] = REPORT_SUFFIXES
) -> Iterator[Path]:
    """Every report a list of files and folders names, in order: a file as given (whatever its name), a
    folder's files ending with one of ``suffixes`` in any case (``.txt``, ``.TXT``), walked depth first in
    name order. A path that does not exist is yielded as given, so that reading it reports the error in its
    place."""
    endings = (suffixes.lower(),) if isinstance(suffixes, str) else tuple(s.lower() for s in suffixes)
    for source in sources:
        p = Path(source)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(endings):
                        yield Path(root) / name
        else:
            yield p


def distinct(paths: Iterable[Path]) -> list[Path]:
    """The paths in order, each file once however many times it is named (a folder and a file in it, a folder
    and its subfolder, two spellings of one path): what a table reads, so that no report's rows are written
    twice.

    >>> [str(p) for p in distinct([Path("a.txt"), Path("./a.txt"), Path("b.txt")])]
    ['a.txt', 'b.txt']
    """
    seen: set[str] = set()
    kept = []
    for path in paths:
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            kept.append(path)
    return kept


def parse_many(
    sources: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    jobs: int = 1,
    suffixes: tuple[str, ...] = REPORT_SUFFIXES,
) -> Iterator[Parsed]:
    """``(path, Report)`` or ``(path, error)`` for every report in ``sources`` (files and folders; a single
    path is a list of one), in input order, streamed. ``jobs``: worker processes (1 parses here)."""
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    paths = find_reports(sources, suffixes)
    return map_files(_parse_one, paths, jobs)


def _parse_one(path: Path) -> Report:
    return parse_file(path)


def map_files(
    work: Callable[[Path], _T], paths: Iterable[Path], jobs: int = 1
) -> Iterator[tuple[Path, _T | DutyReportError]]:
    """``(path, work(path))`` for each path in order, or ``(path, error)`` where ``work`` raised. With ``jobs``
    above one, ``work`` (a module-level function) runs in a pool of that many processes on batches of
    files, a bounded number of them ahead of the one yielded, so memory stays flat however many files there
    are."""
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1:
        for path in paths:
            yield path, _guarded(work, path)
        return
    ahead = 2 * jobs  # batches in flight: a few files ahead of the one yielded, whatever their number
    batches = _batches(iter(paths))
    first = list(itertools.islice(batches, ahead))
    if not first:
        return
    # (no more workers than there are batches to give them: --jobs 64 on a few files starts a few)
    workers = min(jobs, len(first))
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers, initializer=_leave_interrupts_to_the_caller)
    try:
        pending: deque[tuple[list[Path], concurrent.futures.Future[list[_T | DutyReportError]]]] = deque()
        for batch in first:
            pending.append((batch, pool.submit(_guarded_batch, work, batch)))
        while pending:
            batch, future = pending.popleft()
            results = future.result()
            nxt = next(batches, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(_guarded_batch, work, nxt)))
            yield from zip(batch, results, strict=True)
    except BaseException:  # Ctrl-C, an error, or the reader stopped (the generator closed): nothing more is wanted
        _stop(pool)
        raise
    pool.shutdown()


def _leave_interrupts_to_the_caller() -> None:
    """In a worker: ignore Ctrl-C, which the terminal sends to every process of the group; the caller's
    process gets it and stops the workers (:func:`_stop`) instead of each printing a traceback and going on
    with its queue."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """Stop a pool at once: the batches not started are dropped and the workers ended, rather than waiting
    for every batch in flight (minutes, for a few batches of large reports)."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join(timeout=5)


_BATCH = 8  # files sent to a worker at once (one round trip between processes for each batch, not each file)


def _batches(paths: Iterator[Path]) -> Iterator[list[Path]]:
    """The paths in lists of up to :data:`_BATCH`, in order; the first few alone, so that the first results
    come as soon as one file is read and every worker has work at once."""
    for path in itertools.islice(paths, 2):
        yield [path]
    while batch := list(itertools.islice(paths, _BATCH)):
        yield batch


def _guarded_batch(work: Callable[[Path], _T], paths: list[Path]) -> list[_T | DutyReportError]:
    return [_guarded(work, path) for path in paths]


def _guarded(work: Callable[[Path], _T], path: Path) -> _T | DutyReportError:
    """``work(path)``, or the error it raised: the library's own, or any other wrapped as an
    :class:`~dutyreport.UnexpectedError` so that one bad file never stops a batch."""
    try:
        return work(path)
    except DutyReportError as e:
        return e
    except Exception as e:  # a bug on one file must not stop the others; it is reported as that file's error
        return UnexpectedError(f"{type(e).__name__}: {e}", str(path))
