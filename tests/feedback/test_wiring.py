"""The feedback form is wired into the site: news, service and event pages ask; others don't."""

from django.test import Client
from django.utils import translation

import pytest

from events.models import EventPage
from feedback.models import PageFeedback
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsPage
from services.models import ServicePage
from tests.feedback.conftest import SAME_ORIGIN
from tests.utils import soup

pytestmark = pytest.mark.django_db


def test_the_page_types_that_ask():
    assert NewsPage.show_feedback and ServicePage.show_feedback and EventPage.show_feedback


def test_a_news_page_asks_and_the_answer_is_stored(home):
    with translation.override("ar"):
        index = NewsIndexPageFactory(parent=home)
        item = NewsPageFactory(parent=index)
    page = soup(Client().get(item.url))
    form = page.select_one("#page-feedback form")
    assert form["action"] == f"/ar/feedback/{item.pk}/"
    response = Client().post(form["action"], {"useful": "yes"}, **SAME_ORIGIN)
    assert response.status_code == 303
    assert PageFeedback.objects.get().page_id == item.pk


def test_the_home_page_does_not_ask(home):
    assert soup(Client().get("/ar/")).select_one("#page-feedback") is None
