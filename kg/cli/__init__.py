"""The ``scgov`` command line: a thin layer over :mod:`kg.api`.

Command modules are imported only when used (see :data:`COMMANDS`), so ``scgov --help`` starts
fast; they import nothing heavy at module level either.
"""

from __future__ import annotations

import importlib

import click

from .common import Settings

#: command name → "module:attribute" (relative to kg.cli), loaded on first use.
COMMANDS: dict[str, str] = {
    "build": "graph_cmds:build_cmd",
    "validate": "graph_cmds:validate_cmd",
    "query": "query_cmds:query_group",
    "add": "authoring_cmds:add_cmd",
    "extract": "authoring_cmds:extract_cmd",
    "network": "network_cmds:network_group",
    "export": "export_cmds:export_cmd",
    "report": "report_cmds:report_cmd",
    "viz": "viz_cmds:viz_cmd",
    "serve": "serve_cmds:serve_cmd",
    "synth": "synth_cmds:synth_cmd",
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on demand."""

    def __init__(self, *args, lazy: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx, name):
        if name in self.lazy:
            module, attr = self.lazy[name].split(":")
            return getattr(importlib.import_module(f"{__name__}.{module}"), attr)
        return super().get_command(ctx, name)

    def resolve_command(self, ctx, args):
        from ..catalog import unknown_message

        name = args[0] if args else None
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            raise click.UsageError(unknown_message("command", name, self.list_commands(ctx)), ctx)
        return super().resolve_command(ctx, args)


@click.group(cls=LazyGroup, lazy=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data", "data", envvar="SCGOV_DATA", type=click.Path(file_okay=False), help="Data directory laid out like data/ (env SCGOV_DATA). Default: the shipped data.")
@click.option(
    "--store", "store", envvar="SCGOV_STORE", metavar="SPEC",
    help="Where the graph lives: memory (rdflib) | oxigraph (default, in memory) | oxigraph:PATH (on disk, reused "
    "until the data changes) | sparql+http(s)://HOST/PATH?update=…&graph=…&user=… (a SPARQL 1.1 server; password "
    "in $SCGOV_SPARQL_PASSWORD). See docs/stores.md. Env SCGOV_STORE.",
)
@click.version_option(package_name="scgov-kg", prog_name="scgov")
@click.pass_context
def cli(ctx, data, store):
    """scgov — the knowledge graph of Korea's smart-city governance network.

    \b
    Example:
      scgov build
      scgov query list_subcommittees --lang en
    """
    ctx.obj = Settings(data=data, store=store)


def main():  # pragma: no cover - console entry point
    """Console entry point."""
    cli(prog_name="scgov")
