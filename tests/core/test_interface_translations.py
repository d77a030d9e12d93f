"""Every interface string in the templates has an Arabic translation."""

import ast
import re
from pathlib import Path

from django.conf import settings
from django.utils import translation
from django.utils.translation.template import templatize

import pytest

from core.i18n_catalog import load_catalogue

TEMPLATES = Path(settings.BASE_DIR) / "templates"
# templatize() turns {% translate %} and {% blocktranslate %} into gettext('…') calls;
# only their string-literal arguments matter here.
CALL = re.compile(r"\b(n?p?gettext)\(((?:u?'(?:[^'\\]|\\.)*'(?:\s*,\s*)?)+)")


def template_msgids():
    """(msgctxt, msgid, template) for every translatable string, found as makemessages finds them."""
    found = []
    for path in sorted(TEMPLATES.rglob("*.html")):
        code = templatize(path.read_text(encoding="utf-8"), origin=str(path))
        for function, raw_args in CALL.findall(code):
            args = ast.literal_eval(f"({raw_args.rstrip().rstrip(',')},)")
            if function == "gettext":
                found.append((None, args[0], path))
            elif function == "pgettext":
                found.append((args[0], args[1], path))
            elif function == "ngettext":
                found.append((None, args[0], path))
            elif function == "npgettext":
                found.append((args[0], args[1], path))
    return found


def test_templates_have_translatable_strings():
    msgids = {msgid for _ctx, msgid, _path in template_msgids()}
    assert "Skip to main content" in msgids
    assert "Page not found" in msgids


def test_every_template_string_has_an_arabic_translation():
    catalogue = load_catalogue("ar")
    missing = []
    for msgctxt, msgid, path in template_msgids():
        entry = catalogue.find(msgid, msgctxt=msgctxt) if msgctxt else catalogue.find(msgid)
        if entry is None or not entry.translated() or "fuzzy" in entry.flags:
            missing.append(f"{path.relative_to(settings.BASE_DIR)}: {msgid!r}")
    assert not missing, "No Arabic translation for:\n" + "\n".join(sorted(set(missing)))


@pytest.mark.parametrize(
    "msgid,arabic", [("Skip to main content", "تخطَّ إلى المحتوى الرئيسي"), ("Hotline", "الخط الساخن")]
)
def test_compiled_catalogue_is_used(msgid, arabic):
    with translation.override("ar"):
        assert translation.gettext(msgid) == arabic
    with translation.override("en"):
        assert translation.gettext(msgid) == msgid
