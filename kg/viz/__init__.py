"""Maps of the governance network: an offline interactive HTML map and static images.

The public functions take a networkx graph following ``docs/network-contract.md``.
Heavy libraries (pyvis, networkx, matplotlib, igraph) are imported inside functions,
so importing this package is cheap.
"""

from kg.viz.interactive import render_map
from kg.viz.static import render_static
from kg.viz.style import KIND_SHAPES, SECTOR_COLOURS, SECTOR_ORDER

__all__ = ["render_map", "render_static", "SECTOR_COLOURS", "SECTOR_ORDER", "KIND_SHAPES"]
