"""edXML (QCVN 102:2016/BTTTT) exchange between document systems: export a dispatched
document as a package, import one as an incoming document, and status messages with the
Decision 28/2018 codes. Packages are parsed with defusedxml under size limits."""
