import io

from django.core.management.color import no_style
from django.test import Client

import pytest

from contact import demo as contact_demo
from contact.models import FormPage
from core.demo_utils import Demo
from screens import demo as screens_demo
from screens.models import DisplayScreenPage

pytestmark = pytest.mark.django_db


def run(module, refresh=False):
    module.load(Demo(io.StringIO(), no_style(), refresh=refresh))


def test_demo_contact_and_complaints_pages_in_both_languages(home):
    run(contact_demo)
    run(contact_demo)  # idempotent
    run(contact_demo, refresh=True)
    pages = {page.slug: page for page in FormPage.objects.all()}
    assert set(pages) == {"contact", "complaints-and-suggestions"}
    contact = pages["contact"]
    assert (contact.title_ar, contact.title_en) == ("اتصل بنا", "Contact us")
    assert pages["complaints-and-suggestions"].title_ar == "الشكاوى والاقتراحات"
    assert contact.form_fields.count() == 5  # not duplicated by the refresh
    for field in contact.form_fields.all():
        assert field.label_ar and field.label_en
        assert field.clean_name.isascii()
    assert Client().get("/ar/contact/").status_code == 200
    assert "Complaints and suggestions" in Client().get("/en/complaints-and-suggestions/").content.decode()


def test_demo_display_screen(home):
    run(screens_demo)
    run(screens_demo)
    screen = DisplayScreenPage.objects.get()
    assert screen.slug == "reception-screen"
    assert screen.location_ar and screen.location_en
    assert not screen.show_in_menus
    assert Client().get("/en/reception-screen/").status_code == 200
