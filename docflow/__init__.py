"""docflow: official documents between agencies, with PAdES signatures."""
