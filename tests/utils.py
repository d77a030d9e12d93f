"""Small helpers shared by the test modules."""

from bs4 import BeautifulSoup


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def html_lang_dir(response) -> tuple[str, str]:
    html = soup(response).find("html")
    return html.get("lang"), html.get("dir")


def switcher_links(response) -> dict[str, str]:
    """{language code: href} of the language switcher."""
    return {a["hreflang"]: a["href"] for a in soup(response).select(".lang-switch a[hreflang]")}
