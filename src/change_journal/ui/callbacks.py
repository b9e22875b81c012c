"""Errors anywhere in a page's run, answered calmly: no traceback or Streamlit error box ever
reaches a browser.

A page runs under ``app.py``, which passes what it raises to :func:`report`. Three kinds of
code run outside it: widget callbacks (before the page's script), and the bodies of fragments
and dialogs (which rerun alone). :func:`guarded` wraps a callback: an error there is logged and
a notice is shown on the next run (:func:`show_failure`). :func:`partial_run` wraps a
fragment's or a dialog's body: an error there is reported in its place, as ``app.py`` would.
``tests/unit/test_layers.py`` checks that every callback, fragment and dialog is wrapped.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import ParamSpec

import streamlit as st

from change_journal.database import DATABASE_ERRORS

P = ParamSpec("P")
FAILED_KEY = "callback_failed"
NOTICE = ("Something went wrong with what you just did, so it may not have been done. "
          "Please check and try again.")
DATABASE_TROUBLE = ("The journal could not reach its database just now, so nothing new was "
                    "saved. What you typed is still here: try again in a moment.")
PAGE_TROUBLE = ("Something went wrong on our side and this page could not be shown. Nothing you "
                "saved was lost. Try again, or open another page from the menu.")
_LOG = logging.getLogger("change_journal")


def report(error: Exception, where: str) -> None:
    """Log ``error`` (raised while drawing ``where``) and say calmly what it means."""
    if isinstance(error, DATABASE_ERRORS):
        _LOG.error("Database error on %s", where, exc_info=error)
        st.error(DATABASE_TROUBLE, icon=":material/cloud_off:")
    else:
        _LOG.error("Unexpected error on %s", where, exc_info=error)
        st.error(PAGE_TROUBLE, icon=":material/error:")


def guarded(callback: Callable[P, object]) -> Callable[P, None]:
    """``callback``, with any exception it raises logged and remembered for the next run."""
    @functools.wraps(callback)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            callback(*args, **kwargs)
        except Exception:
            _LOG.exception("Error in the callback %s", callback.__qualname__)
            st.session_state[FAILED_KEY] = True
    return run


def partial_run(body: Callable[P, object]) -> Callable[P, None]:
    """A fragment's or a dialog's ``body``: the notice of a failed callback is shown in its run,
    and an error in it is reported in its place."""
    @functools.wraps(body)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        show_failure()
        try:
            body(*args, **kwargs)
        except Exception as error:
            report(error, body.__qualname__)
    return run


def show_failure() -> None:
    """Say once that the last callback failed, if it did."""
    if st.session_state.pop(FAILED_KEY, False):
        st.toast(NOTICE, icon=":material/error:")
