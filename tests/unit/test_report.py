"""The printable report: one self-contained HTML file with the ruler charts as embedded SVG, the
person's own words (escaped by the template, in every field they wrote), the current plan, and
nothing that would be fetched from anywhere; built from one read of the journal whatever the
number of changes or the length of the history."""

from __future__ import annotations

import base64
import dataclasses
import re
from datetime import timedelta
from html import unescape
from html.parser import HTMLParser

import jinja2
import pytest
from markupsafe import escape

from change_journal import accounts, report, summary
from change_journal.store import changes, checkins, users, values
from change_journal.store.answers import save_answers
from change_journal.store.checkins import AnswerIn
from change_journal.store.plans import FIELDS, save_plan
from change_journal.store.report_data import read_report_data
from change_journal.validation import InputError
from tests.conftest import FIXED_NOW

HOSTILE = '<script>alert("hi")</script><img src="https://tracker.example/x.png">'
DATA_IMAGE = re.compile(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"')
CSP = ('<meta http-equiv="Content-Security-Policy"\n'
       '      content="default-src \'none\'; img-src data:; style-src \'unsafe-inline\'">')
REPORT_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "p", "h1", "h2", "h3",
               "h4", "strong", "section", "blockquote", "figure", "img", "figcaption", "ul", "li",
               "dl", "dt", "dd", "div", "footer"}
"""Every element the report's template writes: any other would have come from someone's words."""


def hostile(field: str) -> str:
    """Words that would break out of text, an attribute, <style> or <title>, or be run as a
    template, if they were not escaped; tagged with the field they are written into."""
    return (f"[{field}] <script>alert('{field}')</script></style></title><i>{field}</i>"
            f'" onload="alert(1) {{{{ 7*191 }}}} {{% raw %}} {{# hidden #}}')


class Links(HTMLParser):
    """Every tag name and attribute name, and every address in src, href, srcset, poster, data
    or action."""

    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.attributes: set[str] = set()
        self.addresses: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes |= {k for k, _v in attrs}
        self.addresses += [v for k, v in attrs
                           if k in {"src", "href", "srcset", "poster", "data", "action"} and v]


def parsed(html: str) -> Links:
    links = Links()
    links.feed(html)
    return links


def stamp(days: int) -> str:
    return (FIXED_NOW - timedelta(days=days)).isoformat(timespec="microseconds")


@pytest.fixture
def demo(seeded_db):
    db = seeded_db
    user_id = users.find_user(db, "demo").id
    walk = changes.list_changes(db, user_id)[1]
    save_plan(db, user_id, walk.id, {"goal": "Walk at lunch four days a week",
                                     "helpers": "My sister, on Saturdays"}, created_at=stamp(3))
    return db, user_id


def build(db, user_id, period="Quarter", **kwargs) -> str:
    return report.build_report(db, user_id, period, tz="Europe/London", now=FIXED_NOW, **kwargs)


def svgs(html: str) -> list[str]:
    return [base64.b64decode(m).decode("utf-8") for m in DATA_IMAGE.findall(html)]


def headings(html: str) -> list[str]:
    """The heading of each change's section."""
    return re.findall(r'<section class="change">\s*<h2>(.*?)</h2>', html)


def add_history(db, user_id: int, title: str, days: int, *, why_now: str = "",
                rating: int = 7, words: str = "It matters to me.") -> int:
    """A change with a check-in (and its written answer) on each of the last ``days`` days."""
    change_id = changes.add_change(db, user_id, title, why_now, created_at=stamp(days + 1))
    for day in range(days, 0, -1):
        checkins.save_checkin(db, user_id, change_id, {"importance": rating, "confidence": 5,
                                                       "readiness": 5},
                              [AnswerIn("checkin.importance.why_not_lower", "Why not lower?",
                                        words)],
                              created_at=stamp(day))
    return change_id


def statements(db, run) -> list[str]:
    """The SQL statements ``run()`` sends to the database."""
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        run()
    finally:
        db.conn.set_trace_callback(None)
    return seen


def test_the_report_has_a_chart_per_change_the_person_s_words_and_the_current_plan(demo):
    db, user_id = demo
    html = build(db, user_id)
    charts = svgs(html)
    assert len(charts) == 2
    assert all(c.startswith("<svg") and ">Importance<" in c and ">10<" in c for c in charts)
    for text in ("Drink less during the week", "Walk most days", "Your reasons",
                 "I keep waking up tired on workdays and I want my evenings back.",
                 "Your current plan", "Version 1, written 29 May 2026",
                 "Walk at lunch four days a week", "My sister, on Saturdays",
                 "What do you make of all this?", "not therapy or medical advice"):
        assert text in unescape(html), text
    assert "Over 3 months and" in html
    assert re.search(r"Dotted vertical lines: [^<]*Plan version 1 \(29 May 2026\)\.", html)
    assert "Version 2, written" in html  # the other change's current plan


def test_the_caption_names_the_chart_s_dotted_lines_one_a_day_as_drawn(db):
    user_id = users.create_user(db, "alex", "alex", "hash")
    change_id = add_history(db, user_id, "Walk most days", 10)
    for minute in range(5):
        save_plan(db, user_id, change_id, {"goal": f"Walk {minute}"},
                  created_at=(FIXED_NOW - timedelta(days=2) + timedelta(minutes=minute)).isoformat())
    caption = re.search(r"Dotted vertical lines: ([^<]*)\.</figcaption>", build(db, user_id))
    assert caption.group(1) == "Plan version 1 and 4 more that day (30 May 2026)"


def test_the_report_loads_nothing_from_anywhere(demo):
    db, user_id = demo
    html = build(db, user_id, "All")
    links = parsed(html)
    assert not {"script", "link", "iframe", "object", "embed", "base"} & set(links.tags)
    assert links.addresses and all(a.startswith("data:") for a in links.addresses)
    assert "url(" not in html and "@import" not in html
    assert CSP in html and html.index(CSP) < html.index("<title>")
    for svg in svgs(html):
        assert set(re.findall(r"https?://[^\s\"']+", svg)) <= {
            "http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}
        assert "<script" not in svg and "<image" not in svg


def test_the_person_s_words_are_escaped_everywhere_including_inside_the_chart(db):
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    change_id = changes.add_change(db, user_id, HOSTILE, HOSTILE, created_at=stamp(5))
    checkins.save_checkin(db, user_id, change_id, {"importance": 7, "confidence": 4,
                                                   "readiness": 5},
                          [AnswerIn("checkin.importance.why_not_lower", "Why a 7?", HOSTILE)],
                          created_at=stamp(2))
    html = build(db, user_id)
    assert "<script" not in html and "tracker.example/x.png\"" not in html
    assert str(escape(HOSTILE)) in html  # &lt;script&gt;alert(&#34;hi&#34;)&lt;/script&gt;…
    (svg,) = svgs(html)
    assert "<script" not in svg and "<img" not in svg


def test_hostile_words_in_every_field_the_person_writes_are_shown_escaped_and_stay_inert(db):
    username = hostile("username")
    user_id = users.create_user(db, username, "hostile", "not used")  # stored as it came
    change_id = changes.add_change(db, user_id, hostile("title"), hostile("why now"),
                                   created_at=stamp(20))
    checkins.save_checkin(
        db, user_id, change_id, {"importance": 8, "confidence": 7, "readiness": 7},
        [AnswerIn("checkin.importance.why_not_lower", "Why an 8?", hostile("check-in answer")),
         AnswerIn("checkin.how_going", "How is it going?", hostile("how it is going"))],
        created_at=stamp(10))
    save_answers(db, user_id, change_id,
                 [AnswerIn("ambivalence.tried", hostile("question"), hostile("exploration answer"))],
                 created_at=stamp(9))
    save_plan(db, user_id, change_id, {f: hostile(f"plan {f}") for f in FIELDS},
              created_at=stamp(8))
    sort = values.start_sort(db, user_id)
    values.place_card(db, user_id, sort.id, hostile("value"), "very")
    values.complete_sort(db, user_id, sort.id, [hostile("value")])

    html = build(db, user_id)

    fields = ["username", "title", "why now", "check-in answer", "question",
              "exploration answer", "value", *(f"plan {f}" for f in FIELDS)]
    for field in fields:
        assert str(escape(hostile(field))) in html, field
    links = parsed(html)
    assert set(links.tags) <= REPORT_TAGS
    assert not any(name.startswith("on") for name in links.attributes)
    assert links.tags.count("style") == 1 and html.count("</style>") == 1
    assert links.tags.count("title") == 1 and html.count("</title>") == 1
    for raw in ("<script", "<i>", '" onload=', "</style></title>"):
        assert raw not in html, raw
    # Shown as typed, never run as a template: no 1337, the tags still there, the comment kept.
    assert "1337" not in html
    assert html.count("{{ 7*191 }}") >= len(fields)
    assert html.count("{% raw %}") >= len(fields) and "{# hidden #}" in html
    assert CSP in html
    for svg in svgs(html):
        assert "<script" not in svg and "<i>" not in svg


def test_the_period_leaves_out_older_check_ins_and_words(db):
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    change_id = changes.add_change(db, user_id, "Sleep earlier", created_at=stamp(300))
    for days, words in ((200, "Back in winter I wanted more energy."), (3, "I sleep better.")):
        checkins.save_checkin(db, user_id, change_id, {"importance": 8, "confidence": 5,
                                                       "readiness": 5},
                              [AnswerIn("checkin.importance.why_not_lower", "Why an 8?", words)],
                              created_at=stamp(days))
    month, everything = build(db, user_id, "Month"), build(db, user_id, "All")
    assert "The last month: from 1 May 2026 to 1 Jun 2026" in month
    assert "All time: to 1 Jun 2026" in everything
    assert "I sleep better." in month and "I sleep better." in everything
    assert "Back in winter" not in month and "Back in winter" in everything
    assert "One check-in in this period" in month and "2 check-ins" in everything


def test_a_long_history_of_strong_words_does_not_crowd_out_the_period_s_own(db):
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    change_id = changes.add_change(db, user_id, "Sleep earlier", created_at=stamp(400))
    for n in range(45):  # more strong quotes than a theme keeps, all from long ago
        checkins.save_checkin(db, user_id, change_id, {"importance": 9, "confidence": 5,
                                                       "readiness": 5},
                              [AnswerIn("checkin.importance.why_not_lower", "Why a 9?",
                                        f"Old reason number {n}.")],
                              created_at=stamp(300 - n))
    checkins.save_checkin(db, user_id, change_id, {"importance": 4, "confidence": 5,
                                                   "readiness": 5},
                          [AnswerIn("checkin.importance.why_not_lower", "Why a 4?",
                                    "I still want my mornings back.")],
                          created_at=stamp(2))
    month = build(db, user_id, "Month")
    assert "I still want my mornings back." in month
    assert "No words from this period yet." not in month and "Old reason" not in month


def test_chosen_changes_only_are_in_the_report(demo):
    db, user_id = demo
    walk = changes.list_changes(db, user_id)[1]
    html = build(db, user_id, change_ids=[walk.id])
    assert "Walk most days" in html and "Drink less during the week" not in html
    assert len(svgs(html)) == 1


def test_one_report_holds_at_most_max_changes(db):
    """Each change adds a chart and a reading of its words to build on a shared server: a
    journal with more changes (an import brings any number) gets its first few, or says to
    pick fewer."""
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    ids = [changes.add_change(db, user_id, f"Change {n:02}") for n in range(report.MAX_CHANGES + 2)]
    assert headings(build(db, user_id, "All")) == [
        f"Change {n:02}" for n in range(report.MAX_CHANGES)]
    with pytest.raises(InputError, match=f"up to {report.MAX_CHANGES} changes"):
        build(db, user_id, "All", change_ids=ids[:report.MAX_CHANGES + 1])
    assert len(headings(build(db, user_id, "All", change_ids=ids[-report.MAX_CHANGES:]))) == \
        report.MAX_CHANGES


def test_an_empty_journal_gets_a_report_that_says_so_kindly(db):
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    html = build(db, user_id)
    assert "There are no changes in this journal yet" in html
    assert svgs(html) == []
    assert CSP in html


def test_a_change_without_check_ins_in_the_period_has_no_chart_but_its_words(db):
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    changes.add_change(db, user_id, "Sleep earlier", "I am tired of being tired.",
                       created_at=stamp(200))
    html = build(db, user_id)
    assert svgs(html) == []
    assert "No check-ins in this period yet." in html
    assert "I am tired of being tired." in html
    assert "No plan yet. A plan is there whenever you want one." in html


def test_an_account_that_no_longer_exists_gets_no_report(db):
    with pytest.raises(LookupError, match="no longer exists"):
        build(db, 12345)


def test_the_page_is_laid_out_for_printing_on_a4_and_letter(demo):
    db, user_id = demo
    html = build(db, user_id)
    assert "@page { margin:" in html
    assert not re.search(r"@page\s*{[^}]*size", html)  # the printer's paper decides
    assert "@media print" in html and "break-inside: avoid" in html
    assert 'width="640"' in html and "max-width" in html
    assert html.count('<div class="line"></div>') == report.NOTE_LINES  # ruled note lines


def test_the_template_escapes_every_value_and_marks_nothing_safe():
    env = report._environment()
    assert env.autoescape is True and env.undefined is jinja2.StrictUndefined
    source, _name, _uptodate = env.loader.get_source(env, report.TEMPLATE)
    assert not re.search(r"\|\s*safe\b|autoescape\s+false|Markup", source)


@pytest.mark.parametrize(("grouping", "years", "said"), [
    ("check-in", 1, "a check-in"),
    ("week", 1, "the average of a week"),
    ("month", 1, "the average of a month"),
    ("year", 1, "the average of a year"),
    ("year", 3, "the average of 3 years"),
])
def test_the_caption_says_what_one_point_of_the_chart_stands_for(grouping, years, said):
    shown = report.ChangeReport(
        title="Walk", why_now="", sentence="", chart_svg="<svg/>", grouping=grouping, marks=[],
        summary=summary.Summary(sections=(), top_values=(), top_values_at=None),
        affirmations=[], plan_version=None, plan_pairs=[], years=years)
    assert shown.each_point == said
    assert shown.chart_src == "data:image/svg+xml;base64,PHN2Zy8+"


@pytest.mark.parametrize("period", ["Month", "All"])
def test_the_report_reads_the_journal_the_same_number_of_times_for_one_change_or_five(db, period):
    one = accounts.sign_up(db, "river", "a long enough password").id
    five = accounts.sign_up(db, "brook", "a long enough password").id
    add_history(db, one, "Sleep earlier", 3)
    for n in range(5):
        change_id = add_history(db, five, f"Change {n}", 3 + 2 * n, why_now="Because.")
        save_plan(db, five, change_id, {"goal": f"Goal {n}"}, created_at=stamp(1))
    sort = values.start_sort(db, five)
    values.place_card(db, five, sort.id, "Health", "very")
    values.complete_sort(db, five, sort.id, ["Health"])

    for_one = statements(db, lambda: build(db, one, period))
    for_five = statements(db, lambda: build(db, five, period))

    assert len(for_one) == len(for_five) <= 8, for_five
    assert all(s.lstrip().upper().startswith("SELECT") for s in for_five)  # it only reads
    assert len(svgs(build(db, five, period))) == 5


def test_a_longer_history_does_not_mean_more_reads(db):
    short = accounts.sign_up(db, "river", "a long enough password").id
    long = accounts.sign_up(db, "brook", "a long enough password").id
    add_history(db, short, "Sleep earlier", 2)
    add_history(db, long, "Sleep earlier", 60)
    assert len(statements(db, lambda: build(db, short, "All"))) \
        == len(statements(db, lambda: build(db, long, "All")))


def test_the_report_is_computed_from_rows_already_read_without_the_database(demo):
    db, user_id = demo
    since = report.progress.since("Quarter", FIXED_NOW)
    data = read_report_data(db, user_id, None, since)
    db.close()  # any further query would fail
    html = report.render_report(data, "Quarter", tz="Europe/London", now=FIXED_NOW,
                                book=report.load_prompts())
    assert len(svgs(html)) == 2 and "Walk at lunch four days a week" in html


def test_the_report_reads_again_only_what_the_current_recogniser_has_not_read(demo, monkeypatch):
    """Check-in answers keep their reading when saved: the report takes it, as "In your own
    words" does, and says the same as when it reads every answer again."""
    db, user_id = demo
    data = read_report_data(db, user_id, None, None)
    assert any(version for rows in data.checkin_readings.values() for version, *_ in rows)
    read = []
    marks = report.summary.talk.marks
    monkeypatch.setattr(report.summary.talk, "marks", lambda text, *a, **k: (
        read.append(text), marks(text, *a, **k))[1])

    def render(rows) -> str:
        return report.render_report(rows, "All", tz="Europe/London", now=FIXED_NOW,
                                    book=report.load_prompts())

    kept = render(data)
    with_kept = len(read)
    assert render(dataclasses.replace(data, checkin_readings={})) == kept
    assert with_kept < len(read) - with_kept


def test_two_changes_with_one_name_are_numbered_in_the_report_as_in_its_picker(db):
    """An import can bring a second "Walk more": the report heads it as Settings lists it."""
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    first = add_history(db, user_id, "Walk more", 3, why_now="For my knees.")
    second = add_history(db, user_id, "Walk more", 2, why_now="From my old journal.")
    assert headings(build(db, user_id)) == ["Walk more", "Walk more (2)"]
    assert headings(build(db, user_id, change_ids=[second])) == ["Walk more (2)"]
    assert headings(build(db, user_id, change_ids=[first])) == ["Walk more"]


def test_words_written_again_and_again_say_so_as_the_page_does(db):
    """The same words answered three times are quoted once, "you wrote this 3 times", in the
    words the "In your own words" page uses (``summary.Quote.repeated``)."""
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    add_history(db, user_id, "Sleep earlier", 3, words="I sleep better when I stop at ten.")
    html = unescape(build(db, user_id))
    assert html.count("I sleep better when I stop at ten.") == 1
    assert "you wrote this 3 times" in html
