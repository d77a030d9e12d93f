from django.core.management.base import BaseCommand

from core import search


class Command(BaseCommand):
    help = "Rebuild the public site search index (one document per live page and language)."

    def handle(self, *args, **options):
        count = search.rebuild(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"{count} pages indexed."))
