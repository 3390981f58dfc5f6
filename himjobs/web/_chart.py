"""A horizontal bar chart as inline SVG, drawn on the server (no JavaScript, no library)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

#: A narrow drawing (in SVG units) so its text stays readable when scaled to a 375 px phone.
WIDTH = 360
ROW = 66
BAR_Y = 40
BAR_HEIGHT = 18


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    note: str = ""


def bar_chart(bars: Sequence[Bar], *, title: str, desc: str) -> Markup:
    """SVG with one row per item: its label, its figures, then the bar, so text never collides.

    >>> svg = bar_chart([Bar("RHIT", 4), Bar("CCA", 2)], title="t", desc="d")
    >>> svg.count("<rect"), 'width="360"' in svg, 'width="180"' in svg
    (2, True, True)
    """
    top = max((b.value for b in bars), default=0) or 1
    height = ROW * max(len(bars), 1)
    parts = [
        f'<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" '
        f'viewBox="0 0 {WIDTH} {height}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<desc id="chart-desc">{escape(desc)}</desc>',
    ]
    for i, bar in enumerate(bars):
        y = i * ROW
        width = max(round(WIDTH * bar.value / top), 2 if bar.value else 0)
        figures = f"{bar.value} posting{'s' if bar.value != 1 else ''}"
        if bar.note:
            figures += f" · {bar.note}"
        parts += [
            f'<text x="0" y="{y + 15}" class="chart-label">{escape(bar.label)}</text>',
            f'<text x="0" y="{y + 33}" class="chart-value">{escape(figures)}</text>',
            f'<rect x="0" y="{y + BAR_Y}" width="{width}" height="{BAR_HEIGHT}" '
            'class="chart-bar"/>',
        ]
    parts.append("</svg>")
    return Markup("".join(parts))
