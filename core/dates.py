"""Dates as the site shows them.

Arabic: the Gregorian date with Levantine month names (as used in Palestine) followed by
the Umm al-Qura Hijri date from hijridate. English: "27 November 2026".
Django's own ``ar`` locale uses Egyptian month names (يناير), hence these tables.
"""

import datetime as dt

from django.utils import timezone

from hijridate import Gregorian

LEVANTINE_MONTHS = (
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
)
HIJRI_MONTHS = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)
ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
ENGLISH_MONTHS = (
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
)
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def as_local_date(value) -> dt.date | None:
    """A date from a date, an aware or naive datetime (in the site's time zone), or None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def hijri_parts(value: dt.date) -> tuple[int, int, int] | None:
    """(day, month, year) in the Umm al-Qura calendar, or None outside its range (1924–2077)."""
    try:
        hijri = Gregorian(value.year, value.month, value.day).to_hijri()
    except (OverflowError, ValueError):
        return None
    return hijri.day, hijri.month, hijri.year


def arabic_gregorian(value: dt.date, weekday: bool = False) -> str:
    text = f"{value.day} {LEVANTINE_MONTHS[value.month - 1]} {value.year}م"
    if weekday:
        text = f"{ARABIC_WEEKDAYS[value.weekday()]} {text}"
    return text


def arabic_hijri(value: dt.date) -> str:
    parts = hijri_parts(value)
    if parts is None:
        return ""
    day, month, year = parts
    return f"{day} {HIJRI_MONTHS[month - 1]} {year}هـ"


def english_date(value: dt.date, weekday: bool = False) -> str:
    text = f"{value.day} {ENGLISH_MONTHS[value.month - 1]} {value.year}"
    if weekday:
        text = f"{ENGLISH_WEEKDAYS[value.weekday()]} {text}"
    return text


def format_site_date(value, language: str, weekday: bool = False, hijri: bool = True) -> str:
    """The full text of a date in the given language ("" for no date)."""
    date = as_local_date(value)
    if date is None:
        return ""
    if language.startswith("ar"):
        text = arabic_gregorian(date, weekday=weekday)
        hijri_text = arabic_hijri(date) if hijri else ""
        return f"{text} — {hijri_text}" if hijri_text else text
    return english_date(date, weekday=weekday)
