"""Word files the tests build: a Decree 30 letter (công văn) made with python-docx, in Times New
Roman with Vietnamese text, and the same letter saved as .odt or .doc by LibreOffice itself."""

from __future__ import annotations

import io
import shutil
import subprocess  # nosec B404 - the tests run LibreOffice with fixed arguments
import tempfile
from pathlib import Path

HEADER = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SUBJECT = "V/v rà soát hồ sơ giao đất, cho thuê đất năm 2026"
BODY = ("Thực hiện Kế hoạch số 125/KH-UBND ngày 15 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh về việc "
        "rà soát, đánh giá tình hình quản lý, sử dụng đất đai, Sở Nông nghiệp và Môi trường đề nghị Ủy ban "
        "nhân dân xã Nghĩa Hành khẩn trương rà soát toàn bộ hồ sơ giao đất, cho thuê đất trên địa bàn.")


def decree30_docx(*, pages: int = 2, macro: bool = False) -> bytes:
    """A công văn laid out as Decree 30 Annex I asks: A4, margins 20/20/30/15 mm, Times New Roman
    13–14 pt; ``pages`` pages (explicit page breaks, so the count does not depend on fonts)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(14)

    def line(text: str, *, bold: bool = False, center: bool = False, size: float = 14) -> None:
        paragraph = doc.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.font.size, run.font.name = bold, Pt(size), "Times New Roman"
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

    line("UBND TỈNH QUẢNG NGÃI", size=13, center=True)
    line("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", bold=True, size=13, center=True)
    line(HEADER, bold=True, size=13, center=True)
    line(MOTTO, bold=True, center=True)
    line("Số:      /SNNMT-QLĐĐ", size=13)
    line("Quảng Ngãi, ngày      tháng 12 năm 2026", center=True)
    line(SUBJECT, size=12)
    line("Kính gửi: Ủy ban nhân dân xã Nghĩa Hành.", center=True)
    for page in range(pages):
        if page:
            doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
            line(f"Trang {page + 1}: tiếp theo nội dung đề nghị.")
        line(BODY)
    line("Nơi nhận:", bold=True, size=12)
    line("- Như trên;", size=11)
    line("- Lưu: VT, QLĐĐ.", size=11)
    line("KT. GIÁM ĐỐC", bold=True, center=True)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def saved_as(docx: bytes, fmt: str) -> bytes:
    """``docx`` converted by LibreOffice to ``fmt`` ("odt" or "doc")."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (libreoffice-writer-nogui) is needed: make test installs it"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "letter.docx"
        src.write_bytes(docx)
        subprocess.run([soffice, f"-env:UserInstallation={(Path(tmp) / 'profile').as_uri()}", "--headless",  # nosec
                        "--convert-to", fmt, "--outdir", tmp, str(src)], check=True, capture_output=True,
                       timeout=120)
        return (Path(tmp) / f"letter.{fmt}").read_bytes()


MACRO_TEXT = "Công văn có macro tự chạy khi mở"


def macro_odt(marker: Path) -> bytes:
    """An OpenDocument text whose Basic macro, bound to the document's open event (dom:load),
    writes ``marker``: it runs wherever macros are allowed (the test proves it), so a
    conversion that leaves no marker did not run it."""
    import zipfile

    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:ooo="http://openoffice.org/2004/office" xmlns:dom="http://www.w3.org/2001/xml-events" office:version="1.2">
<office:scripts><office:event-listeners>
<script:event-listener script:language="ooo:script" script:event-name="dom:load"
 xlink:href="vnd.sun.star.script:Standard.Module1.OnOpen?language=Basic&amp;location=document" xlink:type="simple"/>
</office:event-listeners></office:scripts>
<office:body><office:text><text:p>{MACRO_TEXT}</text:p></office:text></office:body>
</office:document-content>"""
    module = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub OnOpen
  Dim n As Integer
  n = FreeFile
  Open "{marker}" For Output As #n
  Print #n, "the macro ran"
  Close #n
End Sub
</script:module>"""
    library = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard"
 library:readonly="false" library:passwordprotected="false"><library:element library:name="Module1"/>
</library:library>"""
    libraries = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
<library:library library:name="Standard" library:link="false"/></library:libraries>"""
    parts = {"content.xml": content, "Basic/script-lc.xml": libraries, "Basic/Standard/script-lb.xml": library,
             "Basic/Standard/Module1.xml": module}
    entries = "".join(f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="text/xml"/>'
                      for name in parts)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                f'manifest:media-type="application/vnd.oasis.opendocument.text"/>{entries}</manifest:manifest>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")  # first, stored
        for name, text in {**parts, "META-INF/manifest.xml": manifest}.items():
            z.writestr(name, text, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def open_with_macros_allowed(data: bytes, work: Path, *, wait_for: Path, seconds: float = 60) -> bool:
    """Open the document in LibreOffice as a person who allows every macro would (security level
    low, macros enabled, a fresh profile) and say whether ``wait_for`` appeared."""
    import os
    import signal
    import time

    from docflow.workflow import office

    profile = work / "permissive-profile"
    (profile / "user").mkdir(parents=True)
    off, on = '"DisableMacrosExecution"\n oor:op="fuse"><value>', '"MacroSecurityLevel"\n oor:op="fuse"><value>'
    settings = office._PROFILE_SETTINGS.replace(off + "true", off + "false").replace(on + "3", on + "0")
    assert off + "false" in settings and on + "0" in settings, "the profile was not loosened"
    (profile / "user" / "registrymodifications.xcu").write_text(settings, encoding="utf-8")
    document = work / "macro.odt"
    document.write_bytes(data)
    process = subprocess.Popen([office.soffice_path(), f"-env:UserInstallation={profile.as_uri()}", "--headless",  # noqa: S603
                                "--norestore", str(document)], env={**os.environ, "HOME": str(work)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not wait_for.exists():
            time.sleep(0.5)
        return wait_for.exists()
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the process group this test started
        process.wait(timeout=10)
