"""The editors' side: every page type of issue 4 opens in the admin, to add and to edit."""

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation

import pytest

from departments.factories import AdministrationPageFactory, DivisionPageFactory
from events.factories import EventIndexPageFactory, EventPageFactory
from services.factories import ServiceCategoryFactory, ServiceIndexPageFactory, ServicePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client():
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("editor", "editor@moi.example", "pw"))
    return client


def test_add_and_edit_views(home, editor_client):
    with translation.override("ar"):
        administration = AdministrationPageFactory(parent=home)
        division = DivisionPageFactory(parent=administration)
        services = ServiceIndexPageFactory(parent=home)
        service = ServicePageFactory(parent=services, category=ServiceCategoryFactory())
        events = EventIndexPageFactory(parent=home)
        event = EventPageFactory(parent=events, organising_division=division)
    for parent, app, model in (
        (administration, "departments", "divisionpage"),
        (services, "services", "servicepage"),
        (events, "events", "eventpage"),
    ):
        response = editor_client.get(f"/admin/pages/add/{app}/{model}/{parent.pk}/")
        assert response.status_code == 200, model
    for page in (administration, division, services, service, events, event):
        response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page
        html = response.content.decode()
        assert 'name="title_en"' in html and 'name="slug_en"' in html
