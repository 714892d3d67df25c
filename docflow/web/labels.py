"""Labels of workflow states for the pages. A Jinja macro that builds a dictionary of every
label translated each time it is called ran 14 gettext calls per use: a list of 50
documents spent 30 ms of its 75 ms in them. Here the msgids are declared once and only the
label shown is translated."""

from __future__ import annotations

from flask_babel import gettext

from ..messages import N_
from ..workflow.errors import STATUS_LABELS

__all__ = ["STATUS_LABELS", "status_label", "repair_labels", "EVENT_LABELS", "event_label", "mark_labels"]

# the circulation marks as the page shows them: the official words in Vietnamese pages (the
# catalogue), their meaning in English ones
MARK_LABELS = {"xem_xong_tra_lai": N_("RETURN AFTER READING"), "luu_hanh_noi_bo": N_("FOR INTERNAL CIRCULATION"),
               "du_thao": N_("DRAFT")}


def mark_labels(doc) -> list[str]:
    """The marks ``doc`` shows now (workflow.outgoing.shown_marks), in the reader's language."""
    from ..workflow.outgoing import shown_marks

    return [gettext(MARK_LABELS[m.value]) for m in shown_marks(doc)]



def status_label(status: str) -> str:
    """The translated label of a document or delivery status (the value itself if unknown)."""
    msgid = STATUS_LABELS.get(status)
    return gettext(msgid) if msgid else status


def repair_labels(keys) -> str:
    """What the intake's repair did (``signing.intake.REPAIRS`` keys), translated, joined."""
    from ..signing.intake import REPAIRS

    return "; ".join(gettext(REPAIRS[k]) if k in REPAIRS else str(k) for k in keys or ())


# What a history line says someone did (documents' and incoming copies' histories).
EVENT_LABELS = {
    "created": N_("created the draft"), "converted": N_("converted it from a Word file"),
    "revised": N_("uploaded a new version"), "submitted": N_("sent it on"),
    "places_moved": N_("moved the places of the number and the date"),
    "forwarded": N_("forwarded it to the signer"), "returned": N_("returned it"), "signed": N_("signed it"),
    "issued": N_("issued it"), "dispatched": N_("dispatched it"), "recalled": N_("recalled it"),
    "received": N_("received"), "registered": N_("registered it"), "refused": N_("refused it"),
    "assigned": N_("assigned it"), "started": N_("started work"), "completed": N_("completed it"),
    "repaired": N_("had the file repaired before signing"),
    "archive_failed": N_("issued it without an archive timestamp (the time-stamp authority failed)"),
    "routed": N_("forwarded it to the successor agency"),
    "transferred": N_("handed it over to the successor agency (merger)"),
    "edxml_received": N_("received it through the exchange (edXML)"),
    "edxml_status": N_("received a status from the exchange (edXML)"),
    "answered": N_("issued the reply"),
    "stamped": N_("added the incoming stamp with the agency's seal"),
    "stamp_failed": N_("kept the copy without the incoming stamp (the file could not take it)"),
}


def event_label(action: str) -> str:
    """The translated words for a history line (a neutral phrase for an unknown action)."""
    msgid = EVENT_LABELS.get(action)
    return gettext(msgid) if msgid else gettext(N_("recorded a change"))
