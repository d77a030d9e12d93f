"""iCalendar (RFC 5545) for one event or the feed, written with the icalendar library.

UIDs come from the page id, so an edited event replaces itself in subscribers' calendars.
Times are in Asia/Hebron with its VTIMEZONE included; all-day events use DATE values
(with the exclusive end date RFC 5545 expects).
"""

import datetime as dt
import zoneinfo

from django.conf import settings
from django.utils import timezone

import icalendar

PRODID = "-//Ministry of Interior//Public Relations and Media//EN"


# Fixed on purpose: a UID must not change when the site moves host or the event is edited.
UID_DOMAIN = "events.pr-media.moi"


def event_uid(page) -> str:
    return f"event-{page.pk}@{UID_DOMAIN}"


def _event_component(page, request, zone, language):
    text = {"language": language}
    event = icalendar.Event()
    event.add("uid", event_uid(page))
    stamp = page.last_published_at or page.latest_revision_created_at or timezone.now()
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    if page.latest_revision_created_at:
        event.add("last-modified", page.latest_revision_created_at.astimezone(dt.UTC))
    event.add("summary", page.title, parameters=text)
    if page.all_day:
        first = timezone.localtime(page.start, zone).date()
        last = timezone.localtime(page.end, zone).date() if page.end else first
        event.add("dtstart", first)
        event.add("dtend", last + dt.timedelta(days=1))
    else:
        event.add("dtstart", timezone.localtime(page.start, zone))
        if page.end:
            event.add("dtend", timezone.localtime(page.end, zone))
    location = ", ".join(part for part in (page.place_name, page.place_address) if part)
    if location:
        event.add("location", location, parameters=text)
    elif page.online_url:
        event.add("location", page.online_url)
    url = page.get_full_url(request)
    if url:
        event.add("url", url)
    description = "\n\n".join(part for part in (page.listing_summary, url) if part)
    if description:
        event.add("description", description, parameters=text)
    event.add("categories", [str(page.get_event_type_display())])
    division = page.organising_division if page.organising_division_id else None
    if division is not None and division.email:
        event.add("organizer", f"mailto:{division.email}", parameters={"cn": division.title})
    event.add("status", "CONFIRMED")
    event.add("transp", "TRANSPARENT" if page.all_day else "OPAQUE")
    return event


def calendar_for(pages, request, name: str, language: str) -> bytes:
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    cal.add("name", name)
    for page in pages:
        cal.add_component(_event_component(page, request, zone, language))
    if pages:
        # Only the time-zone rules the events need, not every transition since 1970.
        first = min(timezone.localtime(page.start, zone).date() for page in pages)
        last = max(timezone.localtime(page.end or page.start, zone).date() for page in pages)
        cal.add_missing_timezones(
            first_date=first - dt.timedelta(days=366), last_date=last + dt.timedelta(days=366)
        )
    return cal.to_ical()
