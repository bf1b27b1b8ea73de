"""The one exception hierarchy of scgov-kg.

Library code raises these; the CLI turns every :class:`KGError` into a one-line message and a
non-zero exit code, never a traceback.
"""


class KGError(Exception):
    """Base class of every error scgov-kg reports to a user."""


class DataError(KGError):
    """A data or ontology file cannot be read (malformed Turtle, missing file).

    The message starts with ``path:line:`` when the line is known.
    """


class QuerySyntaxError(KGError):
    """SPARQL that does not parse; the message gives line, column and what was expected."""


class UnknownQueryError(KGError):
    """A named query that does not exist; the message suggests the closest names."""


class ParameterError(KGError):
    """A query parameter that is missing, unknown or cannot be converted."""


class ResolutionError(KGError):
    """A name (label, alias, IRI) that matches no entity, or more than one."""


class ValidationError(KGError):
    """The graph does not conform to the SHACL shapes."""


class StoreError(KGError):
    """A store cannot be opened, loaded or queried."""


class UnsafeQueryError(KGError):
    """A query refused by a read-only endpoint (update, SERVICE, LOAD, outside FROM)."""


class QueryTimeout(KGError):
    """A query that ran past its time limit and was stopped."""


class AuthoringError(KGError):
    """An authoring (YAML) document or an input text that cannot be used.

    The message lists every problem found, each with its line; :attr:`problems` holds them as
    ``(line, message)`` pairs for programs.
    """

    def __init__(self, message: str, problems: list | None = None):
        super().__init__(message)
        self.problems = list(problems or [])
