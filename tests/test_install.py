"""The installed environment holds everything ufkg imports, and every format builds through the command.

These tests exist because a dependency that arrives only through another
package (the HTML cleaner trafilatura needs) can be missing on a fresh
machine while the developers' machines have it.
"""
from __future__ import annotations

import ast
import importlib
import importlib.metadata
import io
import re
import sys
from pathlib import Path

import docx
import pytest
from conftest import run_ufkg, write_report
from test_readers import make_pdf

SOURCE = Path(__file__).resolve().parents[1] / "src" / "ufkg"

# What each reader needs at run time, including what its libraries import lazily.
READER_MODULES = {
    ".txt": ["charset_normalizer", "opencc"],
    ".docx": ["docx", "lxml.etree"],
    ".html": ["trafilatura", "lxml.html", "lxml.html.clean", "justext"],
    ".pdf": ["pypdf"],
}


def _third_party_imports() -> set[str]:
    """The top-level names of every module ufkg's source imports that is not ufkg or the standard library."""
    names: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return {name for name in names if name not in sys.stdlib_module_names and name not in ("ufkg", "__future__")}


OPTIONAL_EXTRAS = ("dask",)  # features that need an extra say so in one line when it is missing


def _declared_distributions(extras: tuple[str, ...] = ()) -> set[str]:
    """The distributions ufkg's metadata requires, outside its extras or in the extras named, normalised."""
    declared = set()
    for requirement in importlib.metadata.requires("ufkg") or []:
        extra = re.search(r"""extra\s*==\s*["']([^"']+)["']""", requirement)
        if extra and extra.group(1) not in extras:
            continue
        name = re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0]
        declared.add(_normalise(name))
    return declared


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_package_ufkg_imports_is_declared():
    providers = importlib.metadata.packages_distributions()
    declared = _declared_distributions(OPTIONAL_EXTRAS)
    undeclared = {}
    for module in sorted(_third_party_imports()):
        distributions = {_normalise(d) for d in providers.get(module, [])}
        assert distributions, f"{module} is imported by ufkg but not installed"
        if not distributions & declared:
            undeclared[module] = sorted(distributions)
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"


def test_the_html_cleaner_trafilatura_needs_is_declared():
    assert "lxml-html-clean" in _declared_distributions()


@pytest.mark.parametrize("suffix", sorted(READER_MODULES))
def test_each_reader_can_import_what_it_needs(suffix):
    for module in READER_MODULES[suffix]:
        importlib.import_module(module)


REPORT_LINES = ["2023年某市统一战线工作综述", "市委统战部深入开展“万企兴万村”行动，动员86家民营企业结对帮扶54个村。"]


def _word(lines: list[str]) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_one_small_file_of_every_format_builds_through_the_command(tmp_path):
    folder = tmp_path / "reports"
    text = "\n".join(REPORT_LINES) + "\n"
    write_report(folder, "gb.txt", text.replace("某市", "绍兴市"), encoding="gb18030")
    write_report(folder, "page.html", "<html><head><meta charset='utf-8'><title>统战</title></head><body><article>"
                 + "".join(f"<p>{line.replace('某市', '嘉兴市')}</p>" for line in REPORT_LINES)
                 + "</article></body></html>")
    (folder / "word.docx").write_bytes(_word([line.replace("某市", "湖州市") for line in REPORT_LINES]))
    (folder / "scan.pdf").write_bytes(make_pdf([line.replace("某市", "台州市") for line in REPORT_LINES]))
    result = run_ufkg("build", str(folder), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "skipped" not in result.stderr
    assert "4 reports read" in result.stderr + result.stdout
    graph = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    for source in ("gb.txt", "page.html", "word.docx", "scan.pdf"):
        assert f'"{source}"' in graph
