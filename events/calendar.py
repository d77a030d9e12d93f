"""A month of events as weeks of days, for a plain HTML <table> (no JavaScript).

Weeks start on Saturday, as Palestinian wall calendars do; the table's direction follows
the page, so in Arabic Saturday is on the right.

A busy month must cost about what a quiet one does: the calendar is built from light
``(pk, first day, last day)`` rows for the whole month, each day keeps the first
``MAX_PER_DAY`` events touching it (in start order) and counts the rest, and only the events
shown are then read, a few columns each (``shown_pks``, then ``show``). The rest are a link
away, on the day view ("and 2 more").
"""

import calendar as pycalendar
import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import get_language, ngettext, pgettext

from core.dates import (
    ARABIC_WEEKDAYS,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    HIJRI_MONTHS,
    LEVANTINE_MONTHS,
    format_site_date,
    hijri_parts,
)
from core.text import localise_digits

FIRST_WEEKDAY = pycalendar.SATURDAY
MAX_PER_DAY = 3  # events shown in a day's cell; the others are counted and linked to the day view


def _aware(value: dt.datetime) -> dt.datetime:
    return timezone.make_aware(value, timezone.get_current_timezone())


def month_bounds(year: int, month: int):
    """Aware local datetimes: the first instant of the month and of the month after."""
    first = dt.datetime(year, month, 1)
    after = dt.datetime(year + 1, 1, 1) if month == 12 else dt.datetime(year, month + 1, 1)
    return _aware(first), _aware(after)


def day_bounds(date: dt.date):
    """Aware local datetimes: the first instant of the day and of the day after."""
    first = dt.datetime(date.year, date.month, date.day)
    return _aware(first), _aware(first + dt.timedelta(days=1))


def _is_arabic() -> bool:
    return (get_language() or "ar").startswith("ar")


def month_title(year: int, month: int) -> str:
    """The month and year: "آذار 2026" on Arabic pages (Levantine names), "March 2026" in English."""
    if _is_arabic():
        return f"{LEVANTINE_MONTHS[month - 1]} {year}"
    return f"{ENGLISH_MONTHS[month - 1]} {year}"


@dataclass(slots=True)
class ShownEvent:
    """An event as a day's cell shows it: what the template prints, worked out beforehand."""

    title: str
    url: str
    time_text: str = ""  # the start time in the page's digits, "" for an all-day event


@dataclass
class Day:
    date: dt.date
    in_month: bool
    is_today: bool
    pks: list = field(default_factory=list)  # every event touching the day, in start order
    events: list = field(default_factory=list)  # the ones shown (ShownEvent), MAX_PER_DAY at most
    url: str = ""  # the day view
    more_text: str = ""  # "and 2 more", when some events are left out
    more_context: str = ""  # " on Tuesday 10 March 2026": what the link leads to, for screen readers

    @property
    def iso(self) -> str:
        return self.date.isoformat()

    @property
    def is_busy(self) -> bool:
        return bool(self.pks)

    @property
    def shown_pks(self) -> list:
        return self.pks[:MAX_PER_DAY]

    @property
    def hidden(self) -> int:
        """How many of the day's events are left out of its cell ("and N more")."""
        return max(0, len(self.pks) - MAX_PER_DAY)


class MonthCalendar:
    def __init__(self, year: int, month: int, spans, today: dt.date | None = None):
        """``spans``: ``(pk, first day, last day)`` of the month's events in local dates, in
        start order; the last day is None for an event with no end. An event lasting several
        days is on each of its days within the month."""
        self.year = year
        self.month = month
        self.today = today or timezone.localdate()
        self.event_count = 0
        self.weeks = self._weeks(spans)

    @property
    def days(self):
        """The days of the month itself (not the days of the months either side)."""
        return [day for week in self.weeks for day in week if day.in_month]

    def _weeks(self, spans):
        days_by_date = {}
        weeks = []
        for week in pycalendar.Calendar(FIRST_WEEKDAY).monthdatescalendar(self.year, self.month):
            row = []
            for date in week:
                day = Day(date=date, in_month=date.month == self.month, is_today=date == self.today)
                if day.in_month:
                    days_by_date[date] = day
                row.append(day)
            weeks.append(row)
        month_first = dt.date(self.year, self.month, 1)
        month_last = dt.date(self.year, self.month, pycalendar.monthrange(self.year, self.month)[1])
        one_day = dt.timedelta(days=1)
        for pk, first, last in spans:
            date, last = max(first, month_first), min(last or first, month_last)  # its days here
            if date <= last:
                self.event_count += 1
            while date <= last:
                days_by_date[date].pks.append(pk)
                date += one_day
        return weeks

    def shown_pks(self) -> set:
        """The events some day shows: the only ones worth loading."""
        return {pk for day in self.days for pk in day.shown_pks}

    def show(self, shown: dict, day_url=None, digit_style: str = "western") -> None:
        """Fill each day's cell from ``shown`` ({pk: ShownEvent}); ``day_url(date)`` links the
        day view, for the days with events; a day with more events than it shows says how
        many more, with the date for screen readers (the link may be read out of its cell)."""
        language = get_language() or "ar"
        on_date = pgettext("a day of the calendar", "on %(date)s")
        more_texts = {}  # by count: a busy month has the same few counts on most days
        for day in self.days:
            day.events = [shown[pk] for pk in day.shown_pks if pk in shown]
            if day_url is not None and day.pks:
                day.url = day_url(day.date)
            hidden = day.hidden
            if hidden:
                if hidden not in more_texts:
                    more = ngettext("and %(count)s more", "and %(count)s more", hidden)
                    more_texts[hidden] = localise_digits(more % {"count": hidden}, digit_style, language)
                date = format_site_date(day.date, language, weekday=True, hijri=False)
                day.more_text = more_texts[hidden]
                day.more_context = localise_digits(on_date % {"date": date}, digit_style, language)

    @property
    def is_arabic(self) -> bool:
        return _is_arabic()

    @property
    def weekday_headers(self):
        """(full name, short name) from the first day of the week on."""
        order = [(FIRST_WEEKDAY + offset) % 7 for offset in range(7)]
        if self.is_arabic:
            return [(ARABIC_WEEKDAYS[i], ARABIC_WEEKDAYS[i]) for i in order]
        return [(ENGLISH_WEEKDAYS[i], ENGLISH_WEEKDAYS[i][:3]) for i in order]

    @property
    def title(self) -> str:
        return month_title(self.year, self.month)

    @property
    def hijri_span(self) -> str:
        """The Hijri months the Gregorian month overlaps (Arabic pages only)."""
        if not self.is_arabic:
            return ""
        first = dt.date(self.year, self.month, 1)
        last = dt.date(self.year, self.month, pycalendar.monthrange(self.year, self.month)[1])
        start, end = hijri_parts(first), hijri_parts(last)
        if start is None or end is None:
            return ""
        if start[2] == end[2]:
            names = HIJRI_MONTHS[start[1] - 1]
            if end[1] != start[1]:
                names += " – " + HIJRI_MONTHS[end[1] - 1]
            return f"{names} {start[2]}هـ"
        return f"{HIJRI_MONTHS[start[1] - 1]} {start[2]}هـ – {HIJRI_MONTHS[end[1] - 1]} {end[2]}هـ"

    @property
    def previous(self):
        return (self.year - 1, 12) if self.month == 1 else (self.year, self.month - 1)

    @property
    def next(self):
        return (self.year + 1, 1) if self.month == 12 else (self.year, self.month + 1)

    @property
    def is_current_month(self) -> bool:
        return (self.year, self.month) == (self.today.year, self.today.month)

    @property
    def has_events(self) -> bool:
        return bool(self.event_count)
