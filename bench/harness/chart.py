"""The SVG bar chart of speed-ups over CPython: one row per benchmark, log scale, CPython = 1."""
import math
from xml.sax.saxutils import escape

from .measure import REFERENCE

COLORS = {"ember": "#d9480f", "pypy": "#1c7ed6"}
OTHER_COLOR = "#7048e8"
WIDTH = 960
LABEL_WIDTH = 190
RIGHT_MARGIN = 80
TOP = 70
BAR = 12
BAR_GAP = 2
ROW_GAP = 10
AXIS_HEIGHT = 40
MEAN_ROW = "geometric mean"


def scale_bounds(values):
    """Exponents of the powers of two around every ratio and 1, at least 1/2 .. 2."""
    low = min(values + [0.5])
    high = max(values + [2.0])
    return math.floor(math.log2(low)), math.ceil(math.log2(high))


def subtitle(report):
    settings = report["settings"]
    mean = report["geometric_mean"][REFERENCE]
    return "%s; median of %d runs%s; geometric mean over the %d of %d passing everywhere" % (
        report["date"], settings["runs"], " of one loop (--quick)" if settings["quick"] else "",
        mean["benchmarks"], mean["of"])


def chart_rows(report):
    """(label, {runtime key: (speed-up or None, failure or None)}), the geometric mean last."""
    rows = [(e["name"], {k: (v["speedup"], v["failure"]) for k, v in e["results"].items()})
            for e in report["benchmarks"]]
    means = report["geometric_mean"]
    rows.append((MEAN_ROW, {k: (m["speedup"], None) for k, m in means.items()}))
    return rows


def speedup_svg(report):
    series = [r for r in report["runtimes"] if r["key"] != REFERENCE]
    rows = chart_rows(report)
    values = [value for _, results in rows for value, _ in results.values() if value]
    low_exponent, high_exponent = scale_bounds(values)
    plot_width = WIDTH - LABEL_WIDTH - RIGHT_MARGIN
    span = high_exponent - low_exponent

    def x(value):
        return LABEL_WIDTH + (math.log2(value) - low_exponent) / span * plot_width

    row_height = len(series) * (BAR + BAR_GAP) + ROW_GAP
    plot_bottom = TOP + len(rows) * row_height
    height = plot_bottom + AXIS_HEIGHT
    out = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
        'font-family="sans-serif" font-size="12">' % (WIDTH, height, WIDTH, height),
        '<rect width="100%" height="100%" fill="white"/>',
        '<text x="%d" y="22" font-size="15" font-weight="bold">Speed-up over CPython '
        '(log scale, right of the line is faster)</text>' % LABEL_WIDTH,
        '<text x="%d" y="40" fill="#555">%s</text>' % (LABEL_WIDTH, escape(subtitle(report))),
    ]
    legend_x = LABEL_WIDTH
    for runtime in series:
        color = COLORS.get(runtime["key"], OTHER_COLOR)
        out.append('<rect x="%d" y="50" width="12" height="12" fill="%s"/>' % (legend_x, color))
        out.append('<text x="%d" y="60">%s</text>' % (legend_x + 16, escape(runtime["name"])))
        legend_x += 30 + 8 * len(runtime["name"])
    for exponent in range(low_exponent, high_exponent + 1):
        tick = x(2.0 ** exponent)
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>'
                   % (tick, TOP - 4, tick, plot_bottom))
        out.append('<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%gx</text>'
                   % (tick, plot_bottom + 16, 2.0 ** exponent))
    for index, (name, results) in enumerate(rows):
        top = TOP + index * row_height
        weight = ' font-weight="bold"' if name == MEAN_ROW else ""
        out.append('<text x="%d" y="%.1f" text-anchor="end"%s>%s</text>'
                   % (LABEL_WIDTH - 8, top + row_height / 2, weight, escape(name)))
        for position, runtime in enumerate(series):
            value, failure = results.get(runtime["key"], (None, None))
            color = COLORS.get(runtime["key"], OTHER_COLOR)
            y = top + position * (BAR + BAR_GAP)
            if value is None:
                out.append('<text x="%.1f" y="%d" fill="%s" font-size="10">%s</text>'
                           % (x(1) + 4, y + BAR - 2, color, "FAILED" if failure else "no data"))
                continue
            left, right = sorted((x(value), x(1)))
            out.append('<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s">'
                       '<title>%s %s: %.2fx</title></rect>'
                       % (left, y, max(right - left, 1), BAR, color, escape(name),
                          escape(runtime["name"]), value))
            out.append('<text x="%.1f" y="%d" font-size="10">%.2fx</text>'
                       % (right + 4, y + BAR - 2, value))
    out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#222" stroke-dasharray="4 3"/>'
               % (x(1), TOP - 4, x(1), plot_bottom))
    out.append('<text x="%.1f" y="%d" text-anchor="middle" font-weight="bold">CPython = 1</text>'
               % (x(1), plot_bottom + 32))
    out.append("</svg>")
    return "\n".join(out) + "\n"
