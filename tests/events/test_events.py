import datetime as dt
import json
import re
import zoneinfo

from django.test import Client
from django.utils import timezone, translation

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

import icalendar
import pytest

from core.models import HomePage, StandardPage
from departments.factories import AdministrationPageFactory, DivisionPageFactory
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventIndexPage, EventPage
from tests.conftest import build_site
from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db

HEBRON = zoneinfo.ZoneInfo("Asia/Hebron")
LD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def local(*args):
    return dt.datetime(*args, tzinfo=HEBRON)


class TestPageTypes(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site()
        with translation.override("ar"):
            cls.index = EventIndexPageFactory(parent=cls.home)
            cls.event = EventPageFactory(parent=cls.index)

    def test_where_they_can_be_created(self):
        self.assertCanCreateAt(HomePage, EventIndexPage)
        self.assertCanCreateAt(EventIndexPage, EventPage)
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(StandardPage, EventPage)
        self.assertCanNotCreateAt(EventPage, EventPage)

    def test_allowed_parents_and_children(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_index_is_a_singleton(self):
        assert EventIndexPage.max_count == 1
        assert not EventIndexPage.can_create_at(self.home)

    def test_every_route_renders(self):
        for route in ("/", "past/", "calendar/", "calendar/2026/11/", "calendar/2028/02/29/", "feed/"):
            self.assertPageIsRenderable(self.index, route_path=route)
        self.assertPageIsRenderable(self.index, route_path="calendar/2026/13/", accept_404=True)
        self.assertPageIsRenderable(self.event)
        self.assertPageIsRenderable(self.event, route_path="ics/")

    def test_previewable(self):
        titles = {"title_ar": self.event.title_ar, "title_en": self.event.title_en}
        self.assertPageIsPreviewable(
            self.index, post_data=nested_form_data(titles | {"slug_ar": "events", "slug_en": "events"})
        )
        start = timezone.localtime(self.event.start)
        self.assertPageIsPreviewable(
            self.event,
            post_data=nested_form_data(
                titles
                | {
                    "slug_ar": self.event.slug_ar,
                    "slug_en": self.event.slug_en,
                    "start": start.strftime("%Y-%m-%d %H:%M"),
                    "end": (start + dt.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
                    "event_type": "workshop",
                    "body_ar": streamfield([]),
                    "body_en": streamfield([]),
                }
            ),
        )


def get(url):
    return Client().get(url)


# --- Lists ---------------------------------------------------------------------------------


def test_upcoming_and_past_lists(index):
    now = timezone.now()
    make_event(index, title_ar="فعالية قادمة", start=now + dt.timedelta(days=2))
    make_event(
        index, title_ar="فعالية جارية", start=now - dt.timedelta(hours=1), end=now + dt.timedelta(hours=1)
    )
    make_event(
        index,
        title_ar="فعالية سابقة",
        start=now - dt.timedelta(days=3),
        end=now - dt.timedelta(days=3, hours=-2),
    )
    upcoming = get("/ar/events/").content.decode()
    past = get("/ar/events/past/").content.decode()
    assert "فعالية قادمة" in upcoming and "فعالية جارية" in upcoming and "فعالية سابقة" not in upcoming
    assert "فعالية سابقة" in past and "فعالية قادمة" not in past
    assert upcoming.index("فعالية جارية") < upcoming.index("فعالية قادمة")  # soonest first


def test_filter_by_type_and_unknown_type(index):
    now = timezone.now()
    make_event(index, title_ar="ندوة الإعلام", event_type="seminar", start=now + dt.timedelta(days=1))
    make_event(index, title_ar="زيارة الوفد", event_type="delegation", start=now + dt.timedelta(days=2))
    html = get("/ar/events/?type=delegation").content.decode()
    assert "زيارة الوفد" in html and "ندوة الإعلام" not in html
    assert re.search(r'href="\?type=delegation"\s+aria-current="true"', html)
    assert not re.search(r'href="\?type=seminar"\s+aria-current', html)
    for bad in (
        "/ar/events/?type=party",
        "/ar/events/past/?type=%3Cscript%3E",
        "/ar/events/calendar/?type=x",
    ):
        assert get(bad).status_code == 404, bad


def test_pagination_and_bad_page_numbers(index):
    now = timezone.now()
    for n in range(EventIndexPage.PER_PAGE + 3):
        make_event(index, title_ar=f"فعالية رقم {n:02d}", start=now + dt.timedelta(days=n + 1))
    first = get("/ar/events/").content.decode()
    assert "فعالية رقم 00" in first and "فعالية رقم 10" not in first
    second = get("/ar/events/?page=2").content.decode()
    assert "فعالية رقم 10" in second and "فعالية رقم 00" not in second
    assert 'rel="prev"' in second
    for bad, expected in (("abc", "00"), ("0", "12"), ("-1", "12"), ("999", "12"), ("1e9", "00"), ("", "00")):
        response = get(f"/ar/events/?page={bad}")
        assert response.status_code == 200, bad
        assert f"فعالية رقم {expected}" in response.content.decode(), bad


def test_english_lists_leave_out_events_without_english(index):
    make_event(index, title_ar="فعالية عربية فقط", title_en="")
    make_event(index, title_ar="فعالية مترجمة", title_en="Translated event")
    html = get("/en/events/").content.decode()
    assert "Translated event" in html and "فعالية عربية فقط" not in html


# --- Calendar ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "calendar/2026/13/",
        "calendar/2026/00/",
        "calendar/2026/0/",
        "calendar/0000/01/",
        "calendar/0001/01/",
        "calendar/9999/12/",
        "calendar/abcd/01/",
        "calendar/2026/ab/",
        "calendar/2026/",
        "calendar/2026/1/2/3/",
        "calendar/20261/01/",
        # Days
        "calendar/2026/02/30/",
        "calendar/2026/02/29/",
        "calendar/2028/02/30/",
        "calendar/2026/13/01/",
        "calendar/2026/00/10/",
        "calendar/2026/01/00/",
        "calendar/2026/01/32/",
        "calendar/2026/04/31/",
        "calendar/2026/01/123/",
        "calendar/2026/01/ab/",
        "calendar/1899/12/31/",
        "calendar/2201/01/01/",
        "calendar/0000/01/01/",
        "calendar/9999/12/31/",
    ],
)
def test_impossible_months_are_404(index, path):
    assert get(f"/ar/events/{path}").status_code == 404


def test_calendar_month_in_arabic(index):
    make_event(index, title_ar="مؤتمر يومين", start=local(2026, 3, 30, 9), end=local(2026, 3, 31, 16))
    make_event(index, title_ar="ورشة نيسان", start=local(2026, 4, 2, 10), end=local(2026, 4, 2, 12))
    response = get("/ar/events/calendar/2026/03/")
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'<html lang="ar"\s+dir="rtl">', html)
    assert "آذار 2026" in html  # Levantine month name
    assert "رمضان" in html and "شوال" in html and "1447هـ" in html  # the Hijri months it spans
    assert '<table class="calendar">' in html and "<caption>" in html
    assert html.count('<th scope="col">') == 7
    first_header = re.search(r'<th scope="col">\s*(\S+)', html).group(1)
    assert first_header == "السبت"  # weeks start on Saturday
    cells = dict(
        re.findall(
            r'<time class="calendar__day" datetime="(\d{4}-\d\d-\d\d)">.*?</time>(.*?)</td>', html, re.S
        )
    )
    assert "مؤتمر يومين" in cells["2026-03-30"] and "مؤتمر يومين" in cells["2026-03-31"]
    assert "مؤتمر يومين" not in cells["2026-03-29"]
    assert "ورشة نيسان" not in html  # April's event is not in March
    assert 'href="/ar/events/calendar/2026/02/"' in html and 'href="/ar/events/calendar/2026/04/"' in html
    assert "<bdi>09:00</bdi>" in cells["2026-03-30"]


def test_calendar_in_english_and_today_marked(index):
    today = timezone.localdate()
    response = get("/en/events/calendar/")
    html = response.content.decode()
    assert re.search(r'<html lang="en"\s+dir="ltr">', html)
    month_name = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ][today.month - 1]
    assert f"{month_name} {today.year}" in html
    assert html.count('aria-current="date"') == 1
    today_cell = html[html.index('aria-current="date"') :]
    assert f'datetime="{today.isoformat()}"' in today_cell[:300]
    assert "This month" not in html  # no link to where we already are
    other = get("/en/events/calendar/2030/01/").content.decode()
    assert 'aria-current="date"' not in other and "This month" in other


def test_calendar_keeps_the_type_filter(index):
    make_event(
        index,
        title_ar="ندوة آذار",
        event_type="seminar",
        start=local(2026, 3, 10, 10),
        end=local(2026, 3, 10, 12),
    )
    make_event(
        index,
        title_ar="مؤتمر آذار",
        event_type="conference",
        start=local(2026, 3, 11, 10),
        end=local(2026, 3, 11, 12),
    )
    html = get("/ar/events/calendar/2026/03/?type=seminar").content.decode()
    assert "ندوة آذار" in html and "مؤتمر آذار" not in html
    assert 'href="/ar/events/calendar/2026/04/?type=seminar"' in html


def test_calendar_at_the_edges_of_the_range(index):
    html = get("/ar/events/calendar/1900/01/").content.decode()
    assert "/calendar/1899/12/" not in html and 'href="/ar/events/calendar/1900/02/"' in html
    html = get("/ar/events/calendar/2200/12/").content.decode()
    assert "/calendar/2201/01/" not in html


# --- Event page ------------------------------------------------------------------------------


def test_event_page_details(home, index):
    with translation.override("ar"):
        administration = AdministrationPageFactory(parent=home)
        division = DivisionPageFactory(parent=administration, title_ar="دائرة البروتوكول")
    event = make_event(
        index,
        title_ar="زيارة وفد",
        event_type="delegation",
        start=local(2026, 12, 10, 10, 30),
        end=local(2026, 12, 10, 12),
        organising_division=division,
        registration_url="https://forms.moi.example/register",
        map_url="https://www.openstreetmap.org/",
    )
    with translation.override("ar"):
        url = event.url
    html = get(url).content.decode()
    assert '<p class="tag">زيارة وفد</p>' in html
    assert "10 كانون الأول 2026م" in html and "<bdi>10:30</bdi>" in html and "<bdi>12:00</bdi>" in html
    assert "بتوقيت فلسطين" in html
    assert "دائرة البروتوكول" in html
    assert f'href="{url}ics/"' in html and "إضافة إلى التقويم" in html
    assert 'href="https://www.openstreetmap.org/"' in html


def test_past_event_hides_registration(index):
    now = timezone.now()
    event = make_event(
        index,
        start=now - dt.timedelta(days=2),
        end=now - dt.timedelta(days=2, hours=-1),
        registration_url="https://forms.moi.example/register",
    )
    html = get(event.url).content.decode()
    assert "https://forms.moi.example/register" not in html and "انتهت هذه الفعالية." in html


def test_event_json_ld(index):
    evil = "</script><img src=x onerror=alert(1)>"
    event = make_event(
        index,
        title_ar=evil,
        title_en="Workshop",
        start=local(2026, 12, 10, 10),
        end=local(2026, 12, 10, 12),
        place_address_ar="البيرة",
        listing_summary_ar="ملخص",
    )
    with translation.override("ar"):
        url = event.url
    (raw,) = LD_RE.findall(get(url).content.decode())
    assert "<" not in raw
    data = json.loads(raw)
    assert data["@type"] == "Event" and data["name"] == evil and data["inLanguage"] == "ar"
    assert data["startDate"] == "2026-12-10T10:00:00+02:00" and data["endDate"] == "2026-12-10T12:00:00+02:00"
    assert data["location"] == {"@type": "Place", "name": "قاعة المؤتمرات", "address": "البيرة"}
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    (raw_en,) = LD_RE.findall(get(url.replace("/ar/", "/en/")).content.decode())
    data_en = json.loads(raw_en)
    assert data_en["name"] == "Workshop" and data_en["location"]["name"] == "Conference hall"


def test_online_event_json_ld(index):
    event = make_event(index, place_name_ar="", place_name_en="", online_url="https://meet.moi.example/x")
    data = json.loads(LD_RE.findall(get(event.url).content.decode())[0])
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.moi.example/x"}
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"


def test_end_before_start_is_rejected(index):
    from django.core.exceptions import ValidationError

    event = make_event(index)
    event.end = event.start - dt.timedelta(hours=1)
    with pytest.raises(ValidationError):
        event.full_clean()


# --- iCalendar -------------------------------------------------------------------------------


def parse_ics(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def test_event_ics_is_valid_and_its_uid_survives_edits(index):
    event = make_event(index, title_ar="ندوة", start=local(2026, 7, 1, 10), end=local(2026, 7, 1, 12))
    with translation.override("ar"):
        url = event.url + "ics/"
    response = get(url)
    assert 'filename="event-' in response["Content-Disposition"]
    cal = parse_ics(response)
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["UID"]) == f"event-{event.pk}@events.pr-media.moi"
    assert str(vevent["SUMMARY"]) == "ندوة" and vevent["SUMMARY"].params["LANGUAGE"] == "ar"
    assert vevent["DTSTART"].dt == local(2026, 7, 1, 10)
    assert vevent["DTSTART"].params["TZID"] == "Asia/Hebron"
    assert vevent["DTEND"].dt.hour == 12 and "DTSTAMP" in vevent
    (vtimezone,) = cal.walk("VTIMEZONE")
    assert vtimezone["TZID"] == "Asia/Hebron"
    assert len(response.content) < 4000  # only the time-zone rules this event needs
    assert b"\r\n" in response.content  # RFC 5545 line endings

    with translation.override("ar"):
        event.title_ar = "ندوة معدلة"
        event.start = local(2026, 7, 2, 11)
        event.end = local(2026, 7, 2, 13)
        event.save_revision().publish()
    (edited,) = parse_ics(get(url)).walk("VEVENT")
    assert str(edited["UID"]) == str(vevent["UID"])
    assert str(edited["SUMMARY"]) == "ندوة معدلة"


def test_all_day_event_ics_uses_dates(index):
    event = make_event(index, all_day=True, start=local(2026, 8, 5, 0), end=local(2026, 8, 6, 23, 59))
    (vevent,) = parse_ics(get(event.url + "ics/")).walk("VEVENT")
    assert vevent["DTSTART"].dt == dt.date(2026, 8, 5)
    assert vevent["DTEND"].dt == dt.date(2026, 8, 7)  # exclusive end, as RFC 5545 says


def test_feed_per_language(index):
    now = timezone.now()
    make_event(index, title_ar="فعالية قادمة", title_en="Coming event", start=now + dt.timedelta(days=5))
    make_event(index, title_ar="فعالية عربية", title_en="", start=now + dt.timedelta(days=6))
    make_event(
        index,
        title_ar="فعالية سابقة",
        title_en="Past event",
        start=now - dt.timedelta(days=5),
        end=now - dt.timedelta(days=5),
    )
    arabic = parse_ics(get("/ar/events/feed/"))
    english = parse_ics(get("/en/events/feed/"))
    assert sorted(str(e["SUMMARY"]) for e in arabic.walk("VEVENT")) == ["فعالية عربية", "فعالية قادمة"]
    assert [str(e["SUMMARY"]) for e in english.walk("VEVENT")] == ["Coming event"]
    assert english.walk("VEVENT")[0]["SUMMARY"].params["LANGUAGE"] == "en"
    assert str(english["X-WR-CALNAME"]) == "Events — Ministry of Interior"
    assert 'href="/ar/events/feed/"' in get("/ar/events/").content.decode()


def test_empty_feed_is_still_a_calendar(index):
    cal = parse_ics(get("/ar/events/feed/"))
    assert cal.walk("VEVENT") == [] and cal["VERSION"] == "2.0"


# --- Queries ---------------------------------------------------------------------------------


def assert_queries(assert_num_queries, url, expected):
    """The page renders in exactly ``expected`` queries, once warm: the first view may save
    things once (renditions), which empties what perf.lookups keeps; the second warms it."""
    client = Client()
    client.get(url)
    client.get(url)
    with assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200


def assert_render_queries(assert_num_queries, url, expected):
    """As assert_queries, for a page rendered afresh after a publish: the calendar keeps its
    rendered table until the content version moves. Menus and lookups are warmed again on
    another page first, so what is counted is the page's own work."""
    from core.navigation import bump_version

    client = Client()
    client.get(url)
    bump_version()  # what a publish does
    client.get("/ar/")
    with assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200


INDEX_QUERIES = 5
CALENDAR_QUERIES = 3  # warm: the table is kept until the next publish
CALENDAR_RENDER_QUERIES = 5  # rendered afresh: the events' (pk, days), then the few shown
EVENT_QUERIES = 4


def add_events(index, division, n, month=None):
    now = timezone.now()
    for i in range(n):
        start = local(2026, 3, 1 + i % 28, 10) if month else now + dt.timedelta(days=i + 1)
        make_event(
            index,
            start=start,
            end=start + dt.timedelta(hours=1),
            organising_division=division if i % 2 else None,
        )


@pytest.fixture
def division(home):
    with translation.override("ar"):
        return DivisionPageFactory(parent=AdministrationPageFactory(parent=home))


def test_index_query_count_is_fixed(index, division, django_assert_num_queries):
    add_events(index, division, 2)
    assert_queries(django_assert_num_queries, "/ar/events/", INDEX_QUERIES)
    add_events(index, division, 25)
    assert_queries(django_assert_num_queries, "/ar/events/", INDEX_QUERIES)
    assert_queries(django_assert_num_queries, "/ar/events/?type=seminar&page=3", INDEX_QUERIES)


def test_calendar_query_count_is_fixed(index, division, django_assert_num_queries):
    url = "/ar/events/calendar/2026/03/"
    add_events(index, division, 2, month=True)
    assert_render_queries(django_assert_num_queries, url, CALENDAR_RENDER_QUERIES)
    assert_queries(django_assert_num_queries, url, CALENDAR_QUERIES)
    add_events(index, division, 40, month=True)
    assert_render_queries(django_assert_num_queries, url, CALENDAR_RENDER_QUERIES)
    assert_queries(django_assert_num_queries, url, CALENDAR_QUERIES)


def test_event_page_query_count_is_fixed(index, division, django_assert_num_queries):
    event = make_event(index, organising_division=division)
    url = event.url
    assert_queries(django_assert_num_queries, url, EVENT_QUERIES)
    add_events(index, division, 20)
    with translation.override("ar"):
        event.body_ar = [{"type": "paragraph", "value": "<p>نص</p>"}] * 10
        event.save_revision().publish()
    assert_queries(django_assert_num_queries, url, EVENT_QUERIES)


def test_ics_of_an_untranslated_event_says_it_is_arabic(index):
    event = make_event(index, title_ar="فعالية عربية", title_en="")
    with translation.override("ar"):
        url = event.url.replace("/ar/", "/en/") + "ics/"
    (vevent,) = parse_ics(get(url)).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "فعالية عربية" and vevent["SUMMARY"].params["LANGUAGE"] == "ar"


def test_home_listing_shows_the_next_events(index):
    now = timezone.now()
    past = make_event(index, start=now - dt.timedelta(days=3), end=now - dt.timedelta(days=2))
    later = make_event(index, start=now + dt.timedelta(days=20))
    sooner = make_event(index, start=now + dt.timedelta(days=2))
    with translation.override("ar"):
        children = index.listing_children(5)
    assert [e.pk for e in children] == [sooner.pk, later.pk]
    assert past.pk not in [e.pk for e in children]
