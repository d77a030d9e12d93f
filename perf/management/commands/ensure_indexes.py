from django.core.management.base import BaseCommand

from perf.indexes import ensure_slug_indexes, slug_indexes


class Command(BaseCommand):
    help = "Create the indexes on each language's page slug (run after migrate)."

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default")

    def handle(self, *args, database="default", **options):
        created = ensure_slug_indexes(database)
        for name, column in slug_indexes():
            state = "created" if name in created else "present"
            self.stdout.write(f"  {name} on wagtailcore_page ({column}): {state}")
