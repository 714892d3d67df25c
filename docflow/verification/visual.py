"""Where two renders of a page differ: the bounding boxes of the changed pixels (Pillow), for
the auditor's side-by-side view of a signed revision and the current file.

The two images are compared in grey; a pixel counts as changed when it differs by more than
``threshold`` (anti-aliasing of the same text stays below it). Changed pixels are gathered on
a grid of ``cell``-pixel squares and neighbouring squares (within ``gap`` squares) are merged,
so that a changed line of text is one region rather than one per letter."""

from __future__ import annotations

import io
from collections import deque
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageFilter

__all__ = ["Region", "changed_regions"]

MAX_REGIONS = 40  # beyond this the page changed nearly everywhere: one region says so better


@dataclass(frozen=True)
class Region:
    """A changed rectangle, in thousandths of the page's width and height (from the top left)."""

    x: int
    y: int
    w: int
    h: int


def _grey(png: bytes) -> Image.Image:
    with Image.open(io.BytesIO(png)) as image:
        return image.convert("L")


def changed_regions(before: bytes, after: bytes, *, threshold: int = 48, cell: int = 8,
                    gap: int = 2) -> list[Region]:
    """The regions of page image ``after`` (PNG) that differ from ``before`` (PNG), top to bottom."""
    if before == after:  # the same render, byte for byte (most pages): nothing to decode
        return []
    a, b = _grey(before), _grey(after)
    width, height = max(a.width, b.width), max(a.height, b.height)
    if a.size != b.size:  # a page whose size changed: both on a white sheet of the larger size
        a, b = (_on_sheet(i, width, height) for i in (a, b))
    mask = ImageChops.difference(a, b).point(lambda v: 255 if v > threshold else 0)
    if mask.getbbox() is None:
        return []
    cols, rows = -(-width // cell), -(-height // cell)
    # one value per cell: non-zero when any pixel in it changed; then grown by ``gap`` cells
    grid = mask.resize((cols, rows), Image.Resampling.BOX, reducing_gap=None).point(lambda v: 255 if v else 0)
    grown = grid.filter(ImageFilter.MaxFilter(2 * gap + 1)) if gap else grid
    seen = bytearray(cols * rows)
    marked, changed = grown.tobytes(), grid.tobytes()
    boxes: list[tuple[int, int, int, int]] = []
    for start in range(cols * rows):
        if not marked[start] or seen[start]:
            continue
        seen[start] = 1
        queue, box = deque([start]), None
        while queue:
            i = queue.popleft()
            x, y = i % cols, i // cols
            if changed[i]:  # the box is drawn around the changed cells, not the grown margin
                box = (x, y, x, y) if box is None else (min(box[0], x), min(box[1], y), max(box[2], x), max(box[3], y))
            for j in (i - 1 if x else -1, i + 1 if x + 1 < cols else -1, i - cols, i + cols):
                if 0 <= j < cols * rows and marked[j] and not seen[j]:
                    seen[j] = 1
                    queue.append(j)
        if box is not None:
            boxes.append(box)
    if len(boxes) > MAX_REGIONS:
        boxes = [(min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                  max(b[3] for b in boxes))]
    regions = []
    for x0, y0, x1, y1 in sorted(boxes, key=lambda b: (b[1], b[0])):
        left, top = x0 * cell, y0 * cell
        right, bottom = min((x1 + 1) * cell, width), min((y1 + 1) * cell, height)
        regions.append(Region(x=left * 1000 // width, y=top * 1000 // height,
                              w=max(1, -(-(right - left) * 1000 // width)),
                              h=max(1, -(-(bottom - top) * 1000 // height))))
    return regions


def _on_sheet(image: Image.Image, width: int, height: int) -> Image.Image:
    sheet = Image.new("L", (width, height), 255)
    sheet.paste(image, (0, 0))
    return sheet
