"""When a page has finished what it asked the server for, read from its websocket.

A fixed pause after each click cannot know whether the click started a run, nor wait as long as
the run takes; the frames can tell. The browser fixture watches every page it opens."""

from __future__ import annotations

import time
from collections import deque

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

GRACE_S = 0.12
"""How long after an action its rerun request may still be on its way to Python's side of the
driver; an action that asked for none is settled after this."""
QUIET_S = 0.03
"""How long the page must stay without a new run after one finished (a request that reached the
server just after its run's last element is answered by the next run, which starts at once)."""
ABSORBED_S = 0.15
"""How long a request with a run finished after it, but none started, may still get its run."""
UNANSWERED_S = 5.0
"""How long a request with nothing after it waits for its run to start."""
LARGEST_STATUS = 512
""""Script started", "script finished" and "session status" messages are a few dozen bytes;
bigger frames (the page's elements, a new session) are not parsed."""


class Runs:
    """The order of what the page's websocket carried: the last rerun the page asked for, the
    last run the server started, and the last it finished. The page waits while a run it knows of
    has not finished, and while its last request has no run started after it: for up to
    :data:`ABSORBED_S` once a run finished after the request (the server may have folded the
    request into that run, or may start the next one at once), else up to :data:`UNANSWERED_S`.
    A run stopped early for another (a click during a run, ``st.rerun``) does not count as
    finished: the next one does."""

    def __init__(self, page) -> None:
        self.sockets = 0
        self.unreadable = 0
        self._events = 0
        self._asked = self._started = self._finished = 0
        self.last_event_at = 0.0
        self.log: deque[str] = deque(maxlen=12)
        """The latest events, for the message of a run that never finishes."""
        page.on("websocket", self._watch)

    @property
    def waiting(self) -> bool:
        if self._started > self._finished:
            return True
        if self._asked < self._started:
            return False
        patience = ABSORBED_S if self._finished > self._asked else UNANSWERED_S
        return time.monotonic() - self.last_event_at < patience

    def _watch(self, socket) -> None:
        self.sockets += 1
        self.log.append(f"socket {self.sockets} opened")
        socket.on("close", lambda _socket: self.log.append("socket closed"))
        socket.on("framesent", self._sent)
        socket.on("framereceived", self._received)

    def _mark(self, what: str) -> int:
        self._events += 1
        self.log.append(f"{self._events}: {what}")
        self.last_event_at = time.monotonic()
        return self._events

    def _read(self, message, payload) -> str | None:
        """The type of ``message`` read from a binary ``payload`` (None for a text frame, or one
        that cannot be read: counted, and failed on by :func:`wait_for_runs`)."""
        if not isinstance(payload, bytes | bytearray):
            return None
        try:
            message.ParseFromString(bytes(payload))
        except Exception:  # noqa: BLE001
            self.unreadable += 1
            return None
        return message.WhichOneof("type")

    def _sent(self, payload) -> None:
        if self._read(BackMsg(), payload) == "rerun_script":
            self._asked = self._mark("asked for a run")

    def _received(self, payload) -> None:
        if len(payload) > LARGEST_STATUS:
            return
        message = ForwardMsg()
        kind = self._read(message, payload)
        if kind == "session_status_changed" and message.session_status_changed.script_is_running:
            self._started = self._mark("run started")
        elif kind == "script_finished" and \
                message.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
            self._finished = self._mark("run finished")


def watch(page) -> None:
    """Start reading ``page``'s runs (before it opens its first address)."""
    page._change_journal_runs = Runs(page)


def wait_for_runs(page, limit_s: float = 20) -> bool:
    """Return once the run the last action asked for, if any, has finished and the page has been
    quiet for :data:`QUIET_S`; False when the page is not watched (the caller falls back to a
    fixed pause). Fails when the page's frames could not be read or its socket was never seen:
    waiting would silently become a pause."""
    runs = getattr(page, "_change_journal_runs", None)
    if runs is None:
        return False
    start = time.monotonic()
    while True:
        page.wait_for_timeout(10)
        now = time.monotonic()
        if not runs.waiting and now - start >= GRACE_S and now - runs.last_event_at >= QUIET_S:
            break
        if now - start > limit_s:
            raise TimeoutError(f"the server did not finish the page's run within {limit_s} s; "
                               f"last events: {list(runs.log)}")
    assert runs.unreadable == 0, "a websocket frame of the page could not be read"
    assert runs.sockets or not page.url.startswith("http"), "the page's websocket was never seen"
    return True


class WatchedBrowser:
    """A Playwright browser launched with a persistent context (:attr:`shared`): every page of
    that context, and of each context :meth:`new_context` makes, is watched (see :func:`watch`)."""

    def __init__(self, shared) -> None:
        self.shared = shared
        shared.on("page", watch)

    def new_context(self, **options):
        context = self.shared.browser.new_context(**options)
        context.on("page", watch)
        return context

    def __getattr__(self, name: str):
        return getattr(self.shared.browser, name)
