"""The README documents every command, option and configuration key; the API is complete."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

import barrieraudit
from barrieraudit.cli import app
from barrieraudit.config import RunConfig, SiteConfig

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented_in_the_readme():
    command = typer.main.get_command(app)
    for name in command.commands:
        assert f"barrieraudit {name}" in README, name


def test_every_check_option_is_documented_in_the_readme():
    check = typer.main.get_command(app).commands["check"]
    for param in check.params:
        for option in param.opts:
            if option.startswith("--") and option != "--help":
                assert f"`{option}" in README, option


def test_every_config_key_is_documented_in_the_readme():
    for key in set(RunConfig.model_fields) | set(SiteConfig.model_fields):
        assert re.search(rf"`{key}`", README), key


def test_the_public_api_is_a_sorted_complete_all():
    assert barrieraudit.__all__ == sorted(barrieraudit.__all__)
    for name in barrieraudit.__all__:
        assert hasattr(barrieraudit, name), name
    public = {n for n in vars(barrieraudit) if not n.startswith("_") and not isinstance(
        getattr(barrieraudit, n), type(barrieraudit))} - {"annotations"}
    assert public <= set(barrieraudit.__all__)


def test_every_crawl_option_is_documented_in_the_readme():
    crawl = typer.main.get_command(app).commands["crawl"]
    for param in crawl.params:
        for option in param.opts:
            if option.startswith("--") and option != "--help":
                assert f"`{option}" in README, option


def test_the_readme_config_examples_are_valid_configs():
    import yaml

    from barrieraudit.config import parse_config

    examples = [block for block in re.findall(r"```yaml\n(.*?)```", README, re.S)
                if re.search(r"^sites:", block, re.M)]
    assert any("checks:" in block and "ignore:" in block for block in examples)
    for block in examples:
        parse_config(yaml.safe_load(block), "README example")
