"""A statistical tagger of organisation names in Korean text: a character-level CRF (python-crfsuite).

The rules in :mod:`kg.authoring.orgpatterns` find the naming patterns they were written for; on texts they
were not tuned on they miss one organisation in four (docs/authoring.md, "Measured quality"). This tagger
learns the shape of organisation names from the annotated real texts instead: every character gets a label
``B`` (first character of an organisation's name), ``I`` (inside one) or ``O``, from features of the
characters around it and of the word it is in. The extractor proposes what the tagger finds only where the
rules found nothing (``source="model"``).

The model file, ``ner.crfsuite`` beside this module, is trained by ``python -m benchmarks.train_ner`` on the
real texts of the *tuning* splits only (their gold lists say where the names are); the held-out splits are
never used. With no model file the tagger finds nothing and the extractor is the rules alone.

Examples
--------
>>> char_features("LH와", 0)[:3]
['c=L', 't=A', 'c-1=^']
>>> labels_for("국토부와 LH가", [(0, 3), (5, 7)])
['B', 'I', 'I', 'O', 'O', 'B', 'I', 'O']
>>> spans_from_labels(['B', 'I', 'I', 'O', 'O', 'B', 'I', 'O'])
[(0, 3), (5, 7)]
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

MODEL = Path(__file__).with_name("ner.crfsuite")

#: Endings of a word that follow a name (particles): the word's stem is what a name ends in. The tagger's own
#: list, not lexicon._PARTICLES: the shipped model was trained with these features, so a change means retraining.
_PARTICLES = ("에서는", "으로는", "에서", "으로", "와의", "과의", "에게", "과", "와", "은", "는", "이", "가", "을", "를", "의",
              "에", "도", "로", "만")


def _ctype(ch: str) -> str:
    if "가" <= ch <= "힣":
        return "H"
    if ch.isascii() and ch.isalpha():
        return "A"
    if ch.isdigit():
        return "D"
    if ch.isspace():
        return "S"
    return "P"


def _stem(word: str) -> str:
    for p in _PARTICLES:
        if word.endswith(p) and len(word) > len(p) + 1:
            return word[: -len(p)]
    return word


def _words(text: str) -> list[tuple[int, int]]:
    """(start, end) of every white-space separated word of ``text``, in order."""
    words, i = [], 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        j = i
        while j < len(text) and not text[j].isspace():
            j += 1
        words.append((i, j))
        i = j
    return words


def _features(text: str, i: int, word: tuple[int, int] | None, prev: str, nxt: str) -> list[str]:
    """The features of character ``i``: the characters around it, their types, its word (``None`` for a
    space) and the words before and after that one (``""`` when there is none)."""
    def c(k: int) -> str:
        return text[k] if 0 <= k < len(text) else ("^" if k < 0 else "$")

    feats = [f"c={c(i)}", f"t={_ctype(c(i))}", f"c-1={c(i - 1)}", f"c+1={c(i + 1)}", f"c-2={c(i - 2)}", f"c+2={c(i + 2)}",
             f"b-={c(i - 1)}{c(i)}", f"b+={c(i)}{c(i + 1)}", f"tri={c(i - 1)}{c(i)}{c(i + 1)}",
             f"t3={_ctype(c(i - 1))}{_ctype(c(i))}{_ctype(c(i + 1))}"]
    if word is not None:
        a, b = word
        w = text[a:b]
        stem = _stem(w)
        pos = i - a
        feats += [f"wpos={'B' if pos == 0 else 'E' if pos == len(stem) - 1 else 'X' if pos >= len(stem) else 'I'}",
                  f"suf2={stem[-2:]}", f"suf1={stem[-1:]}", f"pre2={stem[:2]}", f"part={w[len(stem):]}",
                  f"wlen={min(len(stem), 8)}"]
        # the words around: a name often runs over two or three words (국가스마트도시위원회 / 스마트시티 특별위원회)
        if nxt:
            feats.append(f"nsuf={_stem(nxt)[-2:]}")
        if prev:
            feats.append(f"psuf={_stem(prev)[-2:]}")
    return feats


def text_features(text: str) -> list[list[str]]:
    """Features of every character of ``text`` (each word and its neighbours are found once: linear time)."""
    words = _words(text)
    word_of: list[int | None] = [None] * len(text)
    for n, (a, b) in enumerate(words):
        word_of[a:b] = [n] * (b - a)
    out = []
    for i, n in enumerate(word_of):
        if n is None:
            out.append(_features(text, i, None, "", ""))
        else:
            prev = text[slice(*words[n - 1])] if n else ""
            nxt = text[slice(*words[n + 1])] if n + 1 < len(words) else ""
            out.append(_features(text, i, words[n], prev, nxt))
    return out


def char_features(text: str, i: int) -> list[str]:
    """The features of character ``i`` of ``text`` (as :func:`text_features` gives them for the whole text)."""
    return text_features(text)[i]


def labels_for(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """``B``/``I``/``O`` for every character, from the spans of the names (non-overlapping)."""
    labels = ["O"] * len(text)
    for a, b in spans:
        labels[a] = "B"
        for k in range(a + 1, b):
            labels[k] = "I"
    return labels


def spans_from_labels(labels: list[str]) -> list[tuple[int, int]]:
    """The (start, end) spans that ``B``/``I`` labels mark."""
    spans, start = [], None
    for i, lab in enumerate(labels + ["O"]):
        if lab != "I" and start is not None:
            spans.append((start, i))
            start = None
        if lab == "B":
            start = i
    return spans


@lru_cache(maxsize=1)
def _tagger(path: str):
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


#: The least confidence (the smallest marginal probability of a span's labels) of a name that is proposed.
MIN_CONFIDENCE = 0.97


def find_names(text: str, model: Path | None = None, min_confidence: float | None = None) -> list[tuple[int, int]]:
    """Spans of the organisation names the model tags in ``text`` (none when there is no model file).

    Lines are tagged one at a time (a name never runs over a line break); a span is trimmed of
    surrounding spaces and punctuation, and kept when the tagger is at least ``min_confidence`` sure of
    every label in it (default :data:`MIN_CONFIDENCE`; :func:`scored_names` gives the scores).
    """
    least = MIN_CONFIDENCE if min_confidence is None else min_confidence
    return [(a, b) for a, b, p in scored_names(text, model) if p >= least]


def scored_names(text: str, model: Path | None = None) -> list[tuple[int, int, float]]:
    """``(start, end, confidence)`` of every name the model tags in ``text``."""
    model = model or MODEL
    if not model.exists() or not text:
        return []
    tagger = _tagger(str(model))
    found = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            labels = tagger.tag(text_features(line))
            for a, b in spans_from_labels(labels):
                conf = min(tagger.marginal(labels[k], k) for k in range(a, b))
                if b < len(line):
                    conf = min(conf, tagger.marginal(labels[b], b))
                while a < b and not line[a].isalnum():
                    a += 1
                while b > a and not line[b - 1].isalnum() and line[b - 1] not in ")":
                    b -= 1
                if b - a >= 2:
                    found.append((pos + a, pos + b, conf))
        pos += len(line) + 1
    return found


def train(examples: list[tuple[str, list[tuple[int, int]]]], path: Path, *, c1: float = 0.05, c2: float = 0.01,
          iterations: int = 150, minfreq: int = 2) -> None:
    """Train a model on ``(text, name spans)`` examples and write it to ``path`` (line by line, like tagging)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for text, spans in examples:
        labels = labels_for(text, spans)
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                trainer.append(text_features(line), labels[pos:pos + len(line)])
            pos += len(line) + 1
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.minfreq": minfreq,
                        "feature.possible_transitions": True})
    trainer.train(str(path))
    _tagger.cache_clear()
