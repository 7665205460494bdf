"""The `ufkg` command: argument parsing and error reporting only; the work is in the library.

User errors (a missing input, no readable report, a bad query) print one line
on stderr and exit non-zero; no traceback reaches the user for them.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__

EXIT_USER_ERROR = 2
EXIT_INVALID = 1


def _fail(message: str, code: int = EXIT_USER_ERROR) -> int:
    print(f"ufkg: {message}", file=sys.stderr)
    return code


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, not the usage text
        sys.exit(_fail(f"{message} (see `ufkg --help`)"))


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ufkg", description="Build and query knowledge graphs of United Front work reports.")
    parser.add_argument("--version", action="version", version=f"ufkg {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    build = commands.add_parser("build", help="read reports and write the graph, its view and tables")
    build.add_argument("inputs", nargs="*", type=Path, help="report files or folders (default: data/)")
    build.add_argument("-o", "--outdir", type=Path, default=Path("output"), help="output folder (default: output/)")
    build.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no per-file notes")
    build.add_argument("-v", "--verbose", action="store_true", help="name each file as it is read")
    build.add_argument("--no-validate", action="store_true", help="skip SHACL validation of the result")
    build.add_argument("--cache-dir", type=Path, metavar="DIR",
                       help="where each report's extraction is kept for the next build (default: $UFKG_CACHE_DIR, "
                            "else $XDG_CACHE_HOME/ufkg, else ~/.cache/ufkg; safe to delete)")
    build.add_argument("--no-cache", action="store_true", help="neither read nor write the cache: extract every report")
    build.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                       help="extract on this Dask scheduler's workers (needs ufkg[dask] here and on the workers)")

    query = commands.add_parser("query", help="run a read-only SPARQL query over a built graph")
    query.add_argument("query", help="SPARQL text or a path to a .rq file")
    query.add_argument("-g", "--graph", type=Path, default=Path("output/graph.ttl"), help="graph file (default: output/graph.ttl)")
    query.add_argument("-f", "--format", choices=["table", "csv", "json"], default="table", help="result format")

    compare = commands.add_parser("compare", help="a region's figures year against year, or localities side by side")
    compare.add_argument("region", nargs="?", metavar="REGION",
                         help="a region by its name, short name or code: its figures and those of the places under it")
    compare.add_argument("-g", "--graph", type=Path, default=Path("output/graph.ttl"), help="graph file (default: output/graph.ttl)")
    compare.add_argument("-f", "--format", choices=["table", "csv", "json"], default="table", help="result format")
    compare.add_argument("--subject", metavar="NAME",
                         help="localities side by side: the figures of this programme or actor (万企兴万村)")
    compare.add_argument("--measure", metavar="WHAT",
                         help="localities side by side: the figures of this measure (民营企业), with --subject or alone")
    compare.add_argument("--year", type=int, help="localities side by side: only this year")

    publish = commands.add_parser("publish", help="push a build to a SPARQL Graph Store endpoint (Oxigraph, Fuseki)")
    publish.add_argument("outdir", nargs="?", type=Path, default=Path("output"),
                         help="build folder holding graph.trig (default: output/)")
    publish.add_argument("--endpoint", metavar="URL", default=os.environ.get("UFKG_ENDPOINT"),
                         help="Graph Store Protocol URL, e.g. http://localhost:7878/store (Oxigraph) or "
                              "http://localhost:3030/DATASET/data (Fuseki) (default: $UFKG_ENDPOINT)")
    publish.add_argument("--user", default=os.environ.get("UFKG_ENDPOINT_USER"),
                         help="user name for a protected endpoint (default: $UFKG_ENDPOINT_USER); the password "
                              "comes from $UFKG_ENDPOINT_PASSWORD or --password-file, never from the command line")
    publish.add_argument("--password-file", type=Path, metavar="FILE", help="file whose first line is the password")
    publish.add_argument("--batch-size", type=int, default=10_000, metavar="N",
                         help="at most N triples in one request (default: 10000)")
    publish.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS", help="per request (default: 60)")
    publish.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    validate = commands.add_parser("validate", help="check a graph against the SHACL shapes of ontology/shapes.ttl")
    validate.add_argument("graph", nargs="?", type=Path, default=Path("output/graph.ttl"), help="graph file (default: output/graph.ttl)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        if args.command == "build":
            return _build(args)
        if args.command == "query":
            return _query(args)
        if args.command == "publish":
            return _publish(args)
        if args.command == "compare":
            return _compare(args)
        return _validate(args)
    except KeyboardInterrupt:
        return _fail("interrupted; previous outputs were left as they were", 130)
    except BrokenPipeError:
        return 0


def _build(args) -> int:
    from .cluster import ClusterError
    from .pipeline import BuildError, build
    from .progress import reporter

    inputs = args.inputs or [Path("data")]
    missing = [str(path) for path in inputs if not path.exists() and not path.is_symlink()]
    if len(missing) == len(inputs):
        return _fail(f"input not found: {', '.join(missing)}")
    with reporter(quiet=args.quiet, verbose=args.verbose) as report:
        try:
            result = build(inputs, args.outdir, on_problem=report.problem, progress=report.progress,
                           validate=not args.no_validate,
                           cache=False if args.no_cache else (args.cache_dir or True), scheduler=args.scheduler)
        except (BuildError, ClusterError) as error:
            report.close()
            return _fail(str(error))
        except OSError as error:
            report.close()
            return _fail(f"cannot write outputs to {args.outdir}: {error.strerror or error}")
    print(result.summary())
    return 0


def _query(args) -> int:
    from .query import QueryError, format_result, open_graph, query_text, run_query

    try:
        text = query_text(args.query)
        result = run_query(open_graph(args.graph), text)
    except QueryError as error:
        return _fail(str(error))
    sys.stdout.write(format_result(result, args.format))
    return 0


def _compare(args) -> int:
    from .compare import CompareError, load_corpus, localities_table, side_by_side, year_over_year, year_table
    from .query import QueryError, open_graph

    side = args.subject is not None or args.measure is not None
    if not side and (args.region is None or args.year is not None):
        return _fail("compare needs a REGION (year against year), or --subject/--measure (localities side by side)")
    try:
        corpus = load_corpus(open_graph(args.graph))
        if side:
            localities = side_by_side(corpus, args.subject, args.measure, args.region, args.year)
            text = localities_table(localities, args.format)
        else:
            text = year_table(*year_over_year(corpus, args.region), args.format)
    except (QueryError, CompareError) as error:
        return _fail(str(error))
    if args.format == "csv":  # UTF-8 with a BOM, as outcomes.csv, for spreadsheet programs
        sys.stdout.flush()
        sys.stdout.buffer.write(("\ufeff" + text).encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        sys.stdout.write(text)
    return 0


def _publish(args) -> int:
    from .publish import Endpoint, PublishError, publish

    if not args.endpoint:
        return _fail("publish needs --endpoint URL (or $UFKG_ENDPOINT)")
    password = os.environ.get("UFKG_ENDPOINT_PASSWORD")
    if args.password_file is not None:
        try:
            password = args.password_file.read_text(encoding="utf-8").splitlines()[0] if \
                args.password_file.stat().st_size else ""
        except OSError as error:
            return _fail(f"cannot read --password-file {args.password_file}: {error.strerror or error}")
    try:
        endpoint = Endpoint.parse(args.endpoint, args.user, password, args.timeout)
        with _bar("publishing", quiet=args.quiet) as progress:
            result = publish(args.outdir, endpoint, args.batch_size, progress=progress)
    except PublishError as error:
        return _fail(str(error))
    print(result.summary())
    return 0


def _bar(description: str, quiet: bool):
    """A rich progress bar on stderr while a terminal watches (nothing otherwise), closed however the work ends."""
    from contextlib import contextmanager

    @contextmanager
    def bar():
        if quiet or not sys.stderr.isatty():
            yield None
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(TextColumn(description), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task(description, total=None)
            yield lambda done, total: progress.update(task, completed=done, total=total)
    return bar()


def _validate(args) -> int:
    from .query import QueryError, load_graph
    from .validate import validate_graph

    try:
        graph = load_graph(args.graph)
    except QueryError as error:
        return _fail(str(error))
    violations = validate_graph(graph)
    for violation in violations:
        path = f" {violation.path}" if violation.path else ""
        print(f"{violation.focus}{path}: {violation.message}")
    print(f"{len(violations)} violation{'s' if len(violations) != 1 else ''} in {args.graph}")
    return EXIT_INVALID if violations else 0


if __name__ == "__main__":
    sys.exit(main())
