"""Charts that behave and can be read (issue 17): no wheel zoom, 3:1 colours against the
page, talk bars side by side on a banded time axis, unambiguous dates, and the summary
sentence as each chart's accessible description."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pandas as pd
import pytest
import vl_convert

from change_journal import charts, progress

PAGE = Path(__file__).parents[2] / "pages" / "progress.py"
SUMMARY = "Over 6 weeks and 3 check-ins, importance rose from 5 to 7."


def contrast(colour: str, background: str = charts.PAGE_BACKGROUND) -> float:
    """The WCAG 2 contrast ratio of two ``#RRGGBB`` colours."""

    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(colour), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ruler_data(days: int = 42, count: int = 3) -> progress.ChartData:
    at = pd.Series(pd.date_range("2026-09-01 09:30", periods=count,
                                 freq=pd.Timedelta(days=days / max(count - 1, 1))))
    frame = pd.DataFrame({"checkin_id": range(count), "at": at.dt.tz_localize("UTC"),
                          "importance": [5, 6, 7][:count] * (count // 3 or 1),
                          "confidence": 4, "readiness": 3,
                          "importance_words": "", "confidence_words": "Because I did once.",
                          "readiness_words": "", "how_going": "", "note": ""})
    return progress.chart_data(frame)


EVENTS = pd.DataFrame({"at": [pd.Timestamp("2026-09-10 12:00")], "label": ["Values sort"]})
TALK = pd.DataFrame({"week": [pd.Timestamp("2026-08-31")] * 2 + [pd.Timestamp("2026-09-07")],
                     "side": ["For changing", "For how things are", "For changing"],
                     "sentences": [4, 1, 3]})


def all_specs() -> dict[str, dict]:
    data, talk = ruler_data(), progress.TalkData(TALK, "week")
    return {
        "ruler_chart": charts.ruler_chart(data, events=EVENTS, description=SUMMARY).to_dict(),
        "ruler_spec": charts.ruler_spec(data, events=EVENTS, description=SUMMARY),
        "talk_chart": charts.talk_chart(talk, description=SUMMARY).to_dict(),
        "talk_spec": charts.talk_spec(talk, description=SUMMARY),
    }


def as_json(spec: dict) -> str:
    return json.dumps({k: v for k, v in spec.items() if k != "datasets"})


def walk(node):
    """Every dict within a spec."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def compiled(name: str, spec: dict) -> dict:
    """The Vega a spec compiles to (prepared specs with their named data inlined)."""
    if "datasets" in spec:
        spec = {**spec, "datasets": {
            k: json.loads(v.to_json(orient="records", date_format="iso"))
            if isinstance(v, pd.DataFrame) else v for k, v in spec["datasets"].items()}}
    return vl_convert.vegalite_to_vega(spec)


# ------------------------------------------------------------------------------ 1. no wheel zoom

@pytest.mark.parametrize("name", list(all_specs()))
def test_no_chart_zooms_or_pans_with_the_mouse_wheel(name):
    spec = all_specs()[name]
    assert "params" not in spec and not any("params" in node for node in walk(spec))
    assert not any(node.get("bind") == "scales" for node in walk(spec))
    vega = json.dumps(compiled(name, spec))
    assert "wheel" not in vega and "zoom" not in vega


# ------------------------------------------------------------------------------ 2. contrast

def test_the_contrast_check_bites_on_the_old_colours():
    assert contrast("#E69F00") == pytest.approx(2.16, abs=0.01)
    assert contrast("#BBBBBB") == pytest.approx(1.84, abs=0.01)
    assert contrast("#0072B2") == pytest.approx(4.97, abs=0.01)


def test_every_named_chart_colour_has_3_to_1_against_the_page():
    colours = {**charts.RULER_COLOURS, **charts.TALK_COLOURS, "event": charts.EVENT_COLOUR}
    low = {name: round(contrast(c), 2) for name, c in colours.items() if contrast(c) < 3.0}
    assert not low


@pytest.mark.parametrize("name", list(all_specs()))
def test_every_colour_drawn_in_a_chart_has_3_to_1_against_the_page(name):
    colours = set(re.findall(r"#[0-9A-Fa-f]{6}\b", as_json(all_specs()[name])))
    assert colours
    assert {c: round(contrast(c), 2) for c in colours if contrast(c) < 3.0} == {}


def test_the_rulers_keep_okabe_ito_hues_and_a_shape_and_dash_each():
    assert charts.RULER_COLOURS["Importance"] == "#0072B2"  # Okabe-Ito blue
    assert charts.RULER_COLOURS["Readiness"] == "#009E73"  # bluish green, 3.3:1 as it is
    r, g, b = (int(charts.RULER_COLOURS["Confidence"][i:i + 2], 16) for i in (1, 3, 5))
    assert r > g > b  # still an orange, only darker
    names = list(charts.RULER_COLOURS)
    assert len({charts.RULER_SHAPES[n] for n in names}) == len(names)
    assert len({tuple(charts.RULER_DASHES[n]) for n in names}) == len(names)
    encodings = [layer["encoding"] for layer in all_specs()["ruler_chart"]["layer"][1:]]
    assert "strokeDash" in encodings[0] and "shape" in encodings[1]


# ------------------------------------------------------------------------------ 3. talk bars

@pytest.mark.parametrize("name", ["talk_chart", "talk_spec"])
def test_talk_bars_stand_side_by_side_on_a_banded_time_axis(name):
    spec = all_specs()[name]
    x, offset = spec["encoding"]["x"], spec["encoding"]["xOffset"]
    assert x["type"] == "ordinal" and x["timeUnit"] == "yearmonthdate"
    assert offset["field"] == "side" and offset["scale"]["domain"] == list(charts.TALK_COLOURS)
    assert "stack" not in spec["encoding"]["y"] or spec["encoding"]["y"]["stack"] is None
    scales = {s["name"]: s["type"] for s in compiled(name, spec)["scales"]}
    assert scales["x"] == "band" and scales["xOffset"] == "band"  # not dropped, so not stacked


@pytest.mark.parametrize(("grouping", "unit", "fmt"), [
    ("week", "yearmonthdate", "%-d %b %Y"), ("month", "yearmonth", "%B %Y"), ("year", "year", "%Y")])
def test_talk_bars_band_by_their_grouping(grouping, unit, fmt):
    spec = charts.talk_chart(progress.TalkData(TALK, grouping)).to_dict()
    assert spec["encoding"]["x"]["timeUnit"] == unit
    assert spec["encoding"]["x"]["axis"]["format"] == fmt
    assert spec["encoding"]["tooltip"][0]["format"] == fmt


# ------------------------------------------------------------------------------ 4. dates

@pytest.mark.parametrize("name", list(all_specs()))
def test_no_chart_writes_an_ambiguous_date(name):
    formats = [node["format"] for node in walk(all_specs()[name])
               if isinstance(node.get("format"), str) and "%" in node["format"]]
    for fmt in formats:
        assert "%y" not in fmt and "%d" not in fmt and "%m" not in fmt, fmt


def test_axis_dates_read_like_1_sep_2026_with_times_only_for_short_spans():
    long = charts.ruler_chart(ruler_data(days=42)).to_dict()
    assert long["layer"][0]["encoding"]["x"]["axis"]["format"] == "%-d %b %Y"
    short = charts.ruler_chart(ruler_data(days=1)).to_dict()
    assert short["layer"][0]["encoding"]["x"]["axis"]["format"] == "%-d %b %Y, %H:%M"
    svg = vl_convert.vegalite_to_svg(long)
    assert "1 Sep 2026" in svg and "01 Sep" not in svg


def test_chart_tooltips_and_table_share_one_date_format():
    data = ruler_data(days=42)
    assert data.points["label"].iloc[0] == "1 Sep 2026, 09:30"
    weekly = progress.point_label(progress.Grouping("week"),
                                  pd.Series([pd.Timestamp("2026-09-07")]))
    assert weekly.tolist() == ["Week of 7 Sep 2026"]


# ------------------------------------------------------------------------------ 5. description

@pytest.mark.parametrize("name", ["ruler_chart", "ruler_spec", "talk_chart", "talk_spec"])
def test_the_summary_sentence_is_the_charts_description(name):
    spec = all_specs()[name]
    assert spec["description"] == SUMMARY
    assert compiled(name, spec)["description"] == SUMMARY


def test_the_progress_page_describes_its_charts_and_has_no_heading_anchors():
    calls = [node for node in ast.walk(ast.parse(PAGE.read_text()))
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)]

    def keywords(call: ast.Call) -> dict[str, str]:
        return {k.arg: ast.unparse(k.value) for k in call.keywords}

    headings = [keywords(c) for c in calls if c.func.attr in ("title", "header", "subheader")]
    assert headings and all(k.get("anchor") == "False" for k in headings)
    described = {c.func.attr: keywords(c).get("description") for c in calls
                 if c.func.attr in ("ruler_spec", "talk_spec")}
    assert described == {"ruler_spec": "shown.summary", "talk_spec": "talk_summary"}
