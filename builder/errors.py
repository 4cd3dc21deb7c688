"""One exception family for the whole tool, rooted in click's error type."""
from __future__ import annotations

import click


class BriefingError(click.ClickException):
    """Base class: a message that says what went wrong and what to do."""


class ConfigError(BriefingError):
    """A configuration file or option is invalid (the message names the key)."""


class InputError(BriefingError):
    """An input file cannot be read as an article (the message names the file)."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ModelNotFoundError(BriefingError):
    """No spaCy pipeline is installed under the configured name."""


class BuildError(BriefingError):
    """The build could not finish; the previous output was left in place."""
