"""A horizontal bar chart as inline SVG, drawn on the server (no JavaScript, no library)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

#: A narrow drawing (in SVG units) so its text stays readable when scaled to a 375 px phone.
WIDTH = 360
ROW = 66
BAR_Y = 40
BAR_HEIGHT = 18
#: Characters of a label per line: a 15 px label is about 8.5 units a character, so a longer
#: label wraps between words instead of running off the drawing.
LABEL_CHARS = 40
LINE = 18


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
    labels = [textwrap.wrap(b.label, LABEL_CHARS, break_long_words=False) or [""] for b in bars]
    height = sum(ROW + LINE * (len(lines) - 1) for lines in labels) or ROW
    parts = [
        f'<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" '
        f'viewBox="0 0 {WIDTH} {height}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<desc id="chart-desc">{escape(desc)}</desc>',
    ]
    y = 0
    for bar, lines in zip(bars, labels, strict=True):
        width = max(round(WIDTH * bar.value / top), 2 if bar.value else 0)
        figures = f"{bar.value} posting{'s' if bar.value != 1 else ''}"
        if bar.note:
            figures += f" · {bar.note}"
        extra = LINE * (len(lines) - 1)
        spans = "".join(
            f'<tspan x="0" dy="{0 if i == 0 else LINE}">{escape(line)}</tspan>'
            for i, line in enumerate(lines)
        )
        parts += [
            f'<text x="0" y="{y + 15}" class="chart-label">{spans}</text>',
            f'<text x="0" y="{y + 33 + extra}" class="chart-value">{escape(figures)}</text>',
            f'<rect x="0" y="{y + BAR_Y + extra}" width="{width}" height="{BAR_HEIGHT}" '
            'class="chart-bar"/>',
        ]
        y += ROW + extra
    parts.append("</svg>")
    return Markup("".join(parts))
