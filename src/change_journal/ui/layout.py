"""The frame shared by every page: sidebar menu and change picker, sign-out, the help notice
under every page, and two small fixes to Streamlit's own frame (see :data:`FRAME_CSS` and
:data:`CLICK_GUARD_JS`).

``app.py`` calls :func:`sidebar` once a run, before the page runs.
"""

from __future__ import annotations

import streamlit as st
from sqlite_utils import Database

from change_journal import changes as changes_core
from change_journal import sharing
from change_journal.accounts import Account
from change_journal.config import SAFETY_NOTE
from change_journal.ui import session
from change_journal.ui.callbacks import guarded

_PICKER_KEY = "sidebar_change_picker"
FOOTER_KEY = "page_footer"

FRAME_CSS = """<style>
section[data-testid="stSidebar"][data-collapsed="true"] { visibility: hidden; }
section[data-testid="stSidebar"]:not(:has([data-testid="stElementContainer"])) {
  display: none !important;
}
body:not(:has([data-testid="stSidebar"] [data-testid="stElementContainer"]))
  [data-testid="stExpandSidebarButton"] { display: none !important; }
[class*="st-key-cookie_jar_"],
[data-testid="stMainBlockContainer"] > div > :has(> [class*="st-key-cookie_jar_"]) {
  display: none;
}
.st-key-page_footer,
[data-testid="stMainBlockContainer"] > div > :has(> .st-key-page_footer) { order: 1; }
a[data-testid^="stPageLink"][aria-busy="true"] { cursor: progress; opacity: 0.6; }
a:focus-visible { outline: 2px solid FOCUS !important; outline-offset: 2px; }
[data-testid="stMain"] a[data-testid^="stPageLink"] p {
  text-decoration: underline; text-underline-offset: 0.2em;
}
[data-testid="stTextInputRootElement"]:focus-within,
[data-testid="stTextAreaRootElement"]:focus-within { box-shadow: 0 0 0 2px FOCUS !important; }
@media (max-width: 640px) {
  [data-testid="stMain"] [data-testid="stHeading"] h2 { font-size: 1.4rem; }
}
@media (pointer: coarse) {
  [data-testid="stTextArea"] [data-testid="InputInstructions"] { display: none; }
}
</style>""".replace("FOCUS", st.get_option("theme.primaryColor") or "currentColor")
"""Static CSS (never any user text in it) for the frame.

The footer (:func:`footer`) is drawn first and shown last, under the page's own content.

A collapsed sidebar (on a phone it starts collapsed) is only slid off screen: its links stay
in the tab order and in the accessibility tree, so keyboard focus vanishes into an invisible
menu and axe reports ``scrollable-region-focusable``. Hiding it while collapsed takes it out of
both; opening it (``data-collapsed="false"``) shows it again. A sidebar left empty (Streamlit
keeps it after signing out) is hidden with its menu button, and the box holding the session
cookie's writer (``session.COOKIE_JAR_KEY``) takes no room. A page link held by the click
guard (``CLICK_GUARD_JS``) shows that it is busy. A link reached by the keyboard, and a text box
in use, are ringed in the theme's colour (Streamlit's own marks were a faint background, the
same as the current page's in the menu, and a box border one pixel wide). A link to a page
within a page is underlined, told from plain text other than by colour (a client's name on a
coach's list read as a label). A touch screen
shows no "Press Ctrl+Enter to apply" under a long box (it has no such keys; a one-line box's
hint shares its place with the count of characters left, which stays). On a phone,
second-level headings (the change's name under "Working on", the sections of Settings) are well
below the page's title."""

CLICK_GUARD_JS = """
export default function () {
  if (window.changeJournalClickGuard) return;
  window.changeJournalClickGuard = true;
  // Not a select box's input (role=combobox, type=text): its choice runs at once, and it sends
  // no text on leaving it (a click after it was held waiting for a run that never came).
  const TEXT = "textarea, input:not([type]):not([role=combobox]), " +
               "input[type=text]:not([role=combobox]), input[type=password], " +
               "input[type=search], input[type=email], input[type=url], input[type=tel], " +
               "input[type=number]";
  const LINK = 'a[data-testid^="stPageLink"]';
  const STATE = "data-test-script-state";
  const isText = (target) => target instanceof Element && target.matches(TEXT);
  const appState = () => document.querySelector('[data-testid="stApp"]')?.getAttribute(STATE);
  // A box outside a form sends its text on leaving it (or on Enter in a one-line box,
  // Ctrl+Enter in a long one) when it differs from what it sent last, kept here.
  const sentValue = new WeakMap();
  let lastTextBlur = -1e9, lastSent = -1e9, sentDuringRun = false;
  let runStart = -1e9, runDone = -1e9, inRun = false, pending = null;
  document.addEventListener("focusin", (event) => {
    if (isText(event.target)) sentValue.set(event.target, event.target.value);
  }, true);
  document.addEventListener("keydown", (event) => {
    if (isText(event.target) && event.key === "Enter" &&
        (event.target.tagName === "INPUT" || event.ctrlKey || event.metaKey)) {
      sentValue.set(event.target, event.target.value);
    }
  }, true);
  document.addEventListener("focusout", (event) => {
    if (!isText(event.target)) return;
    lastTextBlur = performance.now();
    if (!event.target.closest('[data-testid="stForm"]') &&
        event.target.value !== sentValue.get(event.target)) {
      lastSent = lastTextBlur;
      sentDuringRun = inRun;
    }
  }, true);
  // When the server last sent the page anything: a run too short to show as running (its two
  // state changes drawn in one frame) still answers. The app's socket is met on its next send.
  // What Streamlit sends while the browser's Back or Forward is being handled (``window.event``
  // is that "popstate": its request for the other page), while words sent are not yet kept,
  // is not sent: the move is told to Streamlit again once they are (see the "popstate"
  // listener). Not sent later as it was: the request names the messages the page held then,
  // which it drops meanwhile, and the server would answer with references to them.
  let lastMessage = -1e9;
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (!this.changeJournalHeard) {
      this.changeJournalHeard = true;
      this.addEventListener("message", () => { lastMessage = performance.now(); });
    }
    if (!moving && window.event?.type === "popstate" && (holding || !kept())) {
      holdMove();
      return undefined;
    }
    return send.call(this, data);
  };
  // When the app's runs start and finish.
  new MutationObserver((records) => {
    const now = performance.now();
    const state = appState();
    if (!inRun && (state === "running" || records.some((r) => r.oldValue === "running"))) {
      inRun = true;
      runStart = now;
    }
    if (inRun && state !== "running") {
      inRun = false;
      runDone = now;
    }
  }).observe(document.body, {attributes: true, attributeFilter: [STATE],
                             attributeOldValue: true, subtree: true});
  // Whether the run that keeps the text last sent has finished: one that started after it
  // (or, sent while a run was going, the end of that run, which the text's run replaces), or,
  // the app not running, the server has answered since and gone quiet for 400 ms (a busy
  // server may answer the text at once and take a while before the run's own messages). Without
  // the app's script state to read, 200 ms after leaving the box.
  const kept = () => {
    if (lastSent < 0) return true;
    const now = performance.now(), state = appState();
    if (state == null) return now - lastSent > 200;
    if (state === "running" || state === "rerunRequested") return false;
    if (sentDuringRun ? runDone > lastSent : runStart > lastSent && runDone > runStart) {
      return true;
    }
    return lastMessage > lastSent && now - lastMessage > 400;
  };
  const notBusy = () => document.querySelectorAll(LINK + '[aria-busy="true"]')
    .forEach((a) => a.removeAttribute("aria-busy"));
  // A link chosen in a sidebar that lies over the page (a phone's) closes it, as Streamlit's
  // own menu does: the page opened is what the person wants to see.
  const closeMenuOver = (link) => {
    const side = link.closest('[data-testid="stSidebar"]');
    const main = document.querySelector('[data-testid="stMain"]');
    if (!side || !main ||
        main.getBoundingClientRect().left >= side.getBoundingClientRect().right - 1) return;
    setTimeout(() => document.querySelector(
      '[data-testid="stSidebarCollapseButton"] button')?.click(), 0);
  };
  // Calls ``then`` once the words last sent are kept, or 10 s after ``held`` at most, unless
  // ``still`` says the wait was given up meanwhile; from then on, nothing waits for those words.
  const afterKept = (held, then, still = () => true) => {
    const wait = () => {
      if (!still()) return;
      if (!kept() && performance.now() - held < 10000) {
        setTimeout(wait, 50);
        return;
      }
      lastSent = -1e9;
      then();
    };
    setTimeout(wait, 200);
  };
  const replay = () => {
    const {href, link} = pending;
    pending = null;
    const live = link.isConnected ? link
      : [...document.querySelectorAll(LINK)].find((a) => a.getAttribute("href") === href);
    notBusy();
    if (!live) return;
    live.dataset.replayed = "1";
    live.click();
    delete live.dataset.replayed;
    closeMenuOver(live);
  };
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest(LINK) : null;
    if (!link || link.dataset.replayed || event.button !== 0 || event.ctrlKey ||
        event.metaKey || event.shiftKey || event.altKey) return;
    const now = performance.now();
    if (heldMove) {  // a link chosen while a Back or Forward waits is the newer choice
      heldMove = null;
      holding = false;
    }
    if (!pending && now - lastTextBlur > 400 && kept()) {
      closeMenuOver(link);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    notBusy();
    link.setAttribute("aria-busy", "true");
    if (pending) {  // a second click while one is held: the last one wins
      pending.href = link.getAttribute("href");
      pending.link = link;
      return;
    }
    const held = pending = {href: link.getAttribute("href"), link};
    afterKept(now, replay, () => pending === held);
  }, true);
  // The browser's Back or Forward (a phone's Back too) while words typed are not yet kept.
  // Streamlit's own listener, added before this one, asks the server for the other page at
  // once; a server still busy with words sent would fold their request into that one, and the
  // page that keeps them would never run. So, like a link, the move waits: that request is
  // dropped (at the socket, above), a second Back or Forward meanwhile too, and once the words
  // are kept (at most 10 s) the move is told to Streamlit again, from where the address then
  // is. Words still in the box in use (not sent; outside a form) are sent now: when nothing
  // else was waiting, Streamlit's request went first, so the words' request, naming the page
  // left, is the one the server runs. Meanwhile the address already names the other page, and
  // the run of the page being left would add its own address to the history, losing the
  // entries after it (Forward): that addition is dropped. A link held meanwhile gives way to
  // the move, and a link chosen while the move waits replaces it: the newer choice wins.
  let holding = false, moving = false, heldMove = null;
  const pushState = history.pushState;
  history.pushState = function (...args) {
    if (!holding) pushState.apply(this, args);
  };
  const holdMove = () => {
    if (holding) return;
    const held = heldMove = {};
    holding = true;
    afterKept(performance.now(), () => {
      heldMove = null;
      holding = false;
      moving = true;
      window.dispatchEvent(new PopStateEvent("popstate", {state: history.state}));
      moving = false;
    }, () => heldMove === held);
  };
  window.addEventListener("popstate", () => {
    if (moving) return;
    if (pending) {
      pending = null;
      notBusy();
    }
    const box = document.activeElement;
    if (!isText(box) || box.closest('[data-testid="stForm"]') ||
        box.value === sentValue.get(box)) return;
    box.blur();
    holdMove();  // (already held: the move waits for these words too)
  });
  // Reloading or closing the tab while the box in use holds words it has not sent (a box sends
  // on leaving it), or before the run that keeps the words sent has finished: the browser asks
  // first. Not for a password.
  window.addEventListener("beforeunload", (event) => {
    const box = document.activeElement;
    const unsent = isText(box) && box.type !== "password" && box.value !== sentValue.get(box);
    if (unsent || !kept()) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
}
"""
"""Keeps the first click on a page link right after typing, and the words typed.

A text box sends what was typed when it loses focus, and a click on a page link takes the focus
from it. Streamlit's page sends the link's "open this page" request at once, but the text
box's "here is the new text" request a few milliseconds later, still naming the page that is
open; the server folds the two requests into one and keeps the newest page, so the app reruns
the page the person was leaving. (A mouse click held down for 30 ms or more usually escaped
the race; a quick click, and a tap on a touch screen, where the focus change and the click
arrive together, met it nearly every time: tests/e2e/test_frame_in_browser.py.)
This script, static and in the page itself, holds a link click that comes within 400 ms of
leaving a text box for at least 200 ms, until the text has been sent; and, whenever leaving a
box (outside a form, which sends nothing until submitted) sent new text, until the run that
keeps it has finished (the app's script state, or the server's answer to the page; at most
10 s, once): a busy server would otherwise fold the text's request into the page switch, and
the page would never keep the words (tests/e2e/test_words_kept_in_browser.py pauses the server
to make it busy). A second click while one is held replaces it. Then it clicks the link again;
other clicks are untouched. A link chosen in a sidebar lying over the page (on a phone) also
closes the sidebar, as Streamlit's own menu does (tests/e2e/test_frame_in_browser.py). And
reloading or closing the tab while words typed are not yet kept makes the browser ask first,
and the browser's Back and Forward wait, as a link does, until they are kept
(tests/e2e/test_words_kept_in_browser.py). Should a run of the words begin and then be stopped
by the next page's request before its page keeps them, the box's own callback, which ran at
its start, has stored them (``answer_sheet.draft_box``); words whose request the server folds
into the next page's before running it are lost."""

_click_guard = st.components.v2.component("change_journal_click_guard", js=CLICK_GUARD_JS)


@guarded
def _picked() -> None:
    picked = st.session_state.get(_PICKER_KEY)
    if picked is not None:  # gone when the tab was signed out (in another window) meanwhile
        session.set_current_change(picked)


def menu(pages: dict[str, list] | list) -> None:
    """The page menu, drawn here rather than by ``st.navigation``.

    Streamlit's own menu is hidden (``client.showSidebarNavigation = false``) because on a
    server's very first run it briefly lists every file in ``pages/``, including pages a
    signed-out visitor may not open, before ``st.navigation`` takes over.
    """
    sections = pages if isinstance(pages, dict) else {"": pages}
    for section, section_pages in sections.items():
        visible = [p for p in section_pages if p.visibility != "hidden"]
        if not visible:
            continue
        if section:
            st.caption(section)
        for page in visible:
            st.page_link(page)


def sidebar(database: Database, signed_in: Account | None, pages: dict[str, list] | list) -> None:
    """Draw the sidebar: the menu, the current change and news of a coach who left (for
    people), who is signed in, and the help notice (which :func:`footer` repeats under every
    page, where a phone shows it). A visitor not signed in (the sign-in page, a read-only link)
    has nothing to choose: no sidebar, so no menu button opening an empty one."""
    st.html(FRAME_CSS)
    footer()  # shown last (see FRAME_CSS)
    if signed_in is None:
        return
    person = signed_in.role == "person"
    changes = session.active_changes(database, signed_in) if person else []
    current = session.current_change(database, signed_in, changes) if changes else None
    if current is not None:
        session.remember_in_browser(current.id)  # in the page: a hidden box
    with st.sidebar:
        _click_guard(key="click_guard", height=0)
        menu(pages)
        st.divider()
        if person:
            if current is not None:
                titles = changes_core.titles(changes)
                st.session_state[_PICKER_KEY] = current.id
                st.selectbox("Working on", options=list(titles),
                             format_func=titles.__getitem__, key=_PICKER_KEY,
                             on_change=_picked)
            if sharing.unseen_departure_count(database, signed_in.id):
                st.page_link("pages/sharing.py", label="A coach you shared with has left",
                             icon=":material/person_off:")
        st.caption("Signed in as")
        st.text(signed_in.username)
        if st.button("Sign out", key="sign_out"):
            session.sign_out(database)
            st.rerun()
        st.divider()
        st.caption(SAFETY_NOTE)


def footer() -> None:
    """The "not therapy / crisis" notice under the page's content, on every page and at every
    size: on a phone the sidebar starts closed, so its copy of the notice is out of sight.

    Drawn before the page runs (a page's ``st.stop()`` ends the run, so nothing can be drawn
    after it) and shown last by :data:`FRAME_CSS`, which orders this container after the page.
    """
    with st.container(key=FOOTER_KEY):
        st.divider()
        st.caption(SAFETY_NOTE)
