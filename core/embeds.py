"""Embedded media (oEmbed) from trusted video providers only, and nothing but their player.

``WAGTAILEMBEDS_FINDERS`` (settings) names ``TrustedOEmbedFinder`` with the providers
(Wagtail's oEmbed definitions), the host names their addresses and players live on, and the
names editors are told. Every embed in the site goes through it: the video block, the video
page and media embedded in rich text. An address on any other host is refused before anything
is fetched; what a provider sends back is cut down to one ``<iframe>`` whose ``src`` is on one
of those hosts (the public Content-Security-Policy's ``frame-src`` lists the same hosts).
"""

import functools
import re
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

from wagtail.embeds.finders import get_finders
from wagtail.embeds.finders.oembed import OEmbedFinder

import nh3

IFRAME_ATTRIBUTES = {
    "src",
    "width",
    "height",
    "title",
    "allow",
    "allowfullscreen",
    "frameborder",
    "referrerpolicy",
    "loading",
}
_UNSAFE_IN_URL = re.compile(r"[\x00-\x20\x7f-\x9f\\]|[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# nh3's output escapes `>` inside attribute values, so the opening tag ends at the first `>`.
_IFRAME_WITH_SRC = re.compile(r'<iframe\b[^>]*\ssrc="[^"]+"[^>]*>')


def host_of(url: str, schemes=("http", "https")) -> str | None:
    """The host name of a plain web address, or None for anything a browser might read otherwise.

    Refused: other schemes, user names (``https://youtube.com@evil.example``), backslashes,
    spaces, control and invisible characters, explicit ports.
    """
    if not isinstance(url, str) or not url or _UNSAFE_IN_URL.search(url):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in schemes or "@" in parts.netloc or port is not None:
        return None
    return (parts.hostname or "").rstrip(".") or None


class TrustedOEmbedFinder(OEmbedFinder):
    """Wagtail's oEmbed finder limited to ``hosts``, with the returned HTML reduced to a player."""

    def __init__(self, providers=None, options=None, hosts=(), names=()):
        if not providers:
            raise ValueError("TrustedOEmbedFinder needs an explicit list of providers")
        super().__init__(providers=providers, options=options)
        self.hosts = frozenset(host.lower() for host in hosts)
        self.names = tuple(names)

    def trusts(self, url: str) -> bool:
        host = host_of(url)
        return bool(host) and host.lower() in self.hosts

    def accept(self, url):
        return self.trusts(url) and super().accept(url)

    def find_embed(self, url, max_width=None, max_height=None):
        result = super().find_embed(url, max_width=max_width, max_height=max_height)
        result["html"] = clean_player_html(result.get("html") or "", self.hosts)
        thumbnail = result.get("thumbnail_url") or ""
        result["thumbnail_url"] = thumbnail if host_of(thumbnail, schemes=("https",)) else ""
        return result


def _trusted_finders():
    return [finder for finder in get_finders() if isinstance(finder, TrustedOEmbedFinder)]


def is_trusted_url(url) -> bool:
    """May this address be embedded? (Its host belongs to a configured provider; nothing is fetched.)"""
    return any(finder.trusts(url) for finder in _trusted_finders())


def trusted_hosts() -> frozenset:
    return frozenset(host for finder in _trusted_finders() for host in finder.hosts)


def provider_names() -> str:
    names = [name for finder in _trusted_finders() for name in finder.names]
    return ", ".join(names)


def untrusted_message():
    return _("Videos can only be embedded from %(providers)s. This address is not one of them.") % {
        "providers": provider_names()
    }


@functools.cache
def _player_cleaner(hosts: frozenset):
    def keep(element, attribute, value):
        if attribute == "src":
            host = host_of(value, schemes=("https",))
            return value if host and host.lower() in hosts else None
        return value

    return nh3.Cleaner(
        tags={"iframe"},
        clean_content_tags={"script", "style"},
        attributes={"iframe": IFRAME_ATTRIBUTES},
        attribute_filter=keep,
        url_schemes={"https"},
        link_rel=None,
    )


def clean_player_html(html: str, hosts) -> str:
    """The provider's ``<iframe>`` on a trusted host, or "" (the page then links to the video)."""
    cleaned = _player_cleaner(frozenset(hosts)).clean(html or "")
    player = _IFRAME_WITH_SRC.search(cleaned)
    return f"{player.group(0)}</iframe>" if player else ""
