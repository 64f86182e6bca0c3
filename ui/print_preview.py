"""Printing a PDF from inside the app: preview, print, open in the system viewer, save as.

The decision PDFs are made by reportlab (``exports/``); Qt never lays them out again. QtPdf
(pdfium) renders each page to an image and the image is painted on the printer, so what
prints is exactly the file that was issued (the same bytes whose SHA-256 is stored).

- Pages are rendered at the printer's resolution (capped at ``PRINT_DPI_MAX``) in horizontal
  bands, so a 600 dpi A4 page never needs one 140 MB image. The preview dialog records the
  painting as a picture, so it gets a lighter ``PREVIEW_DPI``.
- ``QPrintPreviewDialog(QPrinter())`` crashes when the temporary printer dies first: the
  printer is kept on the object that owns the dialog (toolchain.md).
- File and URL dialogs go through the small functions at the bottom, which tests patch.
"""
from __future__ import annotations

import logging
import os
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRect,
    QRectF,
    QSize,
    QStandardPaths,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QToolBar, QWidget

from ui import file_dialogs, msgbox
from ui.errors import describe_exception

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

PRINT_DPI_MAX = 600
PREVIEW_DPI = 150
BAND_PIXELS = 8_000_000  # one rendered band: about 32 MB of ARGB


class PdfError(Exception):
    """The bytes are not a PDF QtPdf can read (``code`` for the message)."""

    code = "pdf.unreadable"

    def __init__(self, status: str):
        super().__init__(status)
        self.message = translate("PrintPreview", "Không đọc được tệp PDF (%1).").replace(
            "%1", status)


class PdfPages(QObject):
    """A PDF held in memory and rendered page by page with QtPdf.

    The ``QBuffer`` stays alive as long as the document: pdfium reads from it on demand.
    """

    def __init__(self, data: bytes, parent: QObject | None = None):
        super().__init__(parent)
        self.data = bytes(data)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise PdfError(self.document.error().name)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def pixel_size(self, index: int, dpi: float) -> QSize:
        size = self.document.pagePointSize(index)
        return QSize(max(1, round(size.width() * dpi / 72)),
                     max(1, round(size.height() * dpi / 72)))

    def render(self, index: int, dpi: float) -> QImage:
        """The whole page at ``dpi`` (for previews and screenshots)."""
        return self.document.render(index, self.pixel_size(index, dpi))

    def render_band(self, index: int, full: QSize, band: QRect) -> QImage:
        """A horizontal strip ``band`` of the page scaled to ``full`` pixels."""
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(full)
        options.setScaledClipRect(band)
        return self.document.render(index, band.size(), options)

    def close(self) -> None:
        self.document.close()
        self._buffer.close()


def _is_preview(painter: QPainter) -> bool:
    engine = painter.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def paint_pages(printer: QPrinter, pages: PdfPages, *, dpi: float | None = None) -> int:
    """Paint every page on ``printer`` (one sheet each), fitted to the paper; returns the
    number of pages painted. The printer should be in full-page mode: the PDF has its own
    Decree-30 margins."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("PrintPreview", "Không mở được máy in để in."))
    painted = 0
    try:
        if dpi is None:
            dpi = PREVIEW_DPI if _is_preview(painter) else PRINT_DPI_MAX
        dpi = max(72.0, min(float(dpi), float(printer.resolution()) or dpi))
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        first, last = 0, pages.page_count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = printer.fromPage() - 1  # "pages 2–3" chosen in the print dialog
            last = min(last, max(first, printer.toPage() - 1))
        for index in range(first, last + 1):
            if index > first:
                printer.newPage()
            _paint_page(painter, paper, pages, index, dpi)
            painted += 1
    finally:
        painter.end()
    return painted


def _paint_page(painter: QPainter, paper: QRectF, pages: PdfPages, index: int,
                dpi: float) -> None:
    full = pages.pixel_size(index, dpi)
    # fit the page in the paper, keeping its proportions, centred
    scale = min(paper.width() / full.width(), paper.height() / full.height())
    width, height = full.width() * scale, full.height() * scale
    left = paper.left() + (paper.width() - width) / 2
    top = paper.top() + (paper.height() - height) / 2
    band_height = max(1, min(full.height(), BAND_PIXELS // max(1, full.width())))
    y = 0
    while y < full.height():
        h = min(band_height, full.height() - y)
        image = pages.render_band(index, full, QRect(0, y, full.width(), h))
        target = QRectF(left, top + y * scale, width, h * scale)
        painter.drawImage(target, image)
        y += h


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


# Qt's preview toolbar is in English (Qt ships no Vietnamese catalogue): its actions are
# renamed here, by their English text, in our own context.
_PREVIEW_ACTIONS = {
    "Fit width": lambda: translate("PrintPreview", "Vừa chiều rộng"),
    "Fit page": lambda: translate("PrintPreview", "Vừa trang"),
    "Zoom in": lambda: translate("PrintPreview", "Phóng to"),
    "Zoom out": lambda: translate("PrintPreview", "Thu nhỏ"),
    "First page": lambda: translate("PrintPreview", "Trang đầu"),
    "Previous page": lambda: translate("PrintPreview", "Trang trước"),
    "Next page": lambda: translate("PrintPreview", "Trang sau"),
    "Last page": lambda: translate("PrintPreview", "Trang cuối"),
    "Show single page": lambda: translate("PrintPreview", "Từng trang"),
    "Show facing pages": lambda: translate("PrintPreview", "Hai trang cạnh nhau"),
    "Show overview of all pages": lambda: translate("PrintPreview", "Xem tất cả các trang"),
    "Print": lambda: translate("PrintPreview", "In…"),
    "Page setup": lambda: translate("PrintPreview", "Thiết lập trang"),
}
_HIDDEN_ACTIONS = {"Portrait", "Landscape"}  # the decision is A4 portrait, always


class PdfPrintPreview(QObject):
    """Qt's print preview of a PDF; its Print button prints through ``QPrintDialog``.

    ``pages_painted`` counts the pages painted by the last ``paintRequested`` (the test
    compares it with the PDF's page count).
    """

    def __init__(self, data: bytes, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.pages = PdfPages(data, self)
        self.page_count = self.pages.page_count
        self.printer = a4_printer()  # owned here: the dialog must never outlive it
        self.printer.setDocName(title or translate("PrintPreview", "Quyết định"))
        self.dialog = QPrintPreviewDialog(self.printer, parent)
        self.dialog.setObjectName("print_preview")
        self.dialog.setWindowTitle(
            translate("PrintPreview", "Xem trước khi in — %1").replace("%1", title)
            if title else translate("PrintPreview", "Xem trước khi in"))
        self.dialog.resize(900, 720)
        self.dialog.paintRequested.connect(self._paint)
        self.pages_painted = 0
        self.paint_count = 0
        self.error: BaseException | None = None
        self._translate_toolbar()

    def _translate_toolbar(self) -> None:
        for toolbar in self.dialog.findChildren(QToolBar):
            hide_separator = False
            for action in toolbar.actions():
                text = action.text().replace("&", "")
                if action.isSeparator() and hide_separator:
                    action.setVisible(False)
                hide_separator = text in _HIDDEN_ACTIONS
                if text in _HIDDEN_ACTIONS:
                    action.setVisible(False)
                elif text in _PREVIEW_ACTIONS:
                    label = _PREVIEW_ACTIONS[text]()
                    action.setText(label)
                    action.setToolTip(label)

    def _paint(self, printer: QPrinter) -> None:
        try:
            self.pages_painted = paint_pages(printer, self.pages)
            self.paint_count += 1
        except Exception as exc:  # noqa: BLE001 - shown after the dialog, never a crash
            log.exception("painting the preview failed")
            self.error = exc

    def exec(self) -> int:
        return self.dialog.exec()


# --- what the buttons call -------------------------------------------------------------------


def preview_pdf(parent: QWidget | None, data: bytes, title: str = "") -> PdfPrintPreview:
    preview = PdfPrintPreview(data, title, parent)
    preview.exec()
    if preview.error is not None:
        msgbox.error(parent, translate("PrintPreview", "In"), describe_exception(preview.error))
    preview.pages.close()
    preview.dialog.deleteLater()
    return preview


def print_pdf(parent: QWidget | None, data: bytes, title: str = "") -> int:
    """Ask for a printer (``QPrintDialog``), then print; returns the pages printed (0:
    cancelled)."""
    pages = PdfPages(data)
    printer = a4_printer()
    printer.setDocName(title or translate("PrintPreview", "Quyết định"))
    try:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(translate("PrintPreview", "In %1").replace("%1", title)
                              if title else translate("PrintPreview", "In"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.setMinMax(1, pages.page_count)
        if ask_print(dialog) != QDialog.DialogCode.Accepted:
            return 0
        return paint_pages(printer, pages)
    finally:
        pages.close()


def open_pdf_in_viewer(data: bytes, file_name: str) -> tuple[bool, str]:
    """Write to a temporary file and hand it to the system's PDF viewer: (opened, path)."""
    folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.TempLocation) or tempfile.gettempdir()) / "SoToCNSCD"
    folder.mkdir(parents=True, exist_ok=True)
    _forget_old_copies(folder)
    stem = Path(file_name).stem or "quyet-dinh"
    fd, path = tempfile.mkstemp(prefix=f"{stem[:80]} ", suffix=".pdf", dir=folder)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return open_url(QUrl.fromLocalFile(path)), path


def _forget_old_copies(folder: Path, max_age_s: float = 2 * 24 * 3600) -> None:
    """Copies handed to the viewer are kept two days (the viewer may still hold today's)."""

    now = time.time()
    for old in folder.glob("*.pdf"):
        try:
            if now - old.stat().st_mtime > max_age_s:
                old.unlink()
        except OSError:
            pass  # open in a viewer on Windows: next time


def default_folder() -> str:
    return file_dialogs.default_folder("export")  # the last folder saved to


# --- dialogs behind small functions, so tests can answer them ------------------------------


def ask_print(dialog: QPrintDialog) -> int:
    return dialog.exec()


def ask_save_path(parent: QWidget | None, title: str, suggested: str,
                  filter_text: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    file_dialogs.remember("export", path)
    return path


def ask_folder(parent: QWidget | None, title: str, start: str) -> str:
    folder = QFileDialog.getExistingDirectory(parent, title, start)
    file_dialogs.remember("export", folder)
    return folder


def open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)
