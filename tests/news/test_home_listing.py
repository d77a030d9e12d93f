"""The news index as a home-page section: newest by publication date, English items only in English."""

import datetime as dt

from django.utils import timezone, translation

import pytest

pytestmark = pytest.mark.django_db


def test_listing_children_are_the_newest_by_date(news_index, make_news):
    today = timezone.localdate()
    old, new, middle = (make_news(date=today - dt.timedelta(days=d))[0] for d in (30, 1, 10))
    untranslated = make_news(date=today, title_en="")[0]
    with translation.override("ar"):
        assert [p.pk for p in news_index.listing_children(3)] == [untranslated.pk, new.pk, middle.pk]
    with translation.override("en"):
        assert [p.pk for p in news_index.listing_children(10)] == [new.pk, middle.pk, old.pk]
