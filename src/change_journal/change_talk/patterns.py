"""Helpers that build the recogniser's regular expressions from lists of phrases.
"""

from __future__ import annotations

import re

# The numbers one to ten in words, for the patterns that read a count, a time or a rating.
_ONE_TO_TEN = "one|two|three|four|five|six|seven|eight|nine|ten"
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "eleven", "twelve")
_AMOUNTS = {w: float(n) for n, w in enumerate(_NUMBER_WORDS)} | {
    "none": 0.0, "half": 0.5, "fifteen": 15.0, "twenty": 20.0, "thirty": 30.0, "forty": 40.0,
    "fifty": 50.0}
"""Amounts in words, as numbers."""
_AMOUNT_WORD = r"\d+(?:\.\d+)?|" + "|".join(_AMOUNTS)
# A day of the week, in full or cut short, one or many: "Monday", "tues", "Saturdays".
_DAY_NAME = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?"


def _amount(word: str) -> float:
    return _AMOUNTS[word] if word in _AMOUNTS else float(word)


def _alt(*phrases: str) -> str:
    return "|".join(phrases)


def _words(*phrases: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(*phrases)})\b")
