"""The corpus on a Dask cluster: a local distributed cluster with process workers writes the same rows as one
process does."""

from __future__ import annotations

from pathlib import Path

import pytest

import dutyreport as d
from dutyreport.scale import extract_partitions

distributed = pytest.importorskip("distributed", reason="the dask extra (pip install 'dutyreport[dask]') is absent")
pq = pytest.importorskip("pyarrow.parquet", reason="the frames extra (pip install 'dutyreport[frames]') is absent")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_process_cluster_writes_the_rows_of_one_process(tmp_path: Path) -> None:
    expected = d.indicators_frame(d.parse_many(FIXTURES))
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster):
        written = extract_partitions([FIXTURES], tmp_path / "out", partitions=5)
    files = sorted((tmp_path / "out").glob("part-*.parquet"))
    assert len(files) == 5
    table = pq.read_table(tmp_path / "out")
    assert written.rows == table.num_rows == len(expected)
    assert written.failed == ()
    got = sorted((r["file"], r["start"], r["value_text"]) for r in table.to_pylist())
    want = sorted((r["file"], r["start"], r["value_text"]) for r in expected.records())
    assert got == want


# A user trial: a mistyped table name ran the whole corpus and ended in a bare KeyError from a worker, and
# a partition count below one was quietly replaced.
EXAMPLES_USER_TRIAL_ARGUMENTS = [
    ({"table": "indicator"}, "no table 'indicator': one of checks, indicators, problems, rectifications, targets"),
    ({"partitions": 0}, "partitions must be at least 1, not 0"),
    ({"partitions": -3}, "partitions must be at least 1, not -3"),
]


@pytest.mark.parametrize(("arguments", "message"), EXAMPLES_USER_TRIAL_ARGUMENTS)
def test_wrong_arguments_are_refused_before_any_work(
    tmp_path: Path, arguments: dict[str, object], message: str
) -> None:
    with pytest.raises(d.DutyReportError) as caught:
        extract_partitions([FIXTURES], tmp_path / "out", **arguments)  # type: ignore[arg-type]
    assert str(caught.value) == message
    assert not (tmp_path / "out").exists()


def test_a_file_that_fails_is_named_with_why_never_dropped(tmp_path: Path) -> None:
    """A user trial: files that could not be read were dropped without a word; each is now in ``failed``, in
    input order, with the line the library gives for it, and the other files' rows are written."""
    src = tmp_path / "reports"
    src.mkdir()
    good = src / "a_good.txt"
    good.write_text("东山县2023年教育工作自查报告\n一、基本情况\n全县共有学校30所。\n", encoding="utf-8")
    (src / "b_blank.txt").write_text("   \n", encoding="utf-8")
    (src / "c_binary.txt").write_bytes(bytes(range(256)) * 4)
    written = extract_partitions([src], tmp_path / "out", partitions=2)
    assert [Path(p).name for p, _ in written.failed] == ["b_blank.txt", "c_binary.txt"]
    for path, why in written.failed:
        with pytest.raises(d.DutyReportError) as caught:
            d.parse_file(path)
        assert why == str(caught.value)
    expected = len(d.indicators_frame([d.parse_file(good)]))
    assert written.rows == pq.read_table(tmp_path / "out").num_rows == expected
    assert written.rows > 0


@pytest.mark.parametrize("failed", [(("a.txt",),), (("a.txt", 3),), ("a.txt",), ((Path("a.txt"), "why"),)])
def test_written_holds_only_path_and_why_pairs(failed: object) -> None:
    from dutyreport.scale import Written

    with pytest.raises(TypeError):
        Written(rows=1, failed=failed)  # type: ignore[arg-type]
    assert Written(rows=1, failed=(("a.txt", "empty report"),)).failed == (("a.txt", "empty report"),)


def test_a_file_named_twice_is_written_once(tmp_path: Path) -> None:
    """A user trial: a folder and a file in it wrote that report's rows twice, as `extract` did."""
    src = tmp_path / "reports"
    src.mkdir()
    good = src / "a_good.txt"
    good.write_text("东山县2023年教育工作自查报告\n一、基本情况\n全县共有学校30所。\n", encoding="utf-8")
    written = extract_partitions([good, src, src / "." / "a_good.txt"], tmp_path / "out", partitions=2)
    expected = len(d.indicators_frame([d.parse_file(good)]))
    assert written.rows == pq.read_table(tmp_path / "out").num_rows == expected
