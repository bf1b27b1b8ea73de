"""Writing files without ever leaving a half-written one behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


@contextlib.contextmanager
def replace_atomically(path: str | os.PathLike):
    """Yield a temporary path next to *path*; move it onto *path* when the block succeeds.

    For writers that want a file name (matplotlib's ``savefig``, a serializer); the temporary
    file keeps *path*'s suffix and is removed if the block raises.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with replace_atomically(d / "a.txt") as tmp:
    ...     _ = tmp.write_text("ok", encoding="utf-8")
    >>> sorted(p.name for p in d.iterdir())
    ['a.txt']
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix or ".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_atomic(path: str | os.PathLike, content: str | bytes, encoding: str = "utf-8") -> Path:
    """Write *content* to *path* through a temporary file in the same folder and ``os.replace``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> write_atomic(d / "a.txt", "안녕").read_text(encoding="utf-8")
    '안녕'
    """
    data = content.encode(encoding) if isinstance(content, str) else content
    with replace_atomically(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)
