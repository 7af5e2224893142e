"""A griffe extension for the API reference (``make docs``): the interactive examples (``>>>``) in a
docstring are shown as Python code, as the test suite runs them, rather than read as Markdown, and
Sphinx roles (``:class:`~dutyreport.Report```) are shown as code (``Report``)."""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|func|meth|mod|attr|data|exc|obj):`(~?)([^`]+)`")


def _role(m: re.Match[str]) -> str:
    name = m.group(2).rsplit(".", 1)[-1] if m.group(1) else m.group(2)
    return f"`{name}`"


def fence(docstring: str) -> str:
    """Each run of ``>>>`` lines, with their continuations and output, inside a fenced code block."""
    out: list[str] = []
    inside = fenced = False
    for line in docstring.splitlines():
        stripped = line.lstrip()
        if stripped.startswith("```"):
            fenced = not fenced
        if not fenced and not inside and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            inside = True
        elif inside and not stripped:
            out.append(f"{indent}```")
            inside = False
        out.append(line)
    if inside:
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestBlocks(griffe.Extension):
    def on_instance(self, *, node: Any, obj: griffe.Object, agent: Any, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence(_ROLE.sub(_role, obj.docstring.value))
