"""Train the organisation-name tagger (``kg/authoring/ner.crfsuite``) on the real texts of the tuning splits.

``python -m benchmarks.train_ner [--texts DIR] [--cv K] [--out PATH] [--splits a,b]``

Training data: every real text of a tuning split (``dev``, ``dev2`` …) or of a spent held-out one (``SPENT``: read
once with final code, so no longer a fair measure; never the later held-out batches 29-41) that is present in
``$SCGOV_REAL_TEXTS`` (or ``--texts``), with the names of its gold organisations (official name and aliases)
marked wherever they occur (white space ignored), longest first. ``--cv K`` instead reports K-fold
cross-validated span recall and precision of the tagger alone and writes nothing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from benchmarks.extraction import REAL, real_gold, real_texts_dir


#: Held-out batches already read with final code: spent, so they are training material now. The batches after
#: them (29-41) are the held-out measure of the shipped model (29-37 tuned on, 38-41 read only) and are not trained on.
SPENT = ("heldout6", "heldout13", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21",
         "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28")


def tuning_ids(splits: tuple[str, ...] | None = None) -> list[str]:
    """Ids of the real texts on the given splits (default: the tuning splits ``dev…`` and the spent held-out ones)."""
    sources = json.loads((REAL / "sources.json").read_text(encoding="utf-8"))
    return [s["id"] for s in sources
            if (s["split"] in splits if splits else s["split"].startswith("dev") or s["split"] in SPENT)]


def name_spans(text: str, gold: list[dict]) -> list[tuple[int, int]]:
    """Non-overlapping spans of the gold names and aliases in ``text``, longest names first, white space
    ignored (a gold ``스마트시티 특별위원회`` marks ``스마트시티특별위원회`` too: an unmarked name is a
    wrong ``O`` label). A span never starts or ends inside an ASCII word (``LH`` is not marked in ``LHI``).

    >>> name_spans("국토 교통부와 LHI, LH", [{"name": "국토교통부", "aliases": ["LH"]}])
    [(0, 6), (13, 15)]
    """
    flat, origin = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            flat.append(ch)
            origin.append(i)
    flat = "".join(flat)
    names = sorted({"".join(n.split()) for g in gold for n in [g["name"], *g.get("aliases", [])]}, key=len, reverse=True)
    taken = [False] * len(flat)
    spans = []
    for n in (n for n in names if len(n) >= 2):
        start = flat.find(n)
        while start >= 0:
            end = start + len(n)
            a, b = origin[start], origin[end - 1] + 1
            before = text[a - 1] if a else " "
            after = text[b] if b < len(text) else " "
            inside_word = n.isascii() and (before.isalnum() and before.isascii() or after.isalnum() and after.isascii())
            if not inside_word and not any(taken[start:end]) and "\n" not in text[a:b]:
                spans.append((a, b))
                for k in range(start, end):
                    taken[k] = True
            start = flat.find(n, end)
    return sorted(spans)


def examples(ids: list[str]) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(id, text, spans) for the ids whose text is present."""
    out = []
    for i in ids:
        path = real_texts_dir() / f"{i}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        gold = real_gold(i)
        out.append((i, text, name_spans(text, gold)))
    return out


def cross_validate(data, k: int) -> tuple[int, int, int]:
    """(gold spans, predicted spans, exact matches) over k folds."""
    import tempfile

    from kg.authoring import ner

    gold_n = pred_n = hit = 0
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(k):
            train = [(t, s) for j, (_, t, s) in enumerate(data) if j % k != fold]
            model = Path(tmp) / f"fold{fold}.crfsuite"
            ner.train(train, model)
            for j, (_, text, spans) in enumerate(data):
                if j % k == fold:
                    pred = set(ner.find_names(text, model))
                    gold_n += len(spans)
                    pred_n += len(pred)
                    hit += len(pred & set(spans))
            ner._tagger.cache_clear()
    return gold_n, pred_n, hit


def main(argv: list[str]) -> int:
    import argparse
    import os

    from kg.authoring import ner

    p = argparse.ArgumentParser(prog="python -m benchmarks.train_ner")
    p.add_argument("--texts", help="folder of the real texts (NN.txt)")
    p.add_argument("--cv", type=int, default=0, help="K-fold cross-validation only; writes nothing")
    p.add_argument("--out", default=str(ner.MODEL))
    p.add_argument("--splits", help="comma-separated splits to train on (default: dev… and the spent held-out ones)")
    args = p.parse_args(argv)
    if args.texts:
        os.environ["SCGOV_REAL_TEXTS"] = args.texts
    data = examples(tuning_ids(tuple(args.splits.split(",")) if args.splits else None))
    print(f"{len(data)} texts, {sum(len(s) for _, _, s in data)} name occurrences")
    if not data:
        return 1
    if args.cv:
        g, pr, h = cross_validate(data, args.cv)
        print(f"{args.cv}-fold: span recall {h / g:.1%} ({h}/{g}), precision {h / pr:.1%} ({h}/{pr})")
        return 0
    tmp = Path(args.out).with_suffix(".tmp")
    ner.train([(t, s) for _, t, s in data], tmp)
    tmp.replace(args.out)
    print(f"wrote {args.out} ({Path(args.out).stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
