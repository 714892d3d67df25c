"""Where two page images differ: bounding boxes of the changed pixels (the auditor's side by side)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from docflow.verification.visual import changed_regions


def _png(*marks: tuple[int, int, int, int], size: tuple[int, int] = (900, 1200)) -> bytes:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    draw.text((80, 80), "CONG HOA XA HOI CHU NGHIA VIET NAM", fill="black")  # the same on both
    for box in marks:
        draw.rectangle(box, fill="black")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _covers(region, box, size=(900, 1200)) -> bool:
    x0, y0, x1, y1 = (box[0] * 1000 / size[0], box[1] * 1000 / size[1], box[2] * 1000 / size[0],
                      box[3] * 1000 / size[1])
    return region.x <= x0 and region.y <= y0 and region.x + region.w >= x1 and region.y + region.h >= y1


def test_the_same_page_has_no_region():
    assert changed_regions(_png(), _png()) == []


def test_a_change_is_framed_where_it_is_and_nowhere_else():
    amount = (600, 1000, 700, 1030)  # a figure changed at the bottom right
    regions = changed_regions(_png(), _png(amount))
    assert len(regions) == 1 and _covers(regions[0], amount)
    r = regions[0]  # tight: within a grid cell (8 px) of the change
    assert abs(r.x - 600 * 1000 / 900) <= 10 and abs((r.x + r.w) - 701 * 1000 / 900) <= 10
    assert abs(r.y - 1000 * 1000 / 1200) <= 8 and abs((r.y + r.h) - 1031 * 1000 / 1200) <= 8


def test_two_changes_far_apart_are_two_regions_top_to_bottom():
    top, bottom = (100, 300, 300, 320), (500, 900, 520, 905)
    regions = changed_regions(_png(top), _png(bottom))  # one removed, one added
    assert len(regions) == 2 and _covers(regions[0], top) and _covers(regions[1], bottom)


def test_a_page_whose_size_changed_is_compared_on_the_larger_sheet():
    added = (100, 1250, 300, 1280)  # drawn on the strip the taller page added
    regions = changed_regions(_png(), _png(added, size=(900, 1300)))
    assert len(regions) == 1 and _covers(regions[0], added, size=(900, 1300))


def test_the_same_picture_encoded_differently_has_no_region():
    other = io.BytesIO()
    Image.open(io.BytesIO(_png())).save(other, "PNG", compress_level=1)
    assert other.getvalue() != _png() and changed_regions(_png(), other.getvalue()) == []
