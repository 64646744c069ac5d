"""Large regular expressions compiled once per machine, not once per process.

The lexicons' term sets and the money tables are ~180 patterns, ~430,000 characters in
all. Python's ``re`` parses and compiles them in pure Python: ~1.3 s of CPU in every
process that evaluates pages (every check worker of every run, ``evaluate``), about a
fifth of the CPU a whole crawl of a one-page site took. What that compilation makes is a
list of integers that ``_sre`` turns into a pattern at once; this module keeps each
pattern's list in a file of the user's cache directory, as Python keeps compiled modules
in ``__pycache__``, and builds the pattern from it.

- The folder is ``$BARRIERAUDIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/barrieraudit``, else
  ``~/.cache/barrieraudit``, then ``patterns-<Python>-<_sre's format>``: another Python
  never reads it. A file is named by a hash of its pattern's text and flags, and written
  whole (a temporary file renamed), so processes compiling at once do not mix.
- ``_sre`` checks the code it is given. A missing, damaged or foreign file, a folder that
  cannot be written, or a Python without these internals: the pattern is compiled as
  ``re`` compiles it, and the run goes on as before.
- JSON and the code's bytes, nothing executable: a changed file can only make a pattern
  be compiled again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python implementation: ``re`` compiles every time
    _sre = None


def cache_root() -> Path:
    """barrieraudit's folder in the user's cache directory (it may not exist yet)."""
    folder = os.environ.get("BARRIERAUDIT_CACHE_DIR")
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "barrieraudit")
    return Path(folder)


def cache_folder() -> Path | None:
    if _sre is None or array("I").itemsize != _sre.CODESIZE:
        return None
    return cache_root() / f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}"


def _key(source: str, flags: int) -> str:
    return hashlib.blake2b(f"{flags}:{source}".encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _build(source: str, blob: bytes) -> re.Pattern[str]:
    """The pattern from a file's bytes: a line of JSON (flags, groups), then the code."""
    header, _, raw = blob.partition(b"\n")
    meta = json.loads(header)
    code = array("I")
    code.frombytes(raw)
    groupindex = {str(name): int(index) for name, index in meta["groupindex"].items()}
    return _sre.compile(source, int(meta["flags"]), code.tolist(), int(meta["groups"]),
                        groupindex, tuple(meta["indexgroup"]))


def _compiled(source: str, flags: int) -> tuple[re.Pattern[str], bytes]:
    """``re._compiler.compile``, keeping what it hands ``_sre`` as a file's bytes."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    meta = {"flags": flags | parsed.state.flags, "groups": parsed.state.groups - 1,
            "groupindex": groupindex, "indexgroup": indexgroup}
    blob = json.dumps(meta).encode() + b"\n" + array("I", code).tobytes()
    return _build(source, blob), blob


def write_whole(path: Path, blob: bytes) -> None:
    """``blob`` as the file ``path``, whole or not at all; nothing where it cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(blob)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 -- as ``re.compile``
    """``re.compile(source, flags)``, from the cache where it holds the pattern."""
    folder = cache_folder()
    if folder is None:
        return re.compile(source, flags)
    path = folder / _key(source, flags)
    try:
        return _build(source, path.read_bytes())
    except Exception:  # noqa: BLE001 -- no file, or a damaged or foreign one: compiled below
        pass
    try:
        pattern, blob = _compiled(source, flags)
    except re.error:
        raise  # as ``re.compile`` raises it
    except Exception:  # noqa: BLE001 -- the internals changed: ``re`` as it is
        return re.compile(source, flags)
    write_whole(path, blob)
    return pattern
