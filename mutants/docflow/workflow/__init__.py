"""The life of a document: outgoing (draft → dispatch) and incoming (received → completed),
numbering, registers, deadlines and notifications. Plain Python; never imports flask."""
