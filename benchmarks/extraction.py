"""Recall and precision of `scgov extract` on the evaluation texts (``python -m benchmarks.extraction``).

Sets (tests/fixtures/extract_eval/):
- ``eval/`` — 7 texts written with their gold lists BEFORE the extractor existed; never tuned on.
- ``dev/``  — 3 texts used while tuning.
- seeds     — the two seed press releases (sanity); gold = the organisations their curated
              documents in data/documents/ mention (schema:mentions).
- ``real/`` — real Korean news articles and press releases (2015–2026) found in public web
              copies, gold lists by annotators who never saw the extractor (``real/README.md``).
              Only the gold lists and the sources are committed, not the third-party texts: put
              them in ``real/texts/NN.txt`` (git-ignored) or point ``--texts DIR`` /
              ``$SCGOV_REAL_TEXTS`` at them (docs/collecting-texts.md fetches them back). Splits:
              ``real-dev`` … ``real-dev12`` and ``real-dev14`` (tuned on, each after its one held-out
              measurement), ``real-heldout6`` … ``real-heldout28`` (measured, then spent: tuned on and the
              name tagger's training data), ``real-heldout29`` … ``real-heldout37`` (measured, then tuned on,
              never trained on), ``real-heldout38`` … ``real-heldout41`` (read with the final code of stop 14,
              spent) and ``real-heldout42`` … ``real-heldout49`` (read at stop 16 with the code as landed and
              the final code, then tuned on: spent too). Figures: docs/authoring.md, "Measured quality".

Measures, per set:
- recall: gold organisations found — a known one resolved to its registry IRI, a new one proposed
  under its canonical name or one of its aliases;
- new-org precision: distinct proposed NEW organisations that are real organisations named in the
  text (any gold organisation, even one that should have resolved);
- overall precision: distinct organisations (known or new) that are in the gold list.
Variants: default; without the name tagger (``no-model``, kg/authoring/ner.py); without the built-in gazetteer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "extract_eval"
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"  # shared/ beside the checkout
SEED_DOCS = {"000_0ef6639a4301d71c.txt": "doc-2017-01-11-molit", "004_7901d7d42b4b1e9b.txt": "doc-2018-09-19-krihs"}


def _norm(s: str) -> str:
    from kg.names import normalize

    return normalize(s)


REAL = FIXTURES / "real"


def real_gold(text_id: str) -> list[dict]:
    """The gold list of real text ``text_id``."""
    return json.loads((REAL / "gold" / f"{text_id}.gold.json").read_text(encoding="utf-8"))


def real_texts_dir() -> Path:
    """Where the real texts are: ``$SCGOV_REAL_TEXTS``, else ``tests/fixtures/extract_eval/real/texts``."""
    import os

    return Path(os.environ.get("SCGOV_REAL_TEXTS") or REAL / "texts")


def load_set(name: str, store) -> list[tuple[str, Path, list[dict]]]:
    """(name, text path, gold) for every text of the set (real sets: only the texts that are present)."""
    if name == "seeds":
        return [(p, SEEDS / p, seed_gold(store, doc)) for p, doc in SEED_DOCS.items() if (SEEDS / p).exists()]
    if name.startswith("real-"):
        split = name[len("real-"):]
        sources = json.loads((REAL / "sources.json").read_text(encoding="utf-8"))
        texts = real_texts_dir()
        return [(src["id"], texts / f"{src['id']}.txt", real_gold(src["id"]))
                for src in sources if src["split"] == split and (texts / f"{src['id']}.txt").exists()]
    out = []
    for gold in sorted((FIXTURES / name).glob("*.gold.json")):
        text = gold.with_name(gold.name.replace(".gold.json", ".txt"))
        out.append((text.stem, text, json.loads(gold.read_text(encoding="utf-8"))))
    return out


def seed_gold(store, doc: str) -> list[dict]:
    from kg.authoring.extract import ORG_KINDS, known_from_store
    from kg.namespaces import SGR

    known = known_from_store(store)
    rows = store.query(f"SELECT ?e WHERE {{ <{SGR}{doc}> schema:mentions ?e }}".replace("schema:", "<https://schema.org/>").replace("<https://schema.org/>mentions", "<https://schema.org/mentions>")).rows
    out = []
    for (e,) in rows:
        if known.kinds.get(str(e)) in ORG_KINDS and known.kinds.get(str(e)) != "local-government":
            out.append({"name": known.labels.get(str(e), str(e)), "aliases": [], "entity": str(e)})
    return out


def score(draft, gold: list[dict]) -> dict:
    from kg.authoring.extract import ORG_KINDS

    orgs = [m for m in draft.mentions if m.kind in ORG_KINDS]
    found_known = {m.entity for m in orgs if m.entity}
    # a new organisation counts under its proposed label or any alias proposed with it (the gazetteer's
    # "한국지능정보사회진흥원, formerly 한국정보화진흥원" found for a text that names the old name)
    found_new = {_norm(n) for m in orgs if m.new for n in [m.label, *m.aliases]}
    all_names = set()
    for g in gold:
        all_names |= {_norm(n) for n in [g["name"], *g["aliases"]]}
    hits, missed = 0, []
    for g in gold:
        names = {_norm(n) for n in [g["name"], *g["aliases"]]}
        ok = g["entity"] in found_known if g["entity"] else bool(names & found_new)
        hits += ok
        if not ok:
            missed.append(g["name"])
    gold_iris = {g["entity"] for g in gold if g["entity"]}
    new_labels = {m.label for m in orgs if m.new}
    names_of = {}
    for m in orgs:
        if m.new:
            names_of.setdefault(m.label, set()).update(_norm(n) for n in [m.label, *m.aliases])
    new_real = {label for label in new_labels if names_of[label] & all_names}
    known_ok = {e for e in found_known if e in gold_iris}
    return {
        "gold": len(gold), "found": hits, "missed": missed,
        "new_proposed": len(new_labels), "new_real": len(new_real), "new_wrong": sorted(new_labels - new_real),
        "distinct": len(found_known) + len(new_labels), "distinct_ok": len(known_ok) + len(new_real),
        "known_wrong": sorted(found_known - gold_iris),
    }


def run(set_name: str, store, **kwargs) -> dict:
    from kg.authoring.extract import extract_file

    total = {"texts": 0, "gold": 0, "found": 0, "new_proposed": 0, "new_real": 0, "distinct": 0, "distinct_ok": 0}
    details = []
    for name, path, gold in load_set(set_name, store):
        result = score(extract_file(path, store, **kwargs), gold)
        total["texts"] += 1
        for k in total:
            if k != "texts":
                total[k] += result[k]
        details.append((name, result))
    total["recall"] = total["found"] / total["gold"] if total["gold"] else 0.0
    total["new_precision"] = total["new_real"] / total["new_proposed"] if total["new_proposed"] else 1.0
    total["precision"] = total["distinct_ok"] / total["distinct"] if total["distinct"] else 1.0
    total["details"] = details
    return total


VARIANTS = {"default": {}, "no-model": {"use_model": False}, "no-gazetteer": {"use_gazetteer": False}}


SETS = ("eval", "dev", "seeds", "real-dev", "real-dev2", "real-dev3", "real-dev4", "real-dev5", "real-dev6", "real-heldout6", "real-dev7", "real-dev8", "real-dev9", "real-dev10", "real-dev11", "real-dev12", "real-heldout13", "real-dev14", "real-heldout15", "real-heldout16", "real-heldout17", "real-heldout18", "real-heldout19", "real-heldout20", "real-heldout21", "real-heldout22", "real-heldout23", "real-heldout24", "real-heldout25", "real-heldout26", "real-heldout27", "real-heldout28", "real-heldout29", "real-heldout30", "real-heldout31", "real-heldout32", "real-heldout33", "real-heldout34", "real-heldout35", "real-heldout36", "real-heldout37", "real-heldout38", "real-heldout39", "real-heldout40", "real-heldout41", "real-heldout42", "real-heldout43", "real-heldout44", "real-heldout45", "real-heldout46", "real-heldout47", "real-heldout48", "real-heldout49")


def main(argv: list[str]) -> int:
    """``python -m benchmarks.extraction [-v] [--texts DIR] [--sets a,b]``: the table of every set and variant.

    ``-v`` lists what each text missed — for the sets you tune on; leave it off the held-out ones.
    """
    import argparse
    import os

    from kg.build import build

    p = argparse.ArgumentParser(prog="python -m benchmarks.extraction")
    p.add_argument("-v", action="store_true", help="per text: missed, wrong new, known not in gold")
    p.add_argument("--texts", help="folder of the real texts (NN.txt); default $SCGOV_REAL_TEXTS or real/texts/")
    p.add_argument("--sets", default=",".join(SETS), help=f"comma-separated, from {', '.join(SETS)}")
    p.add_argument("--min-confidence", type=float, help="the name tagger's least confidence (default: the extractor's)")
    args = p.parse_args(argv)
    extra = {} if args.min_confidence is None else {"min_confidence": args.min_confidence}
    if args.texts:
        os.environ["SCGOV_REAL_TEXTS"] = args.texts
    store = build()
    print(f"{'set':13} {'variant':13} {'texts':>5} {'recall':>15} {'new-org precision':>19} {'overall precision':>19}")
    for set_name in args.sets.split(","):
        for variant, kwargs in VARIANTS.items():
            r = run(set_name, store, **kwargs, **extra)
            if not r["texts"]:
                print(f"{set_name:13} {variant:13}     0  (no texts in {real_texts_dir()}: see {REAL / 'README.md'})")
                break
            print(f"{set_name:13} {variant:13} {r['texts']:>5} {r['recall']:6.1%} ({r['found']:>3}/{r['gold']:>3}) "
                  f"{r['new_precision']:9.1%} ({r['new_real']:>3}/{r['new_proposed']:>3}) {r['precision']:9.1%} ({r['distinct_ok']:>3}/{r['distinct']:>3})")
            if args.v and variant == "default":
                for name, d in r["details"]:
                    print(f"    {name}: missed {d['missed']}; wrong new {d['new_wrong']}; known not in gold {[k.rsplit('/', 1)[-1] for k in d['known_wrong']]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
