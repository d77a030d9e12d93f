"""Uploads judged by their content, not their name, and given plain file names.

Wired in through ``WAGTAILIMAGES_IMAGE_FORM_BASE`` and ``WAGTAILDOCS_DOCUMENT_FORM_BASE``, so the
admin's single and multiple uploaders and the choosers' upload tabs all use these forms. (They
live outside ``media_library.forms``, which the models import: Wagtail's upload forms query the
permission tables when they are imported, which cannot happen while models load.)

Images: Wagtail's image field refuses a file Willow cannot identify (an HTML page or a script
named .jpg), an extension that does not match the real format (an SVG or a PSD named .png), more
than ``WAGTAILIMAGES_MAX_UPLOAD_SIZE`` bytes and more than ``WAGTAILIMAGES_MAX_IMAGE_PIXELS``
pixels, and decodes the picture with Pillow on the way (Willow loads it to read its size), so a
damaged file fails. SVG is not in ``WAGTAILIMAGES_EXTENSIONS`` at all. ``SafeImageField`` reads
the pixel count from the header before anything is decoded (a decompression bomb costs nothing)
and turns a decoder failure into a form error instead of a server error.

Documents: ``WAGTAILDOCS_EXTENSIONS`` and the size limit, then ``check_document_content``
(both from ``CustomDocument.clean``, so every way of saving a document is checked).
"""

import warnings
import zipfile

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from PIL import Image as PILImage

from core.sanitize import clean_file_name


class SafeImageField(WagtailImageField):
    """Wagtail's image field with two gaps closed (found in Wagtail 8.0.1 with Willow 1.12).

    - Wagtail reads the pixel count through Willow, which decodes the whole picture first: a
      picture over ``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` but under Pillow's own limits (a warning at
      89 million pixels, an error at 179 million) was decoded in full, hundreds of megabytes,
      before being refused. Here the header alone is read first, and Pillow's warning counts as
      a refusal.
    - A picture whose data is damaged after a good header made the decoder raise an error Wagtail
      does not catch: a server error. Here it is a form error.
    """

    def to_python(self, data):
        if hasattr(data, "read"):
            self.check_header(data)
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001 - any decoder error means the picture is unusable
            raise ValidationError(
                _(
                    "This image is damaged or incomplete. Open it in an image editor, save it again "
                    "and upload it."
                ),
                code="invalid_image_content",
            ) from error

    def check_header(self, data):
        size = None
        data.seek(0)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", PILImage.DecompressionBombWarning)
                with PILImage.open(data) as picture:  # reads the header, decodes nothing
                    size = picture.size
        except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as error:
            raise self.too_many_pixels(_("unknown number")) from error
        except Exception:  # noqa: BLE001, S110 - not a picture Pillow knows: Wagtail's checks say why
            pass
        finally:
            data.seek(0)
        if size and self.max_image_pixels and size[0] * size[1] > self.max_image_pixels:
            raise self.too_many_pixels(size[0] * size[1])

    def too_many_pixels(self, count):
        return ValidationError(
            self.error_messages["file_too_many_pixels"]
            % {"num_pixels": count, "max_pixels_count": self.max_image_pixels},
            code="file_too_many_pixels",
        )


class SafeImageForm(BaseImageForm):
    """Wagtail's image form with ``SafeImageField`` and a normalised file name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if type(field) is WagtailImageField:
            # Wagtail builds the field itself (get_image_form's formfield callback), with its
            # label, help text, widget and messages; only its checks change.
            field.__class__ = SafeImageField

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            upload.name = clean_file_name(upload.name)
        return upload


class SafeDocumentForm(BaseDocumentForm):
    """Wagtail's document form with a normalised file name (content: ``CustomDocument.clean``)."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            upload.name = clean_file_name(upload.name)
        return upload


# Office Open XML: the part every real file of the type has.
OOXML_MAIN_PART = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}
ODF_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
TEXT_EXTENSIONS = {"txt", "csv"}
# Bytes no text file has: NUL and the C0 controls other than tab, line feed, form feed and return.
_BINARY_BYTES = bytes(set(range(32)) - {9, 10, 12, 13}) + b"\x7f"
_MARKUP_STARTS = (
    b"<!doctype",
    b"<html",
    b"<head",
    b"<body",
    b"<script",
    b"<svg",
    b"<?xml",
    b"<iframe",
    b"<!--",
)
CHUNK = 1024 * 1024


def _not_real(extension):
    return ValidationError(
        _("This file is not a real %(type)s document. Check the file and upload it again.")
        % {"type": extension.upper()},
        code="invalid_document_content",
    )


def _check_zip_package(upload, extension):
    upload.seek(0)
    if upload.read(4) != b"PK\x03\x04":
        raise _not_real(extension)
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as package:
            names = set(package.namelist())
            if extension in OOXML_MAIN_PART:
                if "[Content_Types].xml" not in names or OOXML_MAIN_PART[extension] not in names:
                    raise _not_real(extension)
                if any(name.lower().endswith("vbaproject.bin") for name in names):
                    raise ValidationError(
                        _(
                            "This %(type)s file contains macros, which are not accepted. "
                            "Save it without macros and upload it again."
                        )
                        % {"type": extension.upper()},
                        code="document_with_macros",
                    )
            else:
                info = package.getinfo("mimetype") if "mimetype" in names else None
                if (
                    info is None
                    or info.file_size > 100
                    or package.read(info).strip() != ODF_MIMETYPES[extension]
                ):
                    raise _not_real(extension)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
        raise _not_real(extension) from error


def _check_text(upload, extension):
    upload.seek(0)
    first = True
    while chunk := upload.read(CHUNK):
        if first:
            start = chunk.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
            if start.startswith(_MARKUP_STARTS):
                raise ValidationError(
                    _("This file looks like a web page or a script, not plain text. It is not accepted."),
                    code="document_is_markup",
                )
            first = False
        if chunk.translate(None, _BINARY_BYTES) != chunk:
            raise _not_real(extension)


def check_document_content(upload, extension):
    """Refuse a document whose content is not what its extension says.

    PDF: the ``%PDF-`` signature. DOCX, XLSX, PPTX: a ZIP package with Office's content-types
    part and the type's main part, and no macros. ODT, ODS: a ZIP package whose ``mimetype``
    entry names the type. TXT, CSV: text (no NUL or control bytes) that does not start like a
    web page. Any other extension cannot be checked and is refused.
    """
    try:
        if extension == "pdf":
            upload.seek(0)
            if upload.read(5) != b"%PDF-":
                raise _not_real(extension)
        elif extension in OOXML_MAIN_PART or extension in ODF_MIMETYPES:
            _check_zip_package(upload, extension)
        elif extension in TEXT_EXTENSIONS:
            _check_text(upload, extension)
        else:
            raise ValidationError(
                _("Files of type %(type)s cannot be checked, so they are not accepted.")
                % {"type": extension.upper() or "?"},
                code="document_type_unchecked",
            )
    finally:
        upload.seek(0)
