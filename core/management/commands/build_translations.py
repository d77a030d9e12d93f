"""Compile the interface translations (.po → .mo) without needing GNU gettext.

`make setup` and `make test` run this, so a fresh machine with only Python gets the
Arabic interface. (`make messages`, which extracts new strings, needs gettext's xgettext.)
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.i18n_catalog import languages, load_catalogue, locale_root


class Command(BaseCommand):
    help = "Compile the interface translations (.po → .mo) with polib."

    def handle(self, *args, **options):
        for language in languages():
            po_path = locale_root() / language / "LC_MESSAGES" / "django.po"
            if not po_path.exists():
                raise CommandError(f"Missing catalogue: {po_path}")
            catalogue = load_catalogue(language)
            catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
            self.stdout.write(
                f"  {po_path.relative_to(settings.BASE_DIR)}: "
                f"{len(catalogue.translated_entries())} translated, "
                f"{len(catalogue.untranslated_entries())} untranslated"
            )
