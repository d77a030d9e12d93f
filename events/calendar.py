"""A month of events as weeks of days, for a plain HTML <table> (no JavaScript).

Weeks start on Saturday, as Palestinian wall calendars do; the table's direction follows
the page, so in Arabic Saturday is on the right.
"""

import calendar as pycalendar
import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import get_language

from core.dates import (
    ARABIC_WEEKDAYS,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    HIJRI_MONTHS,
    LEVANTINE_MONTHS,
    hijri_parts,
)

FIRST_WEEKDAY = pycalendar.SATURDAY


def month_bounds(year: int, month: int):
    """Aware local datetimes: the first instant of the month and of the month after."""
    first = dt.datetime(year, month, 1)
    after = dt.datetime(year + 1, 1, 1) if month == 12 else dt.datetime(year, month + 1, 1)
    zone = timezone.get_current_timezone()
    return timezone.make_aware(first, zone), timezone.make_aware(after, zone)


@dataclass
class Day:
    date: dt.date
    in_month: bool
    is_today: bool
    events: list = field(default_factory=list)

    @property
    def iso(self) -> str:
        return self.date.isoformat()


class MonthCalendar:
    def __init__(self, year: int, month: int, events, today: dt.date | None = None):
        self.year = year
        self.month = month
        self.today = today or timezone.localdate()
        self.events = events
        self.weeks = self._weeks()

    def _weeks(self):
        days_by_date = {}
        weeks = []
        for week in pycalendar.Calendar(FIRST_WEEKDAY).monthdatescalendar(self.year, self.month):
            row = []
            for date in week:
                day = Day(date=date, in_month=date.month == self.month, is_today=date == self.today)
                days_by_date[date] = day
                row.append(day)
            weeks.append(row)
        for event in self.events:
            first = timezone.localtime(event.start).date()
            last = timezone.localtime(event.end).date() if event.end else first
            date = first
            while date <= last:
                if date in days_by_date and days_by_date[date].in_month:
                    days_by_date[date].events.append(event)
                date += dt.timedelta(days=1)
        return weeks

    @property
    def is_arabic(self) -> bool:
        return (get_language() or "ar").startswith("ar")

    @property
    def weekday_headers(self):
        """(full name, short name) from the first day of the week on."""
        order = [(FIRST_WEEKDAY + offset) % 7 for offset in range(7)]
        if self.is_arabic:
            return [(ARABIC_WEEKDAYS[i], ARABIC_WEEKDAYS[i]) for i in order]
        return [(ENGLISH_WEEKDAYS[i], ENGLISH_WEEKDAYS[i][:3]) for i in order]

    @property
    def title(self) -> str:
        if self.is_arabic:
            return f"{LEVANTINE_MONTHS[self.month - 1]} {self.year}"
        return f"{ENGLISH_MONTHS[self.month - 1]} {self.year}"

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
        return bool(self.events)
