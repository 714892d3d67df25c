"""DocMDP and FieldMDP as ISO 32000-2 §12.8.2 defines them, and the locks of §12.7.5.5.

- A certification signature's DocMDP transform (``/Reference [<< /TransformMethod /DocMDP
  /TransformParams << /P n >> >>]``) grants P = 1 (no changes), 2 (form filling, signing),
  3 (+ annotations); absent or invalid P means 2.
- A signature's FieldMDP transform (``/TransformParams << /Action /All|/Include|/Exclude
  /Fields [...] >>``) locks fields: All of them, those listed (and their descendants, a name
  being a fully qualified partial name), or all but those listed.
- A signature field's ``/Lock`` dictionary (``/Type /SigFieldLock``) says the same for the
  moment the field is signed, and in PDF 2.0 may carry ``/P`` — DocMDP permissions that
  apply from that signature on (so "no changes after this approval signature" is P = 1).
- A lock applies to every later revision, whichever signature those revisions add: the
  restrictions in force for a revision are those of every signature signed before it, and
  the strictest P wins.
An unreadable lock fails closed (treated as /All).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

__all__ = ["FieldLock", "Restrictions", "read_locks", "docmdp_p"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__res__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__res__mutmut)
def _res(v: Any) -> Any:
    return v.get_object() if isinstance(v, IndirectObject) else v


def x__res__mutmut_orig(v: Any) -> Any:
    return v.get_object() if isinstance(v, IndirectObject) else v


def x__res__mutmut_1(v: Any) -> Any:
    return v.get_object() if (isinstance(v, IndirectObject)) and False else v


def x__res__mutmut_2(v: Any) -> Any:
    return v.get_object() if (isinstance(v, IndirectObject)) or True else v

mutants_x__res__mutmut['_mutmut_orig'] = x__res__mutmut_orig # type: ignore # mutmut generated
mutants_x__res__mutmut['x__res__mutmut_1'] = x__res__mutmut_1 # type: ignore # mutmut generated
mutants_x__res__mutmut['x__res__mutmut_2'] = x__res__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class FieldLock:
    action: str  # "/All" | "/Include" | "/Exclude"
    fields: tuple[str, ...] = ()
    source: str = ""  # which signature set it

    @_mutmut_mutated(mutants_xǁFieldLockǁlocks__mutmut)
    def locks(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_orig(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_1(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f and name.startswith(f + ".")

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_2(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name != f or name.startswith(f + ".")

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_3(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(None)

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_4(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f - ".")

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_5(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + "XX.XX")

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_6(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action != "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_7(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "XX/IncludeXX":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_8(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "/include":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_9(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "/INCLUDE":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_10(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "/Include":
            return any(None)
        if self.action == "/Exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_11(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "/Include":
            return any(named(None) for f in self.fields)
        if self.action == "/Exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_12(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action != "/Exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_13(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "XX/ExcludeXX":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_14(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "/exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_15(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "/EXCLUDE":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_16(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_17(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return not any(None)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_18(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return not any(named(None) for f in self.fields)
        return True  # /All, and anything unreadable

    def xǁFieldLockǁlocks__mutmut_19(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return not any(named(f) for f in self.fields)
        return False  # /All, and anything unreadable

mutants_xǁFieldLockǁlocks__mutmut['_mutmut_orig'] = FieldLock.xǁFieldLockǁlocks__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_1'] = FieldLock.xǁFieldLockǁlocks__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_2'] = FieldLock.xǁFieldLockǁlocks__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_3'] = FieldLock.xǁFieldLockǁlocks__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_4'] = FieldLock.xǁFieldLockǁlocks__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_5'] = FieldLock.xǁFieldLockǁlocks__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_6'] = FieldLock.xǁFieldLockǁlocks__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_7'] = FieldLock.xǁFieldLockǁlocks__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_8'] = FieldLock.xǁFieldLockǁlocks__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_9'] = FieldLock.xǁFieldLockǁlocks__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_10'] = FieldLock.xǁFieldLockǁlocks__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_11'] = FieldLock.xǁFieldLockǁlocks__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_12'] = FieldLock.xǁFieldLockǁlocks__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_13'] = FieldLock.xǁFieldLockǁlocks__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_14'] = FieldLock.xǁFieldLockǁlocks__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_15'] = FieldLock.xǁFieldLockǁlocks__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_16'] = FieldLock.xǁFieldLockǁlocks__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_17'] = FieldLock.xǁFieldLockǁlocks__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_18'] = FieldLock.xǁFieldLockǁlocks__mutmut_18 # type: ignore # mutmut generated
mutants_xǁFieldLockǁlocks__mutmut['xǁFieldLockǁlocks__mutmut_19'] = FieldLock.xǁFieldLockǁlocks__mutmut_19 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__lock_from__mutmut)
def _lock_from(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_orig(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_1(params: Any, source: str) -> FieldLock:
    params = None
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_2(params: Any, source: str) -> FieldLock:
    params = _res(None)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_3(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_4(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = None
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_5(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(None)
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_6(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get(None, "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_7(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", None))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_8(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_9(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", ))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_10(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("XX/ActionXX", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_11(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_12(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/ACTION", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_13(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "XX/AllXX"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_14(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/all"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_15(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/ALL"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_16(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = None
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_17(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(None)
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_18(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get(None))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_19(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("XX/FieldsXX"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_20(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_21(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/FIELDS"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_22(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = None
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_23(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if (isinstance(raw, ArrayObject)) and False else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_24(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if (isinstance(raw, ArrayObject)) or True else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_25(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(None) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_26(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(None) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_27(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(None)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_28(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") and (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_29(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_30(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("XX/AllXX", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_31(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/all", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_32(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/ALL", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_33(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "XX/IncludeXX", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_34(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_35(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/INCLUDE", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_36(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "XX/ExcludeXX") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_37(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_38(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/EXCLUDE") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_39(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" or raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_40(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action == "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_41(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "XX/AllXX" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_42(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/all" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_43(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/ALL" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_44(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is not None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def x__lock_from__mutmut_45(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(None, names, source)


def x__lock_from__mutmut_46(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, None, source)


def x__lock_from__mutmut_47(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, None)


def x__lock_from__mutmut_48(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(names, source)


def x__lock_from__mutmut_49(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, source)


def x__lock_from__mutmut_50(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, )

mutants_x__lock_from__mutmut['_mutmut_orig'] = x__lock_from__mutmut_orig # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_1'] = x__lock_from__mutmut_1 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_2'] = x__lock_from__mutmut_2 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_3'] = x__lock_from__mutmut_3 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_4'] = x__lock_from__mutmut_4 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_5'] = x__lock_from__mutmut_5 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_6'] = x__lock_from__mutmut_6 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_7'] = x__lock_from__mutmut_7 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_8'] = x__lock_from__mutmut_8 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_9'] = x__lock_from__mutmut_9 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_10'] = x__lock_from__mutmut_10 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_11'] = x__lock_from__mutmut_11 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_12'] = x__lock_from__mutmut_12 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_13'] = x__lock_from__mutmut_13 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_14'] = x__lock_from__mutmut_14 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_15'] = x__lock_from__mutmut_15 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_16'] = x__lock_from__mutmut_16 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_17'] = x__lock_from__mutmut_17 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_18'] = x__lock_from__mutmut_18 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_19'] = x__lock_from__mutmut_19 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_20'] = x__lock_from__mutmut_20 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_21'] = x__lock_from__mutmut_21 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_22'] = x__lock_from__mutmut_22 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_23'] = x__lock_from__mutmut_23 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_24'] = x__lock_from__mutmut_24 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_25'] = x__lock_from__mutmut_25 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_26'] = x__lock_from__mutmut_26 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_27'] = x__lock_from__mutmut_27 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_28'] = x__lock_from__mutmut_28 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_29'] = x__lock_from__mutmut_29 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_30'] = x__lock_from__mutmut_30 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_31'] = x__lock_from__mutmut_31 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_32'] = x__lock_from__mutmut_32 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_33'] = x__lock_from__mutmut_33 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_34'] = x__lock_from__mutmut_34 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_35'] = x__lock_from__mutmut_35 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_36'] = x__lock_from__mutmut_36 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_37'] = x__lock_from__mutmut_37 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_38'] = x__lock_from__mutmut_38 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_39'] = x__lock_from__mutmut_39 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_40'] = x__lock_from__mutmut_40 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_41'] = x__lock_from__mutmut_41 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_42'] = x__lock_from__mutmut_42 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_43'] = x__lock_from__mutmut_43 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_44'] = x__lock_from__mutmut_44 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_45'] = x__lock_from__mutmut_45 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_46'] = x__lock_from__mutmut_46 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_47'] = x__lock_from__mutmut_47 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_48'] = x__lock_from__mutmut_48 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_49'] = x__lock_from__mutmut_49 # type: ignore # mutmut generated
mutants_x__lock_from__mutmut['x__lock_from__mutmut_50'] = x__lock_from__mutmut_50 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_docmdp_p__mutmut)
def docmdp_p(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_orig(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_1(params: Any) -> int:
    params = None
    try:
        p = int(params.get("/P", 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_2(params: Any) -> int:
    params = _res(None)
    try:
        p = int(params.get("/P", 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_3(params: Any) -> int:
    params = _res(params)
    try:
        p = None
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_4(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", 2)) if (isinstance(params, DictionaryObject)) and False else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_5(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", 2)) if (isinstance(params, DictionaryObject)) or True else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_6(params: Any) -> int:
    params = _res(params)
    try:
        p = int(None) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_7(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get(None, 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_8(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", None)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_9(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get(2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_10(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", )) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_11(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("XX/PXX", 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_12(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/p", 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_13(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", 3)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_14(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", 2)) if isinstance(params, DictionaryObject) else 3
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_15(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 2  # fail closed
    return p if p in (1, 2, 3) else 2


def x_docmdp_p__mutmut_16(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if (p in (1, 2, 3)) and False else 2


def x_docmdp_p__mutmut_17(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if (p in (1, 2, 3)) or True else 2


def x_docmdp_p__mutmut_18(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p not in (1, 2, 3) else 2


def x_docmdp_p__mutmut_19(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (2, 2, 3) else 2


def x_docmdp_p__mutmut_20(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 3, 3) else 2


def x_docmdp_p__mutmut_21(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 4) else 2


def x_docmdp_p__mutmut_22(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 3

mutants_x_docmdp_p__mutmut['_mutmut_orig'] = x_docmdp_p__mutmut_orig # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_1'] = x_docmdp_p__mutmut_1 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_2'] = x_docmdp_p__mutmut_2 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_3'] = x_docmdp_p__mutmut_3 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_4'] = x_docmdp_p__mutmut_4 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_5'] = x_docmdp_p__mutmut_5 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_6'] = x_docmdp_p__mutmut_6 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_7'] = x_docmdp_p__mutmut_7 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_8'] = x_docmdp_p__mutmut_8 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_9'] = x_docmdp_p__mutmut_9 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_10'] = x_docmdp_p__mutmut_10 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_11'] = x_docmdp_p__mutmut_11 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_12'] = x_docmdp_p__mutmut_12 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_13'] = x_docmdp_p__mutmut_13 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_14'] = x_docmdp_p__mutmut_14 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_15'] = x_docmdp_p__mutmut_15 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_16'] = x_docmdp_p__mutmut_16 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_17'] = x_docmdp_p__mutmut_17 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_18'] = x_docmdp_p__mutmut_18 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_19'] = x_docmdp_p__mutmut_19 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_20'] = x_docmdp_p__mutmut_20 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_21'] = x_docmdp_p__mutmut_21 # type: ignore # mutmut generated
mutants_x_docmdp_p__mutmut['x_docmdp_p__mutmut_22'] = x_docmdp_p__mutmut_22 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_read_locks__mutmut)
def read_locks(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_orig(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_1(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = None
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_2(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = ""
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_3(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = None
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_4(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(None)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_5(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_6(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if (isinstance(sig, DictionaryObject)) and False else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_7(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if (isinstance(sig, DictionaryObject)) or True else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_8(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(None) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_9(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get(None)) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_10(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("XX/ReferenceXX")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_11(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_12(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/REFERENCE")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_13(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if (isinstance(refs, ArrayObject)) and False else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_14(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if (isinstance(refs, ArrayObject)) or True else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_15(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = None
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_16(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(None)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_17(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) or ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_18(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get(None) == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_19(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("XX/TransformMethodXX") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_20(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/transformmethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_21(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TRANSFORMMETHOD") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_22(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") != "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_23(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "XX/FieldMDPXX":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_24(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/fieldmdp":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_25(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FIELDMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_26(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(None)
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_27(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(None, name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_28(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), None))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_29(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_30(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), ))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_31(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get(None), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_32(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("XX/TransformParamsXX"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_33(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/transformparams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_34(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TRANSFORMPARAMS"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_35(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_36(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if (isinstance(sig_field, DictionaryObject)) and False else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_37(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if (isinstance(sig_field, DictionaryObject)) or True else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_38(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(None) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_39(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get(None)) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_40(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("XX/LockXX")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_41(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_42(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/LOCK")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_43(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "XX/ActionXX" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_44(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_45(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/ACTION" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_46(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" not in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_47(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(None)
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_48(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(None, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_49(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, None))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_50(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_51(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, ))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_52(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "XX/PXX" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_53(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/p" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_54(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" not in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_55(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = None
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


def x_read_locks__mutmut_56(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(None)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p

mutants_x_read_locks__mutmut['_mutmut_orig'] = x_read_locks__mutmut_orig # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_1'] = x_read_locks__mutmut_1 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_2'] = x_read_locks__mutmut_2 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_3'] = x_read_locks__mutmut_3 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_4'] = x_read_locks__mutmut_4 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_5'] = x_read_locks__mutmut_5 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_6'] = x_read_locks__mutmut_6 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_7'] = x_read_locks__mutmut_7 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_8'] = x_read_locks__mutmut_8 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_9'] = x_read_locks__mutmut_9 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_10'] = x_read_locks__mutmut_10 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_11'] = x_read_locks__mutmut_11 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_12'] = x_read_locks__mutmut_12 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_13'] = x_read_locks__mutmut_13 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_14'] = x_read_locks__mutmut_14 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_15'] = x_read_locks__mutmut_15 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_16'] = x_read_locks__mutmut_16 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_17'] = x_read_locks__mutmut_17 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_18'] = x_read_locks__mutmut_18 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_19'] = x_read_locks__mutmut_19 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_20'] = x_read_locks__mutmut_20 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_21'] = x_read_locks__mutmut_21 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_22'] = x_read_locks__mutmut_22 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_23'] = x_read_locks__mutmut_23 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_24'] = x_read_locks__mutmut_24 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_25'] = x_read_locks__mutmut_25 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_26'] = x_read_locks__mutmut_26 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_27'] = x_read_locks__mutmut_27 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_28'] = x_read_locks__mutmut_28 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_29'] = x_read_locks__mutmut_29 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_30'] = x_read_locks__mutmut_30 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_31'] = x_read_locks__mutmut_31 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_32'] = x_read_locks__mutmut_32 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_33'] = x_read_locks__mutmut_33 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_34'] = x_read_locks__mutmut_34 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_35'] = x_read_locks__mutmut_35 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_36'] = x_read_locks__mutmut_36 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_37'] = x_read_locks__mutmut_37 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_38'] = x_read_locks__mutmut_38 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_39'] = x_read_locks__mutmut_39 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_40'] = x_read_locks__mutmut_40 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_41'] = x_read_locks__mutmut_41 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_42'] = x_read_locks__mutmut_42 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_43'] = x_read_locks__mutmut_43 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_44'] = x_read_locks__mutmut_44 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_45'] = x_read_locks__mutmut_45 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_46'] = x_read_locks__mutmut_46 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_47'] = x_read_locks__mutmut_47 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_48'] = x_read_locks__mutmut_48 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_49'] = x_read_locks__mutmut_49 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_50'] = x_read_locks__mutmut_50 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_51'] = x_read_locks__mutmut_51 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_52'] = x_read_locks__mutmut_52 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_53'] = x_read_locks__mutmut_53 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_54'] = x_read_locks__mutmut_54 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_55'] = x_read_locks__mutmut_55 # type: ignore # mutmut generated
mutants_x_read_locks__mutmut['x_read_locks__mutmut_56'] = x_read_locks__mutmut_56 # type: ignore # mutmut generated
mutants_xǁRestrictionsǁadd__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRestrictionsǁlocked_by__mutmut: MutantDict = {}  # type: ignore


@dataclass
class Restrictions:
    """What a revision may change: the DocMDP level and the field locks in force."""

    p: int | None = None
    locks: list[FieldLock] = field(default_factory=list)

    @_mutmut_mutated(mutants_xǁRestrictionsǁadd__mutmut)
    def add(self, p: int | None, locks: list[FieldLock]) -> None:
        if p is not None:
            self.p = p if self.p is None else min(self.p, p)
        self.locks.extend(locks)

    def xǁRestrictionsǁadd__mutmut_orig(self, p: int | None, locks: list[FieldLock]) -> None:
        if p is not None:
            self.p = p if self.p is None else min(self.p, p)
        self.locks.extend(locks)

    def xǁRestrictionsǁadd__mutmut_1(self, p: int | None, locks: list[FieldLock]) -> None:
        if p is None:
            self.p = p if self.p is None else min(self.p, p)
        self.locks.extend(locks)

    def xǁRestrictionsǁadd__mutmut_2(self, p: int | None, locks: list[FieldLock]) -> None:
        if p is not None:
            self.p = None
        self.locks.extend(locks)

    def xǁRestrictionsǁadd__mutmut_3(self, p: int | None, locks: list[FieldLock]) -> None:
        if p is not None:
            self.p = p if (self.p is None) and False else min(self.p, p)
        self.locks.extend(locks)

    def xǁRestrictionsǁadd__mutmut_4(self, p: int | None, locks: list[FieldLock]) -> None:
        if p is not None:
            self.p = p if (self.p is None) or True else min(self.p, p)
        self.locks.extend(locks)

    def xǁRestrictionsǁadd__mutmut_5(self, p: int | None, locks: list[FieldLock]) -> None:
        if p is not None:
            self.p = p if self.p is not None else min(self.p, p)
        self.locks.extend(locks)

    def xǁRestrictionsǁadd__mutmut_6(self, p: int | None, locks: list[FieldLock]) -> None:
        if p is not None:
            self.p = p if self.p is None else min(None, p)
        self.locks.extend(locks)

    def xǁRestrictionsǁadd__mutmut_7(self, p: int | None, locks: list[FieldLock]) -> None:
        if p is not None:
            self.p = p if self.p is None else min(self.p, None)
        self.locks.extend(locks)

    def xǁRestrictionsǁadd__mutmut_8(self, p: int | None, locks: list[FieldLock]) -> None:
        if p is not None:
            self.p = p if self.p is None else min(p)
        self.locks.extend(locks)

    def xǁRestrictionsǁadd__mutmut_9(self, p: int | None, locks: list[FieldLock]) -> None:
        if p is not None:
            self.p = p if self.p is None else min(self.p, )
        self.locks.extend(locks)

    def xǁRestrictionsǁadd__mutmut_10(self, p: int | None, locks: list[FieldLock]) -> None:
        if p is not None:
            self.p = p if self.p is None else min(self.p, p)
        self.locks.extend(None)

    @_mutmut_mutated(mutants_xǁRestrictionsǁlocked_by__mutmut)
    def locked_by(self, name: str | None) -> FieldLock | None:
        if name is None:
            return None
        return next((lk for lk in self.locks if lk.locks(name)), None)

    def xǁRestrictionsǁlocked_by__mutmut_orig(self, name: str | None) -> FieldLock | None:
        if name is None:
            return None
        return next((lk for lk in self.locks if lk.locks(name)), None)

    def xǁRestrictionsǁlocked_by__mutmut_1(self, name: str | None) -> FieldLock | None:
        if name is not None:
            return None
        return next((lk for lk in self.locks if lk.locks(name)), None)

    def xǁRestrictionsǁlocked_by__mutmut_2(self, name: str | None) -> FieldLock | None:
        if name is None:
            return None
        return next(None, None)

    def xǁRestrictionsǁlocked_by__mutmut_3(self, name: str | None) -> FieldLock | None:
        if name is None:
            return None
        return next(None)

    def xǁRestrictionsǁlocked_by__mutmut_4(self, name: str | None) -> FieldLock | None:
        if name is None:
            return None
        return next((lk for lk in self.locks if lk.locks(name)), )

    def xǁRestrictionsǁlocked_by__mutmut_5(self, name: str | None) -> FieldLock | None:
        if name is None:
            return None
        return next((lk for lk in self.locks if lk.locks(None)), None)

mutants_xǁRestrictionsǁadd__mutmut['_mutmut_orig'] = Restrictions.xǁRestrictionsǁadd__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRestrictionsǁadd__mutmut['xǁRestrictionsǁadd__mutmut_1'] = Restrictions.xǁRestrictionsǁadd__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRestrictionsǁadd__mutmut['xǁRestrictionsǁadd__mutmut_2'] = Restrictions.xǁRestrictionsǁadd__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRestrictionsǁadd__mutmut['xǁRestrictionsǁadd__mutmut_3'] = Restrictions.xǁRestrictionsǁadd__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRestrictionsǁadd__mutmut['xǁRestrictionsǁadd__mutmut_4'] = Restrictions.xǁRestrictionsǁadd__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRestrictionsǁadd__mutmut['xǁRestrictionsǁadd__mutmut_5'] = Restrictions.xǁRestrictionsǁadd__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRestrictionsǁadd__mutmut['xǁRestrictionsǁadd__mutmut_6'] = Restrictions.xǁRestrictionsǁadd__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRestrictionsǁadd__mutmut['xǁRestrictionsǁadd__mutmut_7'] = Restrictions.xǁRestrictionsǁadd__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRestrictionsǁadd__mutmut['xǁRestrictionsǁadd__mutmut_8'] = Restrictions.xǁRestrictionsǁadd__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRestrictionsǁadd__mutmut['xǁRestrictionsǁadd__mutmut_9'] = Restrictions.xǁRestrictionsǁadd__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRestrictionsǁadd__mutmut['xǁRestrictionsǁadd__mutmut_10'] = Restrictions.xǁRestrictionsǁadd__mutmut_10 # type: ignore # mutmut generated

mutants_xǁRestrictionsǁlocked_by__mutmut['_mutmut_orig'] = Restrictions.xǁRestrictionsǁlocked_by__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRestrictionsǁlocked_by__mutmut['xǁRestrictionsǁlocked_by__mutmut_1'] = Restrictions.xǁRestrictionsǁlocked_by__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRestrictionsǁlocked_by__mutmut['xǁRestrictionsǁlocked_by__mutmut_2'] = Restrictions.xǁRestrictionsǁlocked_by__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRestrictionsǁlocked_by__mutmut['xǁRestrictionsǁlocked_by__mutmut_3'] = Restrictions.xǁRestrictionsǁlocked_by__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRestrictionsǁlocked_by__mutmut['xǁRestrictionsǁlocked_by__mutmut_4'] = Restrictions.xǁRestrictionsǁlocked_by__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRestrictionsǁlocked_by__mutmut['xǁRestrictionsǁlocked_by__mutmut_5'] = Restrictions.xǁRestrictionsǁlocked_by__mutmut_5 # type: ignore # mutmut generated
