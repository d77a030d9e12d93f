from django.core.cache import cache

import pytest

from core.factories import StandardPageFactory
from core.models import StandardPage


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def opted_in(monkeypatch):
    """Standard pages stand in for news, service and event pages (which opt in the same way)."""
    monkeypatch.setattr(StandardPage, "show_feedback", True, raising=False)


@pytest.fixture
def article(home, opted_in):
    return StandardPageFactory(parent=home, slug="article", slug_ar="article", slug_en="article")


@pytest.fixture
def plain_page(home):
    return StandardPageFactory(parent=home, slug="plain", slug_ar="plain", slug_en="plain")


SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver"}
