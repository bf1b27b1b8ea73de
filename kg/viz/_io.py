"""Atomic file replacement."""

import contextlib
import os
import tempfile
from pathlib import Path


@contextlib.contextmanager
def replace_atomically(path):
    """Yield a temporary path next to ``path``; move it onto ``path`` on success.

    Parameters
    ----------
    path : str or os.PathLike
        Final destination. Its folder must exist.

    Yields
    ------
    pathlib.Path
        Temporary file (same suffix) to write; removed if the block raises.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix or ".tmp",
                               dir=path.parent)
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
