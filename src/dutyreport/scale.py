"""Beyond one machine: a corpus parsed on a Dask cluster into a folder of Parquet partitions.

:func:`extract_partitions` spreads the report files over a ``dask.bag``; each partition's reports are
parsed where the partition runs (:func:`~dutyreport.parse_many`) and written as one Parquet file
(``part-00000.parquet`` …) of one table. Read the folder back as one dataset with pyarrow, pandas,
polars or DuckDB. Dask runs it on whatever scheduler is active: a ``distributed.Client`` of a
cluster, a local cluster, or the default threads. dask and distributed come with the ``dask`` extra
(``pip install 'dutyreport[dask,frames]'``).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from attrs import field, frozen
from attrs.validators import deep_iterable, instance_of

from .corpus import distinct, find_reports, parse_many
from .errors import DutyReportError
from .frames import Frame, MissingExtraError, check_table, need_extra, rows_of

__all__ = ["Written", "extract_partitions"]


def _path_and_why(instance: object, attribute: object, value: object) -> None:
    if not (isinstance(value, tuple) and len(value) == 2 and all(isinstance(x, str) for x in value)):
        raise TypeError(f"each failed file is a (path, why) pair of strings, not {value!r}")


@frozen(kw_only=True)
class Written:
    """What :func:`extract_partitions` wrote: ``rows`` in all, and ``failed``, each file that could not be read
    or parsed with the one line saying why, as ``(path, message)`` in input order (a file is never dropped
    without a word)."""

    rows: int = field(validator=instance_of(int))
    failed: tuple[tuple[str, str], ...] = field(default=(), validator=deep_iterable(_path_and_why, instance_of(tuple)))


def _write_partition(paths: Sequence[str], index: int, out: str, table: str) -> tuple[int, list[tuple[str, str]]]:
    """Parse one partition's reports and write their rows as ``out/part-NNNNN.parquet``; the row count and the
    files that failed, with why."""
    rows, failed = [], []
    for path, report in parse_many(paths):
        if isinstance(report, Exception):
            failed.append((os.fspath(path), str(report)))
        else:
            rows.extend(rows_of(table, report, path))
    Frame(table, rows).to_parquet(Path(out) / f"part-{index:05d}.parquet")
    return len(rows), failed


def extract_partitions(
    sources: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    table: str = "indicators",
    partitions: int | None = None,
) -> Written:
    """Write ``table``'s rows of every report in ``sources`` (files and folders; a file named twice is read
    once) to ``out`` as Parquet partitions, computed by Dask on the active scheduler; return what was written
    (:class:`Written`: the rows, and every file that could not be read or parsed, with why). A table that does
    not exist or fewer than one partition is a :class:`~dutyreport.DutyReportError` before any work."""
    check_table(table)
    if partitions is not None and partitions < 1:
        raise DutyReportError(f"partitions must be at least 1, not {partitions}")
    need_extra("pyarrow")
    try:
        dask: Any = importlib.import_module("dask")
        db: Any = importlib.import_module("dask.bag")
    except ImportError:
        raise MissingExtraError(
            "dask is needed for this; install the dask extra: pip install 'dutyreport[dask]'"
        ) from None
    paths = [os.fspath(p) for p in distinct(find_reports(sources))]  # (a file named twice: once)
    Path(out).mkdir(parents=True, exist_ok=True)
    if not paths:
        return Written(rows=0)
    bag = db.from_sequence(paths, npartitions=partitions or min(len(paths), 4 * (os.cpu_count() or 1)))
    work: list[Any] = [
        dask.delayed(_write_partition)(part, i, os.fspath(out), table) for i, part in enumerate(bag.to_delayed())
    ]
    done: tuple[tuple[int, list[tuple[str, str]]], ...] = dask.compute(*work)
    return Written(rows=sum(n for n, _ in done), failed=tuple(f for _, failed in done for f in failed))
