"""Rich text that cannot run code, and upload file names that cannot surprise anyone.

``clean_rich_text`` takes rich text in Wagtail's database format (what a RichTextField or a
RichTextBlock stores) and returns it with every element and attribute outside a short list
removed: no ``<script>``, ``<style>``, ``<iframe>``, SVG or MathML, no ``on…=`` handlers, no
``style``, and links only to ``http``, ``https``, ``mailto``, ``tel``, relative addresses and
anchors (``javascript:``, ``data:``, ``vbscript:``… are dropped however they are spelled).
Wagtail's own markup survives: ``<a linktype="page" id="3">``, ``<a linktype="document" …>``,
``<embed embedtype="image" id="…" format="…" alt="…"/>`` and, for a trusted provider only,
``<embed embedtype="media" url="…"/>``; Wagtail expands them when the page is rendered. The
parsing is html5ever's (through nh3/ammonia), the same as a browser's, so markup that a naive
parser reads one way and a browser another (mXSS) cannot slip through.

``clean_file_name`` gives an uploaded file a plain name: no folders, no control, invisible or
bidirectional-override characters, no double extensions, a bounded length. Arabic letters are
kept (a visitor downloads "التقرير-السنوي.pdf", not a transliteration).
"""

import functools
import re
import unicodedata

from wagtail.fields import RichTextField

import nh3

# --- Rich text ----------------------------------------------------------------------------

RICH_TEXT_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "s",
    "sub",
    "sup",
    "code",
    "blockquote",
    "hr",
    "ul",
    "ol",
    "li",
    "a",
    "embed",
}
# Removed together with everything inside them (other unknown tags lose only the tag).
REMOVED_WITH_CONTENT = {
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "applet",
    "noscript",
    "noembed",
    "noframes",
    "template",
    "textarea",
    "select",
    "xmp",
    "svg",
    "math",
    "title",
    "head",
}
RICH_TEXT_ATTRIBUTES = {
    # Wagtail's editor marks each block with a key (used by comments).
    "*": {"data-block-key"},
    "a": {"href", "linktype", "id"},
    "embed": {"embedtype", "id", "format", "alt", "url"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}

_DIGITS = re.compile(r"\d{1,18}")
_TOKEN = re.compile(r"[\w-]{1,50}")
# What browsers ignore inside a URL before they read its scheme: C0 controls, spaces, tab, newline.
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
# nh3's output is normalised: every attribute value is double-quoted, with `"`, `<`, `>` and
# `&` escaped, so a tag can be matched without a parser.
_TAG = re.compile(r'<(a|embed)\b((?:[^>"]|"[^"]*")*)>')
_ATTR = re.compile(r'([\w-]+)="([^"]*)"')


@functools.cache
def _wagtail_types():
    """Link and embed types Wagtail knows how to expand (page, document; image, media)."""
    from wagtail.rich_text import features

    return frozenset(features.get_link_types()), frozenset(features.get_embed_types())


def url_scheme(url: str) -> str:
    """The scheme a browser would read from ``url`` ("" for a relative address or an anchor)."""
    match = _SCHEME.match(_URL_IGNORED.sub("", url))
    return match.group(1).lower() if match else ""


def is_safe_link(url: str) -> bool:
    scheme = url_scheme(url)
    return scheme == "" or scheme in URL_SCHEMES


def _attribute_filter(element, attribute, value):
    link_types, embed_types = _wagtail_types()
    if attribute == "data-block-key":
        return value if _TOKEN.fullmatch(value) else None
    if attribute == "id":
        return value if _DIGITS.fullmatch(value) else None
    if element == "a":
        if attribute == "href":
            return value if is_safe_link(value) else None
        if attribute == "linktype":
            return value if value in link_types else None
    if element == "embed":
        if attribute == "embedtype":
            return value if value in embed_types else None
        if attribute == "format":
            return value if _TOKEN.fullmatch(value) else None
        if attribute == "url":
            from core.embeds import is_trusted_url

            return value if is_trusted_url(value) else None
    return value


@functools.cache
def _cleaner():
    return nh3.Cleaner(
        tags=RICH_TEXT_TAGS,
        clean_content_tags=REMOVED_WITH_CONTENT,
        attributes=RICH_TEXT_ATTRIBUTES,
        attribute_filter=_attribute_filter,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def _unescape(value: str) -> str:
    return value.replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _fix_wagtail_tag(match) -> str:
    """Keep Wagtail's tags in the form its rewriters expand; drop ones they would choke on."""
    name, attrs_text = match.group(1), match.group(2)
    attrs = dict(_ATTR.findall(attrs_text))
    if name == "a":
        if "linktype" in attrs and "id" not in attrs:
            # A page or document link without its id cannot be expanded: keep a plain link.
            attrs_text = re.sub(r'\s(linktype|id)="[^"]*"', "", attrs_text)
        return f"<a{attrs_text}>"
    embed_type = attrs.get("embedtype")
    if embed_type == "media" and not attrs.get("url"):
        return ""
    if embed_type is None or (embed_type != "media" and "id" not in attrs):
        return ""
    # Wagtail finds embeds as self-closing tags: `<embed … />`.
    return f"<embed{attrs_text.rstrip(' /')}/>"


def clean_rich_text(html) -> str:
    """Rich text (Wagtail database format) with nothing that can run code; idempotent."""
    if not html:
        return ""
    html = str(getattr(html, "source", html)).replace("\x00", "")  # a RichText: its stored source
    cleaned = _cleaner().clean(html)
    return _TAG.sub(_fix_wagtail_tag, cleaned)


class SafeRichTextField(RichTextField):
    """A RichTextField cleaned whenever its value is read from the database, validated or saved.

    Reading covers values that reached the database without ``save()`` (a data migration, a
    bulk update); a revision's content is cleaned when it is published (``BasePage.save``).
    It changes no column, so migrations still name Wagtail's RichTextField.
    """

    def from_db_value(self, value, expression, connection):
        return clean_rich_text(value) if value else value

    def to_python(self, value):
        value = super().to_python(value)
        return clean_rich_text(value) if value else value

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return clean_rich_text(value) if value else value

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "wagtail.fields.RichTextField", args, kwargs


def clean_block_data(block, data):
    """Stored (JSON) data of ``block`` with every rich text inside it cleaned, however deep."""
    from wagtail import blocks

    if isinstance(block, blocks.RichTextBlock):
        return clean_rich_text(data) if isinstance(data, str) else data
    if isinstance(block, blocks.StreamBlock) and isinstance(data, list):
        items = []
        for item in data:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None and "value" in item:
                item = {**item, "value": clean_block_data(child, item["value"])}
            items.append(item)
        return items
    if isinstance(block, blocks.StructBlock) and isinstance(data, dict):
        return {
            name: clean_block_data(block.child_blocks[name], value) if name in block.child_blocks else value
            for name, value in data.items()
        }
    if isinstance(block, blocks.ListBlock) and isinstance(data, list):
        items = []
        for item in data:
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                items.append({**item, "value": clean_block_data(block.child_block, item["value"])})
            else:
                items.append(clean_block_data(block.child_block, item))
        return items
    return data


def clean_rich_text_fields(instance) -> list[str]:
    """Clean every rich text of a model instance in place: RichTextFields and the rich text
    blocks inside StreamFields, in each language's column. Returns the fields it changed."""
    from modeltranslation.fields import TranslationField
    from wagtail.fields import StreamField

    fields = instance._meta.concrete_fields
    # The untranslated field (``body``) only reads and writes a language column (``body_ar``).
    translated = {field.translated_field.name for field in fields if isinstance(field, TranslationField)}
    changed = []
    for field in fields:
        if field.name in translated or not isinstance(field, StreamField | RichTextField):
            continue
        if field.attname not in instance.__dict__:
            continue  # deferred: not loaded, not written
        value = getattr(instance, field.attname)
        if not value:
            continue
        if isinstance(field, StreamField):
            raw = list(value.get_prep_value())
            cleaned = clean_block_data(field.stream_block, raw)
        else:
            raw = value
            cleaned = clean_rich_text(raw)
        if cleaned != raw:
            setattr(instance, field.attname, cleaned)
            changed.append(field.attname)
    return changed


# --- Text sent by visitors -----------------------------------------------------------------

# Dropped from what visitors type: C0 and C1 controls (NUL aside: Django's form fields refuse it
# with a message), bidirectional embeddings, overrides and isolates (they can make a message
# read differently in the admin or an e-mail), zero-width space, word joiner, byte-order mark
# and interlinear annotation marks. Kept: tab and line feed in multi-line text, and the
# zero-width joiner and non-joiner and the left-to-right and right-to-left marks, which Arabic
# and mixed Arabic-English text use.
_SUBMITTED_DROPPED = re.compile(
    "[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x85]")


def clean_submitted_text(value: str, multiline: bool = False) -> str:
    """What a visitor typed, without invisible control characters; one line unless ``multiline``."""
    value = _LINE_BREAKS.sub("\n", value)
    value = _SUBMITTED_DROPPED.sub("", value)
    if not multiline:
        value = re.sub(r"[\t\n]+", " ", value)
    return value


# --- File names ---------------------------------------------------------------------------

FILE_NAME_STEM_MAX = 60
_EXTENSION = re.compile(r"[a-z0-9]{1,10}")
_SEPARATORS = re.compile(r"[-\s_.]+")


def _file_name_char(char: str) -> str:
    """Letters and digits of any script (Arabic included) stay; marks (Arabic diacritics),
    tatweel and control, format (bidi, zero-width), private-use and unassigned characters go;
    anything else (spaces, punctuation, symbols) becomes a separator."""
    category = unicodedata.category(char)
    if char == "\u0640" or category[0] in "MC":
        return ""
    return char if category[0] in "LN" else "-"


def clean_file_name(name: str, stem_max: int = FILE_NAME_STEM_MAX, default_stem: str = "file") -> str:
    """``../../إعلان <U+202E>gpj.exe`` → ``إعلان-gpj.exe``: one plain, bounded file name.

    Folders are dropped; the text is NFKC-normalised (Arabic presentation forms and full-width
    letters become ordinary ones); control, format (bidi overrides, zero-width), combining and
    private-use characters go; anything that is not a letter or digit becomes one hyphen, so
    dots inside the name cannot make a second extension; the extension is lower-case ASCII.
    """
    name = str(name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = unicodedata.normalize("NFKC", name)
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    extension = extension.strip().lower()
    if not _EXTENSION.fullmatch(extension):
        # Not an extension after all (e.g. "notes. final"): part of the name.
        stem, extension = name, ""
    stem = "".join(_file_name_char(char) for char in stem)
    stem = _SEPARATORS.sub("-", stem).strip("-")[:stem_max].strip("-") or default_stem
    return f"{stem}.{extension}" if extension else stem
