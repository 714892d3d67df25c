"""The organisation over time: mergers and renames of agencies, effective on a date."""
