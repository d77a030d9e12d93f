# syntax=docker/dockerfile:1
# Production image: gunicorn serving ministry_site.settings.production as a non-root user.
# Build:  docker build -t ministry-site .
# Run:    docker run -e DJANGO_SECRET_KEY=… -e DJANGO_ALLOWED_HOSTS=… -e DATABASE_URL=… -p 8000:8000 ministry-site
# Release step (once per deploy): docker run --rm -e … ministry-site python manage.py migrate --noinput

# --- Stage 1: install dependencies and build static files --------------------------------
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
WORKDIR /app
RUN python -m venv /venv
COPY pyproject.toml constraints.txt README.md ./
RUN /venv/bin/pip install -c constraints.txt .
COPY . .
# Settings need a key and hosts to load; these build-time values never reach the running image.
RUN DJANGO_SETTINGS_MODULE=ministry_site.settings.production \
    DJANGO_SECRET_KEY=build-time-only DJANGO_ALLOWED_HOSTS=build \
    sh -c "/venv/bin/python manage.py build_translations && /venv/bin/python manage.py collectstatic --noinput --verbosity 1"

# --- Stage 2: the runtime image ----------------------------------------------------------
FROM python:3.11-slim AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    PATH=/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=ministry_site.settings.production \
    MEDIA_ROOT=/data/media PORT=8000
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /app --shell /usr/sbin/nologin app \
    && mkdir -p /data/media && chown app:app /data/media
COPY --from=build /venv /venv
COPY --from=build --chown=app:app /app /app
WORKDIR /app
USER app
EXPOSE 8000
VOLUME ["/data/media"]
CMD ["gunicorn", "--config", "gunicorn.conf.py", "ministry_site.wsgi:application"]
