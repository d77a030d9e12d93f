"""``{% contentcache %}``: a template fragment kept until published content next changes.

    {% load content_cache %}
    {% contentcache "news_article" page.pk page.live_revision_id %}…{% endcontentcache %}

Like Django's ``{% cache %}``, with three things every use here needs and would otherwise
repeat: the key holds the content version (core.navigation: moved by every publish,
unpublish, move and delete, and by saved menus, settings, images and documents) and the
active language, and a preview (``request.is_preview``) is never cached nor served from the
cache, since it shows a draft.
"""

from django import template
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.utils.translation import get_language

from core.navigation import TIMEOUT, content_version

register = template.Library()


class ContentCacheNode(template.Node):
    def __init__(self, nodelist, fragment_name, vary_on):
        self.nodelist = nodelist
        self.fragment_name = fragment_name
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        vary_on = [content_version(), get_language() or "", *(var.resolve(context) for var in self.vary_on)]
        key = make_template_fragment_key(self.fragment_name.resolve(context), vary_on)
        html = cache.get(key)
        if html is None:
            html = self.nodelist.render(context)
            cache.set(key, html, TIMEOUT)
        return html


@register.tag("contentcache")
def do_contentcache(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a fragment name")
    nodelist = parser.parse(("endcontentcache",))
    parser.delete_first_token()
    return ContentCacheNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]]
    )
