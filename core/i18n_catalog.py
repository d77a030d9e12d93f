"""The interface-string catalogue: locale/<lang>/LC_MESSAGES/django.po.

While an app is being built its strings may sit in ``locale/fragments/<app>.<lang>.po``;
they are merged into the main catalogue when compiled (the main catalogue wins), so
``make messages`` can fold them in later without losing a translation.
"""

from pathlib import Path

from django.conf import settings

import polib


def locale_root() -> Path:
    return Path(settings.LOCALE_PATHS[0])


def load_catalogue(language: str) -> polib.POFile:
    root = locale_root()
    catalogue = polib.pofile(str(root / language / "LC_MESSAGES" / "django.po"))
    known = {(entry.msgctxt, entry.msgid) for entry in catalogue}
    for fragment_path in sorted((root / "fragments").glob(f"*.{language}.po")):
        for entry in polib.pofile(str(fragment_path)):
            key = (entry.msgctxt, entry.msgid)
            if key in known:
                existing = catalogue.find(entry.msgid, msgctxt=entry.msgctxt)
                if existing is not None and not existing.translated() and entry.translated():
                    # Untranslated, or a fuzzy guess by msgmerge: the fragment's translation wins.
                    existing.msgstr = entry.msgstr
                    existing.msgstr_plural = entry.msgstr_plural
                    if "fuzzy" in existing.flags:
                        existing.flags.remove("fuzzy")
                continue
            catalogue.append(entry)
            known.add(key)
    return catalogue


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]
