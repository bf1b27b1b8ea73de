"""Static images of the map."""

import numpy as np
import pytest

from kg.viz import render_static, static
from tests.viz.conftest import BASE


def _distinct_colours(path):
    """Return the number of distinct RGB colours of a PNG."""
    import matplotlib.image as mpimg

    rgb = (mpimg.imread(str(path))[..., :3] * 255).astype(np.uint8).reshape(-1, 3)
    return len(np.unique(rgb, axis=0))


def test_png_has_content(small_graph, small_measures, tmp_path):
    out = render_static(small_graph, tmp_path / "core.png", measures=small_measures,
                        size_by="betweenness", top_n=8)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert _distinct_colours(out) > 50
    assert [p.name for p in tmp_path.iterdir()] == ["core.png"]


def test_svg_by_suffix(small_graph, tmp_path):
    svg = render_static(small_graph, tmp_path / "core.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "<img src=x" not in svg


def test_without_cjk_font_labels_fall_back_to_english(small_graph, tmp_path, monkeypatch):
    monkeypatch.setattr(static, "cjk_font", lambda: None)
    node = small_graph.nodes[BASE + "molit"]
    assert static._label(BASE + "molit", node, None) == node["label_en"]
    render_static(small_graph, tmp_path / "core.png")
    assert (tmp_path / "core.png").stat().st_size > 10_000


def test_with_cjk_font_labels_stay_korean(small_graph):
    node = small_graph.nodes[BASE + "molit"]
    assert static._label(BASE + "molit", node, "Noto Sans CJK JP") == "국토교통부"


def test_unknown_measure_is_refused(small_graph, tmp_path):
    with pytest.raises(ValueError):
        render_static(small_graph, tmp_path / "x.png", size_by="nope")
