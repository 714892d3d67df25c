"""A server-rendered SVG bar chart (no script, no external library, CSP-safe)."""

from __future__ import annotations

from html import escape

__all__ = ["bar_chart"]


def bar_chart(bars: list[tuple[str, float]], *, width: int = 640, height: int = 220, unit: str = "%") -> str:
    """Bars of 0–100 (percent on time) with labels; an empty chart says so."""
    if not bars:
        return ""
    left, bottom, top = 36, 28, 12
    plot_h = height - bottom - top
    step = (width - left - 8) / len(bars)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" class="chart">']
    for pct in (0, 50, 100):
        y = top + plot_h * (1 - pct / 100)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 8}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" class="axis">{pct}</text>')
    for i, (label, value) in enumerate(bars):
        value = max(0.0, min(100.0, value))
        h = plot_h * value / 100
        x = left + i * step + step * 0.15
        parts.append(f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{step * 0.7:.1f}" height="{h:.1f}" '
                     f'class="bar"><title>{escape(label)}: {value:.0f}{unit}</title></rect>'
                     f'<text x="{x + step * 0.35:.1f}" y="{height - 10}" text-anchor="middle" class="axis">'
                     f'{escape(label[-2:] if len(label) == 7 else label)}</text>')
    parts.append("</svg>")
    return "".join(parts)
