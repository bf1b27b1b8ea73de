"""``python -m kg`` runs the ``scgov`` command line."""

from .cli import main

main()
