"""Factories for tests and benchmarks (pages built with Arabic active)."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from services.models import ServiceCategory, ServiceIndexPage, ServicePage


class ServiceCategoryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"فئة {n}")
    name_ar = factory.SelfAttribute("name")
    name_en = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = ServiceCategory


class ServiceIndexPageFactory(wagtail_factories.PageFactory):
    title = "الخدمات"
    title_ar = factory.SelfAttribute("title")
    title_en = "Services"
    slug = "services"
    slug_ar = factory.SelfAttribute("slug")
    slug_en = factory.SelfAttribute("slug")

    class Meta:
        model = ServiceIndexPage


def _place(language):
    if language == "ar":
        return [
            {
                "type": "place",
                "value": {
                    "name": "مركز خدمات الجمهور",
                    "address": "البيرة",
                    "opening_hours": "8:00 – 14:00",
                    "phone": "+970 2 240 0000",
                    "map_url": "https://www.openstreetmap.org/",
                },
            }
        ]
    return [
        {
            "type": "place",
            "value": {
                "name": "Public Service Center",
                "address": "Al-Bireh",
                "opening_hours": "8:00–14:00",
                "phone": "+970 2 240 0000",
                "map_url": "https://www.openstreetmap.org/",
            },
        }
    ]


class ServicePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"خدمة {n}")
    title_ar = factory.SelfAttribute("title")
    title_en = factory.Sequence(lambda n: f"Service {n}")
    slug = factory.Sequence(lambda n: f"service-{n}")
    slug_ar = factory.SelfAttribute("slug")
    slug_en = factory.SelfAttribute("slug")
    summary_ar = "ملخص الخدمة"
    summary_en = "Service summary"
    eligibility_ar = "كل مواطن"
    eligibility_en = "Every citizen"
    fee_amount = 50
    fee_currency = "ILS"
    processing_time_ar = "يوم عمل واحد"
    processing_time_en = "One working day"
    documents_ar = factory.LazyFunction(
        lambda: [{"type": "document", "value": {"name": "بطاقة الهوية", "note": "الأصل"}}]
    )
    documents_en = factory.LazyFunction(
        lambda: [{"type": "document", "value": {"name": "Identity card", "note": "original"}}]
    )
    steps_ar = factory.LazyFunction(
        lambda: [{"type": "step", "value": {"title": "تقديم الطلب", "detail": ""}}]
    )
    steps_en = factory.LazyFunction(lambda: [{"type": "step", "value": {"title": "Apply", "detail": ""}}])
    places_ar = factory.LazyFunction(lambda: _place("ar"))
    places_en = factory.LazyFunction(lambda: _place("en"))
    faq_ar = factory.LazyFunction(
        lambda: [{"type": "question", "value": {"question": "سؤال؟", "answer": "<p>جواب.</p>"}}]
    )
    faq_en = factory.LazyFunction(
        lambda: [{"type": "question", "value": {"question": "A question?", "answer": "<p>An answer.</p>"}}]
    )

    class Meta:
        model = ServicePage
