"""Measure docflow's internal imports: how many, how many inside functions, and the cycles
between its packages (``docflow.app``, ``docflow.web``, ``docflow.pki`` …).

    python tools/import_graph.py          # figures and the cycles, for the notes
    python tools/import_graph.py --edges  # also every package-level edge

The same layers are enforced by import-linter (``[tool.importlinter]`` in pyproject.toml).
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "docflow"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> list[str]:
    if node.level == 0:
        base = node.module or ""
    else:
        parts = module.split(".")
        if not is_package:
            parts = parts[:-1]
        parts = parts[: len(parts) - (node.level - 1)]
        base = ".".join(parts + ([node.module] if node.module else []))
    if node.module:
        return [base]
    return [f"{base}.{alias.name}" for alias in node.names]


def _package(name: str) -> str:
    """``docflow.web.pki`` → ``docflow.web``; a name that is not a module (``docflow.create_app``,
    the package's lazy factory) → ``docflow``."""
    parts = name.split(".")
    if len(parts) >= 2 and not ((ROOT / parts[1]).is_dir() or (ROOT / f"{parts[1]}.py").exists()):
        return "docflow"
    return ".".join(parts[:2])


def collect() -> tuple[int, int, dict[str, set[str]], list[tuple[str, int, str]]]:
    total = inside = 0
    edges: dict[str, set[str]] = defaultdict(set)
    local: list[tuple[str, int, str]] = []
    for path in sorted(ROOT.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        module = _module_name(path)
        tree = ast.parse(path.read_text(), str(path))
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
        nested = {id(n) for f in functions for n in ast.walk(f) if n is not f}
        # a module's __getattr__ is a documented lazy re-export (docflow.cli:main), not a dodge
        shims = {id(n) for f in functions if f.name == "__getattr__" for n in ast.walk(f)}
        type_checking = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                         and "TYPE_CHECKING" in ast.unparse(node.test) for n in ast.walk(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                targets = _resolve(module, path.name == "__init__.py", node)
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            targets = [t for t in targets if t == "docflow" or t.startswith("docflow.")]
            if not targets:
                continue
            total += 1
            if id(node) in nested:
                inside += 1
                local.append((str(path.relative_to(ROOT.parent)), node.lineno, ", ".join(targets)))
            if id(node) in type_checking or id(node) in shims:
                continue
            src = _package(module)
            for target in targets:
                dst = _package(target)
                if dst != src and dst != "docflow":
                    edges[src].add(dst)
    return total, inside, edges, local


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one package (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]
    sys.setrecursionlimit(10000)

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(set(edges) | {w for ws in edges.values() for w in ws}):
        if v not in index:
            visit(v)
    return out


def main(argv: list[str]) -> int:
    total, inside, edges, local = collect()
    print(f"internal imports: {total}, inside functions: {inside}")
    found = cycles(edges)
    print(f"package cycles: {len(found)}")
    for component in found:
        print("  " + " <-> ".join(component))
    if "--edges" in argv:
        for src in sorted(edges):
            print(f"{src} -> {', '.join(sorted(edges[src]))}")
    if "--local" in argv:
        for path, line, target in local:
            print(f"{path}:{line}: {target}")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
