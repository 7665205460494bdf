"""Shared fixtures: small reports written for the tests (never copied from the seed corpus)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ZUNYI = """凝心聚力促发展——2023年遵义市统一战线工作综述
一年来，市委统战部深入推进“万企兴万村”行动，动员126家民营企业结对帮扶98个村，投入帮扶资金2.6亿元。
民进遵义市委会、市工商联共同开展“同心助学”活动，资助困难学生1200余名。
2024年，全市统一战线将力争新增结对企业50家。
遵义统战2024-1-15
"""

XIANGTAN = """同心奋进新征程——2022年湘潭市统一战线工作综述
市委高度重视统战工作，市委常委会专题研究统战工作6次。
深入开展“万企兴万村”行动，参与企业88家，投入资金约1.5亿元。
湘潭日报2023-2-10
"""


def write_report(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    """A report file written by a test."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder with two small reports from two localities."""
    folder = tmp_path / "reports"
    write_report(folder, "zunyi_2023.txt", ZUNYI)
    write_report(folder, "xiangtan_2022.txt", XIANGTAN, encoding="gb18030")
    return folder


def run_ufkg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real command, in a subprocess, as a user would run it."""
    return subprocess.run([sys.executable, "-m", "ufkg", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def build_reports(root: Path, reports: dict[str, str], encodings: dict[str, str] | None = None) -> Path:
    """The output folder of a real `ufkg build` over reports written into root/reports."""
    for name, text in reports.items():
        write_report(root / "reports", name, text, (encodings or {}).get(name, "utf-8"))
    result = run_ufkg("build", str(root / "reports"), "-o", str(root / "out"), "--quiet")
    assert result.returncode == 0, result.stderr
    return root / "out"


@pytest.fixture(scope="session")
def built_corpus(tmp_path_factory) -> Path:
    """The output folder of one real `ufkg build` over the two small reports (built once per session)."""
    return build_reports(tmp_path_factory.mktemp("built"), {"zunyi_2023.txt": ZUNYI, "xiangtan_2022.txt": XIANGTAN},
                         {"xiangtan_2022.txt": "gb18030"})


def extraction_of(text: str, name: str = "report.txt"):
    """The extraction of a report given as text (title on the first line)."""
    from ufkg.extract.report import extract_report
    from ufkg.model import Document

    return extract_report(Document(Path(name), name, text, Path(name).stem))


def mentions_of(text: str, cls: str | None = None) -> list[str]:
    """The names (as the extractor settled on them) of the mentions of a class, in text order."""
    return [m.name for m in extraction_of(text).mentions if cls is None or m.cls == cls]


def knowledge_of(*texts: str):
    """The knowledge base resolved from reports given as texts."""
    from ufkg.resolve import resolve_all

    return resolve_all([extraction_of(text, f"report{i}.txt") for i, text in enumerate(texts)])


@pytest.fixture(scope="session", autouse=True)
def _cache_in_a_temporary_folder(tmp_path_factory):
    """Builds made by the tests (in process or not) keep their report cache away from the user's home."""
    import os

    previous = os.environ.get("UFKG_CACHE_DIR")
    os.environ["UFKG_CACHE_DIR"] = str(tmp_path_factory.mktemp("ufkg-cache"))
    yield
    if previous is None:
        os.environ.pop("UFKG_CACHE_DIR", None)
    else:
        os.environ["UFKG_CACHE_DIR"] = previous
