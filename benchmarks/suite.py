"""The named-query workload: every named query with parameters picked from the graph itself.

The store benchmark (:mod:`benchmarks.stores`), the umbrella benchmark (``python -m benchmarks``)
and the cross-backend store tests (``tests/store/``) run exactly these parameter sets, on a
graph written by :mod:`kg.synth` (or the seed data). Nothing here knows a synthetic name: the
parameters are the answers of the small queries in ``benchmarks/sparql/`` — the two
organisations with the most event participations (the hubs), a peripheral one, the council with
the most members, the task force with the most subcommittees, the largest event the top hub
attended, the organisation party to most agreements, the largest agreement and programme, a designated zone, a person with a post, a
reorganised organisation.

Entities are passed the way a user passes them: the top hub by its Korean name when that name
resolves to it alone (so name resolution is exercised), the others as prefixed names
(``sgr:…``), since synthetic labels may repeat.

Examples
--------
>>> from kg.build import build
>>> from kg.catalog import named_queries
>>> params = suite_params(build())          # the seed data
>>> sorted(params) == sorted(named_queries())
True
>>> params["list_members"][1]["body"].startswith("sgr:")
True
"""

from __future__ import annotations

from pathlib import Path

SPARQL = Path(__file__).resolve().parent / "sparql"


def pick(store, name: str, limit: int = 1, **bindings) -> list[str]:
    """The ``?value`` column of ``benchmarks/sparql/<name>.rq`` on *store* (IRIs as strings)."""
    from rdflib import URIRef

    text = (SPARQL / f"{name}.rq").read_text(encoding="utf-8")
    res = store.query(text, {k: URIRef(v) for k, v in bindings.items()})
    col = res.vars.index("value")
    return [str(row[col]) for row in res.rows[:limit] if row[col] is not None]


def picks(store) -> dict[str, str | None]:
    """The entities the workload is about (IRIs; ``None`` where the graph has no such thing)."""
    top = pick(store, "top_participants", 2)
    hub = top[0] if top else None
    out = {
        "hub": hub,
        "hub2": top[1] if len(top) > 1 else None,
        "quiet": next(iter(pick(store, "quiet_participant")), None),
        "council": next(iter(pick(store, "largest_council")), None),
        "taskforce": next(iter(pick(store, "largest_taskforce")), None),
        "lead": next(iter(pick(store, "subcommittee_lead")), None),
        "event": next(iter(pick(store, "largest_event_of", org=hub)), None) if hub else None,
        "party": next(iter(pick(store, "top_party")), None),
        "agreement": next(iter(pick(store, "largest_agreement")), None),
        "programme": next(iter(pick(store, "largest_programme")), None),
        "zone": next(iter(pick(store, "designated_zone")), None),
        "person": next(iter(pick(store, "person_of", org=hub)), None) if hub else None,
        "predecessor": next(iter(pick(store, "predecessor")), None),
    }
    return out


def _name(store, iri: str) -> str:
    """The Korean label of *iri* when it names *iri* alone, else its prefixed name."""
    from kg.errors import ResolutionError
    from kg.names import name_index
    from kg.namespaces import shorten

    index = name_index(store)
    label = index.label(iri, "ko")
    try:
        if index.resolve(label) == iri:
            return label
    except ResolutionError:
        pass
    return shorten(iri)


def suite_params(store) -> dict[str, list[dict]]:
    """Named query → parameter sets (``{param: name}``) for the graph in *store*.

    Every named query gets at least one set; a set whose entity the graph lacks is left out.
    ``list_evidence`` is run for the two hubs together and for the peripheral actor alone
    (``?a`` alone on a hub returns every affiliation × co-participant: millions of rows at
    national scale).
    """
    from kg.namespaces import shorten

    p = picks(store)
    s = {k: (shorten(v) if v else None) for k, v in p.items()}
    hub = _name(store, p["hub"]) if p["hub"] else None

    def sets(*candidates):
        return [c for c in candidates if all(v is not None for v in c.values())]

    return {
        "count_organizations_by_sector": [{}],
        "describe_organization": sets({"org": hub}, {"org": s["council"]}),
        "list_agreement_parties": sets({}, {"party": s["party"]}, {"agreement": s["agreement"]}),
        "list_event_roles": sets({}, {"role": "sgr:role-organiser"}, {"org": hub, "event": s["event"]}),
        "list_evidence": sets({"a": hub, "b": s["hub2"]}, {"a": s["quiet"]}),
        "list_members": sets({}, {"body": s["council"]}, {"member": s["hub2"]}),
        "list_people_posts": sets({}, {"org": hub}, {"person": s["person"]}),
        "list_programs": sets({}, {"org": hub}, {"program": s["programme"]}),
        "list_reorganizations": sets({}, {"predecessor": s["predecessor"]}),
        "list_special_zones": sets({}, {"zone": s["zone"]}),
        "list_subcommittees": sets({}, {"taskforce": s["taskforce"]}, {"lead": s["lead"]}),
    }


def workload(store) -> list[tuple[str, dict]]:
    """``(query name, params)`` for every set of :func:`suite_params`, in a stable order."""
    return [(name, params) for name, sets in suite_params(store).items() for params in sets]
