"""The search vector as a stored column, filled from the normalised text (``simple``), and a GIN
index on it in place of 0005's expression index. PostgreSQL only: on SQLite the column stays
empty (search reads the text by substring) and there is no index to swap."""

import django.contrib.postgres.search
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

TEXT_INDEX = GinIndex(SearchVector("text", config="simple"), name="search_doc_text_gin")
VECTOR_INDEX = GinIndex(fields=["vector"], name="search_doc_vector_gin")


def fill_and_index_vectors(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    model = apps.get_model("core", "SearchDocument")
    # The old index first: the UPDATE then has no expression index to maintain.
    schema_editor.remove_index(model, TEXT_INDEX)
    model.objects.update(vector=SearchVector("text", config="simple"))
    schema_editor.add_index(model, VECTOR_INDEX)
    # Statistics on the new column, for the planner's estimate of how many rows a query matches.
    schema_editor.execute(f"ANALYZE {schema_editor.quote_name(model._meta.db_table)}")


def index_text_again(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    model = apps.get_model("core", "SearchDocument")
    schema_editor.remove_index(model, VECTOR_INDEX)
    schema_editor.add_index(model, TEXT_INDEX)


class Migration(migrations.Migration):
    dependencies = [("core", "0006_home_sections")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="vector",
            field=django.contrib.postgres.search.SearchVectorField(
                blank=True, editable=False, null=True, verbose_name="search vector"
            ),
        ),
        migrations.RunPython(fill_and_index_vectors, index_text_again),
    ]
