"""Demo content: events spread over the past and coming months, of every type.

Dates are relative to the day the demo is loaded, so there are always coming events.
"""

import datetime as dt

from django.utils import timezone, translation

from departments.models import DivisionPage
from events.models import EventIndexPage, EventPage

INDEX = {
    "title_ar": "الفعاليات",
    "title_en": "Events",
    "intro_ar": "ندوات الوزارة ومؤتمراتها وورشات العمل والبرامج المجتمعية وزيارات الوفود.",
    "intro_en": "The Ministry's seminars, conferences, workshops, community programmes and delegation visits.",
    "listing_summary_ar": "الفعاليات القادمة والسابقة وتقويم الفعاليات.",
    "listing_summary_en": "Upcoming and past events, and the events calendar.",
    "show_in_menus": True,
}

HQ = {
    "place_name_ar": "قاعة المؤتمرات — مقر وزارة الداخلية",
    "place_name_en": "Conference hall — Ministry of Interior headquarters",
    "place_address_ar": "مقر وزارة الداخلية، البيرة",
    "place_address_en": "Ministry of Interior headquarters, al-Bireh",
    "map_url": "https://www.openstreetmap.org/?mlat=31.9100&mlon=35.2150#map=16/31.9100/35.2150",
}

BODY_AR = (
    "الدعوة عامة، ويُرجى التسجيل المسبق حيث يتوفر رابط التسجيل. "
    "للاستفسار يُرجى الاتصال بمركز خدمات الجمهور على الخط الساخن 138."
)
BODY_EN = (
    "Open to all; please register in advance where a registration link is given. "
    "For questions, call the Public Service Center on the 138 hotline."
)

# (slug, days from today, start hour or None for all day, duration hours/days, type, division slug, ar, en)
EVENTS = [
    {
        "slug": "media-coverage-workshop",
        "days": -48,
        "hour": 10,
        "hours": 3,
        "type": "workshop",
        "division": "media",
        "place": HQ,
        "ar": (
            "ورشة عمل حول التغطية الإعلامية لنشاطات الوزارة",
            "ورشة للصحفيين حول تسهيل تغطية نشاطات الوزارة والتنسيق مع دائرة الإعلام.",
        ),
        "en": (
            "Workshop on media coverage of the Ministry's activities",
            "A workshop for journalists on covering the Ministry's activities and working with the Media Division.",
        ),
    },
    {
        "slug": "delegation-visit-civil-registry",
        "days": -20,
        "hour": 11,
        "hours": 2,
        "type": "delegation",
        "division": "protocol",
        "place": HQ,
        "ar": (
            "زيارة وفد للاطلاع على تجربة السجل المدني",
            "استقبال وفد زائر للاطلاع على تجربة الوزارة في رقمنة السجل المدني.",
        ),
        "en": (
            "Delegation visit on the civil registry experience",
            "Receiving a visiting delegation to learn about the Ministry's digitisation of the civil registry.",
        ),
    },
    {
        "slug": "public-opinion-seminar",
        "days": -6,
        "hour": 12,
        "hours": 2,
        "type": "seminar",
        "division": "communication-outreach",
        "online": "https://meet.moi.example/seminar",
        "ar": (
            "ندوة: الرأي العام وخدمات الوزارة",
            "ندوة عبر الإنترنت تعرض نتائج استطلاع آراء المواطنين في خدمات الوزارة.",
        ),
        "en": (
            "Seminar: public opinion and the Ministry's services",
            "An online seminar presenting the results of a survey of citizens' views of the Ministry's services.",
        ),
    },
    {
        "slug": "community-safety-day",
        "days": 6,
        "hour": None,
        "days_long": 1,
        "type": "community",
        "division": "public-relations",
        "place": {
            "place_name_ar": "ساحة بلدية البيرة",
            "place_name_en": "Al-Bireh Municipality square",
            "place_address_ar": "البيرة",
            "place_address_en": "Al-Bireh",
            "map_url": "",
        },
        "ar": (
            "يوم مجتمعي للتوعية بخدمات الوزارة",
            "يوم مفتوح للعائلات يعرّف بخدمات مركز خدمات الجمهور والخط الساخن 138.",
        ),
        "en": (
            "Community day on the Ministry's services",
            "An open day for families introducing the Public Service Center and the 138 hotline.",
        ),
    },
    {
        "slug": "digital-communication-conference",
        "days": 20,
        "hour": 9,
        "hours": 7,
        "days_long": 2,
        "type": "conference",
        "division": "communication-outreach",
        "place": HQ,
        "registration": "https://forms.moi.example/conference",
        "ar": (
            "مؤتمر التواصل الرقمي مع المواطنين",
            "مؤتمر يومين حول المنصة التفاعلية ونظام الاتصال الموحد وشاشات العرض في المديريات.",
        ),
        "en": (
            "Conference on digital communication with citizens",
            "A two-day conference on the interactive platform, the unified communication system and the display screens in the directorates.",
        ),
    },
    {
        "slug": "protocol-training-workshop",
        "days": 33,
        "hour": 10,
        "hours": 4,
        "type": "workshop",
        "division": "protocol",
        "place": HQ,
        "registration": "https://forms.moi.example/protocol-workshop",
        "ar": (
            "ورشة عمل في أصول المراسم والبروتوكول",
            "ورشة لموظفي الإدارات والوحدات حول تنظيم الفعاليات واستقبال الوفود.",
        ),
        "en": (
            "Workshop on protocol and ceremonies",
            "A workshop for staff of the Ministry's departments and units on organising events and receiving delegations.",
        ),
    },
    {
        "slug": "media-open-day",
        "days": 12,
        "hour": 10,
        "hours": 3,
        "type": "seminar",
        "division": "media",
        "place": HQ,
        "registration": "https://forms.moi.example/media-open-day",
        "ar": (
            "ندوة: الإعلام الأمني ومسؤولية النشر",
            "ندوة للصحفيين وطلبة الإعلام حول الدقة والمسؤولية في نشر الأخبار الأمنية.",
        ),
        "en": (
            "Seminar: security news and responsible publishing",
            "A seminar for journalists and media students on accuracy and responsibility in reporting security news.",
        ),
    },
    {
        "slug": "employees-family-day",
        "days": 55,
        "hour": None,
        "days_long": 1,
        "type": "community",
        "division": "public-relations",
        "place": HQ,
        "ar": (
            "اليوم العائلي لموظفي الوزارة",
            "فعالية لتعزيز العلاقات بين موظفي الوزارة وتعميق شعور الانتماء.",
        ),
        "en": (
            "Ministry staff family day",
            "An event to strengthen relations among the Ministry's employees and deepen their sense of belonging.",
        ),
    },
]


def load(demo):
    demo.step(f"events index and {len(EVENTS)} events")
    index = demo.page(demo.home, EventIndexPage, "events", **INDEX)
    with translation.override("ar"):
        divisions = {page.slug: page for page in DivisionPage.objects.all()}
    today = timezone.localdate()
    zone = timezone.get_current_timezone()
    for event in EVENTS:
        day = today + dt.timedelta(days=event["days"])
        if event["hour"] is None:
            start = timezone.make_aware(dt.datetime.combine(day, dt.time()), zone)
            last_day = day + dt.timedelta(days=event.get("days_long", 1) - 1)
            end = timezone.make_aware(dt.datetime.combine(last_day, dt.time(23, 59)), zone)
            all_day = True
        else:
            start = timezone.make_aware(dt.datetime.combine(day, dt.time(event["hour"])), zone)
            last_day = day + dt.timedelta(days=event.get("days_long", 1) - 1)
            end = timezone.make_aware(
                dt.datetime.combine(last_day, dt.time(event["hour"] + event["hours"])), zone
            )
            all_day = False
        fields = {
            "title_ar": event["ar"][0],
            "title_en": event["en"][0],
            "listing_summary_ar": event["ar"][1],
            "listing_summary_en": event["en"][1],
            "body_ar": [{"type": "paragraph", "value": f"<p>{event['ar'][1]}</p><p>{BODY_AR}</p>"}],
            "body_en": [{"type": "paragraph", "value": f"<p>{event['en'][1]}</p><p>{BODY_EN}</p>"}],
            "start": start,
            "end": end,
            "all_day": all_day,
            "event_type": event["type"],
            "organising_division": divisions.get(event["division"]),
            "online_url": event.get("online", ""),
            "registration_url": event.get("registration", ""),
            **event.get("place", {}),
        }
        demo.page(index, EventPage, event["slug"], **fields)
