import hashlib
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED_004 = "2018-09-19-krihs-smart-city-research-council.ttl"


@pytest.fixture
def data_copy(tmp_path):
    """A private copy of data/ to add documents to."""
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def tree_hash(directory: Path) -> str:
    """A hash of every file's relative path and bytes below *directory*."""
    h = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        h.update(str(path.relative_to(directory)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()
