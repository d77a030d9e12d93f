"""The site's web fonts: Noto Naskh Arabic and Noto Sans, cut down to the characters the site's
two languages use and shipped as WOFF2 in static/fonts/ (``manage.py build_fonts`` makes them).

Each face carries one script, and the stylesheet's ``unicode-range`` says which: a browser
fetches the Arabic files only for text with Arabic letters and the Latin files only for Latin
text, and base.html preloads the regular face of the page's own language.
"""

from dataclasses import dataclass

# Arabic: the letters of Arabic (with the Persian-shaped letters that names and loanwords use:
# پ چ ڤ گ ی), short vowels and shadda, Arabic-Indic digits, Arabic punctuation, tatweel, the
# ornate parentheses, and the joiners and direction marks mixed text needs.
ARABIC_RANGES = (
    (0x060C, 0x060C),
    (0x061B, 0x061B),
    (0x061F, 0x061F),
    (0x0621, 0x063A),
    (0x0640, 0x0652),
    (0x0660, 0x066D),
    (0x0670, 0x0670),
    (0x067E, 0x067E),
    (0x0686, 0x0686),
    (0x06A4, 0x06A4),
    (0x06AF, 0x06AF),
    (0x06CC, 0x06CC),
    (0x200C, 0x200F),
    (0xFD3E, 0xFD3F),
)
# Latin: ASCII, Latin-1 (accented names, « », the no-break space), typographic dashes, quotes,
# bullets and ellipsis, the shekel and the trade mark.
LATIN_RANGES = (
    (0x0020, 0x007E),
    (0x00A0, 0x00FF),
    (0x2010, 0x2027),
    (0x2030, 0x203A),
    (0x20AA, 0x20AA),
    (0x2122, 0x2122),
)
# OpenType features kept: shaping (joining forms, ligatures, mark placement) and kerning.
FEATURES = ("ccmp", "locl", "init", "medi", "fina", "isol", "rlig", "liga", "calt", "mark", "mkmk", "kern")
SOURCE_DIR = "/usr/share/fonts/truetype/noto"  # Debian's fonts-noto-core


@dataclass(frozen=True)
class Face:
    family: str  # the name the stylesheet uses
    weight: int
    source: str  # file name in SOURCE_DIR
    ranges: tuple

    @property
    def file_name(self) -> str:
        script = "arabic" if self.ranges is ARABIC_RANGES else "latin"
        return f"{script}-{self.weight}.woff2"

    @property
    def unicode_range(self) -> str:
        """The CSS unicode-range descriptor for this face."""
        return ", ".join(
            f"U+{start:04X}" if start == end else f"U+{start:04X}-{end:04X}" for start, end in self.ranges
        )

    def codepoints(self) -> set[int]:
        return {point for start, end in self.ranges for point in range(start, end + 1)}


FACES = (
    Face("Site Arabic", 400, "NotoNaskhArabic-Regular.ttf", ARABIC_RANGES),
    Face("Site Arabic", 700, "NotoNaskhArabic-Bold.ttf", ARABIC_RANGES),
    Face("Site Latin", 400, "NotoSans-Regular.ttf", LATIN_RANGES),
    Face("Site Latin", 700, "NotoSans-Bold.ttf", LATIN_RANGES),
)
# The face base.html preloads for each page language (its body text).
PRELOAD = {"ar": "fonts/arabic-400.woff2", "en": "fonts/latin-400.woff2"}
