"""What every command shares: settings, output options, error handling, loading the graph."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import click

from ..errors import KGError

FORMAT_CHOICES = ("table", "csv", "tsv", "json")


@dataclass
class Settings:
    """Global options, and the graph once it is built (one build per invocation)."""

    data: str | None = None
    store: str | None = None
    _graph: object = field(default=None, repr=False)

    def graph(self):
        """The built graph (built on first use)."""
        if self._graph is None:
            from ..build import build

            self._graph = build(self.data, self.store)
        return self._graph


def output_options(formats=FORMAT_CHOICES, default="table"):
    """``--format`` and ``--output`` for commands that print a table."""

    def decorate(func):
        func = click.option("--output", "-o", "output", type=click.Path(dir_okay=False, writable=True), help="Write to this file (atomically) instead of standard output.")(func)
        func = click.option("--format", "-f", "fmt", type=click.Choice(formats), default=default, show_default=True, help="Output format.")(func)
        return func

    return decorate


def lang_option(func):
    """``--lang ko|en`` for label columns."""
    return click.option("--lang", type=click.Choice(["ko", "en"]), default="ko", show_default=True, help="Language of labels.")(func)


def emit(text: str, output: str | None) -> None:
    """Print *text*, or write it atomically to *output*."""
    if output:
        from ..fileio import write_atomic

        write_atomic(output, text)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=not text.endswith("\n"))


def handle_errors(func):
    """Turn :class:`kg.errors.KGError` into :class:`click.ClickException` (message, exit 1)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KGError as exc:
            raise click.ClickException(str(exc)) from None

    return wrapper


def settings() -> Settings:
    """The :class:`Settings` of the running command."""
    return click.get_current_context().find_object(Settings) or Settings()
