"""Give Wagtail's page tree its translation columns and a correct root in each language.

wagtail-modeltranslation adds ``title_ar``, ``url_path_en`` and the like to
``wagtailcore_page`` outside Django migrations (``sync_page_translation_fields``), and
leaves the root page's translated ``url_path`` empty, so every page below it would get
a path without its leading "/". Doing both here makes a fresh ``migrate`` complete.
"""

import contextlib
import io

from django.core.management import call_command
from django.db import migrations


def translate_page_tree(apps, schema_editor):
    with contextlib.redirect_stdout(io.StringIO()):  # the command prints its SQL
        call_command("sync_page_translation_fields", interactive=False, verbosity=0)
    with schema_editor.connection.cursor() as cursor:
        for language in ("ar", "en"):
            cursor.execute(
                f"UPDATE wagtailcore_page SET url_path_{language} = url_path "
                f"WHERE url_path_{language} IS NULL OR url_path_{language} = ''"
            )
            cursor.execute(
                f"UPDATE wagtailcore_page SET title_{language} = title "
                f"WHERE title_{language} IS NULL OR title_{language} = ''"
            )
            cursor.execute(
                f"UPDATE wagtailcore_page SET slug_{language} = slug "
                f"WHERE slug_{language} IS NULL OR slug_{language} = ''"
            )


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(translate_page_tree, migrations.RunPython.noop)]
