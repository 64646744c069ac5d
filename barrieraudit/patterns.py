"""Large regular expressions compiled once per machine, not once per process.

The lexicons' term sets and the money tables are a few hundred patterns, ~470,000
characters in all. Python's ``re`` parses and compiles them in pure Python: ~1.3 s of
CPU in every process that evaluates pages (every check worker of every run, ``evaluate``),
about a quarter of what a one-page site's whole crawl costs. The result of that
compilation is a list of integers that ``_sre`` turns into a pattern at once; this
module keeps those lists in a file in the user's cache directory, as Python keeps
compiled modules in ``__pycache__``, and builds the patterns from them.

- The file is ``$BARRIERAUDIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/barrieraudit``, else
  ``~/.cache/barrieraudit``, named for the Python version and ``_sre``'s format: another
  Python never reads it.
- An entry is looked up by a hash of the pattern's text and flags, and ``_sre`` checks
  the code it is given. A missing, unreadable or wrong entry, a directory that cannot
  be written, or a Python without these internals: the pattern is compiled as ``re``
  compiles it, and the run goes on as before.
- JSON and base64, nothing executable: a changed file can only make a pattern be
  compiled again.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
import threading
from array import array
from pathlib import Path
from typing import Any

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python implementation: ``re`` compiles every time
    _sre = None

# Entries in the file above which it starts again with this process's own: the
# lexicons' and money tables' patterns are ~650; each edit of a lexicon adds a few.
MAX_ENTRIES = 2_000

_lock = threading.Lock()
_entries: dict[str, dict[str, Any]] | None = None
_used: set[str] = set()
_new = False


def cache_file() -> Path | None:
    if _sre is None or array("I").itemsize != _sre.CODESIZE:
        return None
    folder = os.environ.get("BARRIERAUDIT_CACHE_DIR")
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "barrieraudit")
    return Path(folder) / f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}.json"


def _read(path: Path | None) -> dict[str, dict[str, Any]]:
    if path is None:
        return {}
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _key(source: str, flags: int) -> str:
    return hashlib.blake2b(f"{flags}:{source}".encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _build(source: str, entry: dict[str, Any]) -> re.Pattern[str]:
    code = array("I")
    code.frombytes(base64.b64decode(entry["code"]))
    groupindex = {str(name): int(index) for name, index in entry["groupindex"].items()}
    return _sre.compile(source, int(entry["flags"]), code.tolist(), int(entry["groups"]),
                        groupindex, tuple(entry["indexgroup"]))


def _compiled(source: str, flags: int) -> tuple[re.Pattern[str], dict[str, Any]]:
    """``re._compiler.compile``, keeping what it hands ``_sre``."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry = {"flags": flags | parsed.state.flags, "code": base64.b64encode(array("I", code).tobytes()).decode("ascii"),
             "groups": parsed.state.groups - 1, "groupindex": groupindex, "indexgroup": indexgroup}
    return _build(source, entry), entry


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 -- as ``re.compile``
    """``re.compile(source, flags)``, from the cache where it holds the pattern."""
    global _entries, _new
    if _sre is None:
        return re.compile(source, flags)
    key = _key(source, flags)
    with _lock:
        if _entries is None:
            _entries = _read(cache_file())
        entry = _entries.get(key)
    if entry is not None:
        try:
            pattern = _build(source, entry)
        except Exception:  # noqa: BLE001 -- a damaged or foreign entry: compiled again below
            pass
        else:
            with _lock:
                _used.add(key)
            return pattern
    try:
        pattern, entry = _compiled(source, flags)
    except re.error:
        raise  # as ``re.compile`` raises it
    except Exception:  # noqa: BLE001 -- the internals changed: ``re`` as it is
        return re.compile(source, flags)
    with _lock:
        _entries[key] = entry
        _used.add(key)
        _new = True
    return pattern


def save() -> None:
    """Add the patterns compiled here to the file, if any were new. Quietly does nothing
    where the cache directory cannot be written."""
    global _new
    path = cache_file()
    with _lock:
        if not _new or _entries is None or path is None:
            return
        ours = {key: _entries[key] for key in _used}
        _new = False
    entries = _read(path)
    entries.update(ours)
    if len(entries) > MAX_ENTRIES:
        entries = ours
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".json")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(entries, out)
        os.replace(temporary, path)  # whole or not at all, also with two processes writing
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
