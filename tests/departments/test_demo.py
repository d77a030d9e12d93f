"""The demo content of the administration, services and events (issue 4, point 6)."""

import io

from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation

import pytest

from departments.demo import TASKS_AR, TASKS_EN
from departments.models import AdministrationPage, DivisionPage
from events.models import EventPage
from services.models import ServiceCategory, ServicePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo_content", stdout=io.StringIO())


def test_demo_content(demo):
    check_administration_from_the_seed()
    check_four_divisions_with_heads_and_tasks()
    check_services_and_events()


def check_administration_from_the_seed():
    with translation.override("ar"):
        administration = AdministrationPage.objects.get()
        assert administration.live and administration.get_parent().specific_class.__name__ == "HomePage"
        (task_list,) = administration.tasks_ar
        assert len(task_list.value["items"]) == 14
        (task_list_en,) = administration.tasks_en
        assert len(task_list_en.value["items"]) == 14
    text = administration.about_ar + administration.main_goal_ar + " ".join(TASKS_AR)
    for typo in ("الوزاة", "العلاقت", "ادوات", "الالكتروني", "أربعة دوائر"):
        assert typo not in text, typo
    assert "علاقة الوزارة بالمجتمع الخارجي" in text and "تطوير العلاقات مع الجمهور" in text
    assert all(task.strip() for task in TASKS_EN) and len(TASKS_EN) == 14


def check_four_divisions_with_heads_and_tasks():
    with translation.override("ar"):
        divisions = list(DivisionPage.objects.live().order_by("path"))
    assert [d.title_ar for d in divisions] == [
        "دائرة العلاقات العامة",
        "دائرة الإعلام",
        "دائرة الاتصال والتواصل",
        "دائرة البروتوكول",
    ]
    assert [d.title_en for d in divisions] == [
        "Public Relations Division",
        "Media Division",
        "Communication and Outreach Division",
        "Protocol Division",
    ]
    assigned = []
    for division in divisions:
        assert division.head_photo is not None and division.head_photo.alt_text_ar
        assert "(اسم توضيحي)" in division.head_name_ar and "(example name)" in division.head_name_en
        assigned += division.tasks_ar[0].value["items"]
    assert sorted(assigned) == sorted(TASKS_AR)  # every task of the seed, each in one division


def check_services_and_events():
    with translation.override("ar"):
        services = list(ServicePage.objects.live().select_related("category"))
        events = list(EventPage.objects.live())
    assert len(services) >= 8
    assert len({s.category_id for s in services}) >= 3 and ServiceCategory.objects.count() >= 3
    titles = {s.title_en for s in services}
    assert {
        "Issuing an identity card",
        "Registering a birth",
        "Certificate of good conduct",
        "Renewing a passport",
    } <= titles
    for service in services:
        assert service.title_en and service.summary_en and service.documents_en and service.steps_en
        assert "أمثلة توضيحية" in service.fee_note_ar and "examples" in service.fee_note_en
    now = timezone.now()
    assert len(events) >= 6
    assert any(e.start < now for e in events) and any(e.start > now for e in events)
    assert len({e.event_type for e in events}) >= 4
    assert all(e.organising_division_id for e in events)


def test_demo_pages_render_and_reloading_changes_nothing(demo):
    client = Client()
    for path in (
        "/ar/administration/",
        "/en/administration/media/",
        "/ar/services/",
        "/en/services/identity-card/",
        "/ar/events/",
        "/en/events/calendar/",
        "/ar/events/community-safety-day/",
        "/en/events/feed/",
    ):
        assert client.get(path).status_code == 200, path
    counts = (
        AdministrationPage.objects.count(),
        DivisionPage.objects.count(),
        ServicePage.objects.count(),
        EventPage.objects.count(),
    )
    call_command("load_demo_content", stdout=io.StringIO())
    assert counts == (
        AdministrationPage.objects.count(),
        DivisionPage.objects.count(),
        ServicePage.objects.count(),
        EventPage.objects.count(),
    )
