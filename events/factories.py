"""Factories for tests and benchmarks (pages built with Arabic active)."""

import datetime as dt

from django.utils import timezone

import factory
import wagtail_factories

from events.models import EventIndexPage, EventPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "الفعاليات"
    title_ar = factory.SelfAttribute("title")
    title_en = "Events"
    slug = "events"
    slug_ar = factory.SelfAttribute("slug")
    slug_en = factory.SelfAttribute("slug")

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"فعالية {n}")
    title_ar = factory.SelfAttribute("title")
    title_en = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    slug_ar = factory.SelfAttribute("slug")
    slug_en = factory.SelfAttribute("slug")
    start = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=3))
    end = factory.LazyAttribute(lambda o: o.start + dt.timedelta(hours=2))
    event_type = "seminar"
    place_name_ar = "قاعة المؤتمرات"
    place_name_en = "Conference hall"

    class Meta:
        model = EventPage
