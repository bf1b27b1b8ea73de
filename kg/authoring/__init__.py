"""Growing the graph: the YAML authoring format, its conversion to RDF, ``scgov add`` and draft extraction.

- :mod:`kg.authoring.yamlio` — YAML loading that keeps line numbers (every value knows its line).
- :mod:`kg.authoring.model` — the authoring schema: checks a document file and lists every problem.
- :mod:`kg.authoring.convert` — a checked document → the RDF shapes the seed documents use.
- :mod:`kg.authoring.add` — ``scgov add``: check, convert, SHACL-validate with the existing graph, write atomically.
- :mod:`kg.authoring.textio` — reading untrusted text files (encodings, HTML, size caps).
- :mod:`kg.authoring.extract` — draft extraction from Korean press releases (``scgov extract``).

See ``docs/authoring.md`` for the analyst's guide.
"""
