"""What each incremental update changed, in words, and whether it was allowed.

Own code on pypdf. Each revision is opened with pypdf on a zero-copy prefix of the file
(``structure.ViewStream``). Two consecutive revisions are compared object by object using the
cross-reference locations: a number whose location changed was redefined (an object inside an
object stream also changes when its container does), a new number is an added object, a number
the update's cross-reference section marks free was freed. ``graph.RevisionGraph`` lists every
path by which each revision reaches each object, and ``rules.Policy`` requires every path of
every changed object to be justified by an explicit rule (see rules.py). The result is phrased
for an auditor, in English and Vietnamese: "page 1 content replaced", "annotation added on
page 2", "form field 'amount' filled", "new signature field Sig2 signed", "DSS added".

Allowed kinds by DocMDP level (ISO 32000-2 §12.8.2.2; DSS and document timestamps are
allowed at every level, as PAdES part 4 requires):
  P1 → DSS, document timestamps, metadata (/Info, XMP: never rendered, and every
  incremental writer updates /ModDate);  P2 → + signatures, form filling;
  P3 → + annotations.  Without a certification signature docflow applies P2: an approval
  signature does not license annotations (pyHanko is laxer here; see the tests).
FieldMDP locks are applied per signature by the engine (``mdp.py``): each finding names the
field it fills or signs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import StreamObject

from .graph import MAX_PAGES, RevisionGraph
from .rules import DEFAULT_POLICY, Category, Policy, RevisionDiff, pdf_equal

__all__ = ["Change", "Category", "allowed_categories", "diff_revisions", "structural_problems",
           "object_locations", "freed_in_update"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_allowed_categories__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_allowed_categories__mutmut)
def allowed_categories(docmdp: int | None) -> frozenset[str]:
    # document information / XMP updates are never rendered and every incremental writer
    # touches /ModDate, so they are allowed at every level (as pyHanko does)
    base = {Category.DSS, Category.DOC_TIMESTAMP, Category.METADATA, Category.STRUCTURE}
    if docmdp == 1:
        return frozenset(base)
    base |= {Category.SIGNATURE, Category.FORM_FILL}
    if docmdp == 3:
        base.add(Category.ANNOTATION)
    return frozenset(base)


def x_allowed_categories__mutmut_orig(docmdp: int | None) -> frozenset[str]:
    # document information / XMP updates are never rendered and every incremental writer
    # touches /ModDate, so they are allowed at every level (as pyHanko does)
    base = {Category.DSS, Category.DOC_TIMESTAMP, Category.METADATA, Category.STRUCTURE}
    if docmdp == 1:
        return frozenset(base)
    base |= {Category.SIGNATURE, Category.FORM_FILL}
    if docmdp == 3:
        base.add(Category.ANNOTATION)
    return frozenset(base)


def x_allowed_categories__mutmut_1(docmdp: int | None) -> frozenset[str]:
    # document information / XMP updates are never rendered and every incremental writer
    # touches /ModDate, so they are allowed at every level (as pyHanko does)
    base = None
    if docmdp == 1:
        return frozenset(base)
    base |= {Category.SIGNATURE, Category.FORM_FILL}
    if docmdp == 3:
        base.add(Category.ANNOTATION)
    return frozenset(base)


def x_allowed_categories__mutmut_2(docmdp: int | None) -> frozenset[str]:
    # document information / XMP updates are never rendered and every incremental writer
    # touches /ModDate, so they are allowed at every level (as pyHanko does)
    base = {Category.DSS, Category.DOC_TIMESTAMP, Category.METADATA, Category.STRUCTURE}
    if docmdp != 1:
        return frozenset(base)
    base |= {Category.SIGNATURE, Category.FORM_FILL}
    if docmdp == 3:
        base.add(Category.ANNOTATION)
    return frozenset(base)


def x_allowed_categories__mutmut_3(docmdp: int | None) -> frozenset[str]:
    # document information / XMP updates are never rendered and every incremental writer
    # touches /ModDate, so they are allowed at every level (as pyHanko does)
    base = {Category.DSS, Category.DOC_TIMESTAMP, Category.METADATA, Category.STRUCTURE}
    if docmdp == 2:
        return frozenset(base)
    base |= {Category.SIGNATURE, Category.FORM_FILL}
    if docmdp == 3:
        base.add(Category.ANNOTATION)
    return frozenset(base)


def x_allowed_categories__mutmut_4(docmdp: int | None) -> frozenset[str]:
    # document information / XMP updates are never rendered and every incremental writer
    # touches /ModDate, so they are allowed at every level (as pyHanko does)
    base = {Category.DSS, Category.DOC_TIMESTAMP, Category.METADATA, Category.STRUCTURE}
    if docmdp == 1:
        return frozenset(None)
    base |= {Category.SIGNATURE, Category.FORM_FILL}
    if docmdp == 3:
        base.add(Category.ANNOTATION)
    return frozenset(base)


def x_allowed_categories__mutmut_5(docmdp: int | None) -> frozenset[str]:
    # document information / XMP updates are never rendered and every incremental writer
    # touches /ModDate, so they are allowed at every level (as pyHanko does)
    base = {Category.DSS, Category.DOC_TIMESTAMP, Category.METADATA, Category.STRUCTURE}
    if docmdp == 1:
        return frozenset(base)
    base = {Category.SIGNATURE, Category.FORM_FILL}
    if docmdp == 3:
        base.add(Category.ANNOTATION)
    return frozenset(base)


def x_allowed_categories__mutmut_6(docmdp: int | None) -> frozenset[str]:
    # document information / XMP updates are never rendered and every incremental writer
    # touches /ModDate, so they are allowed at every level (as pyHanko does)
    base = {Category.DSS, Category.DOC_TIMESTAMP, Category.METADATA, Category.STRUCTURE}
    if docmdp == 1:
        return frozenset(base)
    base &= {Category.SIGNATURE, Category.FORM_FILL}
    if docmdp == 3:
        base.add(Category.ANNOTATION)
    return frozenset(base)


def x_allowed_categories__mutmut_7(docmdp: int | None) -> frozenset[str]:
    # document information / XMP updates are never rendered and every incremental writer
    # touches /ModDate, so they are allowed at every level (as pyHanko does)
    base = {Category.DSS, Category.DOC_TIMESTAMP, Category.METADATA, Category.STRUCTURE}
    if docmdp == 1:
        return frozenset(base)
    base |= {Category.SIGNATURE, Category.FORM_FILL}
    if docmdp != 3:
        base.add(Category.ANNOTATION)
    return frozenset(base)


def x_allowed_categories__mutmut_8(docmdp: int | None) -> frozenset[str]:
    # document information / XMP updates are never rendered and every incremental writer
    # touches /ModDate, so they are allowed at every level (as pyHanko does)
    base = {Category.DSS, Category.DOC_TIMESTAMP, Category.METADATA, Category.STRUCTURE}
    if docmdp == 1:
        return frozenset(base)
    base |= {Category.SIGNATURE, Category.FORM_FILL}
    if docmdp == 4:
        base.add(Category.ANNOTATION)
    return frozenset(base)


def x_allowed_categories__mutmut_9(docmdp: int | None) -> frozenset[str]:
    # document information / XMP updates are never rendered and every incremental writer
    # touches /ModDate, so they are allowed at every level (as pyHanko does)
    base = {Category.DSS, Category.DOC_TIMESTAMP, Category.METADATA, Category.STRUCTURE}
    if docmdp == 1:
        return frozenset(base)
    base |= {Category.SIGNATURE, Category.FORM_FILL}
    if docmdp == 3:
        base.add(None)
    return frozenset(base)


def x_allowed_categories__mutmut_10(docmdp: int | None) -> frozenset[str]:
    # document information / XMP updates are never rendered and every incremental writer
    # touches /ModDate, so they are allowed at every level (as pyHanko does)
    base = {Category.DSS, Category.DOC_TIMESTAMP, Category.METADATA, Category.STRUCTURE}
    if docmdp == 1:
        return frozenset(base)
    base |= {Category.SIGNATURE, Category.FORM_FILL}
    if docmdp == 3:
        base.add(Category.ANNOTATION)
    return frozenset(None)

mutants_x_allowed_categories__mutmut['_mutmut_orig'] = x_allowed_categories__mutmut_orig # type: ignore # mutmut generated
mutants_x_allowed_categories__mutmut['x_allowed_categories__mutmut_1'] = x_allowed_categories__mutmut_1 # type: ignore # mutmut generated
mutants_x_allowed_categories__mutmut['x_allowed_categories__mutmut_2'] = x_allowed_categories__mutmut_2 # type: ignore # mutmut generated
mutants_x_allowed_categories__mutmut['x_allowed_categories__mutmut_3'] = x_allowed_categories__mutmut_3 # type: ignore # mutmut generated
mutants_x_allowed_categories__mutmut['x_allowed_categories__mutmut_4'] = x_allowed_categories__mutmut_4 # type: ignore # mutmut generated
mutants_x_allowed_categories__mutmut['x_allowed_categories__mutmut_5'] = x_allowed_categories__mutmut_5 # type: ignore # mutmut generated
mutants_x_allowed_categories__mutmut['x_allowed_categories__mutmut_6'] = x_allowed_categories__mutmut_6 # type: ignore # mutmut generated
mutants_x_allowed_categories__mutmut['x_allowed_categories__mutmut_7'] = x_allowed_categories__mutmut_7 # type: ignore # mutmut generated
mutants_x_allowed_categories__mutmut['x_allowed_categories__mutmut_8'] = x_allowed_categories__mutmut_8 # type: ignore # mutmut generated
mutants_x_allowed_categories__mutmut['x_allowed_categories__mutmut_9'] = x_allowed_categories__mutmut_9 # type: ignore # mutmut generated
mutants_x_allowed_categories__mutmut['x_allowed_categories__mutmut_10'] = x_allowed_categories__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChangeǁto_json__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Change:
    """One finding about an update: ``text`` (English, the ``changes_after`` string),
    ``text_vi``, its category, the form field it touches (for FieldMDP) and the rule."""

    text: str
    category: str
    text_vi: str = ""
    field: str | None = None
    rule: str = ""
    quiet: bool = False  # implied by another change: not listed in ``changes_after``

    @_mutmut_mutated(mutants_xǁChangeǁto_json__mutmut)
    def to_json(self, allowed: bool) -> dict[str, Any]:
        return {"en": self.text, "vi": self.text_vi or self.text, "category": self.category,
                "allowed": allowed, "rule": self.rule, "field": self.field}

    def xǁChangeǁto_json__mutmut_orig(self, allowed: bool) -> dict[str, Any]:
        return {"en": self.text, "vi": self.text_vi or self.text, "category": self.category,
                "allowed": allowed, "rule": self.rule, "field": self.field}

    def xǁChangeǁto_json__mutmut_1(self, allowed: bool) -> dict[str, Any]:
        return {"XXenXX": self.text, "vi": self.text_vi or self.text, "category": self.category,
                "allowed": allowed, "rule": self.rule, "field": self.field}

    def xǁChangeǁto_json__mutmut_2(self, allowed: bool) -> dict[str, Any]:
        return {"EN": self.text, "vi": self.text_vi or self.text, "category": self.category,
                "allowed": allowed, "rule": self.rule, "field": self.field}

    def xǁChangeǁto_json__mutmut_3(self, allowed: bool) -> dict[str, Any]:
        return {"en": self.text, "XXviXX": self.text_vi or self.text, "category": self.category,
                "allowed": allowed, "rule": self.rule, "field": self.field}

    def xǁChangeǁto_json__mutmut_4(self, allowed: bool) -> dict[str, Any]:
        return {"en": self.text, "VI": self.text_vi or self.text, "category": self.category,
                "allowed": allowed, "rule": self.rule, "field": self.field}

    def xǁChangeǁto_json__mutmut_5(self, allowed: bool) -> dict[str, Any]:
        return {"en": self.text, "vi": self.text_vi and self.text, "category": self.category,
                "allowed": allowed, "rule": self.rule, "field": self.field}

    def xǁChangeǁto_json__mutmut_6(self, allowed: bool) -> dict[str, Any]:
        return {"en": self.text, "vi": self.text_vi or self.text, "XXcategoryXX": self.category,
                "allowed": allowed, "rule": self.rule, "field": self.field}

    def xǁChangeǁto_json__mutmut_7(self, allowed: bool) -> dict[str, Any]:
        return {"en": self.text, "vi": self.text_vi or self.text, "CATEGORY": self.category,
                "allowed": allowed, "rule": self.rule, "field": self.field}

    def xǁChangeǁto_json__mutmut_8(self, allowed: bool) -> dict[str, Any]:
        return {"en": self.text, "vi": self.text_vi or self.text, "category": self.category,
                "XXallowedXX": allowed, "rule": self.rule, "field": self.field}

    def xǁChangeǁto_json__mutmut_9(self, allowed: bool) -> dict[str, Any]:
        return {"en": self.text, "vi": self.text_vi or self.text, "category": self.category,
                "ALLOWED": allowed, "rule": self.rule, "field": self.field}

    def xǁChangeǁto_json__mutmut_10(self, allowed: bool) -> dict[str, Any]:
        return {"en": self.text, "vi": self.text_vi or self.text, "category": self.category,
                "allowed": allowed, "XXruleXX": self.rule, "field": self.field}

    def xǁChangeǁto_json__mutmut_11(self, allowed: bool) -> dict[str, Any]:
        return {"en": self.text, "vi": self.text_vi or self.text, "category": self.category,
                "allowed": allowed, "RULE": self.rule, "field": self.field}

    def xǁChangeǁto_json__mutmut_12(self, allowed: bool) -> dict[str, Any]:
        return {"en": self.text, "vi": self.text_vi or self.text, "category": self.category,
                "allowed": allowed, "rule": self.rule, "XXfieldXX": self.field}

    def xǁChangeǁto_json__mutmut_13(self, allowed: bool) -> dict[str, Any]:
        return {"en": self.text, "vi": self.text_vi or self.text, "category": self.category,
                "allowed": allowed, "rule": self.rule, "FIELD": self.field}

mutants_xǁChangeǁto_json__mutmut['_mutmut_orig'] = Change.xǁChangeǁto_json__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChangeǁto_json__mutmut['xǁChangeǁto_json__mutmut_1'] = Change.xǁChangeǁto_json__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChangeǁto_json__mutmut['xǁChangeǁto_json__mutmut_2'] = Change.xǁChangeǁto_json__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChangeǁto_json__mutmut['xǁChangeǁto_json__mutmut_3'] = Change.xǁChangeǁto_json__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChangeǁto_json__mutmut['xǁChangeǁto_json__mutmut_4'] = Change.xǁChangeǁto_json__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChangeǁto_json__mutmut['xǁChangeǁto_json__mutmut_5'] = Change.xǁChangeǁto_json__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChangeǁto_json__mutmut['xǁChangeǁto_json__mutmut_6'] = Change.xǁChangeǁto_json__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChangeǁto_json__mutmut['xǁChangeǁto_json__mutmut_7'] = Change.xǁChangeǁto_json__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChangeǁto_json__mutmut['xǁChangeǁto_json__mutmut_8'] = Change.xǁChangeǁto_json__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChangeǁto_json__mutmut['xǁChangeǁto_json__mutmut_9'] = Change.xǁChangeǁto_json__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChangeǁto_json__mutmut['xǁChangeǁto_json__mutmut_10'] = Change.xǁChangeǁto_json__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChangeǁto_json__mutmut['xǁChangeǁto_json__mutmut_11'] = Change.xǁChangeǁto_json__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChangeǁto_json__mutmut['xǁChangeǁto_json__mutmut_12'] = Change.xǁChangeǁto_json__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChangeǁto_json__mutmut['xǁChangeǁto_json__mutmut_13'] = Change.xǁChangeǁto_json__mutmut_13 # type: ignore # mutmut generated
mutants_x_object_locations__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_object_locations__mutmut)
def object_locations(reader: PdfReader) -> dict[int, tuple]:
    """Where each object number is defined: ("o", gen, offset) or ("s", container, index,
    where the container is) — so a redefined object stream changes the objects in it."""
    locs: dict[int, tuple] = {}
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = ("o", gen, off)
    for num, (stm, idx) in reader.xref_objStm.items():
        container = locs.get(stm)
        locs[num] = ("s", stm, idx, container) if num not in locs else (
            *locs[num], "s", stm, idx, container)
    return locs


def x_object_locations__mutmut_orig(reader: PdfReader) -> dict[int, tuple]:
    """Where each object number is defined: ("o", gen, offset) or ("s", container, index,
    where the container is) — so a redefined object stream changes the objects in it."""
    locs: dict[int, tuple] = {}
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = ("o", gen, off)
    for num, (stm, idx) in reader.xref_objStm.items():
        container = locs.get(stm)
        locs[num] = ("s", stm, idx, container) if num not in locs else (
            *locs[num], "s", stm, idx, container)
    return locs


def x_object_locations__mutmut_1(reader: PdfReader) -> dict[int, tuple]:
    """Where each object number is defined: ("o", gen, offset) or ("s", container, index,
    where the container is) — so a redefined object stream changes the objects in it."""
    locs: dict[int, tuple] = None
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = ("o", gen, off)
    for num, (stm, idx) in reader.xref_objStm.items():
        container = locs.get(stm)
        locs[num] = ("s", stm, idx, container) if num not in locs else (
            *locs[num], "s", stm, idx, container)
    return locs


def x_object_locations__mutmut_2(reader: PdfReader) -> dict[int, tuple]:
    """Where each object number is defined: ("o", gen, offset) or ("s", container, index,
    where the container is) — so a redefined object stream changes the objects in it."""
    locs: dict[int, tuple] = {}
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = None
    for num, (stm, idx) in reader.xref_objStm.items():
        container = locs.get(stm)
        locs[num] = ("s", stm, idx, container) if num not in locs else (
            *locs[num], "s", stm, idx, container)
    return locs


def x_object_locations__mutmut_3(reader: PdfReader) -> dict[int, tuple]:
    """Where each object number is defined: ("o", gen, offset) or ("s", container, index,
    where the container is) — so a redefined object stream changes the objects in it."""
    locs: dict[int, tuple] = {}
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = ("XXoXX", gen, off)
    for num, (stm, idx) in reader.xref_objStm.items():
        container = locs.get(stm)
        locs[num] = ("s", stm, idx, container) if num not in locs else (
            *locs[num], "s", stm, idx, container)
    return locs


def x_object_locations__mutmut_4(reader: PdfReader) -> dict[int, tuple]:
    """Where each object number is defined: ("o", gen, offset) or ("s", container, index,
    where the container is) — so a redefined object stream changes the objects in it."""
    locs: dict[int, tuple] = {}
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = ("O", gen, off)
    for num, (stm, idx) in reader.xref_objStm.items():
        container = locs.get(stm)
        locs[num] = ("s", stm, idx, container) if num not in locs else (
            *locs[num], "s", stm, idx, container)
    return locs


def x_object_locations__mutmut_5(reader: PdfReader) -> dict[int, tuple]:
    """Where each object number is defined: ("o", gen, offset) or ("s", container, index,
    where the container is) — so a redefined object stream changes the objects in it."""
    locs: dict[int, tuple] = {}
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = ("o", gen, off)
    for num, (stm, idx) in reader.xref_objStm.items():
        container = None
        locs[num] = ("s", stm, idx, container) if num not in locs else (
            *locs[num], "s", stm, idx, container)
    return locs


def x_object_locations__mutmut_6(reader: PdfReader) -> dict[int, tuple]:
    """Where each object number is defined: ("o", gen, offset) or ("s", container, index,
    where the container is) — so a redefined object stream changes the objects in it."""
    locs: dict[int, tuple] = {}
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = ("o", gen, off)
    for num, (stm, idx) in reader.xref_objStm.items():
        container = locs.get(None)
        locs[num] = ("s", stm, idx, container) if num not in locs else (
            *locs[num], "s", stm, idx, container)
    return locs


def x_object_locations__mutmut_7(reader: PdfReader) -> dict[int, tuple]:
    """Where each object number is defined: ("o", gen, offset) or ("s", container, index,
    where the container is) — so a redefined object stream changes the objects in it."""
    locs: dict[int, tuple] = {}
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = ("o", gen, off)
    for num, (stm, idx) in reader.xref_objStm.items():
        container = locs.get(stm)
        locs[num] = None
    return locs


def x_object_locations__mutmut_8(reader: PdfReader) -> dict[int, tuple]:
    """Where each object number is defined: ("o", gen, offset) or ("s", container, index,
    where the container is) — so a redefined object stream changes the objects in it."""
    locs: dict[int, tuple] = {}
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = ("o", gen, off)
    for num, (stm, idx) in reader.xref_objStm.items():
        container = locs.get(stm)
        locs[num] = ("s", stm, idx, container) if (num not in locs) and False else (
            *locs[num], "s", stm, idx, container)
    return locs


def x_object_locations__mutmut_9(reader: PdfReader) -> dict[int, tuple]:
    """Where each object number is defined: ("o", gen, offset) or ("s", container, index,
    where the container is) — so a redefined object stream changes the objects in it."""
    locs: dict[int, tuple] = {}
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = ("o", gen, off)
    for num, (stm, idx) in reader.xref_objStm.items():
        container = locs.get(stm)
        locs[num] = ("s", stm, idx, container) if (num not in locs) or True else (
            *locs[num], "s", stm, idx, container)
    return locs


def x_object_locations__mutmut_10(reader: PdfReader) -> dict[int, tuple]:
    """Where each object number is defined: ("o", gen, offset) or ("s", container, index,
    where the container is) — so a redefined object stream changes the objects in it."""
    locs: dict[int, tuple] = {}
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = ("o", gen, off)
    for num, (stm, idx) in reader.xref_objStm.items():
        container = locs.get(stm)
        locs[num] = ("XXsXX", stm, idx, container) if num not in locs else (
            *locs[num], "s", stm, idx, container)
    return locs


def x_object_locations__mutmut_11(reader: PdfReader) -> dict[int, tuple]:
    """Where each object number is defined: ("o", gen, offset) or ("s", container, index,
    where the container is) — so a redefined object stream changes the objects in it."""
    locs: dict[int, tuple] = {}
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = ("o", gen, off)
    for num, (stm, idx) in reader.xref_objStm.items():
        container = locs.get(stm)
        locs[num] = ("S", stm, idx, container) if num not in locs else (
            *locs[num], "s", stm, idx, container)
    return locs


def x_object_locations__mutmut_12(reader: PdfReader) -> dict[int, tuple]:
    """Where each object number is defined: ("o", gen, offset) or ("s", container, index,
    where the container is) — so a redefined object stream changes the objects in it."""
    locs: dict[int, tuple] = {}
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = ("o", gen, off)
    for num, (stm, idx) in reader.xref_objStm.items():
        container = locs.get(stm)
        locs[num] = ("s", stm, idx, container) if num in locs else (
            *locs[num], "s", stm, idx, container)
    return locs

mutants_x_object_locations__mutmut['_mutmut_orig'] = x_object_locations__mutmut_orig # type: ignore # mutmut generated
mutants_x_object_locations__mutmut['x_object_locations__mutmut_1'] = x_object_locations__mutmut_1 # type: ignore # mutmut generated
mutants_x_object_locations__mutmut['x_object_locations__mutmut_2'] = x_object_locations__mutmut_2 # type: ignore # mutmut generated
mutants_x_object_locations__mutmut['x_object_locations__mutmut_3'] = x_object_locations__mutmut_3 # type: ignore # mutmut generated
mutants_x_object_locations__mutmut['x_object_locations__mutmut_4'] = x_object_locations__mutmut_4 # type: ignore # mutmut generated
mutants_x_object_locations__mutmut['x_object_locations__mutmut_5'] = x_object_locations__mutmut_5 # type: ignore # mutmut generated
mutants_x_object_locations__mutmut['x_object_locations__mutmut_6'] = x_object_locations__mutmut_6 # type: ignore # mutmut generated
mutants_x_object_locations__mutmut['x_object_locations__mutmut_7'] = x_object_locations__mutmut_7 # type: ignore # mutmut generated
mutants_x_object_locations__mutmut['x_object_locations__mutmut_8'] = x_object_locations__mutmut_8 # type: ignore # mutmut generated
mutants_x_object_locations__mutmut['x_object_locations__mutmut_9'] = x_object_locations__mutmut_9 # type: ignore # mutmut generated
mutants_x_object_locations__mutmut['x_object_locations__mutmut_10'] = x_object_locations__mutmut_10 # type: ignore # mutmut generated
mutants_x_object_locations__mutmut['x_object_locations__mutmut_11'] = x_object_locations__mutmut_11 # type: ignore # mutmut generated
mutants_x_object_locations__mutmut['x_object_locations__mutmut_12'] = x_object_locations__mutmut_12 # type: ignore # mutmut generated


_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
mutants_x_freed_in_update__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_freed_in_update__mutmut)
def freed_in_update(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_orig(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_1(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = None
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_2(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref - 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_3(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 5] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_4(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] != b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_5(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"XXxrefXX":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_6(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"XREF":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_7(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = None
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_8(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(None, startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_9(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", None)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_10(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_11(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", )
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_12(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.rfind(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_13(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"XXtrailerXX", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_14(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"TRAILER", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_15(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = None
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_16(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref - 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_17(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 5: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_18(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if (end > 0) and False else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_19(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if (end > 0) or True else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_20(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end >= 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_21(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 1 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_22(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = None
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_23(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(None)
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_24(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"XX\nXX")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_25(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = ""
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_26(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = None
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_27(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 or all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_28(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) != 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_29(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 3 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_30(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(None):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_31(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = None
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_32(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(None)
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_33(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[1])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_34(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                break
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_35(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = None
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_36(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(None)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_37(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m or num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_38(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_39(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" or num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_40(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(None) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_41(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(4) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_42(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) != b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_43(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"XXfXX" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_44(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"F" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_45(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num == 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_46(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 1:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_47(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(None)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_48(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num = 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_49(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num -= 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def x_freed_in_update__mutmut_50(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 2
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        widths = [int(w) for w in xs["/W"]]
        size = int(xs["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out

mutants_x_freed_in_update__mutmut['_mutmut_orig'] = x_freed_in_update__mutmut_orig # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_1'] = x_freed_in_update__mutmut_1 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_2'] = x_freed_in_update__mutmut_2 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_3'] = x_freed_in_update__mutmut_3 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_4'] = x_freed_in_update__mutmut_4 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_5'] = x_freed_in_update__mutmut_5 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_6'] = x_freed_in_update__mutmut_6 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_7'] = x_freed_in_update__mutmut_7 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_8'] = x_freed_in_update__mutmut_8 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_9'] = x_freed_in_update__mutmut_9 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_10'] = x_freed_in_update__mutmut_10 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_11'] = x_freed_in_update__mutmut_11 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_12'] = x_freed_in_update__mutmut_12 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_13'] = x_freed_in_update__mutmut_13 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_14'] = x_freed_in_update__mutmut_14 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_15'] = x_freed_in_update__mutmut_15 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_16'] = x_freed_in_update__mutmut_16 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_17'] = x_freed_in_update__mutmut_17 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_18'] = x_freed_in_update__mutmut_18 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_19'] = x_freed_in_update__mutmut_19 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_20'] = x_freed_in_update__mutmut_20 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_21'] = x_freed_in_update__mutmut_21 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_22'] = x_freed_in_update__mutmut_22 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_23'] = x_freed_in_update__mutmut_23 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_24'] = x_freed_in_update__mutmut_24 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_25'] = x_freed_in_update__mutmut_25 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_26'] = x_freed_in_update__mutmut_26 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_27'] = x_freed_in_update__mutmut_27 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_28'] = x_freed_in_update__mutmut_28 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_29'] = x_freed_in_update__mutmut_29 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_30'] = x_freed_in_update__mutmut_30 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_31'] = x_freed_in_update__mutmut_31 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_32'] = x_freed_in_update__mutmut_32 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_33'] = x_freed_in_update__mutmut_33 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_34'] = x_freed_in_update__mutmut_34 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_35'] = x_freed_in_update__mutmut_35 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_36'] = x_freed_in_update__mutmut_36 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_37'] = x_freed_in_update__mutmut_37 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_38'] = x_freed_in_update__mutmut_38 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_39'] = x_freed_in_update__mutmut_39 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_40'] = x_freed_in_update__mutmut_40 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_41'] = x_freed_in_update__mutmut_41 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_42'] = x_freed_in_update__mutmut_42 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_43'] = x_freed_in_update__mutmut_43 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_44'] = x_freed_in_update__mutmut_44 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_45'] = x_freed_in_update__mutmut_45 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_46'] = x_freed_in_update__mutmut_46 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_47'] = x_freed_in_update__mutmut_47 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_48'] = x_freed_in_update__mutmut_48 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_49'] = x_freed_in_update__mutmut_49 # type: ignore # mutmut generated
mutants_x_freed_in_update__mutmut['x_freed_in_update__mutmut_50'] = x_freed_in_update__mutmut_50 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_diff_revisions__mutmut)
def diff_revisions(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_orig(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_1(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = None
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_2(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 and RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_3(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(None)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_4(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = None
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_5(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 and RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_6(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(None)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_7(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = None
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_8(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(None), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_9(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(None)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_10(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = None
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_11(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_12(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = None
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_13(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed and set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_14(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n not in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_15(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = None
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_16(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = None
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_17(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] or n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_18(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 or l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_19(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n not in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_20(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] == l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_21(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_22(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = None
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_23(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(None, r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_24(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), None)
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_25(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_26(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), )
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_27(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(None), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_28(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(None))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_29(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_30(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(None)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_31(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large and g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_32(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num == g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_33(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_34(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(None, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_35(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, None):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_36(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_37(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, ):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_38(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num == g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_39(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) == len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_40(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_41(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = None
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_42(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(None, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_43(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, None, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_44(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, None, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_45(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, None, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_46(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, None, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_47(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, None, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_48(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, None)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_49(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_50(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_51(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_52(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_53(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_54(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_55(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, )
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_56(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(None):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_57(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(None)
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_58(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(None, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_59(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, None, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_60(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, None,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_61(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              None, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_62(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, None, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_63(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, None))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_64(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_65(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_66(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_67(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_68(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_69(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, ))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_70(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if (f.allowed) and False else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_71(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if (f.allowed) or True else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_72(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = None
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_73(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = None
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_74(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged and (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_75(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_76(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet or not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_77(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_78(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = None
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_79(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = None
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_80(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(None)
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_81(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(None):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_82(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER or not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_83(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category != Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_84(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_85(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_86(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet or c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_87(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category != Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_88(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if (c.quiet and c.category == Category.OTHER) and False else c for c in result]


def x_diff_revisions__mutmut_89(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if (c.quiet and c.category == Category.OTHER) or True else c for c in result]


def x_diff_revisions__mutmut_90(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(None, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_91(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, None, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_92(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, None, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_93(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, None, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_94(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, None, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_95(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, None)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_96(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_97(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_98(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_99(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_100(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_101(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, )
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_102(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, True)
            if c.quiet and c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_103(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet or c.category == Category.OTHER else c for c in result]


def x_diff_revisions__mutmut_104(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DEFAULT_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category != Category.OTHER else c for c in result]

mutants_x_diff_revisions__mutmut['_mutmut_orig'] = x_diff_revisions__mutmut_orig # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_1'] = x_diff_revisions__mutmut_1 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_2'] = x_diff_revisions__mutmut_2 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_3'] = x_diff_revisions__mutmut_3 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_4'] = x_diff_revisions__mutmut_4 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_5'] = x_diff_revisions__mutmut_5 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_6'] = x_diff_revisions__mutmut_6 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_7'] = x_diff_revisions__mutmut_7 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_8'] = x_diff_revisions__mutmut_8 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_9'] = x_diff_revisions__mutmut_9 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_10'] = x_diff_revisions__mutmut_10 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_11'] = x_diff_revisions__mutmut_11 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_12'] = x_diff_revisions__mutmut_12 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_13'] = x_diff_revisions__mutmut_13 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_14'] = x_diff_revisions__mutmut_14 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_15'] = x_diff_revisions__mutmut_15 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_16'] = x_diff_revisions__mutmut_16 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_17'] = x_diff_revisions__mutmut_17 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_18'] = x_diff_revisions__mutmut_18 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_19'] = x_diff_revisions__mutmut_19 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_20'] = x_diff_revisions__mutmut_20 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_21'] = x_diff_revisions__mutmut_21 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_22'] = x_diff_revisions__mutmut_22 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_23'] = x_diff_revisions__mutmut_23 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_24'] = x_diff_revisions__mutmut_24 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_25'] = x_diff_revisions__mutmut_25 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_26'] = x_diff_revisions__mutmut_26 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_27'] = x_diff_revisions__mutmut_27 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_28'] = x_diff_revisions__mutmut_28 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_29'] = x_diff_revisions__mutmut_29 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_30'] = x_diff_revisions__mutmut_30 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_31'] = x_diff_revisions__mutmut_31 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_32'] = x_diff_revisions__mutmut_32 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_33'] = x_diff_revisions__mutmut_33 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_34'] = x_diff_revisions__mutmut_34 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_35'] = x_diff_revisions__mutmut_35 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_36'] = x_diff_revisions__mutmut_36 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_37'] = x_diff_revisions__mutmut_37 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_38'] = x_diff_revisions__mutmut_38 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_39'] = x_diff_revisions__mutmut_39 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_40'] = x_diff_revisions__mutmut_40 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_41'] = x_diff_revisions__mutmut_41 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_42'] = x_diff_revisions__mutmut_42 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_43'] = x_diff_revisions__mutmut_43 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_44'] = x_diff_revisions__mutmut_44 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_45'] = x_diff_revisions__mutmut_45 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_46'] = x_diff_revisions__mutmut_46 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_47'] = x_diff_revisions__mutmut_47 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_48'] = x_diff_revisions__mutmut_48 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_49'] = x_diff_revisions__mutmut_49 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_50'] = x_diff_revisions__mutmut_50 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_51'] = x_diff_revisions__mutmut_51 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_52'] = x_diff_revisions__mutmut_52 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_53'] = x_diff_revisions__mutmut_53 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_54'] = x_diff_revisions__mutmut_54 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_55'] = x_diff_revisions__mutmut_55 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_56'] = x_diff_revisions__mutmut_56 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_57'] = x_diff_revisions__mutmut_57 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_58'] = x_diff_revisions__mutmut_58 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_59'] = x_diff_revisions__mutmut_59 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_60'] = x_diff_revisions__mutmut_60 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_61'] = x_diff_revisions__mutmut_61 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_62'] = x_diff_revisions__mutmut_62 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_63'] = x_diff_revisions__mutmut_63 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_64'] = x_diff_revisions__mutmut_64 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_65'] = x_diff_revisions__mutmut_65 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_66'] = x_diff_revisions__mutmut_66 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_67'] = x_diff_revisions__mutmut_67 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_68'] = x_diff_revisions__mutmut_68 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_69'] = x_diff_revisions__mutmut_69 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_70'] = x_diff_revisions__mutmut_70 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_71'] = x_diff_revisions__mutmut_71 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_72'] = x_diff_revisions__mutmut_72 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_73'] = x_diff_revisions__mutmut_73 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_74'] = x_diff_revisions__mutmut_74 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_75'] = x_diff_revisions__mutmut_75 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_76'] = x_diff_revisions__mutmut_76 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_77'] = x_diff_revisions__mutmut_77 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_78'] = x_diff_revisions__mutmut_78 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_79'] = x_diff_revisions__mutmut_79 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_80'] = x_diff_revisions__mutmut_80 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_81'] = x_diff_revisions__mutmut_81 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_82'] = x_diff_revisions__mutmut_82 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_83'] = x_diff_revisions__mutmut_83 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_84'] = x_diff_revisions__mutmut_84 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_85'] = x_diff_revisions__mutmut_85 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_86'] = x_diff_revisions__mutmut_86 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_87'] = x_diff_revisions__mutmut_87 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_88'] = x_diff_revisions__mutmut_88 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_89'] = x_diff_revisions__mutmut_89 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_90'] = x_diff_revisions__mutmut_90 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_91'] = x_diff_revisions__mutmut_91 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_92'] = x_diff_revisions__mutmut_92 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_93'] = x_diff_revisions__mutmut_93 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_94'] = x_diff_revisions__mutmut_94 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_95'] = x_diff_revisions__mutmut_95 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_96'] = x_diff_revisions__mutmut_96 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_97'] = x_diff_revisions__mutmut_97 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_98'] = x_diff_revisions__mutmut_98 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_99'] = x_diff_revisions__mutmut_99 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_100'] = x_diff_revisions__mutmut_100 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_101'] = x_diff_revisions__mutmut_101 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_102'] = x_diff_revisions__mutmut_102 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_103'] = x_diff_revisions__mutmut_103 # type: ignore # mutmut generated
mutants_x_diff_revisions__mutmut['x_diff_revisions__mutmut_104'] = x_diff_revisions__mutmut_104 # type: ignore # mutmut generated


_OBJ_HDR = re.compile(rb"[\r\n\s](\d+)\s+(\d+)\s+obj\b")
mutants_x_structural_problems__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_structural_problems__mutmut)
def structural_problems(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_orig(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_1(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = None
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_2(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_3(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start < startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_4(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref <= end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_5(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(None)
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_6(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change(None,
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_7(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          None, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_8(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, None, rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_9(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule=None))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_10(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change(Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_11(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_12(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_13(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", ))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_14(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("XXan update has no cross-reference section of its ownXX",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_15(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("AN UPDATE HAS NO CROSS-REFERENCE SECTION OF ITS OWN",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_16(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "XXmột lần cập nhật không có bảng tham chiếu chéo XX"
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_17(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "MỘT LẦN CẬP NHẬT KHÔNG CÓ BẢNG THAM CHIẾU CHÉO "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_18(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "XXriêngXX", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_19(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "RIÊNG", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_20(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="XXstructureXX"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_21(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="STRUCTURE"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_22(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = None
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_23(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(None)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_24(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(None, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_25(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, None, end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_26(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), None):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_27(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_28(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_29(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), ):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_30(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(None, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_31(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, None), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_32(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_33(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, ), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_34(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start + 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_35(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 2, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_36(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 1), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_37(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = None
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_38(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(None), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_39(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(None)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_40(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(2)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_41(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(None), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_42(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(None)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_43(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(3)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_44(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() - 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_45(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 2
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_46(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = None
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_47(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(None)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_48(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos != startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_49(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen and loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_50(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" and loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_51(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None and loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_52(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is not None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_53(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[1] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_54(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] == "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_55(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "XXoXX" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_56(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "O" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_57(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[2] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_58(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] == gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_59(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[3] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_60(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] == pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_61(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(None)
    return out


def x_structural_problems__mutmut_62(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(None, Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_63(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", None,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_64(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              None, rule="structure"))
    return out


def x_structural_problems__mutmut_65(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule=None))
    return out


def x_structural_problems__mutmut_66(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_67(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_68(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              rule="structure"))
    return out


def x_structural_problems__mutmut_69(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", ))
    return out


def x_structural_problems__mutmut_70(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "XXcross-reference sectionXX", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_71(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "CROSS-REFERENCE SECTION", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out


def x_structural_problems__mutmut_72(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "XXtrong bảng tham chiếu chéo của nóXX", rule="structure"))
    return out


def x_structural_problems__mutmut_73(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "TRONG BẢNG THAM CHIẾU CHÉO CỦA NÓ", rule="structure"))
    return out


def x_structural_problems__mutmut_74(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="XXstructureXX"))
    return out


def x_structural_problems__mutmut_75(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="STRUCTURE"))
    return out

mutants_x_structural_problems__mutmut['_mutmut_orig'] = x_structural_problems__mutmut_orig # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_1'] = x_structural_problems__mutmut_1 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_2'] = x_structural_problems__mutmut_2 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_3'] = x_structural_problems__mutmut_3 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_4'] = x_structural_problems__mutmut_4 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_5'] = x_structural_problems__mutmut_5 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_6'] = x_structural_problems__mutmut_6 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_7'] = x_structural_problems__mutmut_7 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_8'] = x_structural_problems__mutmut_8 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_9'] = x_structural_problems__mutmut_9 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_10'] = x_structural_problems__mutmut_10 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_11'] = x_structural_problems__mutmut_11 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_12'] = x_structural_problems__mutmut_12 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_13'] = x_structural_problems__mutmut_13 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_14'] = x_structural_problems__mutmut_14 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_15'] = x_structural_problems__mutmut_15 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_16'] = x_structural_problems__mutmut_16 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_17'] = x_structural_problems__mutmut_17 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_18'] = x_structural_problems__mutmut_18 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_19'] = x_structural_problems__mutmut_19 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_20'] = x_structural_problems__mutmut_20 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_21'] = x_structural_problems__mutmut_21 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_22'] = x_structural_problems__mutmut_22 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_23'] = x_structural_problems__mutmut_23 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_24'] = x_structural_problems__mutmut_24 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_25'] = x_structural_problems__mutmut_25 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_26'] = x_structural_problems__mutmut_26 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_27'] = x_structural_problems__mutmut_27 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_28'] = x_structural_problems__mutmut_28 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_29'] = x_structural_problems__mutmut_29 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_30'] = x_structural_problems__mutmut_30 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_31'] = x_structural_problems__mutmut_31 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_32'] = x_structural_problems__mutmut_32 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_33'] = x_structural_problems__mutmut_33 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_34'] = x_structural_problems__mutmut_34 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_35'] = x_structural_problems__mutmut_35 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_36'] = x_structural_problems__mutmut_36 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_37'] = x_structural_problems__mutmut_37 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_38'] = x_structural_problems__mutmut_38 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_39'] = x_structural_problems__mutmut_39 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_40'] = x_structural_problems__mutmut_40 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_41'] = x_structural_problems__mutmut_41 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_42'] = x_structural_problems__mutmut_42 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_43'] = x_structural_problems__mutmut_43 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_44'] = x_structural_problems__mutmut_44 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_45'] = x_structural_problems__mutmut_45 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_46'] = x_structural_problems__mutmut_46 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_47'] = x_structural_problems__mutmut_47 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_48'] = x_structural_problems__mutmut_48 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_49'] = x_structural_problems__mutmut_49 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_50'] = x_structural_problems__mutmut_50 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_51'] = x_structural_problems__mutmut_51 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_52'] = x_structural_problems__mutmut_52 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_53'] = x_structural_problems__mutmut_53 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_54'] = x_structural_problems__mutmut_54 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_55'] = x_structural_problems__mutmut_55 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_56'] = x_structural_problems__mutmut_56 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_57'] = x_structural_problems__mutmut_57 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_58'] = x_structural_problems__mutmut_58 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_59'] = x_structural_problems__mutmut_59 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_60'] = x_structural_problems__mutmut_60 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_61'] = x_structural_problems__mutmut_61 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_62'] = x_structural_problems__mutmut_62 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_63'] = x_structural_problems__mutmut_63 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_64'] = x_structural_problems__mutmut_64 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_65'] = x_structural_problems__mutmut_65 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_66'] = x_structural_problems__mutmut_66 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_67'] = x_structural_problems__mutmut_67 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_68'] = x_structural_problems__mutmut_68 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_69'] = x_structural_problems__mutmut_69 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_70'] = x_structural_problems__mutmut_70 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_71'] = x_structural_problems__mutmut_71 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_72'] = x_structural_problems__mutmut_72 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_73'] = x_structural_problems__mutmut_73 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_74'] = x_structural_problems__mutmut_74 # type: ignore # mutmut generated
mutants_x_structural_problems__mutmut['x_structural_problems__mutmut_75'] = x_structural_problems__mutmut_75 # type: ignore # mutmut generated
