"""Events: the index (upcoming, past, month calendar, day, iCalendar feed) and the event page."""

import datetime as dt
from urllib.parse import quote

from django.core.paginator import Paginator
from django.db import models
from django.db.models.functions import TruncDate
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.translation import gettext_lazy as _

from modeltranslation.utils import build_localized_fieldname, resolution_order
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.dates import format_site_date
from core.lazy import once
from core.listing import active_language, in_active_language
from core.models import BasePage, SiteSettings
from core.text import localise_digits
from events import ical
from events.calendar import MonthCalendar, ShownEvent, day_bounds, month_bounds, month_title


class EventType(models.TextChoices):
    SEMINAR = "seminar", _("Seminar")
    CONFERENCE = "conference", _("Conference")
    WORKSHOP = "workshop", _("Workshop")
    COMMUNITY = "community", _("Community programme")
    DELEGATION = "delegation", _("Delegation visit")


def upcoming_q(now=None):
    """Events not yet over: ending after now, or (with no end) starting today or later."""
    now = now or timezone.now()
    start_of_today = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return models.Q(end__gte=now) | models.Q(end__isnull=True, start__gte=start_of_today)


def start_time_text(start, all_day: bool, zone=None) -> str:
    """The local start time as events show it ("09:30"), or "" for an all-day event."""
    if all_day:
        return ""
    local = start.astimezone(zone or timezone.get_current_timezone())
    return f"{local.hour:02d}:{local.minute:02d}"


class EventIndexPage(RoutablePageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1
    template = "events/event_index_page.html"
    calendar_template = "events/event_calendar.html"
    day_template = "events/event_day.html"

    PER_PAGE = 10
    FEED_LIMIT = 100
    MIN_YEAR = 1900
    MAX_YEAR = 2200

    class Meta:
        verbose_name = _("events index page")

    def events(self):
        queryset = EventPage.objects.child_of(self).live().public()
        return in_active_language(queryset).select_related("organising_division")

    def listing_children(self, limit: int = 6):
        """For the home page's "Latest from a section": the next events, soonest first."""
        return list(self.events().filter(upcoming_q()).order_by("start", "pk")[:limit])

    @staticmethod
    def event_type_from(request):
        """The ?type= filter: empty for all types; an unknown type is a 404, not a silent list."""
        value = request.GET.get("type", "")
        if value and value not in EventType.values:
            raise Http404("Unknown event type")
        return value

    def _listing(self, request, past: bool):
        event_type = self.event_type_from(request)
        queryset = self.events()
        if past:
            queryset = queryset.exclude(upcoming_q()).order_by("-start", "-pk")
        else:
            queryset = queryset.filter(upcoming_q()).order_by("start", "pk")
        if event_type:
            queryset = queryset.filter(event_type=event_type)
        # get_page: a missing, non-numeric or out-of-range ?page= gives the first or last page.
        page_obj = Paginator(queryset, self.PER_PAGE).get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={
                "events_page": page_obj,
                "past": past,
                "event_type": event_type,
                "event_types": EventType.choices,
            },
        )

    @path("")
    def upcoming(self, request):
        return self._listing(request, past=False)

    @path("past/", name="past")
    def past(self, request):
        return self._listing(request, past=True)

    @path("calendar/", name="calendar")
    def calendar_current(self, request):
        today = timezone.localdate()
        return self.calendar_month(request, today.year, today.month)

    def _events_between(self, first, after, event_type=""):
        """The listed events touching [first, after), in start order: starting before ``after``
        and ending at or after ``first`` (with no end: starting at or after ``first``)."""
        queryset = (
            self.events()
            .filter(start__lt=after)
            .filter(models.Q(end__gte=first) | models.Q(end__isnull=True, start__gte=first))
        )
        if event_type:
            queryset = queryset.filter(event_type=event_type)
        return queryset.order_by("start", "pk")

    def child_url_function(self, request):
        """A function giving a child event's URL, from its ``url_path`` in the active language,
        as ``{% pageurl %}`` does without Wagtail's per-page work (the site's root paths, a
        ``reverse``): the index's own URL followed by the rest of the event's path, quoted as
        ``reverse`` quotes it (Arabic slugs become %-escapes). Anything unexpected asks Wagtail."""
        base = self.get_url(request)
        prefix = self.url_path
        safe = RFC3986_SUBDELIMS + "/~:@"

        def url(url_path: str, pk: int) -> str:
            if not base or not base.endswith("/") or not url_path.startswith(prefix):
                page = EventPage.objects.filter(pk=pk).first()
                return (page.get_url(request) or "") if page else ""
            return base + quote(url_path[len(prefix) :], safe=safe)

        return url

    def _shown_events(self, request, pks, digit_style: str) -> dict:
        """{pk: ShownEvent} for the events a calendar shows, from one query of the few columns
        they need, however many events the month holds. No page objects (building them cost
        more than the rest of the cell) and no per-row modeltranslation fallback: the title and
        ``url_path`` are read in the active language and those it falls back to, and the first
        one given is taken, as ``event.title`` would take it."""
        if not pks:
            return {}
        url = self.child_url_function(request)
        language = active_language()
        languages = resolution_order(language)
        count = len(languages)
        rows = (
            EventPage.objects.filter(pk__in=pks)
            .rewrite(False)
            .values_list(
                "pk",
                "start",
                "all_day",
                *(build_localized_fieldname("title", code) for code in languages),
                *(build_localized_fieldname("url_path", code) for code in languages),
            )
        )
        zone = timezone.get_current_timezone()
        shown = {}
        for pk, start, all_day, *texts in rows:
            title = next((text for text in texts[:count] if text), "")
            url_path = next((text for text in texts[count:] if text), "")
            time_text = localise_digits(start_time_text(start, all_day, zone), digit_style, language)
            shown[pk] = ShownEvent(title=title, url=url(url_path, pk), time_text=time_text)
        return shown

    @staticmethod
    def _type_query(event_type) -> str:
        return f"?type={event_type}" if event_type else ""

    @re_path(r"^calendar/(?P<year>\d{4})/(?P<month>\d{1,2})/$", name="calendar_month")
    def calendar_month(self, request, year, month):
        year, month = int(year), int(month)
        if not (self.MIN_YEAR <= year <= self.MAX_YEAR and 1 <= month <= 12):
            raise Http404("No such month")
        event_type = self.event_type_from(request)
        first, after_last = month_bounds(year, month)
        # Light rows for the whole month, then a few columns of only the events the cells show.
        # (pk, first day, last day): local dates worked out by the database, cheaper to read
        # than datetimes; no translated field, so no per-row modeltranslation fallback either.
        spans = (
            self._events_between(first, after_last, event_type)
            .rewrite(False)
            .values_list("pk", TruncDate("start"), TruncDate("end"))
        )
        month_url = self._month_url(request, (year, month))
        type_query = self._type_query(event_type)

        def with_events():
            """The month with its events: read only when the table is rendered afresh (the
            template keeps the rendered table until something is published)."""
            filled = MonthCalendar(year, month, list(spans))
            digit_style = SiteSettings.for_request(request).digit_style
            filled.show(
                self._shown_events(request, filled.shown_pks(), digit_style),
                # The day view's URL is the month's plus the day (see the calendar_day route).
                day_url=lambda date: f"{month_url}{date.day:02d}/{type_query}",
                digit_style=digit_style,
            )
            return filled

        month_calendar = MonthCalendar(year, month, [])  # the heading: title, Hijri months, today
        previous_month, next_month = month_calendar.previous, month_calendar.next
        return TemplateResponse(
            request,
            self.calendar_template,
            self.get_context(request)
            | {
                "calendar": month_calendar,
                "month_events": once(with_events),
                "event_type": event_type,
                "event_types": EventType.choices,
                "previous_url": self._month_url(request, previous_month)
                if previous_month[0] >= self.MIN_YEAR
                else "",
                "next_url": self._month_url(request, next_month) if next_month[0] <= self.MAX_YEAR else "",
            },
        )

    def _month_url(self, request, year_month):
        year, month = year_month
        return self.get_url(request) + self.reverse_subpage(
            "calendar_month", kwargs={"year": f"{year:04d}", "month": f"{month:02d}"}
        )

    @re_path(r"^calendar/(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})/$", name="calendar_day")
    def calendar_day(self, request, year, month, day):
        """Every event touching one day, a page at a time: where a busy day's "and N more" leads."""
        year, month, day = int(year), int(month), int(day)
        if not self.MIN_YEAR <= year <= self.MAX_YEAR:
            raise Http404("No such day")
        try:
            date = dt.date(year, month, day)
        except ValueError:
            raise Http404("No such day") from None
        event_type = self.event_type_from(request)
        queryset = self._events_between(*day_bounds(date), event_type)
        page_obj = Paginator(queryset, self.PER_PAGE).get_page(request.GET.get("page"))
        return TemplateResponse(
            request,
            self.day_template,
            self.get_context(request)
            | {
                "day": date,
                "day_text": format_site_date(date, active_language(), weekday=True, hijri=False),
                "month_title": month_title(year, month),
                "month_url": self._month_url(request, (year, month)) + self._type_query(event_type),
                "events_page": page_obj,
                "event_type": event_type,
                "event_types": EventType.choices,
            },
        )

    @path("feed/", name="feed")
    def feed(self, request):
        """A subscribable feed of upcoming events in the URL's language."""
        events = list(self.events().filter(upcoming_q()).order_by("start", "pk")[: self.FEED_LIMIT])
        ministry = SiteSettings.for_request(request).ministry_name
        name = f"{self.title} — {ministry}" if ministry else self.title
        body = ical.calendar_for(events, request, name=name, language=active_language())
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="events-{active_language()}.ics"'
        return response


class EventPage(RoutablePageMixin, BasePage):
    # Indexed: the upcoming and past listings (and the feed) filter on both and order by start.
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), null=True, blank=True, db_index=True)
    all_day = models.BooleanField(
        _("all day"), default=False, help_text=_("Times are not shown; the event lasts whole days.")
    )
    event_type = models.CharField(
        _("type"), max_length=20, choices=EventType.choices, default=EventType.SEMINAR
    )
    organising_division = models.ForeignKey(
        "departments.DivisionPage",
        verbose_name=_("organising division"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    place_name = models.CharField(_("place"), max_length=200, blank=True)
    place_address = models.CharField(_("address"), max_length=300, blank=True)
    map_url = models.URLField(_("map link"), blank=True)
    online_url = models.URLField(_("online link"), blank=True, help_text=_("For an event held online."))
    registration_url = models.URLField(_("registration link"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading=_("Date and time"),
        ),
        FieldPanel("event_type"),
        FieldPanel("organising_division"),
        MultiFieldPanel(
            [
                FieldPanel("place_name"),
                FieldPanel("place_address"),
                FieldPanel("map_url"),
                FieldPanel("online_url"),
            ],
            heading=_("Place"),
        ),
        FieldPanel("registration_url"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("place_name"),
        index.FilterField("start"),
        index.FilterField("event_type"),
    ]

    show_feedback = True  # "Was this page useful?" at the foot of the page
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    template = "events/event_page.html"

    class Meta:
        verbose_name = _("event page")

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end cannot be before the start.")})
        if self.all_day and self.start:
            # All-day events are whole local days: keep them at local midnight.
            local = timezone.localtime(self.start)
            self.start = local.replace(hour=0, minute=0, second=0, microsecond=0)

    # --- Display helpers (the templates only print) ---
    @property
    def local_start(self):
        return timezone.localtime(self.start)

    @property
    def local_end(self):
        return timezone.localtime(self.end) if self.end else None

    @property
    def is_multi_day(self) -> bool:
        return bool(self.end) and self.local_end.date() != self.local_start.date()

    @property
    def is_past(self) -> bool:
        now = timezone.now()
        if self.end:
            return self.end < now
        return self.local_start.date() < timezone.localdate(now)

    @property
    def is_online(self) -> bool:
        return bool(self.online_url) and not self.place_name

    @property
    def start_time_text(self) -> str:
        return start_time_text(self.start, self.all_day)

    @property
    def end_time_text(self) -> str:
        return "" if self.all_day or not self.end else self.local_end.strftime("%H:%M")

    @property
    def end_date(self):
        """The last day, when it differs from the first."""
        return self.local_end.date() if self.is_multi_day else None

    @property
    def search_date(self):
        """The date site search shows and sorts by: when the event happens."""
        return self.start

    @property
    def ics_filename(self) -> str:
        return f"event-{self.pk}.ics"

    @path("ics/", name="ics")
    def ics(self, request):
        body = ical.calendar_for([self], request, name=self.title, language=self.content_language)
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.ics_filename}"'
        return response

    @path("")
    def event(self, request):
        return self.render(request)

    def structured_data(self, request):
        """schema.org Event in the page's language."""
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "url": self.get_full_url(request),
            "inLanguage": self.content_language,
            "eventStatus": "https://schema.org/EventScheduled",
        }
        if self.all_day:
            data["startDate"] = self.local_start.date().isoformat()
            if self.end:
                data["endDate"] = self.local_end.date().isoformat()
        else:
            data["startDate"] = self.local_start.isoformat()
            if self.end:
                data["endDate"] = self.local_end.isoformat()
        if self.listing_summary:
            data["description"] = self.listing_summary
        locations = []
        if self.place_name:
            place = {"@type": "Place", "name": self.place_name}
            if self.place_address:
                place["address"] = self.place_address
            if self.map_url:
                place["hasMap"] = self.map_url
            locations.append(place)
        if self.online_url:
            locations.append({"@type": "VirtualLocation", "url": self.online_url})
        if locations:
            data["location"] = locations[0] if len(locations) == 1 else locations
        data["eventAttendanceMode"] = "https://schema.org/" + (
            "MixedEventAttendanceMode"
            if len(locations) > 1
            else ("OnlineEventAttendanceMode" if self.is_online else "OfflineEventAttendanceMode")
        )
        if self.organising_division_id:
            division = self.organising_division
            data["organizer"] = {
                "@type": "GovernmentOrganization",
                "name": division.title,
                "url": division.get_full_url(request),
            }
        if self.sharing_image:
            data["image"] = self.sharing_image.get_rendition("fill-1200x675").full_url
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["structured_data"] = self.structured_data(request)
        context["ics_url"] = self.get_url(request) + self.reverse_subpage("ics")
        return context
