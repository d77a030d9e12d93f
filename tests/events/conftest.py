from django.utils import translation

import pytest

from events.factories import EventIndexPageFactory, EventPageFactory


@pytest.fixture
def index(home):
    with translation.override("ar"):
        return EventIndexPageFactory(parent=home)


def make_event(index, **fields):
    """An event under ``index``, live (as the factory makes it: no publish signal)."""
    with translation.override("ar"):
        return EventPageFactory(parent=index, **fields)
