"""Build (or bring up to date) a demo site that looks real in both languages.

Each app contributes its own ``demo.py`` with ``load(demo)``; they run in INSTALLED_APPS
order, so content apps can rely on the home page and settings made by ``core``.
Running it again creates only what is missing and leaves existing pages as editors left
them (``--refresh`` rewrites the demo pages). Nothing is ever duplicated.
"""

import importlib
import time

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from core.demo_utils import Demo


class Command(BaseCommand):
    help = "Load the bilingual demo content (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="Overwrite existing demo pages and settings with the demo text (loses edits to them).",
        )

    def handle(self, *args, refresh=False, **options):
        demo = Demo(self.stdout, self.style, refresh=refresh)
        project_root = str(settings.BASE_DIR)
        modules = []
        for config in apps.get_app_configs():
            if not config.path.startswith(project_root) or ".venv" in config.path:
                continue
            try:
                modules.append((config.label, importlib.import_module(f"{config.name}.demo")))
            except ModuleNotFoundError as exc:
                if exc.name != f"{config.name}.demo":
                    raise
        started = time.monotonic()
        for index, (label, module) in enumerate(modules, start=1):
            self.stdout.write(f"[{index}/{len(modules)}] {label}")
            with transaction.atomic():
                module.load(demo)
        # Some content (menus) is made from what every app added: a second, final pass.
        for label, module in modules:
            if hasattr(module, "finalize"):
                self.stdout.write(f"[final] {label}")
                with transaction.atomic():
                    module.finalize(demo)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({time.monotonic() - started:.1f} s)."))
