"""Briefing: turn a pile of news articles into a briefing website."""

__version__ = "0.1.0"
