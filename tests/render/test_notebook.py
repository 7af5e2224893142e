"""docs/notebook.ipynb runs (nbclient, a Python kernel from ipykernel) and shows what it is saved with.

The notebook is committed with its outputs (HTML displays without their text/plain fallback), so that
it reads as it runs; each run compares what the cells print and display with what was saved.
``DUTYREPORT_UPDATE_NOTEBOOK=1`` saves the new outputs.
"""

from __future__ import annotations

import copy
import os
from typing import Any

import pytest

from conftest import ROOT

NOTEBOOK = ROOT / "docs" / "notebook.ipynb"


def _shown(outputs: list[Any]) -> list[tuple[str, str]]:
    """What a cell printed and displayed, without counters and metadata."""
    shown: list[tuple[str, str]] = []
    for out in outputs:
        if out["output_type"] == "stream":
            shown.append((out["name"], out["text"]))
        elif out["output_type"] in ("execute_result", "display_data"):
            # where a display has HTML, its text/plain fallback (the full repr) is not kept
            mimes = [m for m in sorted(out["data"]) if not (m == "text/plain" and "text/html" in out["data"])]
            shown.extend((mime, out["data"][mime]) for mime in mimes)
        else:
            shown.append((out["output_type"], f"{out.get('ename')}: {out.get('evalue')}"))
    return shown


@pytest.fixture(scope="module")
def executed() -> tuple[Any, Any]:
    nbformat = pytest.importorskip("nbformat", reason="nbformat is in the dev extra")
    nbclient = pytest.importorskip("nbclient", reason="nbclient is in the dev extra")
    saved = nbformat.read(NOTEBOOK, as_version=4)
    run = copy.deepcopy(saved)
    client = nbclient.NotebookClient(
        run, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()
    if os.environ.get("DUTYREPORT_UPDATE_NOTEBOOK"):
        for cell in run.cells:
            cell.metadata = {}  # no run timestamps in the saved file
            for out in cell.get("outputs", []):
                if "text/html" in out.get("data", {}):
                    del out["data"]["text/plain"]
        nbformat.write(run, NOTEBOOK)
        saved = run
    return saved, run


def test_notebook_runs_and_shows_what_it_is_saved_with(executed: tuple[Any, Any]) -> None:
    saved, run = executed
    code = [(s, r) for s, r in zip(saved.cells, run.cells, strict=True) if s.cell_type == "code"]
    assert code
    for s, r in code:
        assert not any(o["output_type"] == "error" for o in r.outputs), _shown(r.outputs)
        assert _shown(r.outputs) == _shown(s.outputs), s.source


def test_notebook_shows_the_report_card(executed: tuple[Any, Any]) -> None:
    _, run = executed
    report_cell = next(c for c in run.cells if c.cell_type == "code" and c.source.rstrip().endswith("report"))
    (result,) = [o for o in report_cell.outputs if o["output_type"] == "execute_result"]
    shown = result["data"]["text/html"]
    assert "柳溪县" in shown and "Failed checks: 2" in shown and 'class="dr-text"' in shown
    assert len(shown.encode()) < 400_000
