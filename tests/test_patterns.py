"""The compiled-pattern cache (``barrieraudit/patterns.py``): a pattern built from its
file matches exactly as ``re.compile`` of the same text, and a damaged, foreign or
unwritable cache only costs a compilation."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from barrieraudit import patterns
from barrieraudit.evaluate.money import _tables
from barrieraudit.lexicon import concept

# Multilingual text with amounts, for the patterns below to find things in.
SAMPLE = ("Registration fee: USD 150, students 2.500$00 or 300 €. Les frais d'inscription sont de 80 euros. "
          "Inscripción gratuita. A taxa de inscrição é R$ 120,00. Взнос 5000 руб. 注册费为150美元，远程参与免费。"
          "رسوم التسجيل 100 دولار. 500\tNTD") * 3


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("BARRIERAUDIT_CACHE_DIR", str(tmp_path))
    return patterns.cache_folder()


def _sources() -> list[tuple[str, int]]:
    amounts, currency = _tables()[:2]
    return [(amounts.pattern, 0), (currency.pattern, 0),
            (concept("participation", "remote_participation").terms.pattern.pattern, 0),
            (r"(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)|fees?", re.IGNORECASE)]


SOURCES = _sources()  # built here, so a test's cache folder holds only what the test compiles


def _same(built: re.Pattern[str], expected: re.Pattern[str]) -> None:
    assert (built.pattern, built.flags, built.groups, built.groupindex) == \
           (expected.pattern, expected.flags, expected.groups, expected.groupindex)
    assert [(m.span(), m.groupdict()) for m in built.finditer(SAMPLE)] == \
           [(m.span(), m.groupdict()) for m in expected.finditer(SAMPLE)]


def test_a_pattern_from_its_file_matches_as_re_compiles_it(folder, monkeypatch):
    sources = SOURCES
    for source, flags in sources:
        _same(patterns.compile(source, flags), re.compile(source, flags))
    files = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}
    assert sorted(files) == sorted(patterns._key(source, flags) for source, flags in sources)

    # As in the next process: every pattern comes from its file, none is compiled or written.
    monkeypatch.setattr(patterns, "_compiled", lambda *_: pytest.fail("compiled although its file is there"))
    for source, flags in sources:
        _same(patterns.compile(source, flags), re.compile(source, flags))
    assert {path.name: path.stat().st_mtime_ns for path in folder.iterdir()} == files


def test_the_amount_pattern_finds_the_amounts_of_the_sample():
    # What _same compares is not empty: the money tables' pattern finds these.
    amounts = _tables()[0]
    assert [m.group() for m in amounts.finditer(SAMPLE[:len(SAMPLE) // 3])][:3] == ["USD 150", "2.500$00", "300 €"]


@pytest.mark.parametrize("damage", ["empty", "not json", "code _sre refuses", "half the code"])
def test_a_damaged_file_only_costs_a_compilation(folder, damage):
    source, flags = SOURCES[0]
    _same(patterns.compile(source, flags), re.compile(source, flags))
    [path] = folder.iterdir()
    assert path.name == patterns._key(source, flags)
    good = path.read_bytes()
    header, _, code = good.partition(b"\n")
    path.write_bytes({"empty": b"", "not json": b"{not json\n" + code,
                      "code _sre refuses": header + b"\n" + bytes(8) + code[8:],  # as long ("invalid SRE code")
                      "half the code": header + b"\n" + code[:len(code) // 2 + 1]}[damage])
    _same(patterns.compile(source, flags), re.compile(source, flags))
    assert path.read_bytes() == good  # written again
    assert [p.name for p in folder.iterdir()] == [path.name]  # no temporary file left


def test_an_unwritable_cache_folder_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("BARRIERAUDIT_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot be made
    source, flags = SOURCES[3]
    _same(patterns.compile(source, flags), re.compile(source, flags))
    assert not (blocker / "cache").exists()


def test_an_invalid_pattern_raises_as_re_does(folder):
    with pytest.raises(re.error, match="missing \\)"):
        patterns.compile("(unclosed")
    assert not folder.exists()


def test_the_check_workers_second_start_compiles_nothing(tmp_path):
    """Two processes in turn build what evaluating a site needs (``evaluate.prepare``, as
    each check worker does): the first writes the files, the second only reads them."""
    script = ("import barrieraudit.patterns as p\n"
              "compiled = []\n"
              "original = p._compiled\n"
              "p._compiled = lambda *a: compiled.append(1) or original(*a)\n"
              "from barrieraudit.evaluate import prepare\n"
              "prepare()\n"
              "print(len(compiled))\n")
    env = {**os.environ, "BARRIERAUDIT_CACHE_DIR": str(tmp_path)}
    counts = [int(subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                                 check=True).stdout) for _ in range(2)]
    assert counts[0] > 100 and counts[1] == 0, counts
