"""Worker processes that run queries and can be stopped: the time limit that really stops work.

Neither rdflib nor Oxigraph can interrupt a running query, so every query runs in a worker
process that loaded the store once; a query past its time limit gets its worker killed and a
fresh one started in the background. Several workers serve several clients at once, so one
slow query does not hold up the others.
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass

from ..errors import QueryTimeout, StoreError

READY_TIMEOUT = 600.0  # building a big graph in a fresh worker can take a while


@dataclass
class Job:
    """One request for a worker: a SPARQL text or a named query, and how to write the answer."""

    kind: str  # "sparql" or "named"
    fmt: str  # json, xml, csv, tsv, turtle, nt, jsonld
    max_rows: int
    text: str = ""
    name: str = ""
    params: dict | None = None
    lang: str = "ko"


@dataclass
class Answer:
    """A worker's reply: a serialised body, or an error (class name and message)."""

    body: bytes = b""
    rows: int = 0
    truncated: bool = False
    error: str | None = None
    message: str = ""


class WorkerPool:
    """*size* worker processes, each with the graph built from *data* into *store* (a spec)."""

    def __init__(self, data, store: str | None, size: int = 2):
        import multiprocessing

        self.data = None if data is None else str(data)
        self.store = store
        self.size = max(1, int(size))
        self._ctx = multiprocessing.get_context("spawn")  # the server has threads: never fork it
        self._idle: queue.Queue = queue.Queue()
        self._all: set = set()
        self._lock = threading.Lock()
        self._closed = False
        self.restarts = 0
        for _ in range(self.size):
            self._idle.put(self._spawn())

    def _spawn(self):
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child, self.data, self.store), daemon=True, name="scgov-query-worker")
        proc.start()
        child.close()
        if not parent.poll(READY_TIMEOUT):
            proc.kill()
            raise StoreError(f"a query worker did not get ready within {READY_TIMEOUT:g} s")
        try:
            status = parent.recv()
        except EOFError:
            proc.join(5)
            raise StoreError("a query worker died while loading the graph") from None
        if status != "ready":
            proc.kill()
            raise StoreError(f"a query worker could not load the graph: {status}")
        worker = (proc, parent)
        with self._lock:
            self._all.add(worker)
        return worker

    def _respawn(self) -> None:
        try:
            worker = self._spawn()
        except StoreError:
            return
        if self._closed:
            _stop(worker)
            return
        self._idle.put(worker)

    def run(self, job: Job, timeout: float) -> Answer:
        """Run *job* in a free worker; :class:`QueryTimeout` when it takes longer than *timeout* s.

        Waiting for a free worker is bounded by *timeout* too (every worker busy with slow
        queries): then also :class:`QueryTimeout`, and nothing was run.
        """
        start = time.monotonic()
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryTimeout(f"every query worker stayed busy for {timeout:g} s; try again later") from None
        proc, conn = worker
        try:
            conn.send(job)
            if conn.poll(timeout):
                answer = conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError, BrokenPipeError):
            self._discard(worker)
            raise StoreError("the query worker stopped unexpectedly; it is being restarted") from None
        self._discard(worker)
        waited = time.monotonic() - start
        raise QueryTimeout(f"query stopped after {waited:.1f} s: the time limit is {timeout:g} s. Narrow the query (LIMIT, parameters) or start the server with a longer --timeout.")

    def _discard(self, worker) -> None:
        with self._lock:
            self._all.discard(worker)
        _stop(worker)
        self.restarts += 1
        if not self._closed:
            threading.Thread(target=self._respawn, daemon=True).start()

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            _stop(worker)


def _stop(worker) -> None:
    proc, conn = worker
    try:
        conn.close()
    except OSError:
        pass
    if proc.is_alive():
        proc.kill()
    proc.join(5)


def _worker_main(conn, data, store_spec) -> None:  # pragma: no cover - runs in a child process
    """Load the graph once, then answer jobs until the pipe closes."""
    try:
        from ..build import build
        from ..store import open_store

        store = build(data, open_store(store_spec, read_only=_persistent(store_spec)))
        conn.send("ready")
    except Exception as exc:  # report any failure to the parent, which shows it
        conn.send(f"{type(exc).__name__}: {exc}")
        return
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(execute(store, job))


def _persistent(spec: str | None) -> bool:
    import os

    from ..store import DEFAULT_STORE, ENV_STORE

    spec = spec or os.environ.get(ENV_STORE) or DEFAULT_STORE
    return spec.startswith("oxigraph:") and len(spec) > len("oxigraph:")


def execute(store, job: Job) -> Answer:
    """Run *job* on *store* and serialise the answer (at most ``job.max_rows`` rows or triples)."""
    from ..errors import KGError

    try:
        if job.kind == "named":
            from ..query import run_named

            result = run_named(store, job.name, job.params or {}, lang=job.lang)
        else:
            result = store.query(job.text)
        truncated = False
        if result.kind == "select":
            count = len(result.rows)
            if job.max_rows and count > job.max_rows:
                result.rows = result.rows[: job.max_rows]
                truncated = True
        elif result.kind == "graph":
            count = len(result.graph)
            if job.max_rows and count > job.max_rows:
                from rdflib import Graph

                kept = Graph()
                for i, t in enumerate(result.graph):
                    if i >= job.max_rows:
                        break
                    kept.add(t)
                result.graph = kept
                truncated = True
        else:
            count = 1
        return Answer(body=write(result, job.fmt).encode("utf-8"), rows=min(count, job.max_rows or count), truncated=truncated)
    except KGError as exc:
        return Answer(error=type(exc).__name__, message=str(exc))
    except Exception as exc:  # an engine failure must not kill the worker
        return Answer(error="StoreError", message=f"query failed: {type(exc).__name__}: {exc}")


def write(result, fmt: str) -> str:
    """*result* in the wire format *fmt*."""
    from ..results import to_csv, to_sparql_json, to_sparql_xml, to_tsv

    if result.kind == "graph":
        rdf = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt]
        return result.graph.serialize(format=rdf)
    return {"json": to_sparql_json, "xml": to_sparql_xml, "csv": to_csv, "tsv": to_tsv}[fmt](result)
