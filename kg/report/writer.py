"""Write the report: report.md, report.html, charts/ and the map, all at once or not at all."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def write_report(report, out: str | os.PathLike) -> list[Path]:
    """Write *report* into the folder *out*; return the paths written.

    Every file is first written into a temporary folder next to *out*, then moved into
    place (``os.replace``), so a failure leaves no half-written report behind.
    """
    from .html import render_html
    from .markdown import render_markdown

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {
        "report.md": render_markdown(report).encode("utf-8"),
        "report.html": render_html(report).encode("utf-8"),
    }
    for sec in report.sections:
        for chart in sec.charts:
            files[f"charts/{chart.name}"] = chart.png if chart.png is not None else chart.svg.encode("utf-8")
    files.update(report.files)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.tmp-"))
    try:
        for name, data in files.items():
            target = tmp / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        written = []
        for name in files:
            target = out / name
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp / name, target)
            written.append(target)
        return written
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def make_report(store, out: str | os.PathLike = "out", *, lang: str = "ko", with_map: bool = True):
    """Build the report of *store* and write it to *out*; return ``(report, paths)``."""
    from .builder import build_report

    report = build_report(store, lang=lang, with_map=with_map)
    return report, write_report(report, out)
