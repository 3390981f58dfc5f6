"""A horizontal bar chart as inline SVG, drawn on the server (no JavaScript, no library)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

BAR_HEIGHT = 26
GAP = 12
LABEL_WIDTH = 0  # labels sit above each bar, so long labels never squeeze the bars on a phone
WIDTH = 600


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    note: str = ""


def bar_chart(bars: Sequence[Bar], *, title: str, desc: str) -> Markup:
    """SVG with one bar per item; the value and note are printed as text beside each bar.

    >>> "<title" in bar_chart([Bar("RHIT", 3)], title="t", desc="d")
    True
    """
    top = max((b.value for b in bars), default=0) or 1
    row = BAR_HEIGHT + GAP + 18
    height = max(row * len(bars), row)
    parts = [
        f'<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" '
        f'viewBox="0 0 {WIDTH} {height}" preserveAspectRatio="xMinYMin meet" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<desc id="chart-desc">{escape(desc)}</desc>',
    ]
    usable = WIDTH - 170
    for i, bar in enumerate(bars):
        y = i * row
        width = max(round(usable * bar.value / top), 2 if bar.value else 0)
        text = f"{bar.value} posting{'s' if bar.value != 1 else ''}"
        if bar.note:
            text += f" · {bar.note}"
        parts.append(f'<text x="0" y="{y + 14}" class="chart-label">{escape(bar.label)}</text>')
        parts.append(
            f'<rect x="0" y="{y + 20}" width="{width}" height="{BAR_HEIGHT}" class="chart-bar"/>'
        )
        parts.append(
            f'<text x="{width + 8}" y="{y + 20 + BAR_HEIGHT - 8}" class="chart-value">'
            f"{escape(text)}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))
