"""Widget callbacks that cannot break a page.

Streamlit runs a widget's callback before the page's script and outside ``app.py``'s error
handling: an exception there shows Streamlit's own error page instead of the page, and skips the
run that keeps what the person typed. :func:`guarded` logs the error instead, and the page run
that follows goes on as usual, with a notice (:func:`show_failure`).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import ParamSpec

import streamlit as st

P = ParamSpec("P")
FAILED_KEY = "callback_failed"
NOTICE = "That click could not be done. Nothing you typed is lost: please try again."


def guarded(callback: Callable[P, object]) -> Callable[P, None]:
    """``callback``, with any exception it raises logged and remembered for the page run."""
    @functools.wraps(callback)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            callback(*args, **kwargs)
        except Exception:
            logging.getLogger("change_journal").exception("Error in the callback %s",
                                                          callback.__qualname__)
            st.session_state[FAILED_KEY] = True
    return run


def show_failure() -> None:
    """Say once that the last click's callback failed, if it did."""
    if st.session_state.pop(FAILED_KEY, False):
        st.toast(NOTICE, icon=":material/error:")
