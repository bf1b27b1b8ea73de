"""Generated parts of the README, so they cannot drift from the code.

``python -m kg.docs`` rewrites the blocks between ``<!-- NAME:start -->`` and
``<!-- NAME:end -->`` markers; a test fails when the README is out of date.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .catalog import named_queries


def queries_markdown() -> str:
    """A Markdown table of the named queries, from their ``.rq`` headers."""
    lines = ["| query | what it answers | parameters (* required) |", "| --- | --- | --- |"]
    for q in named_queries().values():
        params = ", ".join(f"`?{p.name}`{'*' if p.required else ''}" for p in q.params) or "—"
        lines.append(f"| `{q.name}` | {q.title} | {params} |")
    return "\n".join(lines) + "\n"


GENERATORS = {"queries": queries_markdown}


def render(text: str) -> str:
    """*text* with every generated block replaced by its current content."""
    for name, generate in GENERATORS.items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.S)
        text = pattern.sub(lambda m: m.group(1) + generate() + m.group(2), text)
    return text


def main(path: str = "README.md") -> int:
    """Rewrite the generated blocks of *path*; return 0."""
    readme = Path(path)
    readme.write_text(render(readme.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(*sys.argv[1:]))
