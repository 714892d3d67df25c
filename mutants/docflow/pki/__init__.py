"""Certificates and keys: development CA, encrypted keys, PKCS#11, revocation, timestamps.

Modules (plain Python, no database, no flask; the app wraps them):

- ``ca``          the development root → issuing CA; personal, seal and OCSP responder certs
- ``keystore``    software keys encrypted under the holder's PIN (Argon2id/scrypt + AES-GCM)
- ``p12import``   checks on a PKCS#12 from an external CA before it is accepted
- ``pkcs11``      ``Pkcs11Signer``: keys on an HSM/token (python-pkcs11), and provisioning
- ``signers``     ``open_signer``: the backend chosen per certificate
- ``revocation``  CRLs and OCSP responses as pure functions over the app's records
- ``truststore``  trust anchors as PEM files in a directory
- ``images``      validation of uploaded signature/seal PNGs
- ``tsa``         RFC 3161 client and development TSA
- ``errors``      ``PkiError`` and its subclasses
"""
