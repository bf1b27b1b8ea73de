"""Merge a helper's annotated batch into the real-text evaluation set (``python -m benchmarks.merge_batch DIR SPLIT``).

``DIR`` is the helper's batch folder (docs/collecting-texts.md): ``gold/ID.gold.json``, ``sources.json`` and
``NOTES.md``; the texts are in ``$SCGOV_REAL_TEXTS``. The command checks that no URL is already in the set and no id
clashes, that every text and gold file is there, then copies the gold lists, appends the sources (with their split
forced to ``SPLIT``), appends the notes to ``real/README.md`` and adds ``real-SPLIT`` to ``SETS`` in
``benchmarks/extraction.py``. Nothing is written when a check fails.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

from benchmarks.extraction import REAL, ROOT, real_texts_dir


def _url_key(url: str) -> str:
    """A URL without its scheme and trailing slash (``http://a.kr/x/`` and ``https://a.kr/x`` are one page).

    >>> _url_key("http://a.kr/x/") == _url_key("https://a.kr/x")
    True
    """
    return url.rstrip("/").split("://", 1)[-1]


def problems(batch: Path, sources: list[dict], new: list[dict]) -> list[str]:
    """Everything that stops the merge (empty when it may go ahead)."""
    used = {_url_key(s["url"]) for s in sources}
    ids = {s["id"] for s in sources}
    out = []
    for s in new:
        if _url_key(s["url"]) in used:
            out.append(f"{s['id']}: URL already in the set ({s['url']})")
        if s["id"] in ids:
            out.append(f"{s['id']}: id already in the set")
        if not (batch / "gold" / f"{s['id']}.gold.json").exists():
            out.append(f"{s['id']}: no gold file")
        if not (real_texts_dir() / f"{s['id']}.txt").exists():
            out.append(f"{s['id']}: no text in {real_texts_dir()}")
    return out


def merge(batch: Path, split: str) -> int:
    sources = json.loads((REAL / "sources.json").read_text(encoding="utf-8"))
    new = json.loads((batch / "sources.json").read_text(encoding="utf-8"))
    found = problems(batch, sources, new)
    if found:
        print("\n".join(found), file=sys.stderr)
        return 1
    for s in new:
        s["split"] = split
        shutil.copy(batch / "gold" / f"{s['id']}.gold.json", REAL / "gold" / f"{s['id']}.gold.json")
    (REAL / "sources.json").write_text(json.dumps(sources + new, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with open(REAL / "README.md", "a", encoding="utf-8") as f:
        f.write("\n\n" + (batch / "NOTES.md").read_text(encoding="utf-8").strip() + "\n")
    bench = ROOT / "benchmarks" / "extraction.py"
    text = bench.read_text(encoding="utf-8")
    if f'"real-{split}"' not in text:
        bench.write_text(re.sub(r"(SETS = \(.*?)\)\n", lambda m: m.group(1) + f', "real-{split}")\n', text, count=1), encoding="utf-8")
    orgs = sum(len(json.loads((batch / "gold" / f"{s['id']}.gold.json").read_text(encoding="utf-8"))) for s in new)
    print(f"merged {len(new)} texts, {orgs} organisations as {split}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.splitlines()[0])
    sys.exit(merge(Path(sys.argv[1]), sys.argv[2]))
