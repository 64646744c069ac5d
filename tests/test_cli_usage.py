"""A mistyped command line is one line naming the option and its rule, and exit 2;
outputs that could not be written are refused before any page is fetched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fixture_sites import forum_site

CLI = [sys.executable, "-m", "barrieraudit"]


def cli(*args: str, **options) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120, **options)


@pytest.mark.parametrize(("args", "line"), [
    (["check", "http://127.0.0.1:9/", "--max-pages", "0"], "error: --max-pages must be at least 1"),
    (["check", "http://127.0.0.1:9/", "--max-pages", "many"], "error: --max-pages must be a whole number"),
    (["check", "http://127.0.0.1:9/", "--max-pages"], "error: --max-pages needs a value"),
    (["check", "http://127.0.0.1:9/", "--fail-under", "120"], "error: --fail-under must be between 0 and 100"),
    (["check", "http://127.0.0.1:9/", "--fail-under", "high"], "error: --fail-under must be a number"),
    (["check", "http://127.0.0.1:9/", "--fail-on", "bad"],
     "error: --fail-on must be one of critical, serious, moderate, minor, info"),
    (["check", "http://127.0.0.1:9/", "--concurrency", "0"], "error: --concurrency must be between 1 and 32"),
    (["check", "http://127.0.0.1:9/", "--delay", "-1"], "error: --delay must be at least 0"),
    (["check", "http://127.0.0.1:9/", "--scope", "site"], "error: --scope must be one of domain, host, prefix"),
    (["check", "http://127.0.0.1:9/", "--ignore-robots=yes"], "error: --ignore-robots is a flag and takes no value"),
    (["check", "http://127.0.0.1:9/", "--max-page", "3"],
     "error: check has no option --max-page (did you mean --max-pages?)"),
    (["check"], "error: check needs URL: Start URL of the site to audit"),
    (["crawl"], "error: no barrieraudit.yaml (or .barrieraudit.yaml) in the current folder: name a config file "
                "(barrieraudit crawl CONFIG) or create one (see the README)"),
    (["crawl", "sites.yaml", "--concurrency", "0"], "error: --concurrency must be between 1 and 32"),
    # The overrides of a config's settings are held to the config's own rules.
    (["crawl", "sites.yaml", "--max-pages", "0"], "error: --max-pages must be between 1 and 10000"),
    (["crawl", "sites.yaml", "--delay", "121"], "error: --delay must be between 0 and 120"),
    (["check", "http://127.0.0.1:9/", "--fail-under", "disabld=70"],
     "error: --fail-under: no score named 'disabld' (did you mean 'disabled'?); the scores are overall, disabled, "
     "youth, developing, accessibility, language, cost, registration, bandwidth"),
    (["check", "http://127.0.0.1:9/", "--fail-under", "cost=200"], "error: --fail-under cost must be between 0 and 100"),
    (["check", "http://127.0.0.1:9/", "--baseline", "none.json"],
     "error: --baseline none.json: no such file (write one with --write-baseline)"),
    (["report", "--fail-on", "severe"], "error: --fail-on must be one of critical, serious, moderate, minor, info"),
    (["audit"], "error: no such command 'audit'"),
    (["--verbose"], "error: barrieraudit has no option --verbose (did you mean --version?)"),
])
def test_a_usage_error_is_one_line_naming_the_option_and_exit_2(args, line, tmp_path):
    result = cli(*args, cwd=tmp_path)
    assert (result.returncode, result.stderr, result.stdout) == (2, line + "\n", "")


def test_the_bare_command_prints_the_help_on_stderr_and_exits_2():
    result = cli()
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Usage: barrieraudit [OPTIONS] COMMAND [ARGS]..." in result.stderr
    assert "crawl" in result.stderr and "Traceback" not in result.stderr


def test_help_goes_to_stdout_and_exits_0():
    result = cli("--help")
    assert (result.returncode, result.stderr) == (0, "")
    assert "Usage: barrieraudit [OPTIONS] COMMAND [ARGS]..." in result.stdout


def outputs_refused(tmp_path: Path) -> list[tuple[list[str], str]]:
    (tmp_path / "a-file").write_text("not a folder")
    (tmp_path / "a-folder").mkdir()
    return [
        (["--sarif", str(tmp_path / "missing" / "out.sarif")],
         f"error: --sarif {tmp_path / 'missing' / 'out.sarif'}: the folder {tmp_path / 'missing'} does not exist"),
        (["--junit", str(tmp_path / "missing" / "junit.xml")],
         f"error: --junit {tmp_path / 'missing' / 'junit.xml'}: the folder {tmp_path / 'missing'} does not exist"),
        (["--junit", str(tmp_path / "a-folder")], f"error: --junit {tmp_path / 'a-folder'} is a folder; name a file"),
        (["--out", str(tmp_path / "a-file")], f"error: --out {tmp_path / 'a-file'} is a file, not a folder"),
        (["--out", str(tmp_path / "a-file" / "report")],
         f"error: --out {tmp_path / 'a-file' / 'report'}: the folder cannot be written (not a directory)"),
    ]


@pytest.mark.parametrize("command", ["check", "crawl"])
def test_outputs_that_cannot_be_written_are_refused_before_any_page_is_fetched(command, tmp_path):
    with forum_site(barriers=1) as site:
        config = tmp_path / "sites.yaml"
        config.write_text(f"sites:\n  - {{name: Forum, url: '{site.url}'}}\n")
        target = [site.url] if command == "check" else [str(config)]
        for options, line in outputs_refused(tmp_path):
            result = cli(command, *target, "--db", str(tmp_path / "runs.db"), "-q", *options)
            assert (result.returncode, result.stderr) == (2, line + "\n"), options
        assert site.log == []  # not even robots.txt was asked for
    assert not (tmp_path / "runs.db").exists()


def test_a_read_only_out_folder_is_refused_before_the_crawl(tmp_path):
    # A folder nobody may write, root included (root ignores permission bits on a
    # folder of its own): sysfs refuses new files to every user.
    read_only = Path("/sys/kernel")
    with forum_site(barriers=1) as site:
        result = cli("check", site.url, "--db", str(tmp_path / "runs.db"), "--out", str(read_only), "-q")
        assert site.log == []
    assert (result.returncode, result.stderr) == (
        2, f"error: --out {read_only}: the folder cannot be written (permission denied)\n")
    assert not (tmp_path / "runs.db").exists()
