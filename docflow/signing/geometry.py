"""Where a visible signature goes on a page as the reader sees it.

Signature boxes (``Appearance.box``, the CLI's ``--box``, the box dragged in the browser) are
in points from the bottom-left corner of the page *as displayed*: its visible area (the
CropBox, within the MediaBox) turned by its /Rotate. For an ordinary page (no crop, no
rotation) that is PDF user space itself. This module

- reads a page's geometry (``PageGeometry``, from the page dictionary);
- keeps a box on the page (``fit_box``): a box larger than the page is scaled down to fit
  (aspect kept), a box reaching past an edge is moved back inside;
- scales a laid-out appearance with its box (``fit_appearance``), text and images included;
- turns a displayed box into the annotation's /Rect in user space and the /Matrix that keeps
  its appearance upright on a rotated page (``to_user_space``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from docflow.signing.appearance import Appearance, ImagePlacement

__all__ = ["PageGeometry", "page_geometry", "fit_box", "fit_appearance", "to_user_space", "MIN_MARGIN"]

Box = tuple[float, float, float, float]
MIN_MARGIN = 4.0  # points kept free at the page's edges when a box must be moved or scaled


def _normal(box) -> Box:
    x1, y1, x2, y2 = (float(v) for v in box)
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


@dataclass(frozen=True)
class PageGeometry:
    """A page's boxes (user space) and rotation, and its size as displayed."""

    mediabox: Box
    cropbox: Box  # the visible area: the CropBox clipped to the MediaBox (the MediaBox without one)
    rotate: int  # 0, 90, 180 or 270 (clockwise, as displayed)

    @property
    def size(self) -> tuple[float, float]:
        """Width and height of the page as displayed."""
        x1, y1, x2, y2 = self.cropbox
        w, h = x2 - x1, y2 - y1
        return (h, w) if self.rotate in (90, 270) else (w, h)


def page_geometry(page) -> PageGeometry:
    """The geometry of a pypdf page (inherited attributes resolved by pypdf)."""
    media = _normal(page.mediabox)
    crop = _normal(page.cropbox) if "/CropBox" in page or page.cropbox is not None else media
    crop = (max(crop[0], media[0]), max(crop[1], media[1]), min(crop[2], media[2]), min(crop[3], media[3]))
    if crop[2] <= crop[0] or crop[3] <= crop[1]:
        crop = media  # a CropBox outside the MediaBox: viewers show the MediaBox
    try:
        rotate = int(page.get("/Rotate", 0) or 0) % 360
    except (TypeError, ValueError):
        rotate = 0
    if rotate % 90:
        rotate = 0  # not a multiple of 90: ignored by viewers
    return PageGeometry(mediabox=media, cropbox=crop, rotate=rotate)


def _margin(width: float, height: float) -> float:
    return min(MIN_MARGIN, width / 20, height / 20)


def fit_box(box: Box, page_size: tuple[float, float]) -> tuple[Box, float]:
    """``box`` kept on a page of ``page_size`` (displayed): scaled down, aspect kept, when it
    is larger than the page less its margins, then moved inside where it reaches past an
    edge. Returns the new box and the scale applied (1.0 when only moved or untouched)."""
    x1, y1, x2, y2 = _normal(box)
    pw, ph = page_size
    m = _margin(pw, ph)
    w, h = x2 - x1, y2 - y1
    scale = min(1.0, (pw - 2 * m) / w, (ph - 2 * m) / h)
    if scale < 1.0:
        cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
        w, h = w * scale, h * scale
        x1, y1 = cx - w / 2, cy - h / 2
    if x1 < 0 or x1 + w > pw:
        x1 = min(max(x1, m), pw - m - w)
    if y1 < 0 or y1 + h > ph:
        y1 = min(max(y1, m), ph - m - h)
    return (x1, y1, x1 + w, y1 + h), scale


def fit_appearance(appearance: Appearance, page_size: tuple[float, float]) -> Appearance:
    """``appearance`` with its box kept on the page (``fit_box``): when the box is scaled, its
    text and images are scaled with it; when it is moved, they move with it."""
    new_box, scale = fit_box(appearance.box, page_size)
    if new_box == tuple(appearance.box) and scale == 1.0:
        return appearance
    texts = tuple(replace(t, x=t.x * scale, y=t.y * scale, width=t.width * scale, size=t.size * scale)
                  for t in appearance.texts)
    images = tuple(ImagePlacement(i.png, i.x * scale, i.y * scale, i.width * scale, i.height * scale)
                   for i in appearance.images)
    image_box = None
    if appearance.image_box is not None:
        ox, oy = appearance.box[0], appearance.box[1]
        ix1, iy1, ix2, iy2 = appearance.image_box
        image_box = (new_box[0] + (ix1 - ox) * scale, new_box[1] + (iy1 - oy) * scale,
                     new_box[0] + (ix2 - ox) * scale, new_box[1] + (iy2 - oy) * scale)
    return replace(appearance, box=new_box, texts=texts, images=images, image_box=image_box)


def to_user_space(box: Box, geometry: PageGeometry) -> tuple[Box, tuple[float, ...] | None]:
    """The annotation /Rect (user space) of a displayed ``box``, and the appearance stream's
    /Matrix that turns it against the page's /Rotate (None when the page is not rotated)."""
    u1, v1, u2, v2 = _normal(box)
    cx1, cy1, cx2, cy2 = geometry.cropbox
    w, h = cx2 - cx1, cy2 - cy1
    r = geometry.rotate

    def point(u: float, v: float) -> tuple[float, float]:
        if r == 90:
            x, y = w - v, u
        elif r == 180:
            x, y = w - u, h - v
        elif r == 270:
            x, y = v, h - u
        else:
            x, y = u, v
        return cx1 + x, cy1 + y

    (ax, ay), (bx, by) = point(u1, v1), point(u2, v2)
    rect = (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
    # the page turns clockwise by r when displayed: the appearance turns counter-clockwise by r
    matrix = {90: (0.0, 1.0, -1.0, 0.0, 0.0, 0.0), 180: (-1.0, 0.0, 0.0, -1.0, 0.0, 0.0),
              270: (0.0, -1.0, 1.0, 0.0, 0.0, 0.0)}.get(r)
    return rect, matrix
