"""POST data for the newsroom's admin forms (StreamFields are rendered by JavaScript in the admin)."""

from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def news_form_data(page=None, **overrides):
    data = {
        "title_ar": getattr(page, "title_ar", None) or "خبر تجريبي",
        "title_en": getattr(page, "title_en", None) or "",
        "slug_ar": getattr(page, "slug_ar", None) or "test-item",
        "slug_en": getattr(page, "slug_en", None) or "test-item",
        "news_type": getattr(page, "news_type", None) or "news",
        "date": timezone.localtime(getattr(page, "date", None) or timezone.now()).strftime("%Y-%m-%d %H:%M"),
        "summary_ar": getattr(page, "summary_ar", None) or "ملخص الخبر",
        "summary_en": getattr(page, "summary_en", None) or "",
        "body_ar": streamfield([]),
        "body_en": streamfield([]),
        "attachments": streamfield([]),
        "comments": inline_formset([]),
        "tags": "",
    }
    data.update(overrides)
    return nested_form_data(data)
