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
