"""Report charts drawn with matplotlib's Agg backend, returned as self-contained SVG text.

Text is drawn as paths (``svg.fonttype = "path"``), so the SVG needs no font. Hangul needs a
CJK font (Debian ``fonts-noto-cjk``); without one, labels fall back to English (the caller
passes both) — a chart never fails for want of a font.
"""

from __future__ import annotations

import io
import re

HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


def cjk_font() -> str | None:
    """The family name of an installed font with Hangul glyphs, or None."""
    try:
        from kg.viz.static import cjk_font as find
    except ImportError:  # pragma: no cover - kg.viz is part of the package
        return None
    try:
        return find()
    except Exception:  # noqa: BLE001 - a broken font cache must not break the report
        return None


def pick(text_ko: str, text_en: str, font: str | None) -> str:
    """*text_ko* when it can be drawn (a CJK font, or no Hangul in it), else *text_en*."""
    if font or not HANGUL.search(text_ko or ""):
        return text_ko or text_en
    return text_en if text_en and not HANGUL.search(text_en) else HANGUL.sub("?", text_ko)


def _svg(fig) -> str:
    import matplotlib.pyplot as plt

    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight",
                metadata={"Creator": None, "Date": None, "Format": None, "Type": None})
    plt.close(fig)
    text = buf.getvalue()
    return text[text.index("<svg"):]


def _setup(font):
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plt.rcParams["svg.fonttype"] = "path"
    plt.rcParams["svg.hashsalt"] = "scgov"  # stable ids: the same data gives the same SVG
    plt.rcParams["font.family"] = [font, "DejaVu Sans"] if font else ["DejaVu Sans"]
    return plt


def heatmap(groups: list[str], matrix: list[list[float]], *, title: str, font: str | None,
            value_label: str = "") -> str:
    """A labelled heat map of a square matrix (sector mixing), as SVG text."""
    plt = _setup(font)
    n = max(len(groups), 1)
    fig, ax = plt.subplots(figsize=(1.2 + 0.75 * n, 1.0 + 0.65 * n))
    data = matrix if matrix else [[0.0]]
    im = ax.imshow(data, cmap="Blues")
    ax.set_xticks(range(len(groups)), groups, rotation=40, ha="right", fontsize=8)
    ax.set_yticks(range(len(groups)), groups, fontsize=8)
    top = max((v for row in data for v in row), default=0) or 1
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            if v:
                ax.text(j, i, f"{v:.3g}", ha="center", va="center", fontsize=7,
                        color="white" if v > top * 0.6 else "#222222")
    ax.set_title(title, fontsize=10)
    cbar = fig.colorbar(im, ax=ax, shrink=0.8)
    if value_label:
        cbar.set_label(value_label, fontsize=8)
    return _svg(fig)


def bars(labels: list[str], values: list[float], colours: list[str], *, title: str, font: str | None,
         xlabel: str = "") -> str:
    """A horizontal bar chart (largest on top), as SVG text."""
    plt = _setup(font)
    fig, ax = plt.subplots(figsize=(7, 0.9 + 0.32 * max(len(labels), 1)))
    ys = list(range(len(labels)))[::-1]
    ax.barh(ys, values, color=colours or None)
    ax.set_yticks(ys, labels, fontsize=8)
    ax.set_xlabel(xlabel, fontsize=8)
    ax.set_title(title, fontsize=10)
    ax.spines[["top", "right"]].set_visible(False)
    return _svg(fig)
