"""YAML loading that remembers where every value came from.

PyYAML's composer gives nodes with ``start_mark.line``; we turn them into plain Python values
(:class:`LMap` / :class:`LList` / :class:`LStr`) that carry their 1-based line. Every scalar stays a
string (no implicit typing: ``2018-09-19`` is not turned into a date, ``no`` not into ``False``),
except explicit nulls (``~``, ``null``, empty), which become ``None``.

Examples
--------
>>> doc = load_yaml("a: 1\\nb:\\n  - x\\n  - y\\n")
>>> doc["a"], doc["a"].line, doc["b"].line, doc["b"][1].line
('1', 1, 3, 4)
>>> doc.key_line("b")
2
"""

from __future__ import annotations

from ..errors import AuthoringError


class LStr(str):
    """A string scalar with its line."""

    line: int = 0

    def __new__(cls, value: str, line: int = 0):
        obj = super().__new__(cls, value)
        obj.line = line
        return obj


class LMap(dict):
    """A mapping with its line and the line of each key."""

    def __init__(self, *args, line: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.line = line
        self.key_lines: dict[str, int] = {}

    def key_line(self, key: str) -> int:
        """The line of *key* (the mapping's own line if the key is absent)."""
        return self.key_lines.get(key, self.line)


class LList(list):
    """A sequence with its line."""

    def __init__(self, *args, line: int = 0):
        super().__init__(*args)
        self.line = line


_NULL_TAG = "tag:yaml.org,2002:null"


def line_of(value, default: int = 0) -> int:
    """The line a loaded value came from, or *default*."""
    return getattr(value, "line", default) or default


def load_yaml(text: str, name: str = "<yaml>"):
    """Parse YAML *text* into line-carrying values; :class:`AuthoringError` if it is not YAML.

    Only one document is allowed; anchors/aliases are resolved by the composer.
    """
    import yaml

    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{name}:{mark.line + 1}" if mark else name
        raise AuthoringError(f"{where}: not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise AuthoringError(f"{name}: not valid YAML: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    except (ValueError, RecursionError) as exc:  # e.g. NUL characters, absurd nesting
        raise AuthoringError(f"{name}: not valid YAML: {exc}") from None
    if node is None:
        return None
    return _convert(node, 0)


def _convert(node, depth: int):
    import yaml

    if depth > 50:
        raise AuthoringError(f"line {node.start_mark.line + 1}: YAML nested too deeply")
    line = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        if node.tag == _NULL_TAG and node.style is None and node.value in ("", "~", "null", "Null", "NULL"):
            return None
        return LStr(node.value, line)
    if isinstance(node, yaml.SequenceNode):
        return LList((_convert(item, depth + 1) for item in node.value), line=line)
    out = LMap(line=line)
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise AuthoringError(f"line {key_node.start_mark.line + 1}: a mapping key must be a plain word")
        key = key_node.value
        if key == "<<":
            raise AuthoringError(f"line {key_node.start_mark.line + 1}: merge keys (<<) are not supported")
        if key in out:
            raise AuthoringError(f"line {key_node.start_mark.line + 1}: key {key!r} given twice (first on line {out.key_lines[key]})")
        out[key] = _convert(value_node, depth + 1)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out
