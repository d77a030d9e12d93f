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
