"""Nonces for the admin's own inline scripts, and for nothing else.

Wagtail 8.0.1 still starts a few widgets with a bare inline ``<script>``: choosers
(``new ImageChooser("id_…", {…});``), date and time pickers (``initDateTimeChooser(…)``),
inline panels (``new InlinePanel(JSON.parse("…"))``, the search promotions form), and wagtail-modeltranslation writes its
language settings (``wagtailModelTranslations = {…}``). Their arguments change per form, so a
fixed list of hashes cannot cover them.

Instead, under the admin URL, each bare ``<script>`` is given the request's CSP nonce **only
if its whole body is one of those initialisers with data-only arguments** (JSON that parses,
a constructor from a fixed list). Anything else, such as a script smuggled into a page title,
gets no nonce, and the browser refuses to run it: the admin's policy has no
``'unsafe-inline'``.
"""

import json
import re

BARE_SCRIPT = re.compile(r'<script(?: type="text/javascript")?>(.*?)</script>', re.S)

_DECODER = json.JSONDecoder()
# A JavaScript string literal as Django's escapejs writes it: no raw quote or backslash.
_ESCAPEJS_STRING = r'"(?:[^"\\\n]|\\u[0-9A-Fa-f]{4})*"'
_SIMPLE = r"'[^'\\<>\n]*'"
_NAME = r"'[A-Za-z-]+'"

_PANEL = re.compile(
    r"\(function\(\)\s*\{\s*var panel = new (?:InlinePanel|MultipleChooserPanel)\(JSON\.parse\("
    + _ESCAPEJS_STRING
    + r"\)\);\s*\}\)\(\);"
)
_MODELTRANSLATION = re.compile(
    r"wagtailModelTranslations = \{\s*"
    rf"languages: \[(?:{_NAME}(?:, )?)*\],\s*"
    rf"defaultLanguage: {_NAME},\s*"
    rf"viewEditString: {_SIMPLE},\s*"
    r"translate_slugs: (?:true|false),\s*"
    rf"locale_picker_default: \[(?:{_NAME}(?:, )?)*\],\s*"
    r"locale_picker_restore: (?:true|false)\s*\};"
)
# Search promotions' add and edit forms: the formset, the query chooser, and its start-up
# (wagtailsearchpromotions/add.html and edit.html, one script of three fixed parts).
_PROMOTIONS_FORM = re.compile(
    r"/\* global InlinePanel \*/\s*\$\(function \(\) \{\s*var panel = new InlinePanel\(\{\s*"
    r"formsetPrefix: 'id_[a-z_]+',\s*emptyChildFormPrefix: '[a-z_]+-__prefix__',\s*canOrder: true,\s*"
    r"\}\);\s*\}\);\s*"
    r"function createQueryChooser\(id\) \{\s*"
    r"var chooserElement = \$\('#' \+ id \+ '-chooser'\);\s*var input = \$\('#' \+ id\);\s*"
    r"chooserElement\.on\('click', function \(\) \{\s*var initialUrl = '/[a-z0-9/_-]+/';\s*"
    r"ModalWorkflow\(\{\s*url: initialUrl,\s*onload: QUERY_CHOOSER_MODAL_ONLOAD_HANDLERS,\s*"
    r"responses: \{\s*queryChosen: function \(queryData\) \{\s*input\.val\(queryData\.querystring\);\s*"
    r"\},\s*\},\s*\}\);\s*\}\);\s*\}\s*"
    r"\$\(function\(\) \{\s*createQueryChooser\('id_[a-z_]+'\);\s*\}\);"
)
# new ImageChooser(…), new PageChooser(…), initDateTimeChooser(…): a name, then JSON arguments.
_CALL = re.compile(r"(?:new [A-Z][A-Za-z]*Chooser|init(?:Date|Time|DateTime)Chooser)\(")


def _is_call_with_json_arguments(body: str) -> bool:
    start = _CALL.match(body)
    if not start:
        return False
    position, arguments = start.end(), 0
    while True:
        try:
            _value, position = _DECODER.raw_decode(body, position)
        except ValueError:
            return False
        arguments += 1
        if body.startswith(", ", position):
            position += 2
            continue
        return arguments <= 3 and body[position:] == ");"


def is_known_initialiser(body: str) -> bool:
    body = body.strip()
    return bool(
        _is_call_with_json_arguments(body)
        or _PANEL.fullmatch(body)
        or _MODELTRANSLATION.fullmatch(body)
        or _PROMOTIONS_FORM.fullmatch(body)
    )


def add_nonces(html: str, nonce: str) -> str:
    """Give ``nonce`` to every bare inline script in ``html`` that is a known initialiser."""

    def mark(match):
        if is_known_initialiser(match.group(1)):
            return match.group(0).replace("<script", f'<script nonce="{nonce}"', 1)
        return match.group(0)

    return BARE_SCRIPT.sub(mark, html)


def add_nonces_to_json(value, nonce: str):
    """The same inside a JSON answer (Wagtail's modals send their HTML as JSON strings)."""
    if isinstance(value, str):
        return add_nonces(value, nonce) if "<script>" in value else value
    if isinstance(value, list):
        return [add_nonces_to_json(item, nonce) for item in value]
    if isinstance(value, dict):
        return {key: add_nonces_to_json(item, nonce) for key, item in value.items()}
    return value
