"""Reading untrusted input files: size cap, binary detection, Korean encodings, HTML to text.

Korean government files are often CP949/EUC-KR; we try UTF-8 (with or without BOM), UTF-16 with a
BOM, then CP949 (a superset of EUC-KR) and report which one worked. HTML is reduced to its text
(scripts, styles and comments dropped, block elements become line breaks, entities unescaped);
character offsets reported by the extractor refer to that extracted text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from ..errors import AuthoringError

MAX_TEXT_BYTES = 5 * 1024 * 1024
_HTML_HINT = re.compile(r"<\s*(!doctype\s+html|html|head|body|div|p|span|table|br|meta|script|a\s)[\s>/]", re.I)


@dataclass
class TextInput:
    """A decoded input: the text, the encoding used and whether it was HTML."""

    text: str
    encoding: str
    html: bool = False
    path: str = ""


def decode(data: bytes, name: str = "<input>") -> tuple[str, str]:
    """Decode *data*; return ``(text, encoding)`` or raise :class:`AuthoringError`.

    Examples
    --------
    >>> decode("국토교통부".encode("cp949"))
    ('국토교통부', 'cp949')
    >>> decode("\\ufeff국토부".encode("utf-8"))
    ('국토부', 'utf-8-sig')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _try(data, "utf-8-sig", name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _try(data, "utf-16", name)
    if b"\x00" in data[:8192] or _control_ratio(data[:8192]) > 0.1:
        raise AuthoringError(f"{name}: looks like a binary file, not text (give a .txt or .html file)")
    for encoding in ("utf-8", "cp949"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AuthoringError(f"{name}: cannot decode the text as UTF-8 or CP949/EUC-KR; convert it to UTF-8 first")


def _try(data: bytes, encoding: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise AuthoringError(f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding} ({exc.reason} at byte {exc.start})") from None


def _control_ratio(data: bytes) -> float:
    if not data:
        return 0.0
    bad = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(data)


def read_bytes(path: str | Path, max_bytes: int = MAX_TEXT_BYTES) -> bytes:
    """The bytes of *path*, with clear errors for missing, unreadable and oversized files."""
    path = Path(path)
    try:
        if not path.is_file():
            raise AuthoringError(f"{path}: no such file" if not path.exists() else f"{path}: not a regular file")
        size = path.stat().st_size
        if size > max_bytes:
            raise AuthoringError(f"{path}: file is {size / 1048576:.1f} MB; the limit is {max_bytes / 1048576:.0f} MB (split it or extract the relevant part)")
        return path.read_bytes()
    except OSError as exc:
        raise AuthoringError(f"{path}: cannot read the file ({exc.strerror or exc})") from None


def read_text(path: str | Path, max_bytes: int = MAX_TEXT_BYTES, html: bool | None = None) -> TextInput:
    """Read, decode and (for HTML) reduce *path* to text.

    *html*: ``None`` detects HTML from the suffix (``.htm``/``.html``) or the content.
    """
    path = Path(path)
    data = read_bytes(path, max_bytes)
    text, encoding = decode(data, str(path))
    return to_text(text, encoding, html=html, name=str(path), suffix=path.suffix.lower())


def to_text(text: str, encoding: str = "str", html: bool | None = None, name: str = "<input>", suffix: str = "") -> TextInput:
    """Normalise decoded *text* (HTML stripped when it is HTML) into a :class:`TextInput`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if html is None:
        html = suffix in (".htm", ".html", ".xhtml") or bool(_HTML_HINT.search(text[:4096]))
    if html:
        text = html_to_text(text)
    return TextInput(text, encoding, bool(html), name)


_BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "header", "footer", "title", "blockquote", "pre", "dd", "dt", "hr", "td", "th"}
_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "object"}


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page, one block per line.

    Examples
    --------
    >>> html_to_text("<html><script>var x=1;</script><p>국토교통부&amp;LH</p><p>둘째</p></html>")
    '국토교통부&LH\\n\\n둘째'
    """
    parser = _TextParser()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser is lenient; anything it still rejects becomes plain text
        return re.sub(r"<[^>]{0,500}>", " ", markup)
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    out, blank = [], False
    for line in lines:
        if line:
            out.append(line)
            blank = False
        elif not blank and out:
            out.append("")
            blank = True
    return "\n".join(out).strip()
