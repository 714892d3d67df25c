"""PAdES signing of PDF versions (endesive underneath, its defects handled here)."""
