"""Tests about the project: documented config keys and CLI options, README commands, make help."""
from __future__ import annotations

import re
import subprocess

from click.testing import CliRunner

from builder.cli import main
from builder.config import documented_keys, load_config
from builder.errors import ConfigError


def test_every_config_key_is_documented(root):
    doc = (root / "docs" / "reference" / "configuration.md").read_text()
    for key in documented_keys():
        assert f"`{key}`" in doc, key


def test_every_command_has_help_and_documented_options(root):
    readme = (root / "README.md").read_text()
    runner = CliRunner()
    for name, cmd in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert f"briefing {name}" in readme, name
        for param in cmd.params:
            for opt in param.opts:
                if opt.startswith("--") and opt not in ("--help",):
                    assert opt in result.output


def test_build_options_have_the_required_names():
    out = CliRunner().invoke(main, ["build", "--help"]).output
    for opt in ("--input", "--docs-dir", "--build-dir", "--site-dir", "--strict", "--no-site"):
        assert opt in out


def test_readme_commands_are_the_ci_commands(root):
    readme = (root / "README.md").read_text()
    assert "make build" in readme and "make test" in readme
    assert "make test" in (root / ".ci" / "run").read_text()


def test_make_help_lists_targets(root):
    out = subprocess.run(["make", "-s", "help"], cwd=root, capture_output=True, text=True).stdout
    for target in ("build", "test", "serve", "clean"):
        assert re.search(rf"make {target}\b", out), target


def test_config_errors_name_the_key(tmp_path):
    cfg = tmp_path / "briefing.yml"
    cfg.write_text("jobs: many\n")
    try:
        load_config(cfg)
    except ConfigError as exc:
        assert "'jobs'" in exc.message
    else:
        raise AssertionError("expected a ConfigError")
    cfg.write_text("inputs: [a, b]\nnot_a_key: 1\n")
    assert load_config(cfg).inputs == ("a", "b")
