"""The per-report cache: a rebuild reads it, a change redoes one report, and nothing it holds changes the output."""
from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import XIANGTAN, ZUNYI, extraction_of, run_ufkg, write_report
from ufkg import cache as cache_module
from ufkg import pipeline
from ufkg.cache import ReportCache, decode, default_dir, encode, fingerprint
from ufkg.pipeline import MIN_FILES_FOR_POOL, build

ROOT = Path(__file__).resolve().parents[1]

CITIES = ["遵义市", "湘潭市", "绵阳市", "赣州市", "洛阳市", "柳州市", "宜昌市", "常德市", "曲靖市", "天水市",
          "榆林市", "九江市", "泉州市", "芜湖市", "潍坊市", "保定市", "岳阳市", "南充市", "桂林市", "安庆市"]


def city_report(city: str, number: int) -> str:
    """A small report of one city; number varies its figures."""
    return (f"{2020 + number % 4}年{city}统一战线工作综述\n"
            f"一年来，{city}委统战部深入推进“万企兴万村”行动，动员{100 + number}家民营企业结对帮扶{30 + number}个村。\n"
            f"{city}工商联开展“同心助学”活动，资助困难学生{200 + 7 * number}名。\n"
            f"民建{city}委会组织会员企业捐款{number + 1}0万元。\n")


def outputs(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def built(inputs: Path, out: Path, cache, workers: int = 1) -> dict[str, bytes]:
    build([inputs], out, validate=False, workers=workers, cache=cache)
    return outputs(out)


@pytest.fixture
def extractions_counted(monkeypatch) -> list[str]:
    """The source files extracted (not read from the cache) by in-process builds, in order."""
    extracted: list[str] = []
    real = pipeline.extract_report

    def counting(document, meta=None):
        extracted.append(document.source_file)
        return real(document, meta)

    monkeypatch.setattr(pipeline, "extract_report", counting)
    return extracted


@pytest.fixture
def reports(corpus: Path) -> Path:
    """conftest's two reports and a third."""
    write_report(corpus, "mianyang_2021.txt", city_report("绵阳市", 3))
    return corpus


def entries(cache_root: Path) -> list[Path]:
    return sorted(cache_root.glob("reports/*/*/*.json"))


def merged_entries(cache_root: Path) -> list[Path]:
    return sorted(cache_root.glob("reports/*/merged/*.bin"))


def forget_merged(cache_root: Path) -> None:
    """Remove the corpus's stored outputs, so that the next build merges the per-report entries again."""
    for entry in merged_entries(cache_root):
        entry.unlink()


# ---------------------------------------------------------------------- a rebuild redoes only what changed


def test_an_unchanged_rebuild_extracts_nothing_and_writes_the_same_bytes(reports, tmp_path, extractions_counted):
    first = built(reports, tmp_path / "one", tmp_path / "cache")
    assert sorted(extractions_counted) == ["mianyang_2021.txt", "xiangtan_2022.txt", "zunyi_2023.txt"]
    assert len(entries(tmp_path / "cache")) == 3
    extractions_counted.clear()
    assert built(reports, tmp_path / "two", tmp_path / "cache") == first
    assert extractions_counted == []


def test_a_changed_report_is_extracted_again_and_the_output_is_a_clean_builds(reports, tmp_path, extractions_counted):
    before = built(reports, tmp_path / "before", tmp_path / "cache")
    write_report(reports, "mianyang_2021.txt", city_report("绵阳市", 5))
    extractions_counted.clear()
    cached = built(reports, tmp_path / "cached", tmp_path / "cache")
    assert extractions_counted == ["mianyang_2021.txt"]
    assert cached == built(reports, tmp_path / "clean", cache=False)
    assert cached["outcomes.csv"] != before["outcomes.csv"]


def test_an_added_report_is_the_only_one_extracted(reports, tmp_path, extractions_counted):
    built(reports, tmp_path / "before", tmp_path / "cache")
    write_report(reports, "ganzhou_2022.txt", city_report("赣州市", 8))
    extractions_counted.clear()
    cached = built(reports, tmp_path / "cached", tmp_path / "cache")
    assert extractions_counted == ["ganzhou_2022.txt"]
    assert cached == built(reports, tmp_path / "clean", cache=False)
    assert "赣州".encode() in cached["graph.ttl"]


def test_a_removed_report_leaves_the_output_of_a_clean_build(reports, tmp_path, extractions_counted):
    before = built(reports, tmp_path / "before", tmp_path / "cache")
    (reports / "zunyi_2023.txt").unlink()
    extractions_counted.clear()
    cached = built(reports, tmp_path / "cached", tmp_path / "cache")
    assert extractions_counted == []
    assert cached == built(reports, tmp_path / "clean", cache=False)
    assert "遵义".encode() in before["graph.ttl"] and "遵义".encode() not in cached["graph.ttl"]


def test_a_renamed_report_is_extracted_again_because_its_id_comes_from_the_name(reports, tmp_path, extractions_counted):
    built(reports, tmp_path / "before", tmp_path / "cache")
    (reports / "zunyi_2023.txt").rename(reports / "zunyi_report_2023.txt")
    extractions_counted.clear()
    cached = built(reports, tmp_path / "cached", tmp_path / "cache")
    assert extractions_counted == ["zunyi_report_2023.txt"]
    assert cached == built(reports, tmp_path / "clean", cache=False)


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "flipped byte"])
def test_a_corrupt_entry_is_rebuilt_not_trusted(reports, tmp_path, extractions_counted, damage):
    built(reports, tmp_path / "before", tmp_path / "cache")
    entry = entries(tmp_path / "cache")[0]
    data = entry.read_bytes()
    damaged = {"truncated": data[: len(data) // 2], "garbage": os.urandom(len(data)), "empty": b"",
               "flipped byte": data[:-10] + bytes([data[-10] ^ 1]) + data[-9:]}[damage]
    entry.write_bytes(damaged)
    forget_merged(tmp_path / "cache")  # else the corpus's stored outputs answer without reading any entry
    extractions_counted.clear()
    cached = built(reports, tmp_path / "cached", tmp_path / "cache")
    assert len(extractions_counted) == 1
    assert cached == built(reports, tmp_path / "clean", cache=False)
    assert entry.read_bytes() == data  # rewritten whole


@pytest.mark.parametrize("damage", ["truncated", "flipped byte", "another key"])
def test_a_corrupt_merged_entry_is_merged_again_not_trusted(reports, tmp_path, extractions_counted, damage):
    clean = built(reports, tmp_path / "clean", cache=False)
    assert built(reports, tmp_path / "before", tmp_path / "cache") == clean
    [entry] = merged_entries(tmp_path / "cache")
    data = entry.read_bytes()
    damaged = {"truncated": data[:-100], "flipped byte": data[:-10] + bytes([data[-10] ^ 1]) + data[-9:],
               "another key": data.replace(entry.stem.encode(), b"0" * 64, 1)}[damage]
    entry.write_bytes(damaged)
    extractions_counted.clear()
    assert built(reports, tmp_path / "cached", tmp_path / "cache") == clean
    assert extractions_counted == []  # merged again from the per-report entries
    assert entry.read_bytes() == data  # and stored whole again


def test_an_unchanged_rebuild_reads_the_stored_outputs_and_a_change_merges_anew(reports, tmp_path, monkeypatch):
    first = built(reports, tmp_path / "one", tmp_path / "cache")
    assert len(merged_entries(tmp_path / "cache")) == 1
    merges: list[int] = []
    real = pipeline._merge
    monkeypatch.setattr(pipeline, "_merge", lambda kb, *rest, **options: merges.append(len(kb.reports)) or real(kb, *rest, **options))
    assert built(reports, tmp_path / "two", tmp_path / "cache") == first
    assert merges == []
    result = build([reports], tmp_path / "three", validate=False, workers=1, cache=tmp_path / "cache")
    assert result.reports == 3 and result.triples > 0 and result.entities["Region"] > 0
    write_report(reports, "zunyi_2023.txt", city_report("遵义市", 9))
    assert built(reports, tmp_path / "changed", tmp_path / "cache") == built(reports, tmp_path / "clean", cache=False)
    assert merges == [3, 3]  # the cached build merged, and so did the clean one
    assert len(merged_entries(tmp_path / "cache")) == 2


def test_validation_is_part_of_the_stored_outputs_key(reports, tmp_path):
    build([reports], tmp_path / "plain", validate=False, workers=1, cache=tmp_path / "cache")
    result = build([reports], tmp_path / "checked", validate=True, workers=1, cache=tmp_path / "cache")
    assert result.violations == 0  # validated, not the unvalidated build's stored summary
    again = build([reports], tmp_path / "again", validate=True, workers=1, cache=tmp_path / "cache")
    assert again.violations == 0 and again.summary().split(";")[:4] == result.summary().split(";")[:4]


def test_a_well_formed_entry_is_read_and_no_cache_neither_reads_nor_writes(reports, tmp_path):
    clean = built(reports, tmp_path / "clean", cache=False)
    built(reports, tmp_path / "warm", tmp_path / "cache")
    cache = ReportCache.open(tmp_path / "cache")
    path = reports / "zunyi_2023.txt"
    key = cache.key(path)
    forged = [replace(e, mentions=[replace(m, name=m.name + "伪") for m in e.mentions]) for e in cache.load(key, path)]
    cache.store(key, forged)
    forget_merged(tmp_path / "cache")
    assert built(reports, tmp_path / "forged", tmp_path / "cache") != clean  # the cache is what is read
    before = {p: p.stat().st_mtime_ns for p in entries(tmp_path / "cache")}
    assert built(reports, tmp_path / "uncached", cache=False) == clean
    assert {p: p.stat().st_mtime_ns for p in entries(tmp_path / "cache")} == before


def test_no_cache_and_cache_dir_on_the_command_line(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("UFKG_CACHE_DIR", str(tmp_path / "env-cache"))
    result = run_ufkg("build", str(corpus), "-o", str(tmp_path / "out"), "--quiet", "--no-cache")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "env-cache").exists()
    result = run_ufkg("build", str(corpus), "-o", str(tmp_path / "out2"), "--quiet", "--cache-dir", str(tmp_path / "given"))
    assert result.returncode == 0, result.stderr
    assert len(entries(tmp_path / "given")) == 2 and not (tmp_path / "env-cache").exists()
    assert outputs(tmp_path / "out") == outputs(tmp_path / "out2")


def test_the_cache_is_documented_in_build_help():
    result = run_ufkg("build", "--help")
    assert "--no-cache" in result.stdout and "--cache-dir" in result.stdout and "UFKG_CACHE_DIR" in result.stdout


# ---------------------------------------------------------------------- workers


def test_output_is_byte_identical_for_one_or_two_workers_with_and_without_the_cache(tmp_path):
    folder = tmp_path / "reports"
    for number, city in enumerate(CITIES):
        write_report(folder, f"r{number:02d}_{city}.txt", city_report(city, number))
    assert len(CITIES) >= MIN_FILES_FOR_POOL
    reference = built(folder, tmp_path / "w1", cache=False, workers=1)
    assert built(folder, tmp_path / "w2", cache=False, workers=2) == reference
    assert built(folder, tmp_path / "w2-cold", tmp_path / "cache", workers=2) == reference
    assert len(entries(tmp_path / "cache")) == len(CITIES)  # stored by the pool's workers
    assert built(folder, tmp_path / "w2-warm", tmp_path / "cache", workers=2) == reference
    assert built(folder, tmp_path / "w1-warm", tmp_path / "cache", workers=1) == reference
    # hits and a pool of misses interleaved in file order
    for number, city in enumerate(CITIES[:MIN_FILES_FOR_POOL]):
        write_report(folder, f"r{number:02d}b_{city}.txt", city_report(city, number + 40))
    mixed = built(folder, tmp_path / "mixed", tmp_path / "cache", workers=2)
    assert mixed == built(folder, tmp_path / "mixed-clean", cache=False, workers=1)


def test_a_few_misses_beside_hits_are_extracted_in_a_forked_process_with_the_same_output(tmp_path, monkeypatch):
    folder = tmp_path / "reports"
    for number, city in enumerate(CITIES[:4]):
        write_report(folder, f"r{number:02d}_{city}.txt", city_report(city, number))
    built(folder, tmp_path / "first", tmp_path / "cache", workers=2)
    pools: list[int] = []
    real = pipeline._pooled

    def counted(paths, keys, cache, workers):
        pools.append(len(paths))
        return real(paths, keys, cache, workers)

    monkeypatch.setattr(pipeline, "_pooled", counted)
    write_report(folder, "r00a_added.txt", city_report(CITIES[5], 9))  # second in file order: hits on both sides
    added = built(folder, tmp_path / "added", tmp_path / "cache", workers=2)
    assert pools == [1]
    assert len(entries(tmp_path / "cache")) == 5  # stored by the forked worker
    assert added == built(folder, tmp_path / "clean", cache=False, workers=1)
    pools.clear()
    built(folder, tmp_path / "one-worker", tmp_path / "cache", workers=1)
    assert pools == []  # one worker: no process started (and nothing to extract)


# ---------------------------------------------------------------------- entries


def test_an_entry_reads_back_as_the_extractions_it_stores(tmp_path):
    extraction = extraction_of(ZUNYI, "zunyi_2023.txt")
    assert extraction.mentions and extraction.quantities and extraction.sentences
    key = "ab" * 32
    read = decode(encode([extraction], key), key, Path("zunyi_2023.txt"))
    assert read == [extraction]
    assert type(read[0].quantities[0].value).__name__ == "Decimal"


def test_an_entry_for_another_key_or_schema_is_refused(tmp_path):
    cache = ReportCache.open(tmp_path)
    extraction = extraction_of(ZUNYI, "zunyi_2023.txt")
    cache.store("aa" * 32, [extraction])
    shutil.copy(cache.entry("aa" * 32), tmp_path / "copy")
    cache.entry("bb" * 32).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(tmp_path / "copy", cache.entry("bb" * 32))
    assert cache.load("aa" * 32, Path("x.txt")) is not None
    assert cache.load("bb" * 32, Path("x.txt")) is None  # foreign: made for another file


def test_a_checksummed_entry_of_the_wrong_shape_is_refused(tmp_path):
    import hashlib
    import json

    cache = ReportCache.open(tmp_path)
    key = "cc" * 32
    cache.store(key, [extraction_of(ZUNYI, "zunyi_2023.txt")])
    body = json.loads(cache.entry(key).read_bytes().partition(b"\n")[2])
    body["extractions"][0][3][0][3] = "not an offset"  # a mention's start
    raw = json.dumps(body, ensure_ascii=False).encode()
    cache.entry(key).write_bytes(f"{cache_module.FORMAT} {key} {hashlib.sha256(raw).hexdigest()}\n".encode() + raw)
    assert cache.load(key, Path("zunyi_2023.txt")) is None


def test_a_pickle_in_the_cache_is_never_run(tmp_path):
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (Path.touch, (marker,))

    cache = ReportCache.open(tmp_path / "cache")
    key = "dd" * 32
    cache.entry(key).parent.mkdir(parents=True, exist_ok=True)
    cache.entry(key).write_bytes(pickle.dumps(Payload()))
    assert cache.load(key, Path("x.txt")) is None
    assert not marker.exists()


def test_a_write_leaves_no_temporary_file_and_an_unusable_folder_is_only_a_miss(tmp_path):
    cache = ReportCache.open(tmp_path / "cache")
    cache.store("ee" * 32, [extraction_of(XIANGTAN, "xiangtan_2022.txt")])
    assert [p.name for p in cache.entry("ee" * 32).parent.iterdir()] == [f"{'ee' * 32}.json"]
    (tmp_path / "a-file").write_text("not a folder")
    blocked = ReportCache.open(tmp_path / "a-file")
    blocked.store("ee" * 32, [extraction_of(XIANGTAN, "xiangtan_2022.txt")])
    assert blocked.load("ee" * 32, Path("x.txt")) is None


def test_only_the_most_recently_used_fingerprints_are_kept(tmp_path):
    for age, name in enumerate(["1" * 24, "2" * 24, "3" * 24, "4" * 24]):
        old = tmp_path / "reports" / name
        old.mkdir(parents=True)
        (old / "last-used").touch()
        os.utime(old / "last-used", (1_000_000 + age, 1_000_000 + age))
    cache = ReportCache.open(tmp_path)
    kept = sorted(p.name for p in (tmp_path / "reports").iterdir())
    assert kept == sorted([cache.folder.name, "3" * 24, "4" * 24])


# ---------------------------------------------------------------------- what the key depends on


def test_where_the_cache_lives(monkeypatch, tmp_path):
    monkeypatch.delenv("UFKG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_dir() == tmp_path / "xdg" / "ufkg"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_dir() == tmp_path / "home" / ".cache" / "ufkg"
    monkeypatch.setenv("UFKG_CACHE_DIR", str(tmp_path / "mine"))
    assert default_dir() == tmp_path / "mine"


def test_a_changed_lexicon_file_changes_the_fingerprint(tmp_path, monkeypatch):
    ontology = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", ontology)
    monkeypatch.setattr(cache_module, "ontology_dir", lambda: ontology)
    before = fingerprint()
    assert fingerprint() == before
    with open(ontology / "lexicon" / "generic_names.txt", "a", encoding="utf-8") as handle:
        handle.write("示范单位\n")
    assert fingerprint() != before


def test_a_changed_lexicon_gives_the_output_of_a_clean_build(tmp_path, corpus):
    """A real build from a copy of the code whose lexicon changes between two cached builds."""
    shutil.copytree(ROOT / "src" / "ufkg", tmp_path / "code" / "src" / "ufkg",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "ontology", tmp_path / "code" / "ontology")
    environment = {**os.environ, "PYTHONPATH": str(tmp_path / "code" / "src"), "UFKG_CACHE_DIR": str(tmp_path / "cache")}

    def build_with(*options: str, out: str) -> dict[str, bytes]:
        result = subprocess.run([sys.executable, "-m", "ufkg", "build", str(corpus), "-o", str(tmp_path / out), "-q",
                                 "--no-validate", *options], env=environment, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        return outputs(tmp_path / out)

    before = build_with(out="before")
    measures = tmp_path / "code" / "ontology" / "lexicon" / "measure_words.csv"
    measures.write_text("".join(line for line in measures.read_text(encoding="utf-8").splitlines(keepends=True)
                                if not line.startswith("家,")), encoding="utf-8")
    cached = build_with(out="cached")
    assert cached != before  # the change matters to these reports
    assert cached == build_with("--no-cache", out="clean")


# ---------------------------------------------------------------------- fragments: each report's named graph as written


def fragment_entries(cache_root: Path) -> list[Path]:
    return sorted(cache_root.glob("reports/*/fragments/*/*.bin"))


@pytest.fixture
def fragments_made(monkeypatch) -> list[str]:
    """The named graphs written afresh (not read from stored fragments) by in-process builds."""
    from ufkg import graph

    made: list[str] = []
    real = graph.make_fragment

    def counting(name, quads, writer):
        made.append(str(name).rsplit("/", 1)[-1])
        return real(name, quads, writer)

    monkeypatch.setattr(graph, "make_fragment", counting)
    return made


def test_a_report_added_changed_or_removed_writes_only_its_own_graph_and_the_bytes_of_a_clean_build(
        reports, tmp_path, fragments_made):
    built(reports, tmp_path / "first", tmp_path / "cache")
    assert sorted(fragments_made) == ["mianyang_2021", "xiangtan_2022", "zunyi_2023"]
    assert len(fragment_entries(tmp_path / "cache")) == 3
    steps = [("added", lambda: write_report(reports, "ganzhou_2022.txt", city_report("赣州市", 8)), ["ganzhou_2022"]),
             ("changed", lambda: write_report(reports, "mianyang_2021.txt", city_report("绵阳市", 5)), ["mianyang_2021"]),
             ("removed", lambda: (reports / "zunyi_2023.txt").unlink(), [])]
    for name, change, written in steps:
        change()
        fragments_made.clear()
        cached = built(reports, tmp_path / name, tmp_path / "cache")
        assert fragments_made == written, name
        assert cached == built(reports, tmp_path / f"{name}-clean", cache=False), name
        assert fragments_made == written, name  # a build without the cache stores no fragment


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "flipped byte", "another key"])
def test_a_corrupt_fragment_is_written_again_not_trusted(reports, tmp_path, fragments_made, damage):
    clean = built(reports, tmp_path / "clean", cache=False)
    built(reports, tmp_path / "before", tmp_path / "cache")
    entry = fragment_entries(tmp_path / "cache")[0]
    data = entry.read_bytes()
    damaged = {"truncated": data[: len(data) // 2], "garbage": os.urandom(len(data)), "empty": b"",
               "flipped byte": data[:-10] + bytes([data[-10] ^ 1]) + data[-9:],
               "another key": data.replace(entry.stem.encode(), b"0" * 64, 1)}[damage]
    entry.write_bytes(damaged)
    forget_merged(tmp_path / "cache")
    fragments_made.clear()
    assert built(reports, tmp_path / "cached", tmp_path / "cache") == clean
    assert len(fragments_made) == 1
    assert entry.read_bytes() == data  # rewritten whole


def test_a_well_formed_fragment_is_what_the_files_are_made_of(reports, tmp_path):
    from ufkg.cache import decode_fragment, encode_fragment

    clean = built(reports, tmp_path / "clean", cache=False)
    built(reports, tmp_path / "warm", tmp_path / "cache")
    entry = next(e for e in fragment_entries(tmp_path / "cache") if b"zunyi_2023" in e.read_bytes())
    fragment = decode_fragment(entry.read_bytes(), entry.stem)
    forged = replace(fragment, trig=fragment.trig.replace("遵义".encode(), "伪造".encode()))
    entry.write_bytes(b"".join(encode_fragment(forged, entry.stem)))
    forget_merged(tmp_path / "cache")
    assert "伪造".encode() in built(reports, tmp_path / "forged", tmp_path / "cache")["graph.trig"]
    assert built(reports, tmp_path / "uncached", cache=False) == clean


def test_fragments_no_recent_build_used_are_removed(reports, tmp_path):
    built(reports, tmp_path / "one", tmp_path / "cache")
    first = set(fragment_entries(tmp_path / "cache"))
    write_report(reports, "mianyang_2021.txt", city_report("绵阳市", 5))
    built(reports, tmp_path / "two", tmp_path / "cache")
    second = set(fragment_entries(tmp_path / "cache"))
    assert first < second and len(second) == 4  # the previous build's graph of mianyang is kept ...
    write_report(reports, "mianyang_2021.txt", city_report("绵阳市", 6))
    built(reports, tmp_path / "three", tmp_path / "cache")
    third = set(fragment_entries(tmp_path / "cache"))
    gone = second - third
    assert len(third) == 4 and len(gone) == 1 and gone <= first  # ... until two builds in a row did not use it
