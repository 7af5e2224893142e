"""The documentation site's sources hold together without building it (``make docs`` builds it, warnings
as errors): every page in the nav exists and every page is in the nav, every object the API reference
names imports, every local link and image resolves."""

from __future__ import annotations

import importlib
import re

import pytest

from conftest import ROOT

DOCS = ROOT / "docs"
MKDOCS = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
NAV = re.findall(r"^  - [^:\n]+: (\S+\.md)$", MKDOCS, re.M)
PAGES = sorted(p.name for p in DOCS.glob("*.md"))


def test_nav_lists_every_page_once() -> None:
    assert sorted(NAV) == PAGES
    assert len(set(NAV)) == len(NAV)


def test_the_griffe_extension_is_the_one_configured() -> None:
    (path,) = re.findall(r"- (\S+\.py):DoctestBlocks", MKDOCS)
    assert (ROOT / path).exists()


API_OBJECTS = re.findall(r"^::: (\S+)$", (DOCS / "api.md").read_text(encoding="utf-8"), re.M)


@pytest.mark.parametrize("path", API_OBJECTS)
def test_api_reference_objects_import(path: str) -> None:
    module, _, name = path.rpartition(".")
    try:
        importlib.import_module(path)
    except ModuleNotFoundError:
        assert hasattr(importlib.import_module(module), name), path


def _documented() -> tuple[set[str], set[str]]:
    """What the API reference documents: whole modules (a ``:::`` block with no ``members`` list) and
    single objects (``module.name``, or a name in a block's ``members`` list)."""
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    modules: set[str] = set()
    objects: set[str] = set()
    for block in re.split(r"^(?=::: )", text, flags=re.M)[1:]:
        path = block.split()[1]
        members = re.search(r"members: \[([^\]]*)\]", block)
        if members:
            objects.update(f"{path}.{m.strip()}" for m in members.group(1).split(","))
        else:
            modules.add(path)
            objects.add(path)
    return modules, objects


def test_api_reference_covers_every_public_name() -> None:
    """Found by a newcomer's reading: the frames, json_schema and the grounded spans were public in
    ``dutyreport.__all__`` but on no page of the reference."""
    import dutyreport

    modules, objects = _documented()
    missing = []
    for name in dutyreport.__all__:
        if name.startswith("__"):
            continue
        home = getattr(getattr(dutyreport, name), "__module__", "")
        if not home.startswith("dutyreport."):  # a type alias (Quantity) is of the module that names it
            home = f"dutyreport.{dutyreport._LAZY[name]}"
        if home not in modules and f"{home}.{name}" not in objects:
            missing.append(f"{home}.{name}")
    assert missing == []


@pytest.mark.parametrize("page", PAGES)
def test_local_links_resolve(page: str) -> None:
    text = (DOCS / page).read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)\s#]+)(?:#[^)]*)?\)", text)
    for target in targets:
        if "://" in target:
            continue
        assert (DOCS / target).exists(), (page, target)


def test_screenshot_is_shown() -> None:
    assert "](img/review.png)" in (DOCS / "review.md").read_text(encoding="utf-8")
    assert (DOCS / "img" / "review.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
