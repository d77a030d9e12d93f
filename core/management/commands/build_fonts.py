"""Cut the site's fonts down to the characters it uses and write them as WOFF2 to static/fonts/.

The results are committed, so neither a deployment nor CI runs this: run it (``make fonts``)
after changing the faces or character ranges in core/fonts.py. It needs fontTools (a development
dependency) and Debian's fonts-noto-core (``apt-get install fonts-noto-core``).
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.fonts import FACES, FEATURES, SOURCE_DIR


class Command(BaseCommand):
    help = "Subset the site's web fonts into static/fonts/ (WOFF2)."

    def add_arguments(self, parser):
        parser.add_argument("--source-dir", default=SOURCE_DIR, help="Where the full .ttf files are.")

    def handle(self, *args, source_dir, **options):
        try:
            from fontTools import subset
        except ImportError as error:  # pragma: no cover - a development dependency
            raise CommandError("fontTools is missing: pip install -e '.[dev]'") from error
        out_dir = Path(settings.BASE_DIR) / "static" / "fonts"
        out_dir.mkdir(parents=True, exist_ok=True)
        for number, face in enumerate(FACES, start=1):
            source = Path(source_dir) / face.source
            if not source.exists():
                raise CommandError(f"{source} not found: apt-get install fonts-noto-core")
            options = subset.Options()
            options.flavor = "woff2"
            options.layout_features = list(FEATURES)
            options.hinting = False  # phones render without hints; they are a third of the bytes
            options.desubroutinize = True  # compresses better under WOFF2's Brotli
            options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # names, version, licence and its URL
            font = subset.load_font(str(source), options)
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=face.codepoints())
            subsetter.subset(font)
            target = out_dir / face.file_name
            subset.save_font(font, str(target), options)
            self.stdout.write(
                f"[{number}/{len(FACES)}] {face.source} → static/fonts/{face.file_name} "
                f"({target.stat().st_size / 1024:.1f} KB)"
            )
