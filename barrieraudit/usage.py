"""Usage errors as one line that names the option and its rule, and output paths
checked before a run starts.

typer reports a bad command line with its own exception classes and pydantic's
wording ("Input should be greater than or equal to 1"); ``usage_message`` turns them
into this tool's words (``--max-pages must be at least 1``) from the option's own
declaration, in one place. ``output_folder`` and ``output_file`` refuse an output
that could not be written before any page is fetched, so a typo in ``--sarif`` does
not cost a whole crawl and hide the gate's result.
"""

from __future__ import annotations

import tempfile
from enum import Enum
from pathlib import Path
from typing import Any

from typer._click import exceptions as typer_errors

from .errors import UserError

# The exception classes typer (>=0.29, which carries its own copy of click) raises
# for a bad command line; cli.main catches these.
UsageError = typer_errors.UsageError
ClickException = typer_errors.ClickException


def usage_message(error: Exception) -> str:
    """One line, without the ``error:`` prefix, for a typer usage error."""
    if isinstance(error, typer_errors.MissingParameter) and error.param is not None:
        return _missing(error)
    if isinstance(error, typer_errors.BadParameter) and error.param is not None:
        return _bad_value(error)
    if isinstance(error, typer_errors.NoSuchOption):
        command = _command_name(error)
        hint = f" (did you mean {' or '.join(sorted(error.possibilities))}?)" if error.possibilities else ""
        return f"{command}has no option {error.option_name}{hint}"
    if isinstance(error, typer_errors.BadOptionUsage):
        return _bad_option_usage(error)
    message = error.format_message() if hasattr(error, "format_message") else str(error)
    return message[:1].lower() + message[1:].rstrip(".")


def _command_name(error: typer_errors.UsageError) -> str:
    """'check ' for an error inside a command, 'barrieraudit ' at the top level."""
    ctx = error.ctx
    return f"{ctx.info_name} " if ctx is not None and ctx.parent is not None else "barrieraudit "


def _name(param: Any) -> str:
    if param.param_type_name == "argument":
        return param.metavar or param.name.upper()
    return max(param.opts, key=len)


def _missing(error: typer_errors.MissingParameter) -> str:
    param = error.param
    if param.param_type_name == "argument":
        help_text = (param.help or "").rstrip(".")
        return f"{_command_name(error)}needs {_name(param)}" + (f": {help_text}" if help_text else "")
    return f"{_name(param)} is required"


def _bad_value(error: typer_errors.BadParameter) -> str:
    param = error.param
    name = _name(param)
    choices = param.type_descriptor.choices
    if choices:
        return f"{name} must be one of " + ", ".join(str(c.value if isinstance(c, Enum) else c) for c in choices)
    kind = param.type_descriptor.annotation
    if kind in (int, float):
        number = _number(_given(error), kind)
        whole = "a whole number" if kind is int else "a number"
        if number is None:
            return f"{name} must be {whole}"
        low, high = param.min, param.max
        if low is not None and high is not None:
            return f"{name} must be between {low:g} and {high:g}"
        if low is not None:
            return f"{name} must be at least {low:g}"
        if high is not None:
            return f"{name} must be at most {high:g}"
    return f"{name}: {error.message}"


def _given(error: Exception) -> Any:
    """The text typed for the parameter, from the validation error typer raised it with."""
    cause = error.__cause__
    errors = cause.errors() if hasattr(cause, "errors") else []
    return errors[0].get("input") if errors else None


def _number(text: Any, kind: type) -> float | None:
    try:
        return kind(text)
    except (TypeError, ValueError):
        return None


def _bad_option_usage(error: typer_errors.BadOptionUsage) -> str:
    # typer's parser raises this without a context, for two cases told apart only by
    # its wording: a flag given a value, and an option given none.
    option, message = error.option_name, error.message
    if "does not take a value" in message:
        return f"{option} is a flag and takes no value"
    if "requires" in message:
        wanted = message.split("requires", 1)[1].strip().rstrip(".")
        return f"{option} needs " + ("a value" if wanted == "an argument" else wanted.replace("arguments", "values"))
    return message.rstrip(".")


# -- outputs -------------------------------------------------------------------------------

def output_folder(option: str, folder: Path | None) -> None:
    """Refuse (exit 2) a folder for outputs that is a file or cannot be created or
    written; a missing folder is created, as writing the outputs would."""
    if folder is None:
        return
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{option} {folder} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _probe(folder)
    except OSError as exc:
        raise UserError(f"{option} {folder}: the folder cannot be written ({_reason(exc)})") from None


def output_file(option: str, path: Path | None) -> None:
    """Refuse (exit 2) an output file whose folder does not exist or cannot be
    written, or that is a folder."""
    if path is None:
        return
    if path.is_dir():
        raise UserError(f"{option} {path} is a folder; name a file")
    parent = path.parent
    if not parent.is_dir():
        raise UserError(f"{option} {path}: the folder {parent} does not exist")
    try:
        if path.exists():
            with path.open("ab"):
                pass
        else:
            _probe(parent)
    except OSError as exc:
        raise UserError(f"{option} {path}: the file cannot be written ({_reason(exc)})") from None


def _probe(folder: Path) -> None:
    # Writing is the only test that holds for every user and file system (root ignores
    # permission bits; a read-only mount refuses root too).
    with tempfile.TemporaryFile(dir=folder):
        pass


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
