from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from ops import backup


class Command(BaseCommand):
    help = "Restore a backup made by backup_site: it REPLACES the database and adds the media files."

    def add_arguments(self, parser):
        parser.add_argument("source", help="A directory made by backup_site.")
        parser.add_argument("--skip-media", action="store_true", help="Restore the database only.")
        parser.add_argument(
            "--noinput", "--no-input", action="store_false", dest="interactive", help="Do not ask to confirm."
        )

    def handle(self, *args, **options):
        source = Path(options["source"])
        try:
            manifest = backup.read_manifest(source)
        except backup.BackupError as exc:
            raise CommandError(str(exc)) from exc
        database = connections["default"].settings_dict["NAME"]
        if options["interactive"]:
            answer = input(
                f"This replaces every table of the database {database} with the backup of "
                f"{manifest['created']}. Type 'yes' to continue: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            backup.restore_backup(source, self.stdout.write, include_media=not options["skip_media"])
        except backup.BackupError as exc:
            raise CommandError(str(exc)) from exc
