"""Accounts: password hashing, authentication with lockout, users and the unit tree."""
