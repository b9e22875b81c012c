"""The printable report: one self-contained HTML file with the ruler charts as embedded SVG, the
person's own words (escaped), the current plan, and nothing that would be fetched from anywhere."""

from __future__ import annotations

import base64
import re
from datetime import timedelta
from html.parser import HTMLParser

import pytest

from change_journal import accounts, report
from change_journal.store import changes, checkins, users
from change_journal.store.checkins import AnswerIn
from change_journal.store.plans import save_plan
from tests.conftest import FIXED_NOW

HOSTILE = '<script>alert("hi")</script><img src="https://tracker.example/x.png">'
DATA_IMAGE = re.compile(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"')


class Links(HTMLParser):
    """Every tag name, and every address in src, href, srcset, poster, data or action."""

    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.addresses: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.addresses += [v for k, v in attrs
                           if k in {"src", "href", "srcset", "poster", "data", "action"} and v]


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
        assert text in html.replace("&#x27;", "'"), text
    assert "Over 3 months and" in html
    assert "Dotted vertical lines: Plan version 1 (29 May 2026)." in html
    assert "No plan yet. A plan is there whenever you want one." in html  # the other change


def test_the_report_loads_nothing_from_anywhere(demo):
    db, user_id = demo
    html = build(db, user_id, "All")
    links = Links()
    links.feed(html)
    assert not {"script", "link", "iframe", "object", "embed", "base"} & set(links.tags)
    assert links.addresses and all(a.startswith("data:") for a in links.addresses)
    assert "url(" not in html and "@import" not in html
    assert "default-src 'none'" in html
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
    assert "&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;" in html
    (svg,) = svgs(html)
    assert "<script" not in svg and "<img" not in svg


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


def test_chosen_changes_only_are_in_the_report(demo):
    db, user_id = demo
    walk = changes.list_changes(db, user_id)[1]
    html = build(db, user_id, change_ids=[walk.id])
    assert "Walk most days" in html and "Drink less during the week" not in html
    assert len(svgs(html)) == 1


def test_an_empty_journal_gets_a_report_that_says_so_kindly(db):
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    html = build(db, user_id)
    assert "There are no changes in this journal yet" in html
    assert svgs(html) == []


def test_a_change_without_check_ins_in_the_period_has_no_chart_but_its_words(db):
    user_id = accounts.sign_up(db, "river", "a long enough password").id
    changes.add_change(db, user_id, "Sleep earlier", "I am tired of being tired.",
                       created_at=stamp(200))
    html = build(db, user_id)
    assert svgs(html) == []
    assert "No check-ins in this period yet." in html
    assert "I am tired of being tired." in html


def test_the_page_is_laid_out_for_printing_on_a4_and_letter(demo):
    db, user_id = demo
    html = build(db, user_id)
    assert "@page { margin:" in html
    assert not re.search(r"@page\s*{[^}]*size", html)  # the printer's paper decides
    assert "@media print" in html and "break-inside: avoid" in html
    assert 'width="640"' in html and "max-width" in html
