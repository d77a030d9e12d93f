"""Arabic-aware text normalisation, applied the same way to indexed text and to queries.

- diacritics (tashkeel), the dagger alef and tatweel are removed;
- أ إ آ ٱ → ا, ى → ي, ة → ه;
- Arabic-Indic and Persian digits → Western digits;
- case-folded, punctuation turned into spaces.

So "الاعلام" finds "الإعلام", "وزاره" finds "وزارة", and diacritics change nothing.
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

DIACRITICS = "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a" + "".join(
    chr(c) for c in range(0x064B, 0x0660)
)
TATWEEL = "\u0640"
DAGGER_ALEF = "\u0670"
_STRIP = {ord(ch): None for ch in DIACRITICS + TATWEEL + DAGGER_ALEF}
_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
# Clitics written joined to the next word: و (and), ف (so), ب (with), ك (like), ل (for) + ال.
_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "و")


def normalise(text: str) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).translate(_STRIP).translate(_MAP).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


def terms(query: str, limit: int = 12) -> list[str]:
    """The distinct normalised words of a query (at most ``limit``, in order)."""
    seen = []
    for word in normalise(query).split():
        if word not in seen:
            seen.append(word)
    return seen[:limit]


def stem(word: str) -> str:
    """The word without a joined prefix (و، ف، ب، ك، ل، ال), when at least three letters remain."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def query_terms(query: str, limit: int = 12) -> list[str]:
    """What a query is matched on: the stems of its words (the index holds every word's stem)."""
    stems = []
    for word in terms(query, limit):
        if stem(word) not in stems:
            stems.append(stem(word))
    return stems


def index_text(text: str) -> str:
    """Normalised text plus each word's form without its joined prefixes ("والاعلام" → "اعلام")."""
    words = normalise(text).split()
    extra = []
    for word in words:
        for prefix in _PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                stem = word[len(prefix) :]
                extra.append(stem)
                if prefix != "ال" and prefix.endswith("ال"):
                    extra.append("ال" + stem)
                break
    return " ".join(words + extra)


_VARIANTS = {"ا": "اأإآٱ", "ي": "يى", "ه": "هة"}
_OPTIONAL = f"[{re.escape(DIACRITICS + TATWEEL + DAGGER_ALEF)}]*"


def _pattern(term: str) -> str:
    parts = []
    for ch in term:
        if ch.isdigit():
            alternatives = ch + chr(0x0660 + int(ch)) + chr(0x06F0 + int(ch))
        else:
            alternatives = _VARIANTS.get(ch, ch)
        parts.append(f"[{re.escape(alternatives)}]" if len(alternatives) > 1 else re.escape(alternatives))
    return _OPTIONAL.join(parts) + _OPTIONAL


def highlight(text: str, query_terms: list[str]) -> str:
    """HTML-escaped ``text`` with every occurrence of the terms (in any spelling variant) in <mark>."""
    text = text or ""
    if not query_terms:
        return escape(text)
    pattern = re.compile(
        "|".join(_pattern(t) for t in sorted(query_terms, key=len, reverse=True)), re.IGNORECASE
    )
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last : match.start()]))
        out.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))
