"""One edXML document addressed to two agencies of this installation (issue 13, edXML
leftovers): the link between the package's DocumentId and the copy is kept per recipient
agency. Before, the second agency's import ended in an IntegrityError (500), since the link's
uniqueness was global. A second import to the same agency is still a duplicate, named as such."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from docflow.edxml import service as exchange
from docflow.edxml.package import parse_status
from docflow.edxml.service import DuplicatePackage
from docflow.models import DeliveryStatus, EdxmlLink
from docflow.workflow import incoming

from .partners import sealed
from .test_sender import NAME_E, ORGAN_E, _package, _partners


def test_one_document_for_two_agencies_of_this_installation(world):
    _, _, seal_e, _ = _partners(world)
    exchange.set_organ_id(world.db, None, world.agency("SNNMT"), "000.00.31.H53")
    world.db.commit()
    # addressed to both agencies (Sở Tài chính and Sở NN&MT), as its To elements say
    package = _package(ORGAN_E, NAME_E, "000.00.31.H55", sealed(world, seal_e), "41", "000.00.31.H53")

    at_stc = exchange.import_package(world.db, world.ctx(), world.user("stc.clerk"), package, world.agency("STC"))
    world.db.commit()
    at_snnmt = exchange.import_package(world.db, world.ctx(), world.user("snnmt.clerk"), package,
                                       world.agency("SNNMT"))
    world.db.commit()
    assert at_stc.status == at_snnmt.status == DeliveryStatus.RECEIVED
    assert (at_stc.recipient_agency_id, at_snnmt.recipient_agency_id) == (world.agency("STC").id,
                                                                          world.agency("SNNMT").id)
    links = world.db.execute(select(EdxmlLink).where(EdxmlLink.direction == "in")
                             .order_by(EdxmlLink.id)).scalars().all()
    assert [(link.delivery_id, link.recipient_agency_id) for link in links] == [
        (at_stc.id, world.agency("STC").id), (at_snnmt.id, world.agency("SNNMT").id)]

    # each agency registers and reports its own copy
    incoming.register(world.db, world.ctx(), world.user("snnmt.clerk"), at_snnmt, at_snnmt.revision)
    world.db.commit()
    status = parse_status(exchange.export_status(world.db, world.ctx(), world.user("snnmt.clerk"), at_snnmt))
    assert (status.status_code, status.sender.organ_id) == ("03", "000.00.31.H53")
    assert at_stc.status == DeliveryStatus.RECEIVED

    # the same package again, to either agency: a duplicate, with the copy it duplicates
    for clerk, agency, copy in (("stc.clerk", "STC", at_stc), ("snnmt.clerk", "SNNMT", at_snnmt)):
        with pytest.raises(DuplicatePackage) as err:
            exchange.import_package(world.db, world.ctx(), world.user(clerk), package, world.agency(agency))
        world.db.rollback()
        assert err.value.http_status == 409
        assert err.value.params["id"] == copy.id and "already received" in str(err.value)
