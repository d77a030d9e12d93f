"""The per-language page slugs that routing looks pages up by are indexed."""

from django.core.management import call_command
from django.db import connection

import pytest

from perf.indexes import slug_indexes

pytestmark = pytest.mark.django_db


def page_indexes() -> dict:
    with connection.cursor() as cursor:
        return connection.introspection.get_constraints(cursor, "wagtailcore_page")


def test_the_test_database_has_them_after_migrate():
    constraints = page_indexes()
    for name, column in slug_indexes():
        assert name in constraints, name
        assert constraints[name]["columns"] == [column]
        assert constraints[name]["index"]


def test_ensure_indexes_puts_back_a_missing_one(capsys):
    name, column = slug_indexes()[0]
    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX {name}")
    assert name not in page_indexes()
    call_command("ensure_indexes")
    assert f"{name} on wagtailcore_page ({column}): created" in capsys.readouterr().out
    assert name in page_indexes()
    call_command("ensure_indexes")
    assert f"{name} on wagtailcore_page ({column}): present" in capsys.readouterr().out
