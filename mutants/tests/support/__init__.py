"""Helpers shared by the test suite (a throwaway PKI, sample PDFs)."""
