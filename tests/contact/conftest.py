from django.core.cache import cache
from django.utils import translation

import pytest

from contact.demo import complaints_fields, contact_fields
from contact.models import FormField, FormPage


def make_form_page(parent, slug="contact", fields=None, **extra):
    with translation.override("ar"):
        values = {
            "reference_prefix": "CNT",
            "to_address": "media@moi.example",
            "subject": "رسالة جديدة",
            **extra,
        }
        page = FormPage(
            title="اتصل بنا",
            title_ar="اتصل بنا",
            title_en="Contact us",
            slug=slug,
            slug_ar=slug,
            slug_en=slug,
            intro_ar="اكتبوا لنا",
            intro_en="Write to us",
            thank_you_text_ar="شكراً لكم",
            thank_you_text_en="Thank you",
            form_fields=fields if fields is not None else contact_fields(),
            **values,
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def contact_page(home):
    return make_form_page(home, show_contact_details=True)


@pytest.fixture
def complaints_page(home):
    return make_form_page(home, slug="complaints", fields=complaints_fields(), reference_prefix="CMP")


@pytest.fixture
def typed_page(home):
    """A form with every kind of typed input, for wrong-type posts."""
    fields = [
        FormField(label="العمر", label_ar="العمر", label_en="Age", field_type="number"),
        FormField(label="التاريخ", label_ar="التاريخ", label_en="Date", field_type="date"),
        FormField(label="الموقع", label_ar="الموقع", label_en="Website", field_type="url"),
        FormField(
            label="الخيارات",
            label_ar="الخيارات",
            label_en="Options",
            field_type="checkboxes",
            choices_ar="أ\nب",
            choices_en="A\nB",
        ),
    ]
    return make_form_page(home, slug="typed", fields=fields)


VALID_CONTACT = {
    "full_name": "سعاد خليل",
    "email": "suad@example.org",
    "phone_number": "0599000000",
    "subject": "استفسار",
    "message": "متى يفتح مركز خدمات الجمهور؟",
}
