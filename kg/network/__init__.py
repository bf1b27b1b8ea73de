"""Network analysis on networkx graphs that follow ``docs/network-contract.md``.

Nothing is imported here on purpose: import the topic modules directly, e.g.
``from kg.network import centrality``.
"""
