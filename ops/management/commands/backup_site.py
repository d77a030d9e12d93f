from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ops import backup


class Command(BaseCommand):
    help = "Back up the database (pg_dump or SQLite's backup API) and the media files into a directory."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Directory to create (default: backups/<date-time> under the project directory).",
        )
        parser.add_argument("--skip-media", action="store_true", help="Back up the database only.")

    def handle(self, *args, **options):
        output = options["output"]
        if output:
            target = Path(output)
        else:
            target = Path(settings.BASE_DIR) / "backups" / datetime.now().strftime("%Y%m%d-%H%M%S")
        if target.exists():
            raise CommandError(f"{target} already exists: choose a new directory.")
        try:
            backup.create_backup(target, self.stdout.write, include_media=not options["skip_media"])
        except backup.BackupError as exc:
            raise CommandError(str(exc)) from exc
