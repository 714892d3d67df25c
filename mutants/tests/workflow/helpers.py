"""Drive documents through the workflow quickly in tests."""

from __future__ import annotations

import io

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from docflow.workflow import outgoing
from tests.conftest import DEMO_PIN


def issued_document(w, *, to=("UBNDXNH",), staff="snnmt.staff", leader="snnmt.leader", clerk="snnmt.clerk",
                    dispatch=True, **kw):
    """A document drafted, signed, numbered and sealed (and dispatched)."""
    db, ctx = w.db, w.ctx()
    doc = outgoing.create_draft(db, ctx, w.user(staff), w.draft_input(to=to, reviewer=None, signer=leader, **kw),
                                w.letter())
    outgoing.submit(db, ctx, w.user(staff), doc, doc.revision)
    outgoing.sign(db, ctx, w.user(leader), doc, doc.revision, DEMO_PIN)
    outgoing.issue(db, ctx, w.user(clerk), doc, doc.revision, DEMO_PIN)
    if dispatch:
        outgoing.dispatch(db, ctx, w.user(clerk), doc, doc.revision)
    db.commit()
    return doc


def alter_after_signing(pdf: bytes, text: str = "Tổng kinh phí: 9.999.000.000 đồng") -> bytes:
    """What a forger does: an incremental update that replaces page 1's content."""
    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    page = writer.pages[0]
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 24 Tf 72 700 Td (" + text.encode("latin-1", "replace") + b") Tj ET")
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
