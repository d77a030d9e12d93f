"""Demo newsroom: categories, the news index and fourteen items across the three types."""

import datetime as dt

from django.utils import timezone, translation

from departments.models import DivisionPage
from media_library.demo import demo_document, photos
from news.demo_content import CATEGORIES, NEWS
from news.models import NewsCategory, NewsIndexPage, NewsPage

CREDIT = {
    "credit_ar": "الإدارة العامة للعلاقات العامة والإعلام",
    "credit_en": "General Administration of Public Relations and Media",
}


def paragraphs(texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def body(entry, language, extra):
    title, _summary, texts = entry[language]
    blocks = paragraphs(texts[:1])
    if entry.get("quote"):
        quote = entry["quote"][0 if language == "ar" else 1]
        attribution = "الهدف الرئيسي للإدارة" if language == "ar" else "The Administration's main goal"
        blocks.append({"type": "quote", "value": {"quote": quote, "attribution": attribution}})
    if entry.get("table"):
        heading = "أبرز ما رصده التقرير" if language == "ar" else "What the report covers"
        rows = (
            [
                ["المصدر", "عدد المواد"],
                ["المواقع الإخبارية", "124"],
                ["الصحف المطبوعة", "38"],
                ["الإذاعة والتلفزيون", "27"],
            ]
            if language == "ar"
            else [
                ["Source", "Items"],
                ["News websites", "124"],
                ["Printed press", "38"],
                ["Radio and television", "27"],
            ]
        )
        blocks.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
        blocks.append(
            {
                "type": "table",
                "value": {"data": rows, "first_row_is_table_header": True, "first_col_is_header": False},
            }
        )
    blocks.extend(paragraphs(texts[1:]))
    if extra.get("gallery"):
        blocks.append(
            {
                "type": "gallery",
                "value": {
                    "title": "صور من الزيارة" if language == "ar" else "Photographs of the visit",
                    "images": [{"image": image.pk, "caption": ""} for image in extra["gallery"]],
                },
            }
        )
    return blocks


def load(demo):
    home = demo.home
    demo.step("news categories")
    categories = {}
    for order, (slug, name_ar, name_en) in enumerate(CATEGORIES):
        category, _created = NewsCategory.objects.get_or_create(
            slug=slug, defaults={"name_ar": name_ar, "name_en": name_en, "name": name_ar, "sort_order": order}
        )
        categories[slug] = category

    demo.step("news index")
    index = demo.page(
        home,
        NewsIndexPage,
        "news",
        title_ar="الأخبار",
        title_en="News",
        intro_ar="أخبار وزارة الداخلية وبياناتها الصحفية وإعلاناتها.",
        intro_en="News, press releases and announcements of the Ministry of Interior.",
        listing_summary_ar="أحدث أخبار الوزارة وبياناتها الصحفية وإعلاناتها.",
        listing_summary_en="The Ministry's latest news, press releases and announcements.",
        show_in_menus=True,
    )

    demo.step(f"{len(NEWS)} news items")
    divisions = {page.title_ar: page for page in DivisionPage.objects.all()}
    today = timezone.localdate()
    gallery_images = photos(demo)
    attachment = demo_document(
        "media-monitoring-report", "التقرير الشهري لرصد التغطية الإعلامية", "Monthly media monitoring report"
    )
    for entry in NEWS:
        title_ar, summary_ar, _texts = entry["ar"]
        english = entry["en"]
        title_en = english[0] if english else ""
        image = demo.image(
            f"news-{entry['slug']}",
            title_ar,
            title_en or title_ar,
            f"رسم توضيحي: {title_ar}",
            f"Illustration: {title_en}" if english else "",
            label=title_en or entry["slug"],
            caption_ar=title_ar,
            caption_en=title_en,
            **CREDIT,
        )
        extra = {"gallery": gallery_images if entry.get("gallery") else None}
        day = today - dt.timedelta(days=entry["days"])
        fields = {
            "title_ar": title_ar,
            "title_en": title_en,
            "summary_ar": summary_ar,
            "summary_en": english[1] if english else "",
            "body_ar": body(entry, "ar", extra),
            "news_type": entry["type"],
            "category": categories[entry["category"]],
            "division": next((p for t, p in divisions.items() if entry["division"] in t), None),
            "date": timezone.make_aware(dt.datetime.combine(day, dt.time(10, 0))),
            "lead_image": image,
        }
        if english:
            fields["body_en"] = body(entry, "en", extra)
        if entry.get("attachment"):
            fields["attachments"] = [{"type": "document", "value": {"document": attachment.pk, "label": ""}}]
        with translation.override("ar"):
            demo.page(index, NewsPage, entry["slug"], **fields)
