from django.http import HttpResponseNotFound, HttpResponseServerError
from django.template import loader


def page_not_found(request, exception=None):
    """The bilingual 404, in the visitor's language first."""
    template = loader.get_template("404.html")
    return HttpResponseNotFound(template.render({"request_path": request.path}, request))


def server_error(request):
    """Rendered without a request context or database access: it must work when they fail."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}))


def _page_number(raw, num_pages: int) -> int:
    """A sensible page for any ?page= value: not a number → 1, past the end → the last page."""
    try:
        number = int(str(raw)[:9])
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), max(num_pages, 1))


def search(request):
    from django.core.paginator import Paginator
    from django.shortcuts import render
    from django.utils.translation import get_language

    from wagtail.contrib.search_promotions.models import SearchPromotion

    from core import search as site_search
    from core.arabic import normalise

    # NUL and other control characters cannot be searched for (PostgreSQL refuses NUL outright).
    raw = request.GET.get("q", "")
    query = "".join(ch for ch in raw if ch >= " " or ch in "\t").strip()[: site_search.MAX_QUERY_LENGTH]
    language = (get_language() or "ar")[:2]
    results = site_search.search(query, language, request.GET.get("type", ""))
    paginator = Paginator(results.documents, 10)
    paginator.count = results.count  # known from the counts by type: no COUNT query
    page = paginator.page(_page_number(request.GET.get("page"), paginator.num_pages))
    promotions = []
    if results.terms:
        keys = {query.lower(), normalise(query)}
        for promotion in SearchPromotion.objects.filter(query__query_string__in=keys).select_related("page")[
            :3
        ]:
            if promotion.page is not None and promotion.page.live:
                promotions.append(
                    {
                        "title": promotion.page.specific_deferred.title,
                        "url": promotion.page.get_url(request),
                        "description": promotion.description,
                    }
                )
            elif promotion.external_link_url:
                promotions.append(
                    {
                        "title": promotion.external_link_text,
                        "url": promotion.external_link_url,
                        "description": promotion.description,
                    }
                )
    return render(
        request,
        "core/search_page.html",
        {
            "results": results,
            "results_page": page,
            "paginator": paginator,
            "promotions": promotions,
            "search_query": query,
        },
    )
