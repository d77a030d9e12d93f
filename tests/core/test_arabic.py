import pytest

from core.arabic import highlight, index_text, normalise, terms


@pytest.mark.parametrize(
    "text,expected",
    [
        ("الإعلام", "الاعلام"),
        ("وزارة", "وزاره"),
        ("مُسْتَشْفَى", "مستشفي"),
        ("الإعـــلام", "الاعلام"),  # tatweel
        ("آمنة أمن إيمان ٱلله", "امنه امن ايمان الله"),
        ("١٣٨ ۱۳۸", "138 138"),
        ("Press RELEASE!", "press release"),
        ("", ""),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


def test_query_and_text_normalise_alike():
    assert normalise("الاعلام") == normalise("الإعلام")
    assert normalise("وزاره") == normalise("وزارة")
    assert normalise("الإِعْلام") == normalise("الاعلام")


def test_index_text_adds_forms_without_joined_prefixes():
    words = index_text("والإعلام بالوزارة").split()
    assert "والاعلام" in words and "الاعلام" in words and "اعلام" in words
    assert "الوزاره" in words and "وزاره" in words


def test_terms_are_distinct_and_bounded():
    assert terms("وزارة وزاره الداخلية") == ["وزاره", "الداخليه"]
    assert len(terms(" ".join(f"w{i}" for i in range(50)))) == 12


def test_highlight_marks_every_spelling_and_escapes_the_rest():
    html = highlight("دائرة الإعلام <b>و</b>الإِعلام", terms("الاعلام"))
    assert html == "دائرة <mark>الإعلام</mark> &lt;b&gt;و&lt;/b&gt;<mark>الإِعلام</mark>"
    assert highlight("<script>", []) == "&lt;script&gt;"
    assert highlight("Hotline ١٣٨", terms("138")) == "Hotline <mark>١٣٨</mark>"
