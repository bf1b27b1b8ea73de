"""Check local copies of the real texts: ``python -m benchmarks.check_texts [--texts DIR] [ID ...]``.

For each text (default: every id in ``sources.json``) it prints ``OK n/n``, ``MISSING k of n`` (how many of the
names its gold list gives — name or an alias, white space ignored — do not occur in the copy: the copy is
probably not exact, fetch it again) or ``NO FILE``. It never prints the names, so a helper fetching texts back
can run it without reading the gold. docs/collecting-texts.md says how texts are fetched and collected.
"""

from __future__ import annotations

import json
import os
import re
import sys

from benchmarks.extraction import REAL, real_gold, real_texts_dir


def check(text: str, gold: list[dict]) -> int:
    """How many gold organisations have no name or alias in ``text`` (white space ignored).

    >>> check("국토 교통부와 LH가", [{"name": "국토교통부", "aliases": []}, {"name": "한국토지주택공사", "aliases": ["LH"]}])
    0
    """
    flat = re.sub(r"\s+", "", text)
    return sum(1 for g in gold if not any(re.sub(r"\s+", "", n) in flat for n in [g["name"], *g.get("aliases", [])]))


def main(argv: list[str]) -> int:
    import argparse

    p = argparse.ArgumentParser(prog="python -m benchmarks.check_texts")
    p.add_argument("--texts", help="folder of the real texts (NN.txt)")
    p.add_argument("ids", nargs="*")
    args = p.parse_args(argv)
    if args.texts:
        os.environ["SCGOV_REAL_TEXTS"] = args.texts
    ids = args.ids or [s["id"] for s in json.loads((REAL / "sources.json").read_text(encoding="utf-8"))]
    bad = 0
    for i in ids:
        path = real_texts_dir() / f"{i}.txt"
        if not path.exists():
            print(i, "NO FILE")
            continue
        try:
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            print(i, "NOT UTF-8")
            bad += 1
            continue
        gold = real_gold(i)
        missing = check(text, gold)
        bad += bool(missing)
        print(i, f"OK {len(gold)}/{len(gold)}" if not missing else f"MISSING {missing} of {len(gold)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
