"""A GIN index for full-text search on PostgreSQL (the production engine); nothing on SQLite."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

INDEX = GinIndex(SearchVector("text", config="simple"), name="search_doc_text_gin")


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("core", "SearchDocument"), INDEX)


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("core", "SearchDocument"), INDEX)


class Migration(migrations.Migration):
    dependencies = [("core", "0004_search_documents")]

    operations = [migrations.RunPython(add_index, remove_index)]
