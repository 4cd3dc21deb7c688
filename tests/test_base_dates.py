"""Date expressions resolved against an article date with the sentence tense."""
from __future__ import annotations

from datetime import date

import pytest

from builder.dates import compatible, resolve

MONDAY = date(2022, 1, 10)


@pytest.mark.parametrize("text, past, expected", [
    ("December 17, 2021", None, ("2021-12-17", "day", "explicit")),
    ("17 December 2021", None, ("2021-12-17", "day", "explicit")),
    ("June 2021", None, ("2021-06", "month", "explicit")),
    ("2014", None, ("2014", "year", "explicit")),
    ("January 26", True, ("2022-01-26", "day", "relative")),
    ("Sunday", True, ("2022-01-09", "day", "relative")),
    ("Wednesday", False, ("2022-01-12", "day", "relative")),
    ("Monday", False, ("2022-01-10", "day", "relative")),
    ("Monday", True, ("2022-01-10", "day", "relative")),
    ("last Monday", None, ("2022-01-03", "day", "relative")),
    ("next Monday", None, ("2022-01-17", "day", "relative")),
    ("last month", True, ("2021-12", "month", "relative")),
    ("late December", True, ("2021-12", "month", "relative")),
    ("last year", True, ("2021", "year", "relative")),
    ("yesterday", True, ("2022-01-09", "day", "relative")),
    ("tomorrow", False, ("2022-01-11", "day", "relative")),
    ("earlier in the day", True, ("2022-01-10", "day", "relative")),
    ("next week's", False, ("2022-01", "month", "relative")),
    ("Sunday's", True, ("2022-01-09", "day", "relative")),
    ("early Friday", True, ("2022-01-07", "day", "relative")),
    ("8 a.m. Monday", False, ("2022-01-10", "day", "relative")),
])
def test_resolve(text, past, expected):
    assert resolve(text, MONDAY, past) == expected


def test_relative_needs_an_anchor():
    assert resolve("Monday", None, True) == (None, "unknown", "none")
    assert resolve("December 17, 2021", None) == ("2021-12-17", "day", "explicit")


def test_unparseable_is_unresolved():
    assert resolve("the past couple of months", MONDAY, True)[0] is None


def test_compatible_precisions():
    assert compatible("2021-06-16", "2021")
    assert compatible("2021-06", "2021-06-16")
    assert compatible(None, "2021-06-16")
    assert not compatible("2021-06-16", "2021-06-17")


@pytest.mark.parametrize("text, anchor, past, expected", [
    ("last January", date(2022, 2, 3), True, "2021-01"),            # seen in February: the year before
    ("last January", date(2022, 11, 3), True, "2022-01"),           # seen in November: this year's
    ("next February", date(2022, 1, 10), False, "2023-02"),
    ("January last year", MONDAY, True, "2021-01"),
    ("late last year", MONDAY, True, "2021"),
    ("early this month", MONDAY, True, "2022-01"),
    ("about 15 years ago", MONDAY, True, "2007"),
    ("two months ago", MONDAY, True, "2021-11"),
    ("three days ago", MONDAY, True, "2022-01-07"),
    ("last summer", MONDAY, True, "2021"),
    ("the beginning of November", MONDAY, True, "2021-11"),
    ("the end of 2021", MONDAY, True, "2021"),
    ("Christmas Eve 2020", MONDAY, None, "2020-12-24"),
    ("January of '95", MONDAY, True, "1995-01"),
    ("just this week", MONDAY, True, "2022-01"),
    ("last week", date(2022, 1, 9), True, "2021-12"),          # 27 December to 2 January: most of it December
    ("an election last year", MONDAY, True, "2021"),
])
def test_more_relative_expressions(text, anchor, past, expected):
    assert resolve(text, anchor, past)[0] == expected


def test_the_weekend_told_in_the_past_is_the_one_before_the_article():
    from builder.dates import interval
    monday = date(2023, 5, 1)   # the weekend before it: Saturday 29 and Sunday 30 April
    assert resolve("over the weekend", monday, True) == ("2023-04", "month", "relative")
    assert interval("over the weekend", monday, True) == (date(2023, 4, 29), date(2023, 4, 30))
    assert interval("this weekend", monday, False) == (date(2023, 5, 6), date(2023, 5, 7))
    assert interval("last weekend", date(2023, 5, 7), None) == (date(2023, 5, 6), date(2023, 5, 7))
