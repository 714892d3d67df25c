"""Certificates and keys: development CA, encrypted keys, PKCS#11, revocation, timestamps."""
