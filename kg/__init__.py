"""scgov-kg: a knowledge graph of Korea's smart-city governance network.

The public Python API lives in :mod:`kg.api`; nothing heavy is imported here.
"""

__version__ = "0.1.0"
