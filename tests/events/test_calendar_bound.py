"""The month calendar's cost does not grow with the month's events, and the day view.

A day's cell shows at most MAX_PER_DAY events and links the rest ("and N more") to the day
view, which lists every event touching that day a page at a time.
"""

import datetime as dt
import zoneinfo

from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from core.models import SiteSettings
from core.navigation import bump_version
from events.calendar import MAX_PER_DAY
from events.models import EventIndexPage
from tests.events.conftest import make_event
from tests.events.test_events import CALENDAR_RENDER_QUERIES

pytestmark = pytest.mark.django_db

HEBRON = zoneinfo.ZoneInfo("Asia/Hebron")
MARCH = "/en/events/calendar/2026/03/"


def local(*args):
    return dt.datetime(*args, tzinfo=HEBRON)


def events_on(index, day, n, hour=8, **fields):
    """``n`` one-hour events on 2026-03-``day``, an hour apart (numbered from 1 by start)."""
    return [
        make_event(
            index,
            title_en=f"Event {day:02d}-{i + 1:02d}",
            title_ar=f"فعالية {day:02d}-{i + 1:02d}",
            start=local(2026, 3, day, hour + i // 4, (i % 4) * 15),
            end=local(2026, 3, day, hour + i // 4, (i % 4) * 15) + dt.timedelta(hours=1),
            **fields,
        )
        for i in range(n)
    ]


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def cell(page, date: str):
    """The <td> of a day of the month, by its ISO date."""
    return page.select_one(f'time.calendar__day[datetime="{date}"]').parent


def titles(element):
    return [link.get_text(" ", strip=True) for link in element.select("li a")]


# --- The month: at most MAX_PER_DAY events a day, then "and N more" -----------------------


def test_a_busy_day_shows_three_and_links_the_rest(index):
    assert MAX_PER_DAY == 3
    events_on(index, 10, 5)
    events_on(index, 11, 3)
    page = soup(Client().get(MARCH))
    busy = cell(page, "2026-03-10")
    assert titles(busy) == ["08:00 Event 10-01", "08:15 Event 10-02", "08:30 Event 10-03"]  # start order
    more = busy.select_one("a.calendar__more")
    assert more["href"] == "/en/events/calendar/2026/03/10/"
    assert more.get_text(" ", strip=True) == "and 2 more on Tuesday 10 March 2026"
    assert more.select_one(".visually-hidden").get_text(strip=True) == "on Tuesday 10 March 2026"
    full = cell(page, "2026-03-11")  # exactly three: no "more"
    assert len(titles(full)) == 3 and full.select_one("a.calendar__more") is None
    assert "calendar__busy" in busy["class"] and "calendar__busy" in full["class"]
    assert "calendar__busy" not in cell(page, "2026-03-12").get("class", [])


def test_the_more_link_follows_to_a_day_listing_all_of_them(index):
    events_on(index, 10, 5)
    client = Client()
    href = soup(client.get(MARCH)).select_one("a.calendar__more")["href"]
    day = soup(client.get(href))
    listed = [h3.get_text(strip=True) for h3 in day.select(".event-list h3")]
    assert listed == [f"Event 10-0{n}" for n in range(1, 6)]
    assert day.select_one("h2#events-day-heading").get_text(strip=True) == "Tuesday 10 March 2026"
    assert day.select_one('a[href="/en/events/calendar/2026/03/"]').get_text(strip=True) == (
        "Back to the calendar of March 2026"
    )
    assert len(day.select("h1")) == 1


def test_arabic_month_and_day(index):
    # Three more: the Arabic forms for one and two more may spell the number out.
    events_on(index, 10, 6)
    client = Client()
    page = soup(client.get("/ar/events/calendar/2026/03/"))
    busy = cell(page, "2026-03-10")
    assert titles(busy) == ["08:00 فعالية 10-01", "08:15 فعالية 10-02", "08:30 فعالية 10-03"]
    more = busy.select_one("a.calendar__more")
    assert more["href"] == "/ar/events/calendar/2026/03/10/"
    assert "3" in more.contents[0]  # "and 3 more", in the translation's words
    assert "الثلاثاء 10 آذار 2026م" in more.select_one(".visually-hidden").get_text()
    day = soup(client.get(more["href"]))
    assert [h3.get_text(strip=True) for h3 in day.select(".event-list h3")] == [
        f"فعالية 10-0{n}" for n in range(1, 7)
    ]
    heading = day.select_one("h2#events-day-heading").get_text(strip=True)
    assert heading.startswith("الثلاثاء 10 آذار 2026م") and "هـ" in heading  # with the Hijri date
    assert day.select_one('a[href="/ar/events/calendar/2026/03/"]') is not None
    assert (day.html["lang"], day.html["dir"]) == ("ar", "rtl")


def test_arabic_indic_digits_in_the_cells(index):
    SiteSettings.objects.update(digit_style="arabic-indic")
    events_on(index, 10, 6, hour=10)
    busy = cell(soup(Client().get("/ar/events/calendar/2026/03/")), "2026-03-10")
    assert busy.select_one("bdi").get_text() == "١٠:٠٠"
    more = busy.select_one("a.calendar__more").get_text()
    assert "٣" in more and "١٠ آذار ٢٠٢٦م" in more and "3" not in more
    day = soup(Client().get("/ar/events/calendar/2026/03/10/"))
    assert "١٠ آذار ٢٠٢٦م" in day.select_one("h2#events-day-heading").get_text()
    assert "آذار ٢٠٢٦" in day.select_one('a[href="/ar/events/calendar/2026/03/"]').get_text()


def test_a_long_event_is_on_each_of_its_days_in_the_month(index):
    make_event(index, title_en="Across the months", start=local(2026, 2, 27, 9), end=local(2026, 3, 2, 17))
    make_event(index, title_en="All year", start=local(2025, 6, 1, 9), end=local(2027, 6, 1, 17))
    page = soup(Client().get(MARCH))
    assert "Across the months" in " ".join(titles(cell(page, "2026-03-01")))
    assert "Across the months" in " ".join(titles(cell(page, "2026-03-02")))
    assert "Across the months" not in " ".join(titles(cell(page, "2026-03-03")))
    for day in range(1, 32):
        assert "All year" in " ".join(titles(cell(page, f"2026-03-{day:02d}")))
    february = soup(Client().get("/en/events/calendar/2026/02/"))
    assert "Across the months" in " ".join(titles(cell(february, "2026-02-27")))
    # Each of its days lists it.
    for path in ("2026/02/27/", "2026/03/01/", "2026/03/02/"):
        assert "Across the months" in Client().get(f"/en/events/calendar/{path}").content.decode(), path
    assert "Across the months" not in Client().get("/en/events/calendar/2026/03/03/").content.decode()


def test_a_long_event_counts_on_each_of_its_days(index):
    make_event(index, title_en="Three days", start=local(2026, 3, 9, 7), end=local(2026, 3, 11, 17))
    events_on(index, 10, 3)
    page = soup(Client().get(MARCH))
    tenth = cell(page, "2026-03-10")
    assert titles(tenth)[0] == "07:00 Three days"  # it started first
    assert len(titles(tenth)) == 3
    assert tenth.select_one("a.calendar__more").contents[0].strip() == "and 1 more"
    assert cell(page, "2026-03-11").select_one("a.calendar__more") is None


def test_the_type_filter_applies_to_what_is_shown_and_counted(index):
    events_on(index, 10, 4, hour=8, event_type="seminar")
    events_on(index, 10, 3, hour=6, event_type="conference")  # earlier, but filtered out
    client = Client()
    page = soup(client.get(MARCH + "?type=seminar"))
    busy = cell(page, "2026-03-10")
    assert titles(busy) == ["08:00 Event 10-01", "08:15 Event 10-02", "08:30 Event 10-03"]
    more = busy.select_one("a.calendar__more")
    assert more.contents[0].strip() == "and 1 more"
    assert more["href"] == "/en/events/calendar/2026/03/10/?type=seminar"
    day = soup(client.get(more["href"]))
    assert len(day.select(".event-list li")) == 4
    assert {tag.get_text(strip=True) for tag in day.select(".event-list .tag")} == {"Seminar"}
    assert day.select_one('a[href="/en/events/calendar/2026/03/?type=seminar"]') is not None
    everything = soup(client.get(MARCH))
    assert cell(everything, "2026-03-10").select_one("a.calendar__more").contents[0].strip() == "and 4 more"
    assert len(soup(client.get("/en/events/calendar/2026/03/10/")).select(".event-list li")) == 7
    assert client.get("/en/events/calendar/2026/03/10/?type=party").status_code == 404


def test_at_most_three_links_a_day_however_many_events(index):
    events_on(index, 10, 40)
    page = soup(Client().get(MARCH))
    busy = cell(page, "2026-03-10")
    assert len(busy.select("li a")) == MAX_PER_DAY
    assert busy.select_one("a.calendar__more").contents[0].strip() == "and 37 more"
    assert len(page.select("table.calendar li a")) == MAX_PER_DAY


def render_count(url):
    """Queries of a page rendered afresh after a publish (the calendar keeps its rendered month
    table until then), with the menus and lookups already kept again."""
    client = Client()
    client.get(url)
    bump_version()  # what a publish does
    client.get("/ar/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_month_query_count_does_not_grow_with_its_events(index):
    url = "/ar/events/calendar/2026/03/"

    events_on(index, 10, 5)
    few = render_count(url)
    for day in range(1, 29):
        events_on(index, day, 2, hour=14)
    events_on(index, 12, 40, hour=1)
    many = render_count(url)
    assert few == many == CALENDAR_RENDER_QUERIES


def test_the_day_view_query_count_does_not_grow_with_its_events(index):
    url = "/ar/events/calendar/2026/03/10/"

    events_on(index, 10, 2)
    few = render_count(url)
    events_on(index, 10, 30, hour=12)
    assert render_count(url) == few


def test_the_day_view_is_paginated(index):
    events_on(index, 10, EventIndexPage.PER_PAGE + 2)
    client = Client()
    first = soup(client.get("/en/events/calendar/2026/03/10/"))
    assert len(first.select(".event-list li")) == EventIndexPage.PER_PAGE
    following = first.select_one('a[rel="next"]')["href"]
    assert following == "?page=2"
    second = soup(client.get("/en/events/calendar/2026/03/10/" + following))
    assert [h3.get_text(strip=True) for h3 in second.select(".event-list h3")] == [
        "Event 10-11",
        "Event 10-12",
    ]
    filtered = soup(client.get("/en/events/calendar/2026/03/10/?type=seminar"))
    assert filtered.select_one('a[rel="next"]')["href"] == "?type=seminar&page=2"


def test_an_empty_day_says_so(index):
    page = soup(Client().get("/en/events/calendar/2026/03/10/"))
    assert page.select_one(".event-list") is None
    assert "No events to show." in page.get_text()


def test_english_calendar_leaves_out_events_without_english(index):
    make_event(index, title_ar="فعالية عربية فقط", title_en="", start=local(2026, 3, 10, 9))
    events_on(index, 10, 3, hour=10)
    page = soup(Client().get(MARCH))
    assert titles(cell(page, "2026-03-10")) == ["10:00 Event 10-01", "10:15 Event 10-02", "10:30 Event 10-03"]
    assert cell(page, "2026-03-10").select_one("a.calendar__more") is None
    arabic = soup(Client().get("/ar/events/calendar/2026/03/"))
    assert titles(cell(arabic, "2026-03-10"))[0] == "09:00 فعالية عربية فقط"


def test_no_events_this_month(index):
    assert "No events this month." in Client().get(MARCH).content.decode()
    event = make_event(index, start=local(2026, 2, 20, 9), end=local(2026, 3, 1, 1))  # ends on the 1st
    event.save_revision().publish()  # the rendered month is kept until a publish
    html = Client().get(MARCH).content.decode()
    assert "No events this month." not in html


# --- Event links: the index's URL and the event's path, as {% pageurl %} gives them -------


def test_event_links_are_the_page_urls_in_both_languages(index):
    events = [
        make_event(index, slug_ar="ندوة-الإعلام", slug_en="media-seminar", start=local(2026, 3, 10, 9)),
        make_event(index, slug_ar="ورشة-الأمن", slug_en="", start=local(2026, 3, 10, 10)),  # falls back
        make_event(index, slug_ar="visit-2026", slug_en="visit", start=local(2026, 3, 10, 11)),
    ]
    for language in ("ar", "en"):
        html = Client().get(f"/{language}/events/calendar/2026/03/").content.decode()
        with translation.override(language):
            expected = [event.get_url() for event in events]
        assert expected[0].startswith(f"/{language}/events/")
        for url in expected:
            assert f'href="{url}"' in html, (language, url)
        assert Client().get(expected[1]).status_code == 200
    with translation.override("ar"):
        assert (
            events[0].get_url()
            == "/ar/events/%D9%86%D8%AF%D9%88%D8%A9-%D8%A7%D9%84%D8%A5%D8%B9%D9%84%D8%A7%D9%85/"
        )
    with translation.override("en"):
        assert events[1].get_url() == "/en/events/%D9%88%D8%B1%D8%B4%D8%A9-%D8%A7%D9%84%D8%A3%D9%85%D9%86/"


def test_child_url_function_matches_get_url(index):
    events = [
        make_event(index, slug_ar="فعالية-أ", slug_en="event-a"),
        make_event(index, slug_ar="فعالية-ب", slug_en=""),
        make_event(index, slug_ar="c_d-1", slug_en="c_d-1"),
    ]
    request = RequestFactory().get("/")
    for language in ("ar", "en"):
        with translation.override(language):
            url = index.child_url_function(request)
            for event in events:
                event.refresh_from_db()
                assert url(event.url_path, event.pk) == event.get_url(request)


def test_a_moved_or_odd_path_falls_back_to_wagtail(index):
    event = make_event(index, slug_en="odd")
    request = RequestFactory().get("/")
    with translation.override("en"):
        url = index.child_url_function(request)
        assert url("/elsewhere/odd/", event.pk) == event.get_url(request)
