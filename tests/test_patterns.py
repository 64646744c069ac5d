"""The compiled-pattern cache (``barrieraudit/patterns.py``): a pattern built from the
file matches exactly as ``re.compile`` of the same text, and a damaged, foreign or
unwritable cache only costs a compilation."""

from __future__ import annotations

import json
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
def cache(tmp_path, monkeypatch):
    """The module's state as in a new process, with its file in ``tmp_path``."""
    monkeypatch.setenv("BARRIERAUDIT_CACHE_DIR", str(tmp_path))

    def new_process() -> None:
        monkeypatch.setattr(patterns, "_entries", None)
        monkeypatch.setattr(patterns, "_used", set())
        monkeypatch.setattr(patterns, "_new", False)

    new_process()
    return new_process


def _sources() -> list[tuple[str, int]]:
    amounts, currency = _tables()[:2]
    return [(amounts.pattern, 0), (currency.pattern, 0), (concept("participation", "remote_participation").terms.pattern.pattern, 0),
            (r"(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)|fees?", re.IGNORECASE)]


def _same(built: re.Pattern[str], expected: re.Pattern[str]) -> None:
    assert (built.pattern, built.flags, built.groups, built.groupindex) == \
           (expected.pattern, expected.flags, expected.groups, expected.groupindex)
    assert [(m.span(), m.groupdict()) for m in built.finditer(SAMPLE)] == \
           [(m.span(), m.groupdict()) for m in expected.finditer(SAMPLE)]


def test_a_pattern_from_the_file_matches_as_re_compiles_it(cache, monkeypatch):
    sources = _sources()
    for source, flags in sources:
        _same(patterns.compile(source, flags), re.compile(source, flags))
    patterns.save()
    [written] = list(Path(os.environ["BARRIERAUDIT_CACHE_DIR"]).iterdir())
    # (with the other term sets of the concept, compiled as it was built)
    assert {patterns._key(source, flags) for source, flags in sources} <= json.loads(written.read_text()).keys()

    cache()  # the next process: every pattern comes from the file, none is compiled
    monkeypatch.setattr(patterns, "_compiled", lambda *_: pytest.fail("compiled although the file holds it"))
    for source, flags in sources:
        _same(patterns.compile(source, flags), re.compile(source, flags))
    modified = written.stat().st_mtime_ns
    patterns.save()
    assert written.stat().st_mtime_ns == modified  # nothing new: not written again


def test_the_amount_pattern_finds_the_amounts_of_the_sample():
    # What _same compares is not empty: the money tables' pattern finds these.
    amounts = _tables()[0]
    assert [m.group() for m in amounts.finditer(SAMPLE[:len(SAMPLE) // 3])][:3] == ["USD 150", "2.500$00", "300 €"]


def test_a_damaged_file_or_entry_only_costs_a_compilation(cache):
    source, flags = _sources()[0]
    folder = Path(os.environ["BARRIERAUDIT_CACHE_DIR"])
    path = patterns.cache_file()
    path.write_text("{not json")
    _same(patterns.compile(source, flags), re.compile(source, flags))
    patterns.save()
    [(key, entry)] = json.loads(path.read_text()).items()

    entry["code"] = "AAAAAAAA" + entry["code"][8:]  # as long, but code _sre refuses ("invalid SRE code")
    path.write_text(json.dumps({key: entry}))
    cache()
    _same(patterns.compile(source, flags), re.compile(source, flags))
    patterns.save()
    assert json.loads(path.read_text())[key]["code"] != entry["code"]  # the entry is mended
    assert [p.name for p in folder.iterdir()] == [path.name]  # no temporary file left


def test_an_unwritable_cache_directory_is_no_error(tmp_path, cache, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("BARRIERAUDIT_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot be made
    source, flags = _sources()[3]
    _same(patterns.compile(source, flags), re.compile(source, flags))
    patterns.save()
    assert not (blocker / "cache").exists()


def test_an_invalid_pattern_raises_as_re_does(cache):
    with pytest.raises(re.error, match="missing \\)"):
        patterns.compile("(unclosed")


def test_the_check_workers_second_start_compiles_nothing(tmp_path):
    """Two processes in turn build what evaluating a site needs (``evaluate.prepare``, as
    each check worker does): the first writes the file, the second only reads it."""
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
