"""Where the ontology and its lexicons live, installed or in a checkout."""
from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def ontology_dir() -> Path:
    """The ontology folder: packaged inside the wheel, or the checkout's top-level `ontology/`."""
    packaged = Path(__file__).resolve().parent / "ontology"
    if (packaged / "ufkg.ttl").is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "ontology"
    if (checkout / "ufkg.ttl").is_file():
        return checkout
    raise FileNotFoundError("ufkg: ontology/ufkg.ttl not found (broken installation)")


def lexicon_path(name: str) -> Path:
    """A lexicon file under ontology/lexicon/."""
    return ontology_dir() / "lexicon" / name
