"""``scgov serve``: a read-only SPARQL 1.1 Protocol endpoint with a query page."""

from __future__ import annotations

import click

from .common import handle_errors, settings


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback unless you say otherwise).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free port).")
@click.option("--store", "store", default=None, help="Store to serve (overrides the global --store).")
@click.option("--timeout", default=5.0, show_default=True, type=click.FloatRange(0.1), help="Seconds a query may run before it is stopped (HTTP 503).")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(1), help="Rows (or triples) per answer; more are cut and flagged X-SCGOV-Truncated: true.")
@click.option("--workers", default=3, show_default=True, type=click.IntRange(1, 64), help="Query worker processes (each holds the graph).")
@handle_errors
def serve_cmd(host, port, store, timeout, max_rows, workers):
    """Serve the graph as a read-only SPARQL endpoint at /sparql, with a query page at /.

    \b
    Example:
      scgov serve --port 8000
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s a sg:Ministry }' http://127.0.0.1:8000/sparql
    """
    from ..server.app import ServerConfig, make_server

    opts = settings()
    config = ServerConfig(host=host, port=port, data=opts.data, store=store or opts.store, timeout=timeout, max_rows=max_rows, workers=workers)
    server = make_server(config)
    bound_host, bound_port = server.server_address[:2]
    click.echo(f"Serving SPARQL at http://{bound_host}:{bound_port}/sparql (page: http://{bound_host}:{bound_port}/); Ctrl+C stops.", err=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: reachable from other machines", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.pool.close()
