"""The report's charts (``barrieraudit/report/chart.py``): SVG written directly, read back
here as XML, as a browser would parse it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from barrieraudit.report.chart import group_chart, trend_chart
from barrieraudit.report.i18n import Localiser

SVG = "{http://www.w3.org/2000/svg}"
LABELS = {"disabled": "Disab.", "youth": "Youth", "developing": "Devel."}


def site(name, disabled, youth, developing):
    return {"name": name, "scores": {"overall": (disabled + youth + developing) / 3,
                                     "groups": {"disabled": disabled, "youth": youth, "developing": developing}}}


def bars(path):
    """Each bar's tooltip and its left and right ends."""
    root = ET.parse(path).getroot()
    return {rect.find(f"{SVG}title").text: (float(rect.get("x")), float(rect.get("x")) + float(rect.get("width")))
            for rect in root.iter(f"{SVG}rect") if rect.find(f"{SVG}title") is not None}


def frame(path):
    """The plot's frame: its left and right ends."""
    rect = [r for r in ET.parse(path).getroot().iter(f"{SVG}rect") if r.get("stroke") == "#000000"][0]
    return float(rect.get("x")), float(rect.get("x")) + float(rect.get("width"))


def test_a_hostile_site_name_is_text_in_the_chart_not_markup(tmp_path):
    name = '<script>alert(1)</script> & "Forum"'
    assert group_chart([site(name, 50, 60, 70)], LABELS, tmp_path / "chart.svg")
    raw = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    root = ET.fromstring(raw)  # well-formed XML
    assert "<script" not in raw and root.find(f".//{SVG}script") is None
    assert name in [t.text for t in root.iter(f"{SVG}text")]
    assert f"{name} · Youth: 60" in bars(tmp_path / "chart.svg")


def test_bars_are_as_long_as_the_scores_from_the_left_or_from_the_right_in_arabic(tmp_path):
    sites = [site("Forum A", 100, 50, 0), site("Forum B", 25, 75, 12.5)]
    for lang, narrow in (("en", False), ("en", True), ("ar", False), ("ar", True)):
        path = tmp_path / f"{lang}-{narrow}.svg"
        assert group_chart(sites, LABELS, path, Localiser(lang), narrow=narrow)
        left, right = frame(path)
        drawn = bars(path)
        number = Localiser(lang).number
        full = drawn[f"Forum A · Disab.: {number(100)}"]
        assert full == (left, right)
        half = drawn[f"Forum A · Youth: {number(50)}"]
        quarter = drawn[f"Forum B · Disab.: {number(25)}"]
        assert abs((half[1] - half[0]) - (right - left) / 2) < 0.2
        assert abs((quarter[1] - quarter[0]) - (right - left) / 4) < 0.2
        # Every bar starts at the axis's zero: the left in English, the right in Arabic.
        assert {round(x1 if lang == "ar" else x0, 1) for x0, x1 in drawn.values() if x1 > x0} == \
            {round(right if lang == "ar" else left, 1)}


def test_nothing_scored_draws_no_chart_and_the_same_scores_give_the_same_bytes(tmp_path):
    assert not group_chart([{"name": "Unread", "scores": None}], LABELS, tmp_path / "none.svg")
    assert not (tmp_path / "none.svg").exists()
    sites = [site("Forum A", 61.5, 70, 80), site("论坛 B", 40, 30, 20)]
    group_chart(sites, LABELS, tmp_path / "one.svg", Localiser("zh"))
    group_chart(sites, LABELS, tmp_path / "two.svg", Localiser("zh"))
    assert (tmp_path / "one.svg").read_bytes() == (tmp_path / "two.svg").read_bytes()
    assert "论坛 B" in (tmp_path / "one.svg").read_text(encoding="utf-8")


def test_the_trend_breaks_a_group_s_line_where_a_crawl_did_not_score_it(tmp_path):
    points = [{"overall": 60 + i, "started_at": f"2026-0{i + 1}-15T10:00:00+00:00", "same_method": i > 0,
               "groups": {"disabled": 50, "youth": 70, "developing": None if i == 1 else 40}} for i in range(4)]
    assert not trend_chart(points[:1], LABELS, tmp_path / "one.svg")
    assert trend_chart(points, LABELS, tmp_path / "trend.svg", Localiser("fr"))
    root = ET.parse(tmp_path / "trend.svg").getroot()
    lines = {p.get("stroke"): p.get("d") for p in root.iter(f"{SVG}path") if p.get("fill") == "none"}
    assert lines["#009E73"].count("M") == 2 and lines["#009E73"].count("L") == 1  # developing: 1 point, gap, 2 points
    assert lines["#000000"].count("M") == 1 and lines["#000000"].count("L") == 3  # overall: unbroken
    texts = [t.text for t in root.iter(f"{SVG}text")]
    french = Localiser("fr")
    assert french.gettext("(earlier method)") in texts and french.date(points[0]["started_at"]) in texts
    assert french.gettext("Score") in texts and french.gettext("Overall") in texts
    markers = [t.text for t in root.iter(f"{SVG}title")]
    assert f"{french.gettext('Overall')}: 63" in markers and len(markers) == 4 + 4 + 4 + 3


def test_a_long_name_is_cut_to_the_room_beside_or_above_the_bars_and_whole_in_its_tooltip(tmp_path):
    name = "中国互联网治理论坛" * 5  # 45 wide characters: 585 px at 13 px
    for narrow in (False, True):
        path = tmp_path / f"{narrow}.svg"
        group_chart([site(name, 50, 60, 70)], LABELS, path, narrow=narrow)
        root = ET.parse(path).getroot()
        shown = [t.text for t in root.iter(f"{SVG}text") if t.text and t.text.startswith("中国")]
        assert len(shown) == 1 and shown[0].endswith("…") and len(shown[0]) < 40
        left, right = frame(path)
        room = (right - left) if narrow else left  # above the bars: the plot's width; beside: left of it
        assert len(shown[0]) * (11 * 1.08 if narrow else 13) <= room  # a wide character is an em
        assert f"{name} · Youth: 60" in bars(path)
