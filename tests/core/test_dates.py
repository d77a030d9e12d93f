"""Dates as the site shows them, pinned against hijridate's own conversion."""

import datetime as dt
import zoneinfo

from django.template import Context, Template
from django.utils import translation

import pytest
from hijridate import Gregorian

from core.dates import HIJRI_MONTHS, LEVANTINE_MONTHS, format_site_date


def hijridate_parts(date):
    hijri = Gregorian(date.year, date.month, date.day).to_hijri()
    return hijri.day, hijri.month, hijri.year


@pytest.mark.parametrize(
    "date,expected_ar,expected_en",
    [
        (dt.date(2026, 11, 27), "27 تشرين الثاني 2026م — 17 جمادى الآخرة 1448هـ", "27 November 2026"),
        (dt.date(2027, 1, 1), "1 كانون الثاني 2027م — 23 رجب 1448هـ", "1 January 2027"),
        # The Hijri month turns between these two days (Jumada al-Akhira → Rajab 1448).
        (dt.date(2026, 12, 9), "9 كانون الأول 2026م — 29 جمادى الآخرة 1448هـ", "9 December 2026"),
        (dt.date(2026, 12, 10), "10 كانون الأول 2026م — 1 رجب 1448هـ", "10 December 2026"),
        (dt.date(2026, 3, 20), "20 آذار 2026م — 1 شوال 1447هـ", "20 March 2026"),
    ],
)
def test_known_dates(date, expected_ar, expected_en):
    assert format_site_date(date, "ar") == expected_ar
    assert format_site_date(date, "en") == expected_en
    # The Hijri part is hijridate's own (Umm al-Qura), never typed by hand.
    day, month, year = hijridate_parts(date)
    assert expected_ar.endswith(f"{day} {HIJRI_MONTHS[month - 1]} {year}هـ")


def test_every_levantine_month_name():
    names = [format_site_date(dt.date(2026, month, 15), "ar", hijri=False) for month in range(1, 13)]
    assert [name.split(" ", 1)[1].rsplit(" ", 1)[0] for name in names] == list(LEVANTINE_MONTHS)
    assert "يناير" not in " ".join(names)  # not Django's Egyptian month names


def test_weekday():
    assert format_site_date(dt.date(2026, 11, 27), "ar", weekday=True).startswith("الجمعة 27 تشرين الثاني")
    assert format_site_date(dt.date(2026, 11, 27), "en", weekday=True) == "Friday 27 November 2026"


def test_datetime_is_read_in_the_site_time_zone():
    # 23:30 UTC on 26 November is already 27 November in Hebron (UTC+2).
    moment = dt.datetime(2026, 11, 26, 23, 30, tzinfo=zoneinfo.ZoneInfo("UTC"))
    assert format_site_date(moment, "en") == "27 November 2026"


def test_out_of_hijri_range_shows_gregorian_only():
    assert format_site_date(dt.date(1900, 1, 1), "ar") == "1 كانون الثاني 1900م"


def test_empty_value():
    assert format_site_date(None, "ar") == ""


def render(template, **context):
    return Template("{% load site_tags %}" + template).render(Context(context))


def test_site_date_tag_in_each_language():
    with translation.override("ar"):
        html = render("{% site_date d %}", d=dt.date(2026, 11, 27))
    assert html == '<time datetime="2026-11-27">27 تشرين الثاني 2026م — 17 جمادى الآخرة 1448هـ</time>'
    with translation.override("en"):
        html = render("{% site_date d %}", d=dt.date(2026, 11, 27))
    assert html == '<time datetime="2026-11-27">27 November 2026</time>'


def test_site_date_tag_with_arabic_indic_digits():
    class FakeSettings:  # the shape of Wagtail's settings context: settings.core.SiteSettings
        digit_style = "arabic-indic"

    with translation.override("ar"):
        html = render(
            "{% site_date d %}", d=dt.date(2026, 11, 27), settings={"core": {"SiteSettings": FakeSettings()}}
        )
    assert ">٢٧ تشرين الثاني ٢٠٢٦م — ١٧ جمادى الآخرة ١٤٤٨هـ<" in html
    assert 'datetime="2026-11-27"' in html  # machine-readable stays Western


def test_site_date_tag_ignores_empty_values():
    assert render("{% site_date d %}", d=None) == ""
