"""Word documents (.docx, .doc, .odt) to PDF with LibreOffice headless.

Staff write their letters in Word; the workflow signs PDFs. ``convert_to_pdf`` runs one
``soffice --convert-to pdf`` per file, never inside a web worker (the job queue calls it:
``workflow.conversions``), and treats the file as hostile:

- the format is recognised from the bytes, not the name (a .docx that is not a Word package
  is refused before LibreOffice sees it), and a package whose parts inflate beyond
  ``MAX_INFLATED`` is refused unread;
- each conversion has its own fresh LibreOffice profile in a temporary directory (no state
  shared between users or conversions, parallel conversions do not collide on a lock file),
  with macros switched off in it (``DisableMacrosExecution``, security level "very high", Word's
  VBA not made executable): a document macro bound to opening the file does not run
  (tests/workflow/test_word_conversion.py proves the macro runs where allowed and not here);
- a time limit (the whole process group is killed) and an address-space limit (RLIMIT_AS);
- no network: LibreOffice is started with an empty environment besides PATH, HOME and LANG.

Errors are ``ConversionError`` with a msgid the user reads in their language.
"""

from __future__ import annotations

import contextlib
import io
import os
import resource
import shutil
import signal
import subprocess  # nosec B404 - LibreOffice is run with a fixed argument list, never a shell
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..messages import N_
from .errors import WorkflowError

__all__ = ["ConversionError", "WORD_SUFFIXES", "is_word_filename", "detect_format", "convert_to_pdf",
           "soffice_path", "MAX_INFLATED"]

WORD_SUFFIXES = (".docx", ".doc", ".odt")
# what the parts of a .docx/.odt may inflate to (a 1 MB file of repeated text inflates to 1 GB)
MAX_INFLATED = 512 * 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc (Word 97-2003), also encrypted .docx
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

# Macros never run: the fresh profile of each conversion starts with these settings.
_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution"
 oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel"
 oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks"
 oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Filter/Import/VBA"><prop oor:name="Executable" oor:op="fuse">
<value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseLocking" oor:op="fuse">
<value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse">
<value>false</value></prop></item>
</oor:items>
"""


class ConversionError(WorkflowError):
    """The Word file could not be turned into a PDF (the reason is for the user)."""


@dataclass(frozen=True)
class Limits:
    timeout_s: float = 120.0
    memory_bytes: int = 2048 * 1024 * 1024


def is_word_filename(filename: str) -> bool:
    return filename.lower().endswith(WORD_SUFFIXES)


def soffice_path() -> str | None:
    """LibreOffice's program (``DOCFLOW_SOFFICE`` or ``soffice`` on PATH), None when missing."""
    configured = os.environ.get("DOCFLOW_SOFFICE", "").strip()
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def detect_format(data: bytes, filename: str) -> str:
    """"docx", "odt" or "doc" from the bytes; ConversionError when the file is none of them."""
    if data.startswith(_OLE_MAGIC):
        return "doc"  # Word 97-2003, or a password-protected .docx (LibreOffice then fails)
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                names = set(package.namelist())
                inflated = sum(info.file_size for info in package.infolist())
                if inflated > MAX_INFLATED:
                    raise ConversionError(N_("The file %(name)s unpacks to more than %(mb)d MB and is refused."),
                                          name=filename, mb=MAX_INFLATED // (1024 * 1024), field="main_pdf")
                if "word/document.xml" in names:
                    return "docx"
                if "mimetype" in names and package.read("mimetype").strip() == _ODT_MIMETYPE:
                    return "odt"
        except (zipfile.BadZipFile, OSError, ValueError, KeyError):
            pass
    raise ConversionError(N_("The file %(name)s is not a Word document (.docx, .doc) or an OpenDocument text "
                             "(.odt). Save it again from Word and upload it, or upload a PDF."),
                          name=filename, field="main_pdf")


def _limit_memory(memory_bytes: int):
    def apply() -> None:  # runs in the child between fork and exec
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


def convert_to_pdf(data: bytes, filename: str, *, limits: Limits = Limits(), soffice: str | None = None) -> bytes:
    """The PDF LibreOffice makes of ``data`` (a .docx, .doc or .odt)."""
    fmt = detect_format(data, filename)
    program = soffice or soffice_path()
    if program is None:
        raise ConversionError(N_("Word documents cannot be converted on this server (LibreOffice is not "
                                 "installed). Upload a PDF, or ask the administrator."), field="main_pdf")
    work = Path(tempfile.mkdtemp(prefix="docflow-convert-"))
    try:
        profile = work / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE_SETTINGS, encoding="utf-8")
        source = work / f"source.{fmt}"  # a name of ours: nothing of the user's file name reaches the shell
        source.write_bytes(data)
        out = work / "out"
        out.mkdir()
        command = [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible",
                   "--norestore", "--nolockcheck", "--nodefault", "--nologo", "--convert-to", "pdf:writer_pdf_Export",
                   "--outdir", str(out), str(source)]
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(work), "LANG": "C.UTF-8",
               "TMPDIR": str(work)}
        process = subprocess.Popen(command, cwd=work, env=env, stdin=subprocess.DEVNULL,  # nosec B603
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                                   preexec_fn=_limit_memory(limits.memory_bytes))  # noqa: PLW1509
        try:
            _, stderr = process.communicate(timeout=limits.timeout_s)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            raise ConversionError(N_("Converting %(name)s took longer than %(seconds)d seconds and was stopped. "
                                     "Simplify the document (large images, many pages) or upload a PDF."),
                                  name=filename, seconds=int(limits.timeout_s), field="main_pdf") from None
        finally:
            _kill_group(process)  # oosplash may leave soffice.bin behind
        pdf = out / "source.pdf"
        if process.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
            import logging

            logging.getLogger(__name__).warning("LibreOffice failed on %s (exit %s): %s", filename,
                                                process.returncode, (stderr or b"")[-500:].decode(errors="replace"))
            raise ConversionError(N_("LibreOffice could not convert %(name)s to PDF. The file may be damaged, "
                                     "protected by a password or too large for the conversion; open it in Word, "
                                     "save it again (or save it as PDF) and upload it again."),
                                  name=filename, field="main_pdf")
        return pdf.read_bytes()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _kill_group(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)
