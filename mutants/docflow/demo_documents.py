"""Demo documents: sample PDFs a new user can upload, and a few documents already in the
workflow so the leader's, reviewer's and drafter's desks are not empty. Idempotent."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .config import Config
from .models import DocType, Document, Unit, UnitKind, User
from .runtime import workflow_context
from .workflow import outgoing
from .workflow.outgoing import DraftInput, Upload

__all__ = ["sample_letter", "write_samples", "ensure_demo_documents"]

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def sample_letter(subject: str, body: str, *, agency: str = "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                  parent: str = "UBND TỈNH QUẢNG NGÃI", recipient: str = "Ủy ban nhân dân xã Nghĩa Hành") -> bytes:
    """A one-page A4 official letter (Decree 30 Annex I layout) with the signature block left
    empty, where docflow places the leader's signature and the seal."""
    pdf = FPDF(format="A4")
    pdf.set_margins(30, 20, 15)
    pdf.add_font("Serif", "", FONT)
    pdf.add_font("Serif", "B", FONT_BOLD)
    pdf.add_page()
    pdf.set_font("Serif", "", 12)
    pdf.set_xy(20, 20)
    pdf.cell(75, 6, parent, align="C")
    pdf.set_font("Serif", "B", 12)
    pdf.cell(0, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.cell(75, 6, agency, align="C")
    pdf.cell(0, 6, "Độc lập - Tự do - Hạnh phúc", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", "", 12)
    pdf.set_x(20)
    pdf.cell(75, 6, "Số:        /SNNMT-QLĐĐ", align="C")
    pdf.cell(0, 6, "Quảng Ngãi, ngày      tháng      năm 2026", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font("Serif", "", 11)
    pdf.multi_cell(75, 5, subject, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Serif", "", 13)
    pdf.cell(0, 7, f"Kính gửi: {recipient}.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 7, body, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.set_xy(30, 215)
    pdf.multi_cell(70, 5, "Nơi nhận:\n- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT, QLĐĐ.")
    return bytes(pdf.output())


_SAMPLES = [
    ("cong-van-ra-soat-giao-dat.pdf", "V/v rà soát hồ sơ giao đất, cho thuê đất năm 2026",
     "Thực hiện Luật Đất đai năm 2024 và Nghị định số 102/2024/NĐ-CP, Sở Nông nghiệp và Môi trường đề nghị "
     "Ủy ban nhân dân xã Nghĩa Hành chỉ đạo rà soát toàn bộ hồ sơ giao đất, cho thuê đất trên địa bàn, "
     "tổng hợp kết quả và báo cáo về Sở trước ngày 15 tháng 12 năm 2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh."),
    ("cong-van-quan-trac-nuoc.pdf", "V/v quan trắc chất lượng nước sông Vệ quý IV năm 2026",
     "Để chủ động phòng ngừa ô nhiễm nguồn nước, Sở Nông nghiệp và Môi trường đề nghị các đơn vị phối hợp "
     "lấy mẫu quan trắc chất lượng nước mặt sông Vệ tại các điểm theo kế hoạch và gửi kết quả về Sở."),
]


def write_samples(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, subject, body in _SAMPLES:
        path = directory / name
        if not path.exists():
            path.write_bytes(sample_letter(subject, body))
        paths.append(path)
    return paths


def ensure_demo_documents(session: Session, config: Config) -> int:
    """Two documents of Sở NN&MT in the workflow (one awaiting the leader's signature, one in
    review) when the agency has none yet. Returns how many were created."""
    agency = session.execute(
        select(Unit).where(Unit.code == "SNNMT", Unit.kind == UnitKind.AGENCY)).scalar_one_or_none()
    if agency is None or session.execute(
            select(func.count(Document.id)).where(Document.agency_id == agency.id)).scalar():
        return 0
    users = {u.username: u for u in session.execute(select(User).where(User.agency_id == agency.id)).scalars()}
    recipients = [a.id for a in session.execute(select(Unit).where(
        Unit.kind == UnitKind.AGENCY, Unit.code.in_(["UBNDXNH", "UBNDXTT"]))).scalars()]
    if not {"snnmt.staff", "snnmt.reviewer", "snnmt.leader"} <= users.keys() or not recipients:
        return 0
    ctx = workflow_context(session, config)
    staff = users["snnmt.staff"]
    created = 0
    for index, (name, subject, body) in enumerate(_SAMPLES):
        data = DraftInput(doc_type=DocType.CV, subject=subject, recipients=recipients[: index + 1],
                          signer_id=users["snnmt.leader"].id, reviewer_id=users["snnmt.reviewer"].id,
                          authority_line="KT. GIÁM ĐỐC")
        doc = outgoing.create_draft(session, ctx, staff, data, Upload(name, sample_letter(subject, body)))
        outgoing.submit(session, ctx, staff, doc, doc.revision)
        if index == 0:
            outgoing.forward(session, ctx, users["snnmt.reviewer"], doc, doc.revision,
                             "Đề nghị Phó Giám đốc xem xét, ký.")
        created += 1
    return created
