"""Outputs are replaced all at once or not at all, and no temporary files are left."""
from __future__ import annotations

import os
import stat

import pytest

from ufkg import atomic
from ufkg.atomic import write_all_atomic, write_atomic


def listing(folder):
    return sorted(path.name for path in folder.iterdir())


def previous_build(outdir):
    outdir.mkdir()
    old = {outdir / "graph.ttl": b"old turtle", outdir / "graph.trig": b"old trig", outdir / "graph.html": b"old html"}
    for path, data in old.items():
        path.write_bytes(data)
    return old


def test_write_atomic_writes_bytes_and_text_as_utf8(tmp_path):
    write_atomic(tmp_path / "a.bin", b"\x00\x01")
    write_atomic(tmp_path / "b.ttl", "统一战线")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "b.ttl").read_bytes() == "统一战线".encode("utf-8")
    assert listing(tmp_path) == ["a.bin", "b.ttl"]


def test_missing_output_folders_are_created(tmp_path):
    write_atomic(tmp_path / "output" / "nested" / "graph.ttl", "x")
    assert (tmp_path / "output" / "nested" / "graph.ttl").read_text() == "x"


def test_existing_file_is_replaced_and_keeps_its_mode(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text("old")
    path.chmod(0o640)
    write_atomic(path, "new")
    assert path.read_text() == "new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_new_files_are_readable_by_others_not_private(tmp_path):
    write_atomic(tmp_path / "graph.ttl", "x")
    assert stat.S_IMODE((tmp_path / "graph.ttl").stat().st_mode) == 0o644


def test_all_files_are_written(tmp_path):
    old = previous_build(tmp_path / "out")
    write_all_atomic({path: b"new " + data for path, data in old.items()})
    assert {path: path.read_bytes() for path in old} == {path: b"new " + data for path, data in old.items()}
    assert listing(tmp_path / "out") == ["graph.html", "graph.trig", "graph.ttl"]


def test_a_failure_while_writing_leaves_the_previous_outputs_whole(tmp_path, monkeypatch):
    old = previous_build(tmp_path / "out")
    real_fsync = os.fsync
    calls = []

    def failing_fsync(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="No space left"):
        write_all_atomic({path: b"new" for path in old})
    assert {path: path.read_bytes() for path in old} == old
    assert listing(tmp_path / "out") == ["graph.html", "graph.trig", "graph.ttl"]


def test_a_failure_midway_through_replacing_rolls_back(tmp_path, monkeypatch):
    old = previous_build(tmp_path / "out")
    new_file = tmp_path / "out" / "graph.jsonld"
    real_replace = os.replace
    moves = []

    def failing_replace(source, target):
        # Fail on the third move into place: two outputs are already new by then.
        if str(source).endswith(".tmp"):
            moves.append(target)
            if len(moves) == 3:
                raise OSError(5, "Input/output error")
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    files = {new_file: b"new", **{path: b"new" for path in old}}
    with pytest.raises(OSError, match="Input/output error"):
        write_all_atomic(files)
    assert len(moves) == 3
    assert {path: path.read_bytes() for path in old} == old
    assert not new_file.exists()
    assert listing(tmp_path / "out") == ["graph.html", "graph.trig", "graph.ttl"]


def test_a_failed_single_write_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "graph.ttl"
    path.write_bytes(b"old")

    def failing_replace(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    with pytest.raises(PermissionError):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"
    assert listing(tmp_path) == ["graph.ttl"]


def test_an_interrupt_is_cleaned_up_too(tmp_path, monkeypatch):
    path = tmp_path / "graph.ttl"
    path.write_bytes(b"old")

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"
    assert listing(tmp_path) == ["graph.ttl"]


def test_staged_files_are_moved_in_with_the_others(tmp_path):
    old = previous_build(tmp_path / "out")
    ttl, trig, html = sorted(old, key=lambda path: path.name)[::-1]
    staging = atomic.Staging({ttl: b"new turtle", trig: "new trig"})
    write_all_atomic({ttl: b"new turtle", trig: b"new trig", html: b"new html"}, staging.take())
    assert [path.read_bytes() for path in (ttl, trig, html)] == [b"new turtle", b"new trig", b"new html"]
    staging.discard()  # nothing left to remove
    assert listing(tmp_path / "out") == ["graph.html", "graph.trig", "graph.ttl"]


def test_staged_files_of_a_failed_write_or_a_failed_build_are_removed(tmp_path, monkeypatch):
    old = previous_build(tmp_path / "out")
    atomic.Staging({path: b"staged" for path in old}).discard()  # the build failed before writing
    assert listing(tmp_path / "out") == ["graph.html", "graph.trig", "graph.ttl"]
    staged = atomic.stage_files({path: b"new" for path in old})
    monkeypatch.setattr(atomic.os, "replace", lambda source, target: (_ for _ in ()).throw(OSError(5, "Input/output error")))
    with pytest.raises(OSError, match="Input/output error"):
        write_all_atomic({path: b"new" for path in old}, staged)
    assert {path: path.read_bytes() for path in old} == old
    assert listing(tmp_path / "out") == ["graph.html", "graph.trig", "graph.ttl"]


def test_a_staging_that_failed_leaves_the_writing_to_write_all_atomic(tmp_path, monkeypatch):
    old = previous_build(tmp_path / "out")
    monkeypatch.setattr(atomic, "_write_temp", lambda path, data: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    staged = atomic.Staging({path: b"new" for path in old}).take()
    assert staged == {}
    monkeypatch.undo()
    write_all_atomic({path: b"new" for path in old}, staged)
    assert {path.read_bytes() for path in old} == {b"new"}
