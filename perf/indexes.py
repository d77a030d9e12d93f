"""Indexes on the page slugs of each language.

wagtail-modeltranslation adds ``slug_ar`` and ``slug_en`` to Wagtail's page table (its
``migrate`` command syncs them after the migrations), without indexes. Routing asks for pages
by those columns (perf.routing): without an index PostgreSQL reads every page, 20 ms a request
at 50,000 news items; with one, half a millisecond. They are created right after
wagtail-modeltranslation's column sync, which its ``migrate`` runs last (``install`` wraps
it), so every ``migrate`` leaves them in place; ``manage.py ensure_indexes`` puts back one
that went missing.
"""

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections


def slug_indexes() -> list[tuple[str, str]]:
    return [(f"wagtailcore_page_slug_{code}_idx", f"slug_{code}") for code, _name in settings.LANGUAGES]


def ensure_slug_indexes(using: str = DEFAULT_DB_ALIAS) -> list[str]:
    """Create the missing indexes whose column exists; the names of those created."""
    connection = connections[using]
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        if "wagtailcore_page" not in tables:
            return []
        columns = {
            column.name
            for column in connection.introspection.get_table_description(cursor, "wagtailcore_page")
        }
        existing = set(connection.introspection.get_constraints(cursor, "wagtailcore_page"))
        created = []
        for name, column in slug_indexes():
            if column in columns and name not in existing:
                cursor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON wagtailcore_page ({column})")
                created.append(name)
    return created


def install() -> None:
    from wagtail_modeltranslation.management.commands import sync_page_translation_fields

    command = sync_page_translation_fields.Command
    if getattr(command.handle, "_creates_slug_indexes", False):
        return
    original = command.handle

    def handle(self, *args, **options):
        result = original(self, *args, **options)
        ensure_slug_indexes(options.get("database") or DEFAULT_DB_ALIAS)
        return result

    handle._creates_slug_indexes = True
    command.handle = handle
