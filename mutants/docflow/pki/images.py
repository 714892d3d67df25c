"""Checking an uploaded signature (or seal) image before docflow stamps it on documents.

Decree 30/2020 places the signature image between the title and the name, with the red seal
overlapping it, so the image must be a real PNG with transparency (an opaque white box
would hide the seal and the text beneath). ``validate_signature_image`` decodes the file with
Pillow under byte and pixel limits (checked before decoding, against decompression bombs) and
returns the facts the app stores, or raises ``SignatureImageRejected`` with what to fix.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from docflow.pki.errors import SignatureImageRejected

__all__ = ["ImageLimits", "ImageFacts", "validate_signature_image"]

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class ImageLimits:
    """What an acceptable signature image looks like."""

    max_bytes: int = 1024 * 1024
    max_pixels: int = 4_000_000  # width × height
    min_width: int = 60
    min_height: int = 30
    max_width: int = 3000
    max_height: int = 3000
    max_aspect: float = 8.0  # longest side / shortest side
    min_transparent_fraction: float = 0.05  # a signature is mostly background


@dataclass(frozen=True)
class ImageFacts:
    """What docflow records about an accepted image."""

    width: int
    height: int
    mode: str  # Pillow mode after opening: 'RGBA', 'LA', 'P' (with tRNS) …
    size_bytes: int
    sha256: str
    transparent_fraction: float  # share of fully transparent pixels


def _reject(message: str) -> SignatureImageRejected:
    return SignatureImageRejected(message)


def validate_signature_image(data: bytes, limits: ImageLimits = ImageLimits()) -> ImageFacts:
    """Accept ``data`` as a transparent PNG signature image, or raise with the reason."""
    if not isinstance(data, bytes | bytearray):
        raise _reject("the image must be uploaded as a file")
    size = len(data)
    if size == 0:
        raise _reject("the image file is empty")
    if size > limits.max_bytes:
        raise _reject(f"the image is {size} bytes; the limit is {limits.max_bytes} bytes")
    if not bytes(data[:8]) == PNG_MAGIC:
        raise _reject("the image must be a PNG file")
    try:
        with warnings.catch_warnings():
            # Pillow warns (DecompressionBombWarning) before it errors; treat both as refusal
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=["PNG"]) as probe:
                width, height = probe.size
                if width * height > limits.max_pixels:
                    raise _reject(f"the image has {width}×{height} pixels; the limit is "
                                  f"{limits.max_pixels} pixels")
                probe.verify()  # checks chunk CRCs without decoding pixels
            with Image.open(io.BytesIO(data), formats=["PNG"]) as image:
                image.load()
                mode = image.mode
                has_trns = "transparency" in image.info
                rgba = image.convert("RGBA") if (mode not in ("RGBA", "LA") and has_trns) \
                    else image
                alpha = rgba.getchannel("A") if rgba.mode in ("RGBA", "LA") else None
                histogram = alpha.histogram() if alpha is not None else None
    except SignatureImageRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _reject(f"the image has far too many pixels; the limit is "
                      f"{limits.max_pixels} pixels") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise _reject(f"the PNG file is damaged or cannot be read ({type(exc).__name__})"
                      ) from None

    if width < limits.min_width or height < limits.min_height:
        raise _reject(f"the image is {width}×{height} pixels; it must be at least "
                      f"{limits.min_width}×{limits.min_height}")
    if width > limits.max_width or height > limits.max_height:
        raise _reject(f"the image is {width}×{height} pixels; it must be at most "
                      f"{limits.max_width}×{limits.max_height}")
    if max(width, height) / min(width, height) > limits.max_aspect:
        raise _reject("the image is too narrow or too flat for a signature")
    if histogram is None:
        raise _reject("the image has no transparency: save it as a PNG with a transparent "
                      "background (alpha channel)")
    transparent = histogram[0] / (width * height)
    if transparent < limits.min_transparent_fraction:
        raise _reject("the image background is not transparent: remove the background so "
                      "the seal and text underneath stay visible")
    if histogram[0] == width * height:
        raise _reject("the image is completely transparent")
    return ImageFacts(width, height, mode, size, hashlib.sha256(data).hexdigest(),
                      round(transparent, 4))
