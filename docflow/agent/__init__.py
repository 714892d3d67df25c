"""docflow-agent: signs on the signer's own computer with the key on their token (issue 23).

The server prepares a signature (phase 1, ``docflow.workflow.token_signing``); the agent
polls ``GET /api/v1/signing/preparations`` with the person's API token, shows what is being
signed (document, notation, agency, the file's hash and the digest) and asks for
confirmation, signs the digest on the token through PKCS#11 (python-pkcs11, the same code as
the server-side token path, ``docflow.pki.pkcs11``) and posts the raw signature (phase 2).
The PIN is asked here (getpass) and goes only to the token: never to the browser or the
server. One PIN entry serves every pending request of a run (batch signing).

Plain Python: no flask, no database; it talks to the server over HTTP(S) only.
"""
