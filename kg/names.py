"""Names of entities: labels for display and resolution of what users type.

Users name things the way the documents do — ``국토부``, ``MOLIT``, ``국토교통부``,
``과학기술 정보통신부`` — or by IRI (``<https://…>``) or prefixed name (``sgr:molit``).
:class:`NameIndex` turns any of these into the one entity meant, or says which it could be.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from .errors import ResolutionError
from .namespaces import expand_curie, shorten
from .resources import sparql_dir


def normalize(name: str) -> str:
    """The key used to match names: NFKC, case-folded, without white space.

    Examples
    --------
    >>> normalize("과학기술 정보통신부") == normalize("과학기술정보통신부")
    True
    >>> normalize(" MOLIT ") == normalize("molit")
    True
    """
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


@dataclass
class NameIndex:
    """Preferred labels by language and every name → entities."""

    pref: dict[tuple[str, str], str] = field(default_factory=dict)
    keys: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    shown: dict[str, str] = field(default_factory=dict)

    def add(self, entity: str, label: str, lang: str | None, preferred: bool, *, resolvable: bool = True) -> None:
        """Record one name of *entity* (a display-only name is shown but does not resolve)."""
        if preferred and lang:
            # Two preferred labels in one language break the data model; pick one deterministically
            # (the smallest), so every store shows the same label whatever order it returns rows in.
            current = self.pref.get((entity, lang))
            if current is None or label < current:
                self.pref[(entity, lang)] = label
        key = normalize(label)
        if key and resolvable:
            self.keys[key].add(entity)
            if key not in self.shown or label < self.shown[key]:
                self.shown[key] = label

    def label(self, entity: str, lang: str = "ko") -> str:
        """The preferred label of *entity* in *lang*, else in the other language, else its short IRI.

        Examples
        --------
        >>> idx = NameIndex(); idx.add("https://w3id.org/scgov/id/molit", "국토교통부", "ko", True)
        >>> idx.label("https://w3id.org/scgov/id/molit", "en")
        '국토교통부'
        """
        for code in (lang, "ko", "en"):
            if (entity, code) in self.pref:
                return self.pref[(entity, code)]
        return shorten(entity)

    def resolve(self, value: str) -> str:
        """The IRI of the entity *value* names; :class:`ResolutionError` if none or several.

        Examples
        --------
        >>> idx = NameIndex()
        >>> idx.add("https://w3id.org/scgov/id/molit", "국토교통부", "ko", True)
        >>> idx.add("https://w3id.org/scgov/id/molit", "국토부", "ko", False)
        >>> idx.resolve("국토부")
        'https://w3id.org/scgov/id/molit'
        >>> idx.resolve("국토교통")
        Traceback (most recent call last):
        ...
        kg.errors.ResolutionError: no entity named '국토교통'. Closest names: 국토교통부, 국토부
        """
        value = value.strip()
        if value.startswith("<") and value.endswith(">"):
            return value[1:-1]
        if value.startswith(("http://", "https://", "urn:")):
            return value
        curie = expand_curie(value)
        if curie:
            return curie
        found = self.keys.get(normalize(value), set())
        if len(found) == 1:
            return next(iter(found))
        if found:
            options = "; ".join(f"{self.label(e)} ({shorten(e)})" for e in sorted(found))
            raise ResolutionError(f"{value!r} names more than one entity: {options}. Use the IRI or prefixed name.")
        close = difflib.get_close_matches(normalize(value), list(self.keys), n=5, cutoff=0.4)
        close += [k for k in self.keys if normalize(value) in k and k not in close][: 5 - len(close)]
        hint = f" Closest names: {', '.join(self.shown[k] for k in close)}" if close else ""
        raise ResolutionError(f"no entity named {value!r}.{hint}")


def name_index(store) -> NameIndex:
    """The :class:`NameIndex` of *store* (built once per store and cached)."""
    cached = store.cache.get("names")
    if cached is None:
        text = (sparql_dir() / "names.rq").read_text(encoding="utf-8")
        cached = NameIndex()
        for entity, label, use in store.query(text).rows:
            use = str(use)
            cached.add(str(entity), str(label), getattr(label, "language", None), use != "alt", resolvable=use != "display")
        store.cache["names"] = cached
    return cached
