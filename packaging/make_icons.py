"""Render the icon we drew (``resources/icons/so-to-cnscd.svg``) to the PNG and ICO files that
ship beside it: the window icon, the Linux desktop entry, the Windows executable and installer.

    python packaging/make_icons.py      # after editing the SVG; commit the outputs

Needs PySide6 (QtSvg renders the SVG) and Pillow (writes the multi-size .ico).
"""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "so-to-cnscd.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    (ICONS / "so-to-cnscd.png").write_bytes(render(256))
    (ICONS / "so-to-cnscd-48.png").write_bytes(render(48))
    images = [Image.open(io.BytesIO(render(s))).convert("RGBA") for s in ICO_SIZES]
    images[-1].save(ICONS / "so-to-cnscd.ico", format="ICO",
                    sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    print("\n".join(str(p) for p in sorted(ICONS.iterdir())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
