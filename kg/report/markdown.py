"""Render a :class:`kg.report.model.Report` as Markdown (charts as files next to report.md)."""

from __future__ import annotations


def md_escape(text) -> str:
    """Text safe inside Markdown (and any HTML a Markdown viewer would pass through).

    Examples
    --------
    >>> md_escape("<script>a|b</script>")
    '&lt;script&gt;a\\\\|b&lt;/script&gt;'
    """
    text = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("|", "\\|").replace("\n", " ")
    return text


def citation_md(c) -> str:
    """One citation: document title (linked when it has a URL), date, quote, the tie it supports."""
    title = md_escape(c.doc_title)
    if c.url:
        title = f"[{title}](<{c.url}>)"
    tie = f" — {md_escape(c.partner)}" + (f", {md_escape(c.via)}" if c.via else "") if c.partner else ""
    return f"  - {title} ({md_escape(c.date)}): “{md_escape(c.quote)}”{tie}"


def render_markdown(report) -> str:
    """The report as Markdown text."""
    out = [f"# {md_escape(report.title)}", "", f"*{md_escape(report.subtitle)}*", ""]
    out.append(" · ".join(f"[{md_escape(s.title)}](#{s.id})" for s in report.sections))
    out.append("")
    for sec in report.sections:
        out += [f'<a id="{sec.id}"></a>', f"## {md_escape(sec.title)}", ""]
        for p in sec.paragraphs:
            out += [md_escape(p), ""]
        for text, href in sec.links:
            out += [f"[{md_escape(text)}]({href})", ""]
        for chart in sec.charts:
            out += [f"![{md_escape(chart.alt)}](charts/{chart.name})", ""]
        for table in sec.tables:
            out += [f"**{md_escape(table.caption)}**", ""]
            out.append("| " + " | ".join(md_escape(h) for h in table.head) + " |")
            out.append("|" + "---|" * len(table.head))
            for row in table.rows:
                out.append("| " + " | ".join(md_escape(c) for c in row) + " |")
            out.append("")
        for claim in sec.claims:
            out.append(f"- **{md_escape(claim.label)}** — {md_escape(claim.text)}")
            out += [citation_md(c) for c in claim.citations]
        if sec.claims:
            out.append("")
    return "\n".join(out).rstrip() + "\n"
