"""What a build tells the person running it on stderr: skipped files, progress, files read."""
from __future__ import annotations

import sys
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from .corpus import Problem

MIN_FILES_FOR_BAR = 4  # a progress bar for two files is noise


class Reporter:
    """Prints one line per skipped file; a progress bar when stderr is a terminal and the corpus is big enough."""

    def __init__(self, quiet: bool, verbose: bool):
        self.quiet, self.verbose = quiet, verbose
        self.console = Console(stderr=True, highlight=False, soft_wrap=True)
        self.interactive = sys.stderr.isatty() and not quiet
        self.bar: Progress | None = None
        self.task = None
        self.stage_total = None

    def problem(self, problem: Problem) -> None:
        """One line naming a skipped file and why (always shown: a skipped file must never go unnoticed)."""
        line = f"ufkg: skipped {problem.path}: {problem.reason}"
        if self.bar is not None:
            self.bar.console.print(escape(line), markup=True)
        else:
            print(line, file=sys.stderr)

    def progress(self, name: str, done: int, total: int) -> None:
        if self.verbose:
            line = f"ufkg: [{done}/{total}] {name}"
            if self.bar is not None:
                self.bar.console.print(escape(line))
            else:
                print(line, file=sys.stderr)
        if not self.interactive or total < MIN_FILES_FOR_BAR:
            return
        if self.bar is None:
            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                TimeRemainingColumn(), console=self.console, transient=True)
            self.bar.start()
        if self.task is None or self.stage_total != total or done == 1:
            if self.task is not None:
                self.bar.remove_task(self.task)
            self.task = self.bar.add_task("reading" if self.task is None else "extracting", total=total)
            self.stage_total = total
        self.bar.update(self.task, completed=done)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


@contextmanager
def reporter(quiet: bool = False, verbose: bool = False):
    """A Reporter that is closed (its bar removed) however the build ends."""
    current = Reporter(quiet, verbose)
    try:
        yield current
    finally:
        current.close()
