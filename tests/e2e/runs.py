"""When a page has finished what it asked the server for, read from its websocket.

A fixed pause after each click cannot know whether the click started a run, nor wait as long as
the run takes; counting the frames can. The browser fixture watches every page it opens."""

from __future__ import annotations

import contextlib
import time

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

GRACE_S = 0.06
"""How long after an action a rerun request may still be on its way to Python's side of the
driver; an action that asked for none is settled after this."""
LARGEST_FINISH = 512
"""A "script finished" message is a few dozen bytes; bigger frames (the page's elements) are
not parsed."""


class Runs:
    """Whether the page is waiting for a run: the last rerun it asked for came after the last run
    the server finished. A run stopped early for another (a click during a run, ``st.rerun``)
    does not count as finished; the run that replaced it does."""

    def __init__(self, page) -> None:
        self._events = 0
        self._asked = 0
        self._answered = 0
        page.on("websocket", self._watch)

    @property
    def waiting(self) -> bool:
        return self._asked > self._answered

    def _watch(self, socket) -> None:
        socket.on("framesent", self._sent)
        socket.on("framereceived", self._received)

    def _sent(self, payload) -> None:
        if isinstance(payload, bytes | bytearray):
            message = BackMsg()
            with contextlib.suppress(Exception):
                message.ParseFromString(bytes(payload))
                if message.WhichOneof("type") == "rerun_script":
                    self._events += 1
                    self._asked = self._events

    def _received(self, payload) -> None:
        if isinstance(payload, bytes | bytearray) and len(payload) <= LARGEST_FINISH:
            message = ForwardMsg()
            with contextlib.suppress(Exception):
                message.ParseFromString(bytes(payload))
                if (message.WhichOneof("type") == "script_finished"
                        and message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN):
                    self._events += 1
                    self._answered = self._events


def watch(page) -> None:
    """Start counting ``page``'s runs (before it opens its first address)."""
    page._change_journal_runs = Runs(page)


def wait_for_runs(page, limit_s: float = 20) -> bool:
    """Return once no run ``page`` asked for is pending and the grace period is over; False when
    the page is not watched (the caller falls back to a fixed pause)."""
    runs = getattr(page, "_change_journal_runs", None)
    if runs is None:
        return False
    start = time.monotonic()
    while True:
        page.wait_for_timeout(10)
        elapsed = time.monotonic() - start
        if not runs.waiting and elapsed >= GRACE_S:
            return True
        if elapsed > limit_s:
            raise TimeoutError(f"the server did not finish the page's run within {limit_s} s")


class WatchedBrowser:
    """A Playwright browser whose every new page is watched (see :func:`watch`)."""

    def __init__(self, browser) -> None:
        self._browser = browser

    def new_context(self, **options):
        context = self._browser.new_context(**options)
        context.on("page", watch)
        return context

    def __getattr__(self, name: str):
        return getattr(self._browser, name)
