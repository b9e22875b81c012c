"""Helpers that build the recogniser's regular expressions from lists of phrases.
"""

from __future__ import annotations

import re

# The numbers one to ten in words, for the patterns that read a count, a time or a rating.
_ONE_TO_TEN = "one|two|three|four|five|six|seven|eight|nine|ten"


def _alt(*phrases: str) -> str:
    return "|".join(phrases)


def _words(*phrases: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(*phrases)})\b")
