"""The whole build: Read, Extract, Resolve, Build, Explore, then write every output at once.

A library function (`build`) that the CLI wraps: a bad file is recorded as a
Problem and skipped, never raised; outputs are written only when everything
succeeded, and atomically, so a failed or killed build leaves the previous
outputs whole.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import repeat
from pathlib import Path
from typing import Callable, Sequence

from . import corpus
from .atomic import Staging, write_all_atomic
from .cache import FragmentStore, ReportCache
from .corpus import Problem, discover, open_report
from .forked import in_background
from .graph import TripleIndex, raw_quads, serialize_all, sorted_quads, union_triples
from .model import ENTITY_CLASSES, KnowledgeBase
from .network import entity_graph, graphml
from .resolve import Resolver
from .store import STAMPED_FILES, StoreLoad, staged_store
from .table import outcomes_csv
from .validate import validate_graph
from .view import render_view


def default_extractor():
    """ufkg.extract.report.default_extractor, imported when first needed.

    The extractors' modules are imported only by a process that extracts: a
    rebuild whose reports all come from the cache never loads them, and one
    with a few new reports loads them in the forked process that extracts
    those while this one reads the cache (_extracted).
    """
    from .extract.report import default_extractor as extractor

    return extractor()


def extract_report(document, meta=None):
    """ufkg.extract.report.extract_report, imported when first needed (default_extractor)."""
    from .extract.report import extract_report as extract

    return extract(document, meta)


class BuildError(Exception):
    """Nothing usable could be built; the message is one line for the terminal."""


@dataclass
class BuildResult:
    """What a build read, skipped and wrote."""

    outdir: Path
    reports: int
    problems: list[Problem]
    entities: Counter
    outcomes: int
    triples: int
    violations: int | None  # None when validation was skipped
    seconds: float
    files: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        """The one summary line a build ends with."""
        classes = ", ".join(f"{self.entities[c]} {c}" for c in ENTITY_CLASSES)
        skipped = f", {len(self.problems)} skipped" if self.problems else ""
        shacl = "not validated" if self.violations is None else f"{self.violations} SHACL violations"
        return (f"ufkg: {self.reports} reports read{skipped}; entities: {classes}; {self.outcomes} outcomes; "
                f"{self.triples} triples; {shacl}; {self.seconds:.1f} s -> {self.outdir}")


Progress = Callable[[str, int, int], None]  # (file name, done, total)


def resolve_corpus(inputs: Sequence[Path], on_problem: Callable[[Problem], None],
                   progress: Progress | None = None, workers: int | None = None,
                   cache: ReportCache | None = None, scheduler: str | None = None) -> KnowledgeBase:
    """Read, extract and resolve every report under inputs, in a stable order.

    Extraction, the costly part, runs in a pool of processes for corpora of
    some size; resolution runs here, report by report in file order, so the
    result is the same with one worker or many. A report's text is dropped
    once resolved, so memory grows with the graph, not with the corpus; a very
    large file is read and extracted here, part by part (corpus.open_report).
    With a cache, a report extracted by an earlier build is read from it
    instead (ufkg.cache). With a scheduler's address, the reports the cache
    lacks are extracted on that Dask cluster (ufkg.cluster). A report that
    cannot be read or extracted is passed to on_problem and skipped.
    """
    paths, problems = discover(inputs)
    for problem in problems:
        on_problem(problem)
    with _cluster_client(scheduler) as client:
        return _resolved(paths, on_problem, progress, workers, cache, client)


@contextmanager
def _cluster_client(scheduler: str | None):
    if scheduler is None:
        yield None
        return
    from .cluster import connect

    client = connect(scheduler)
    try:
        yield client
    finally:
        client.close()


def _resolved(paths: list[Path], on_problem: Callable[[Problem], None], progress: Progress | None,
              workers: int | None, cache: ReportCache | None, client) -> KnowledgeBase:
    resolver = Resolver()
    seen_ids: set[str] = set()
    for done, (path, result) in enumerate(_extracted(paths, workers, cache, client), 1):
        if progress:
            progress(path.name, done, len(paths))
        if result is STREAMED:
            result = _extract_parts(path, lazily=True)
        if isinstance(result, Problem):
            on_problem(result)
            continue
        report_id = None
        try:
            for extraction in result:
                report_id = report_id or _unique(extraction.document.report_id, seen_ids)
                extraction.document = replace(extraction.document, report_id=report_id)
                resolver.add(extraction)
        except Exception as error:  # noqa: BLE001 - a streamed part failing must not stop the corpus
            on_problem(_failure(path, error))
    return resolver.kb


STREAMED = object()  # a file too large to extract in a worker: it is streamed in the main process
MIN_FILES_FOR_POOL = 16  # below this, starting processes costs more than it saves


def _extracted(paths: list[Path], workers: int | None, cache: ReportCache | None = None, client=None):
    """(path, extractions or Problem or STREAMED) for each path, in order.

    A report found in the cache is read from it when its turn comes (not all
    at once, to keep memory flat); the others are extracted, in parallel when
    there are enough of them, and stored. An entry that turns out unreadable
    is extracted here instead. Very large .txt files (STREAMED) bypass the cache.
    The extraction of the others starts before the first hit is read, so that
    it goes on while this process reads and resolves the cached reports.
    """
    keys = [_cache_key(path, cache) for path in paths]
    hits = [key is not None and cache.has(key) for key in keys]
    misses = [(path, key) for path, key, hit in zip(paths, keys, hits) if not hit]
    fresh = _extract_all([path for path, _ in misses], [key for _, key in misses], workers, cache, client,
                         beside_hits=any(hits))
    try:
        for path, key, hit in zip(paths, keys, hits):
            if not hit:
                yield path, next(fresh)
                continue
            result = cache.load(key, path)
            yield path, result if result is not None else _extract_file(path, key, cache)
    finally:
        fresh.close()  # a pool not read to its end (a failed build) is shut down, not left running


def _extract_all(paths: list[Path], keys: list[str | None], workers: int | None, cache: ReportCache | None,
                 client=None, beside_hits: bool = False):
    """The results of _extract_file for paths, in order, as a generator; on the cluster, or in a pool of processes when worth it.

    A pool is started at once, not at the generator's first step. beside_hits:
    the cache holds the other reports, so even a few misses are extracted in a
    forked process (which reads the tokenizer's dictionary itself, a second
    of work) while this one reads and resolves the cached reports meanwhile.
    """
    if client is not None:
        return _extract_on_cluster(paths, keys, cache, client)
    workers = workers or os.cpu_count() or 1
    if paths and workers >= 2 and len(paths) >= MIN_FILES_FOR_POOL:
        default_extractor()  # built once here, inherited by the forked workers
        return _pooled(paths, keys, cache, workers)
    if paths and workers >= 2 and beside_hits:
        return _pooled(paths, keys, cache, 1)
    return (_extract_file(path, key, cache) for path, key in zip(paths, keys))


def _pooled(paths: list[Path], keys: list[str | None], cache: ReportCache | None, workers: int):
    """_extract_file of each path in a pool of forked processes, started now; a generator of the results in order."""
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    try:
        results = pool.map(_extract_file, paths, keys, repeat(cache), chunksize=4)  # submits every chunk now
    except BaseException:
        pool.shutdown(cancel_futures=True)
        raise

    def in_order():
        try:
            yield from results
        finally:
            pool.shutdown(cancel_futures=True)
    generator = in_order()
    return _Closing(generator, pool)


class _Closing:
    """A generator whose close() also shuts its pool down when the generator never started (close would not run its finally)."""

    def __init__(self, generator, pool: ProcessPoolExecutor) -> None:
        self._generator, self._pool = generator, pool

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._generator)

    def close(self) -> None:
        self._generator.close()
        self._pool.shutdown(cancel_futures=True)


def _extract_on_cluster(paths: list[Path], keys: list[str | None], cache: ReportCache | None, client):
    """Every path but the very large .txt files goes to the cluster; results are stored here."""
    from .cluster import extract_on_cluster

    remote = extract_on_cluster(client, [path for path in paths if not _streamed(path)])
    for path, key in zip(paths, keys):
        yield STREAMED if _streamed(path) else _stored(next(remote), path, key, cache)


def _cache_key(path: Path, cache: ReportCache | None) -> str | None:
    if cache is None or _streamed(path):
        return None
    return cache.key(path)


def _extract_file(path: Path, key: str | None = None, cache: ReportCache | None = None):
    """All extractions of one file, a Problem, or STREAMED for a file to be read part by part.

    Extractions are stored under key, unless the file changed while it was read.
    """
    if _streamed(path):
        return STREAMED
    return _stored(extract_path(path), path, key, cache)


def _stored(result, path: Path, key: str | None, cache: ReportCache | None):
    """result, stored in the cache under key unless the file changed while it was read."""
    if cache is not None and key is not None and isinstance(result, list) and cache.key(path) == key:
        cache.store(key, result)
    return result


def _streamed(path: Path) -> bool:
    return path.suffix.lower() == ".txt" and _size(path) > corpus.STREAM_TEXT_BYTES


def extract_path(path: Path):
    """All extractions of one file read whole, or the Problem that makes it unusable (never raises)."""
    return _extract_parts(path, lazily=False)


def _extract_parts(path: Path, lazily: bool):
    parts = open_report(path)
    if isinstance(parts, Problem):
        return parts

    def extractions():
        meta = None
        for document in parts:
            extraction = extract_report(document, meta)
            meta = meta or extraction.meta
            yield extraction

    if lazily:
        return extractions()
    try:
        return list(extractions())
    except Exception as error:  # noqa: BLE001 - a defect on one report is a skipped file, not a failed corpus
        return _failure(path, error)


def _failure(path: Path, error: Exception) -> Problem:
    if isinstance(error, RecursionError):
        return Problem(path, "extraction failed: text too deeply nested")
    return Problem(path, f"extraction failed: {type(error).__name__}: {' '.join(str(error).split())[:200]}")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _unique(report_id: str, seen: set[str]) -> str:
    """Two files with one name in different folders are two reports: the second gets a suffix."""
    candidate, number = report_id, 2
    while candidate in seen:
        candidate = f"{report_id}-{number}"
        number += 1
    seen.add(candidate)
    return candidate


def build(inputs: Sequence[Path], outdir: Path, on_problem: Callable[[Problem], None] | None = None,
          progress: Progress | None = None, validate: bool = True, workers: int | None = None,
          cache: Path | bool = True, scheduler: str | None = None) -> BuildResult:
    """Read, extract, resolve, build and write the graph of a corpus; BuildError if no report was usable.

    cache: True for the default cache folder (ufkg.cache.default_dir), a folder, or False for none.
    scheduler: the address of a Dask scheduler to extract on (ufkg.cluster), or None to extract here.
    """
    started = time.perf_counter()
    problems: list[Problem] = []

    def record(problem: Problem) -> None:
        problems.append(problem)
        if on_problem:
            on_problem(problem)

    report_cache = None if cache is False else ReportCache.open(None if cache is True else cache)
    merged_key = _merged_key(inputs, report_cache, validate)
    merged = report_cache.load_merged(merged_key) if merged_key is not None else None
    if merged is not None:  # an unchanged corpus: its outputs as the build that stored them wrote them
        outputs, summary = merged
        _replay_progress(inputs, progress)
    loads: list[StoreLoad] = []  # the query store, loaded while the rest of the merge goes on
    staging: list[Staging] = []  # the graph files, written to temporaries meanwhile too

    def load_store(graph_files: dict[str, bytes]) -> None:
        loads.append(StoreLoad(outdir, graph_files["graph.ttl"], {name: graph_files[name] for name in STAMPED_FILES}))
        staging.append(Staging({outdir / name: data for name, data in graph_files.items()}))

    keeping: threading.Thread | None = None  # what the cache keeps of this build, written while its outputs are
    fragments = report_cache.fragments() if report_cache is not None and merged is None else None
    try:
        if merged is None:
            outputs, summary = _merge(resolve_corpus(inputs, record, progress, workers, report_cache, scheduler),
                                      inputs, problems, validate, load_store, fragments,
                                      parallel=(workers or os.cpu_count() or 1) > 1)

            def keep() -> None:
                if fragments is not None:
                    fragments.finish()
                if merged_key is not None and not problems and _merged_key(inputs, report_cache, validate) == merged_key:
                    report_cache.store_merged(merged_key, outputs, summary)  # unless a file changed during the build
            keeping = threading.Thread(target=keep, name="ufkg-cache")  # hashing and writing release Python's lock
            keeping.start()
        files = {outdir / name: data for name, data in sorted(outputs.items())}
        with staged_store(outdir, outputs["graph.ttl"], {name: outputs[name] for name in STAMPED_FILES},
                          loads[0] if loads else None):
            write_all_atomic(files, staging[0].take() if staging else None)
    finally:
        for load in loads:
            load.discard()  # nothing once swapped in; what a failed build had loaded
        for staged in staging:
            staged.discard()  # nothing once written; what a failed build had staged
        if keeping is not None:
            keeping.join()
        elif fragments is not None:
            fragments.close()  # a failed build: what it wrote is still whole
    return BuildResult(outdir=outdir, reports=summary["reports"], problems=problems, entities=Counter(summary["entities"]),
                       outcomes=summary["outcomes"], triples=summary["triples"], violations=summary["violations"],
                       seconds=time.perf_counter() - started, files=sorted(files))


def _merge(kb: KnowledgeBase, inputs: Sequence[Path], problems: list[Problem], validate: bool,
           on_graph_files: Callable[[dict[str, bytes]], None] | None = None,
           fragments: FragmentStore | None = None, parallel: bool = False) -> tuple[dict[str, bytes], dict]:
    """Every output file of a resolved corpus, and the figures of its summary line.

    on_graph_files is given graph.ttl, graph.trig and graph.jsonld as soon as
    they are written, before the view and the tables (the build starts
    loading the query store from them). fragments: the named graphs written
    by earlier builds (ufkg.cache), reused where a report's graph is unchanged.
    parallel: the view and the network are made in a forked process, and the
    SHACL validation in another, while this one sorts the quads and writes the
    graph files (ufkg.forked).
    """
    if not kb.reports:
        raise BuildError(f"no readable report in {', '.join(str(p) for p in inputs)}"
                         + (f" ({len(problems)} skipped)" if problems else ""))
    with _without_cycle_collection():
        digests: dict | None = {} if fragments is not None else None
        raw = raw_quads(kb)
        union: list[list[tuple]] = []  # the distinct triples, once the sorted quads give them

        def distinct() -> list[tuple]:
            """The union's triples; in a child forked before the sort, those of the raw quads (the same set)."""
            return union[0] if union else union_triples(raw)
        # what reads only the set of triples (SHACL, the view, the network: none depends on their order) starts
        # before the quads are sorted, a third of their time, each child taking the distinct triples itself
        pictures = in_background(lambda: _pictures(distinct()), parallel)
        checking = in_background(lambda: _violation_count(distinct()), parallel) if validate else None
        try:
            quads = sorted_quads(raw, digests)  # sorted once, for the union graph and the files
            raw = None
            triples = union_triples(quads)
            union.append(triples)
            count = len(triples)
            outputs = serialize_all(quads, triples, fragments, digests)
            if on_graph_files:
                on_graph_files(outputs)
            del quads  # each step drops what it alone needed, so the peak is one step's, not all of them at once
            outputs["outcomes.csv"] = outcomes_csv(kb).encode("utf-8-sig")  # while the children still work
            violations = None if checking is None else int(checking()[_VIOLATIONS])
            outputs.update(pictures())
        finally:
            pictures.cancel()  # a child left waiting by a failure must not outlive it
            if checking is not None:
                checking.cancel()
        del triples
        union.clear()
    summary = {"reports": len(kb.reports), "entities": dict(_entity_counts(kb)), "outcomes": len(kb.outcomes),
               "triples": count, "violations": violations}
    return outputs, summary


_VIOLATIONS = "violations"  # the SHACL child's one 'file': the number of violations, in decimal


def _violation_count(triples: list[tuple]) -> dict[str, bytes]:
    """The number of SHACL violations of the union's triples, as the one file a forked child sends back.

    Validation reads nothing the graph files or the view make, so it runs in a
    child of its own beside the view's (ufkg.forked) while this process writes
    the graph files: a third of the merge's single-core time, on the other core.
    """
    return {_VIOLATIONS: str(len(validate_graph(triples))).encode("ascii")}


def _pictures(triples: list[tuple]) -> dict[str, bytes]:
    """graph.html and graph.graphml of the union's triples."""
    union = TripleIndex(triples)  # what the view and the network read, without an rdflib store
    return {"graph.html": render_view(union).encode("utf-8"), "graph.graphml": graphml(entity_graph(union))}


def _merged_key(inputs: Sequence[Path], cache: ReportCache | None, validate: bool) -> str | None:
    """The key of the corpus's outputs in the cache: None without a cache, or when a file cannot be keyed.

    The outputs depend only on each report's extractions, in order, and on the
    code that merges them, so the reports' own keys (name and bytes) under this
    fingerprint say everything: an unchanged corpus is not merged again.
    """
    if cache is None:
        return None
    paths, problems = discover(inputs)
    if problems or not paths:
        return None
    keys = [_cache_key(path, cache) for path in paths]
    if None in keys:
        return None
    return cache.merged_key(keys, validate)


def _replay_progress(inputs: Sequence[Path], progress: Progress | None) -> None:
    if progress:
        paths, _ = discover(inputs)
        for done, path in enumerate(paths, 1):
            progress(path.name, done, len(paths))


@contextmanager
def _without_cycle_collection():
    """Python's cycle collector paused while the graph is built and written.

    Those steps allocate millions of objects that all stay alive, so each
    collection rescans a growing heap for nothing (a quarter of their time at
    300 reports); the collector runs again once they are done.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _entity_counts(kb: KnowledgeBase) -> Counter:
    return Counter(entity.cls for entity in kb.entities.values() if entity.evidence)
