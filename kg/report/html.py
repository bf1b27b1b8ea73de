"""Render a :class:`kg.report.model.Report` as one self-contained HTML page.

No network is needed to open it: the CSS is inline, charts are inline SVG or base64 PNG, and
the only links that leave the page are the source documents' own addresses (when the data has
them). Every piece of data text goes through the Jinja2 autoescaper; SVG charts come from
matplotlib (text drawn as paths) and are inserted as markup.
"""

from __future__ import annotations

import base64

CSS = """
body{font-family:"Noto Sans KR","Noto Sans CJK KR","Apple SD Gothic Neo","Malgun Gothic",system-ui,sans-serif;
 max-width:1100px;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.55}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:2px solid #1f77b4;padding-bottom:.2rem;margin-top:2.4rem}
.subtitle{color:#555;margin-top:0}nav a{margin-right:.9rem}
table{border-collapse:collapse;margin:.6rem 0 1.2rem;font-size:.88rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f4f8}caption{font-weight:600;text-align:left;padding:.3rem 0}
.claims{list-style:none;padding:0}.claim{margin:.8rem 0;padding:.6rem .8rem;border-left:4px solid #1f77b4;background:#fafbfd}
.claim .actor{font-weight:700}.citations{margin:.4rem 0 0 1rem;padding:0;font-size:.88rem}
.citation{margin:.2rem 0}.citation .quote{font-style:italic}.citation .doc-title{font-weight:600}
.chart svg,.chart img{max-width:100%;height:auto}.chart figcaption{font-size:.85rem;color:#555}
.muted{color:#666;font-size:.85rem}
"""

TEMPLATE = """<!DOCTYPE html>
<html lang="{{ report.lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'">
<title>{{ report.title }}</title>
<style>{{ css }}</style>
</head>
<body>
<header>
<h1>{{ report.title }}</h1>
<p class="subtitle">{{ report.subtitle }}</p>
<nav>{% for sec in report.sections %}<a href="#{{ sec.id }}">{{ sec.title }}</a>{% endfor %}</nav>
</header>
<main>
{% for sec in report.sections %}
<section id="{{ sec.id }}">
<h2>{{ sec.title }}</h2>
{% for p in sec.paragraphs %}<p>{{ p }}</p>
{% endfor %}
{% for text, href in sec.links %}<p><a class="local-link" href="{{ href }}">{{ text }}</a></p>
{% endfor %}
{% for chart in sec.charts %}<figure class="chart" data-chart="{{ chart.name }}">
{% if chart.png %}<img alt="{{ chart.alt }}" src="data:image/png;base64,{{ b64(chart.png) }}">{% else %}{{ chart.svg | safe }}{% endif %}
<figcaption>{{ chart.title }}</figcaption>
</figure>
{% endfor %}
{% for table in sec.tables %}<table>
<caption>{{ table.caption }}</caption>
<thead><tr>{% for h in table.head %}<th>{{ h }}</th>{% endfor %}</tr></thead>
<tbody>{% for row in table.rows %}<tr>{% for c in row %}<td>{{ c }}</td>{% endfor %}</tr>
{% endfor %}</tbody>
</table>
{% endfor %}
{% if sec.claims %}<ul class="claims">
{% for claim in sec.claims %}<li class="claim" data-actor="{{ claim.actor }}">
<span class="actor">{{ claim.label }}</span> — <span class="text">{{ claim.text }}</span>
<ul class="citations">
{% for c in claim.citations %}<li class="citation" data-doc="{{ c.doc }}">
{% if c.url %}<a class="doc-title" href="{{ c.url }}">{{ c.doc_title }}</a>{% else %}<span class="doc-title">{{ c.doc_title }}</span>{% endif %}
(<span class="date">{{ c.date }}</span>): “<span class="quote">{{ c.quote }}</span>”{% if c.partner %} <span class="muted">— {{ c.partner }}{% if c.via %}, {{ c.via }}{% endif %}</span>{% endif %}
</li>
{% endfor %}</ul>
</li>
{% endfor %}</ul>
{% endif %}
</section>
{% endfor %}
</main>
<footer class="muted"><p>scgov-kg</p></footer>
</body>
</html>
"""


def render_html(report) -> str:
    """The report as one self-contained HTML page (text escaped by Jinja2's autoescape)."""
    import jinja2
    from markupsafe import Markup

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(TEMPLATE)
    return template.render(report=report, css=Markup(CSS),
                           b64=lambda data: base64.b64encode(data).decode("ascii"))
