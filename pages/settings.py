"""Settings: take your journal with you, bring it back, a printable report, reminders, deleting."""

from datetime import time
from textwrap import shorten

import streamlit as st

from change_journal import (
    accounts,
    changes,
    clock,
    entries,
    export,
    importer,
    progress,
    reminders,
    report,
    sessions,
)
from change_journal.ui import session, widgets
from change_journal.validation import InputError, isolated

database = session.db()
account = session.require_account()
tz = session.viewer_timezone()
PENDING = "settings_pending_delete"
NOTICE = "settings_notice"
PASSWORD_NOTICE = "settings_password_notice"
PASSWORD_BOXES = ("password_current", "password_new", "password_repeat")
SHOWN_PROBLEMS = 20
IMPORTED = "settings_imported"
REPORT_OFFERED = "report_changes_offered"

st.title("Settings", anchor=False)


def when(at: str) -> str:
    return clock.day_and_time(at, tz)


def delete_entry(own, request: widgets.DeleteRequest) -> None:
    entries.delete(own, account.id, request.kind, request.item_id)


if account.role == "person":
    with st.container(border=True):
        st.header("Take your journal with you", anchor=False)
        st.markdown("Download everything you have written, to keep or to bring into another "
                    "Change Journal. The files are yours to do with as you like.")

        everything = session.deferred_download(lambda own: export.export_json(own, account.id))
        checkins_table = session.deferred_download(lambda own: export.export_csv(own, account.id))
        left, right = st.columns(2)
        left.download_button("Everything (JSON)", data=everything, icon=":material/download:",
                             file_name=export.file_name(account.username, "json"),
                             mime="application/json", on_click="ignore", width="stretch")
        right.download_button("Check-ins (CSV)", data=checkins_table, icon=":material/table:",
                              file_name=export.file_name(account.username, "csv"),
                              mime="text/csv", on_click="ignore", width="stretch")
        st.caption("The JSON file holds every change, check-in, answer, values sort and plan "
                   "version, and can be imported again. The CSV has one row per check-in for "
                   "a spreadsheet.")

    with st.container(border=True):
        st.header("Bring a journal back", anchor=False)
        uploaded = st.file_uploader(
            "A JSON export from Change Journal", type=["json"], key="import_file",
            max_upload_size=importer.MAX_IMPORT_MB,
            help=f"Up to {importer.MAX_IMPORT_MB} MB. Entries already in your "
                 "journal are skipped, so importing the same file twice is safe.")
        if imported := st.session_state.pop(IMPORTED, None):
            st.success(imported, icon=":material/check:")
        if uploaded is None:
            st.session_state.pop(importer.CHECKED_UPLOAD, None)
        else:
            # Named, so that what is said below is not taken for a file the box refused since.
            st.caption(f"About “{isolated(widgets.md_escape(uploaded.name))}”:")
            try:
                parsed = importer.read_export_once(st.session_state, uploaded.file_id,
                                                   uploaded.getvalue)
                st.markdown(f"This file holds {importer.describe_file(parsed)}.")
                if importer.from_someone_else(parsed, account.username):
                    st.warning(f"This file was exported from the account "
                               f"“{isolated(widgets.md_escape(parsed.exported_by))}”, not from yours. "
                               "Importing it adds what it holds to your journal, as yours.",
                               icon=":material/person_alert:")
                if parsed.size() and st.button("Import into my journal", type="primary",
                                               icon=":material/upload:"):  # none for nothing
                    bar = st.progress(0.0, text="Importing…")
                    try:
                        counts = importer.import_journal(
                            database, account.id, parsed,
                            progress=lambda done: bar.progress(done, text=f"Importing… {done:.0%}"))
                    finally:
                        bar.empty()
                    # Run again, so the menu's and the report's lists of changes hold new ones.
                    st.session_state[IMPORTED] = importer.import_message(counts)
                    st.rerun()
            except importer.ImportProblems as exc:
                st.warning("This file can't be imported as it is, and nothing was changed. "
                           "Here is what to look at:", icon=":material/info:")
                st.markdown("\n".join(f"- {widgets.md_escape(line)}"
                                      for line in exc.lines(SHOWN_PROBLEMS)))

    with st.container(border=True):
        st.header("A printable report", anchor=False)
        st.markdown("Your charts, your own words and your current plan in one page you can "
                    "print or bring to a session.")
        titles = changes.titles(changes.list_changes(database, account.id))
        period = st.segmented_control("Period", options=list(progress.RANGES), default="Quarter",
                                      key="report_period") or "Quarter"
        if st.session_state.get(REPORT_OFFERED) != list(titles):
            # The changes are not those offered last (an import added some): offer them afresh,
            # picked as every change is at first.
            st.session_state.pop("report_changes", None)
            st.session_state[REPORT_OFFERED] = list(titles)
        chosen = st.multiselect("Changes", options=list(titles),
                                default=list(titles)[:report.MAX_CHANGES],
                                format_func=titles.__getitem__, key="report_changes",
                                max_selections=report.MAX_CHANGES)
        if len(titles) > report.MAX_CHANGES:
            st.caption(f"A report holds up to {report.MAX_CHANGES} changes: pick the ones to "
                       "print, or make one report for each group.")

        printable = session.deferred_download(lambda own: report.build_report(
            own, account.id, period, tz=tz, change_ids=chosen).encode("utf-8"))
        st.download_button("Download the report", data=printable, icon=":material/print:",
                           file_name=export.file_name(account.username, "html"),
                           mime="text/html", on_click="ignore", disabled=not chosen,
                           type="primary")
        st.caption("One file that opens in any browser, even offline. Print it, or choose "
                   "“Save as PDF” in the print dialog; it fits A4 and Letter paper.")

    with st.container(border=True):
        st.header("Reminders", anchor=False)
        st.markdown("If a nudge helps, add a repeating check-in reminder to your calendar. "
                    "Skipping a day is always fine.")
        days = st.pills("Days", options=list(reminders.WEEKDAYS), selection_mode="multi",
                        format_func=reminders.WEEKDAYS.__getitem__, default=["MO", "TH"],
                        key="reminder_days")
        at = st.time_input("Time", value=time(19, 0), step=900, key="reminder_time", width=200)
        try:
            calendar = reminders.reminder_calendar(days, at, tz, owner=account.username,
                                                   url=reminders.app_link(st.context.url))
        except InputError as exc:
            st.info(str(exc))
        else:
            st.download_button("Download the calendar file (.ics)", data=calendar,
                               icon=":material/event:", file_name="change-journal-reminder.ics",
                               mime="text/calendar", on_click="ignore")
            st.caption(f"{reminders.describe(days, at)} ({tz}). Open the file with your "
                       "calendar app to add it; downloading a new one later updates the same "
                       "reminder.")

    with st.container(border=True):
        st.header("Delete entries", anchor=False)
        st.markdown("Deleting removes an entry from the database for good. If you shared it "
                    "with a coach, they no longer see it.")
        if done := st.session_state.pop(NOTICE, None):
            st.success(f"The {done.kind} was deleted.", icon=":material/check:")
        every_change = changes.list_changes(database, account.id, include_archived=True)
        if not every_change:
            st.caption("There is nothing to delete yet.")
        else:
            named = changes.titles(every_change)
            change_id = st.selectbox("Change", options=list(named),
                                     format_func=named.__getitem__, key="delete_change")
            kind = st.segmented_control("What to delete",
                                        options=["A check-in", "A written answer"],
                                        default="A check-in", key="delete_kind") or "A check-in"
            written_answers = entries.answers_of(database, account.id, change_id)
            if kind == "A check-in":
                rows = entries.checkins_of(database, account.id, change_id)
                labels = {r.id: f"Check-in {n} · {when(r.created_at)} · importance "
                                f"{r.importance}, confidence {r.confidence}, readiness "
                                f"{r.readiness}" for n, r in reversed(list(enumerate(rows, 1)))}
                target = st.selectbox("Check-in", options=list(labels), key="delete_checkin",
                                      format_func=labels.__getitem__, index=None,
                                      placeholder=f"Choose one of {len(rows):,} check-ins")
                written = sorted((e for e in written_answers if target and e.checkin_id == target),
                                 key=lambda e: e.id)
                if written:
                    st.caption("Written with this check-in:")
                    widgets.quote("\n".join(f"{e.question}\n    {e.text}" for e in written))
                st.button("Delete this check-in…", icon=":material/delete:",
                          disabled=target is None, on_click=widgets.ask_to_delete,
                          args=(PENDING, widgets.DeleteRequest("check-in", target,
                                                               labels.get(target, ""))))
            else:
                by_id = {e.id: e for e in written_answers}
                target = st.selectbox(
                    "Written answer", options=list(by_id), key="delete_answer", index=None,
                    format_func=lambda i: f"{when(by_id[i].created_at)} · {by_id[i].question} · "
                                          + isolated(shorten(by_id[i].text, 40, placeholder="…")),
                    placeholder=f"Choose one of {len(by_id):,} answers")
                if target is not None:
                    widgets.quote(by_id[target].text)
                st.button("Delete this answer…", icon=":material/delete:",
                          disabled=target is None, on_click=widgets.ask_to_delete,
                          args=(PENDING, widgets.DeleteRequest(
                              "answer", target, by_id[target].text if target else "")))
            st.caption("To delete a whole change, open it on the “Your changes” page.")

    if pending := st.session_state.get(PENDING):
        widgets.confirm_delete(
            PENDING,
            f"This removes the {pending.kind} below from your journal. It can't be undone, and "
            "anyone you shared it with no longer sees it.",
            delete_entry, NOTICE,
        )

with st.container(border=True):
    st.header("Password and sign-in", anchor=False)
    if changed := st.session_state.pop(PASSWORD_NOTICE, None):
        st.success(changed, icon=":material/check:")
        for key in PASSWORD_BOXES:  # emptied once used (not on submitting: a second click of a
            st.session_state[key] = ""  # double click would send empty boxes); set, not only
            # forgotten, or a browser keeps showing what was typed
    with st.form("change_password_form"):
        current = st.text_input("Current password", type="password", key="password_current",
                                max_chars=accounts.PASSWORD_MAX)
        new = st.text_input("New password", type="password", key="password_new",
                            max_chars=accounts.PASSWORD_MAX, help=accounts.PASSWORD_RULES)
        repeat = st.text_input("Repeat the new password", type="password", key="password_repeat",
                               max_chars=accounts.PASSWORD_MAX)
        if st.form_submit_button("Change my password"):
            if problems := accounts.new_password_problems(account, current, new, repeat):
                st.error("\n".join(f"- {problem}" for problem in problems) if len(problems) > 1
                         else problems[0])
            else:
                try:
                    accounts.change_password(database, account, current, new)
                except accounts.AccountError as exc:
                    st.error(str(exc))
                else:
                    session.sign_in(database, account)
                    st.session_state[PASSWORD_NOTICE] = (
                        "Your password was changed. Every other browser and tab was signed out.")
                    st.rerun()

    listed = sessions.list_sessions(database, account.id, session.token())
    st.markdown(f"**Where you are signed in** ({len(listed)})")
    # A list, not a grid: its lines wrap on a phone, and a screen reader reads them as text.
    st.markdown("\n".join(
        f"- **{widgets.md_escape(s.device)}**{' (this one)' if s.is_this_one else ''}: signed in "
        f"{when(s.created_at)}, last used {when(s.last_used_at)}" for s in listed))
    st.caption(f"A browser stays signed in for up to {sessions.LIFETIME.days} days, and is signed "
               f"out after {sessions.IDLE_LIMIT.days} days without use.")
    if st.button("Sign out everywhere else", disabled=len(listed) < 2,
                 icon=":material/logout:"):
        ended = sessions.end_everywhere(database, account.id, except_token=session.token())
        st.session_state[PASSWORD_NOTICE] = (
            f"Signed out of {ended} other browser{'s' if ended != 1 else ''}.")
        st.rerun()

with st.container(border=True):
    st.header("Delete your account", anchor=False)
    st.markdown(
        "This deletes your account and everything in it, for good. Anyone you shared with "
        "loses access at once. If you'd like a copy first, download it above."
        if account.role == "person" else
        "This deletes your coach account, your notes and every client's sharing with you, "
        "for good. Your clients keep their own journals. Everyone who still shares with you, "
        "shares you have not accepted included, is told on their Sharing page, under your "
        "username, that you deleted your account. Your username stays taken, so no one else "
        "can pose as you to your clients: apart from those notices, only a scrambled form of "
        "it is kept."
    )
    # The boxes keep what was typed until the account is gone: a double click's second submit
    # sends the same as the first (clearing them on submit made it say "Nothing was deleted").
    with st.form("delete_account_form"):
        typed = st.text_input("To confirm, type your password", type="password",
                              key="delete_account_password", max_chars=accounts.PASSWORD_MAX)
        sure = st.checkbox("I understand that this cannot be undone", key="delete_account_sure")
        if st.form_submit_button("Delete my account", icon=":material/delete_forever:"):
            st.session_state[session.DELETING_KEY] = account.id  # see DELETING_KEY
            try:
                if not sure:
                    raise accounts.AccountError("Tick “I understand that this cannot be undone” "
                                                "to go on.")
                accounts.delete_account(database, account, typed)
            except accounts.AccountError as exc:
                st.session_state.pop(session.DELETING_KEY, None)
                st.info(f"{exc} Nothing was deleted.")
            else:
                session.sign_out(database)
                st.session_state[session.ACCOUNT_DELETED_KEY] = True  # said on the next page
                st.rerun()
