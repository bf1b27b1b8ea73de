"""Assemble the analyst report (:class:`kg.report.model.Report`) from the analysis results.

Sections: overview, key actors, brokers and sector bridges, sector mixing, communities,
change over time, data quality (and the cooperation map when :mod:`kg.viz` is installed).
Every key-actor and broker claim carries citations: the document title, its date and the
quote behind the ties that put the actor there.
"""

from __future__ import annotations

import math

from .model import Chart, Citation, Claim, Report, Section, Table

#: Measures whose leaders are the key actors, in the order shown.
KEY_MEASURES = ("degree", "strength", "betweenness", "eigenvector", "pagerank")
TOP = 5
TIES_CITED = 3
#: Above these sizes the report's map shows the top actors by degree only (a map of 7,000 actors
#: and 666,000 ties is a 661 MB page no browser handles; docs/performance.md). ``scgov viz`` draws
#: any other view.
MAP_MAX_NODES = 2000
MAP_MAX_EDGES = 15000

STRINGS = {
    "ko": {
        "title": "스마트시티 거버넌스 협력 네트워크 분석 보고서",
        "subtitle": "누가 누구와 협력하는가 — 문서 근거로 본 한국 스마트시티 거버넌스 네트워크",
        "overview": "개요", "key": "핵심 행위자", "brokers": "중개자와 부문 간 가교",
        "mixing": "부문 간 혼합", "communities": "커뮤니티", "change": "시기별 변화",
        "quality": "데이터 품질", "map": "협력 네트워크 지도",
        "sector": "부문", "actors": "행위자", "ties": "연결", "measure": "지표", "value": "값",
        "rank": "순위", "label": "행위자", "members": "구성원", "size": "규모",
        "degree": "연결 수(degree)", "strength": "연결 강도(strength)", "betweenness": "매개 중심성(betweenness)",
        "closeness": "근접 중심성(closeness)", "eigenvector": "고유벡터 중심성(eigenvector)", "pagerank": "PageRank",
        "constraint": "제약(constraint)", "effective_size": "유효 규모(effective size)", "brokerage": "중개 횟수(brokerage)",
        "coordinator": "조정자", "itinerant": "순회 중개자", "gatekeeper": "문지기", "representative": "대변자", "liaison": "연락자",
    },
    "en": {
        "title": "Smart-city governance cooperation network: analyst report",
        "subtitle": "Who cooperates with whom — Korea's smart-city governance network, on documentary evidence",
        "overview": "Overview", "key": "Key actors", "brokers": "Brokers and sector bridges",
        "mixing": "Sector mixing", "communities": "Communities", "change": "Change over time",
        "quality": "Data quality", "map": "Cooperation map",
        "sector": "Sector", "actors": "Actors", "ties": "Ties", "measure": "Measure", "value": "Value",
        "rank": "Rank", "label": "Actor", "members": "Members", "size": "Size",
        "degree": "Degree", "strength": "Strength", "betweenness": "Betweenness", "closeness": "Closeness",
        "eigenvector": "Eigenvector", "pagerank": "PageRank", "constraint": "Constraint",
        "effective_size": "Effective size", "brokerage": "Brokerage",
        "coordinator": "coordinator", "itinerant": "itinerant", "gatekeeper": "gatekeeper",
        "representative": "representative", "liaison": "liaison",
    },
}


def build_report(store, *, lang: str = "ko", with_map: bool = True, n_permutations: int = 1000,
                 validate: bool = True) -> Report:
    """The report of *store*'s cooperation network, as data (see :mod:`kg.report.model`).

    Parameters
    ----------
    store : kg.store.Store
        The built graph.
    lang : {"ko", "en"}
        Language of labels and text.
    with_map : bool
        Also render the interactive map (``network.html``) and a static image of it when
        :mod:`kg.viz` is importable (``Report.files``).
    n_permutations : int
        Permutations of the E-I test.
    validate : bool
        Include the SHACL validation summary in the data-quality section.
    """
    from ..network.analysis import analyze
    from ..network.projection import network
    from .charts import cjk_font

    s = STRINGS[lang]
    G = network(store, mode="one", lang=lang)
    result = analyze(G, n_permutations=n_permutations)
    font = cjk_font()
    ctx = _Context(store, G, result, lang, s, font, _doc_urls(store))
    sections = [
        _overview(ctx),
        _key_actors(ctx),
        _brokers(ctx),
        _mixing(ctx),
        _communities(ctx),
        _change(ctx),
        _quality(ctx, validate),
    ]
    files: dict = {}
    if with_map:
        map_section = _map(ctx, files)
        if map_section:
            sections.insert(1, map_section)
    net = result.network
    summary = {
        "actors": net["nodes"], "ties": net["edges"], "density": net.get("density"),
        "components": net.get("components"),
        "top": {m: [G.nodes[n]["label"] for n in _leaders(result, m)] for m in KEY_MEASURES},
        "brokers": [G.nodes[n]["label"] for n in result.top("brokerage", TOP)],
        "low_constraint": [G.nodes[n]["label"] for n in _low_constraint(result)],
        "ei": net.get("ei"), "modularity": net.get("modularity"), "n_communities": net.get("n_communities"),
        "cjk_font": font,
    }
    return Report(s["title"], lang, s["subtitle"], sections, summary, files)


class _Context:
    def __init__(self, store, G, result, lang, strings, font, urls):
        self.store, self.G, self.result, self.lang, self.s, self.font, self.urls = store, G, result, lang, strings, font, urls

    def label(self, node) -> str:
        return str(self.G.nodes[node].get("label", node))

    def sector_label(self, key: str) -> str:
        for _n, d in self.G.nodes(data=True):
            if d.get("sector") == key and d.get("sector_label"):
                return d["sector_label"]
        return key

    def names(self, node) -> list[str]:
        """Every name of *node* (labels and aliases) as the documents may write them."""
        if not hasattr(self, "_names"):
            from ..network.projection import read_facts

            index = read_facts(self.store).names
            self._names: dict = {}
            for key, entities in index.keys.items():
                for e in entities:
                    self._names.setdefault(e, []).append(index.shown[key])
            for (e, _lang), label in index.pref.items():
                self._names.setdefault(e, []).append(label)
        return [n for n in self._names.get(node, []) if len(n) >= 2]

    def citations(self, node, *, limit=TIES_CITED, other_sector_only=False) -> list[Citation]:
        """Citations of *node*'s strongest ties (one quote per tie), strongest first."""
        G = self.G
        sector = G.nodes[node].get("sector")
        ties = sorted(G.edges(node, data=True), key=lambda e: (-e[2].get("weight", 0), self.label(e[1])))
        out: list[Citation] = []
        for _u, v, d in ties:
            if other_sector_only and G.nodes[v].get("sector") == sector:
                continue
            ev = _best_evidence(d.get("evidence", []), self.names(node) + self.names(v))
            if ev is None:
                continue
            out.append(Citation(doc=ev["doc"], doc_title=ev.get("doc_title", ""), date=ev.get("date", ""),
                                quote=ev.get("quote", ""), via=ev.get("via", ""), partner=self.label(v),
                                url=self.urls.get(ev["doc"])))
            if len(out) >= limit:
                break
        return out


def _best_evidence(evidence: list[dict], names: list[str]) -> dict | None:
    """The most telling quote: the one naming most of the two actors' names, then the longest."""
    if not evidence:
        return None

    def score(e):
        quote = e.get("quote", "")
        named = sum(1 for n in names if n and n in quote)
        return (-named, -len(quote), e.get("date", ""), e.get("doc", ""))

    return sorted(evidence, key=score)[0]


def _doc_urls(store) -> dict:
    from ..resources import sparql_dir

    res = store.query((sparql_dir() / "document_urls.rq").read_text(encoding="utf-8"))
    return {str(d): str(u) for d, u in res.rows if str(u).startswith(("http://", "https://"))}


def _fmt(value, digits=3) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


# --- sections -----------------------------------------------------------------------------------


def _overview(ctx) -> Section:
    s, net, G = ctx.s, ctx.result.network, ctx.G
    en = ctx.lang == "en"
    sec = Section("overview", s["overview"])
    years = sorted({y for _u, _v, d in G.edges(data=True) for y in d.get("years", [])})
    docs = sorted({e["doc"] for _u, _v, d in G.edges(data=True) for e in d.get("evidence", [])})
    span = f"{years[0]}–{years[-1]}" if years else "—"
    if en:
        sec.paragraphs.append(
            f"The cooperation network links {net['nodes']} organisations by {net['edges']} ties evidenced in "
            f"{len(docs)} source document(s) ({span}). Density {_fmt(net.get('density'))}; "
            f"{net.get('components', 0)} connected component(s), the largest holding "
            f"{_fmt(100 * net.get('largest_component_share', 0), 0)}% of the actors; average degree "
            f"{_fmt(net.get('average_degree'), 1)}; degree centralisation {_fmt(net.get('degree_centralization'))}, "
            f"betweenness centralisation {_fmt(net.get('betweenness_centralization'))}.")
    else:
        sec.paragraphs.append(
            f"협력 네트워크는 {net['nodes']}개 기관과 {net['edges']}개 연결로 이루어지며, 연결은 "
            f"{len(docs)}건의 원문 문서({span})에 근거한다. 밀도 {_fmt(net.get('density'))}, "
            f"연결 요소 {net.get('components', 0)}개(최대 요소가 행위자의 {_fmt(100 * net.get('largest_component_share', 0), 0)}%), "
            f"평균 연결 수 {_fmt(net.get('average_degree'), 1)}, 연결 수 집중도 {_fmt(net.get('degree_centralization'))}, "
            f"매개 집중도 {_fmt(net.get('betweenness_centralization'))}.")
    rows = []
    for key, n in net.get("sectors", {}).items():
        ties = sum(1 for u, v in G.edges() if key in (G.nodes[u].get("sector"), G.nodes[v].get("sector")))
        rows.append([ctx.sector_label(key), str(n), str(ties)])
    sec.tables.append(Table(s["actors"] + (" by sector" if en else " (부문별)"), [s["sector"], s["actors"], s["ties"]], rows))
    info = ctx.result.info
    notes = []
    for m in ("betweenness", "closeness", "eigenvector", "pagerank", "constraint", "brokerage"):
        i = info.get(m, {})
        exact = "exact" if i.get("exact", True) else "approximate"
        sample = f", sample {i['sample_size']}" if i.get("sample_size") else ""
        seed = f", seed {i['seed']}" if i.get("seed") is not None else ""
        notes.append([s.get(m, m), f"{exact}{sample}{seed}", i.get("method", ""), i.get("note", "")])
    sec.tables.append(Table("How the measures were computed" if en else "지표 계산 방법",
                            [s["measure"], "exact/approx.", "method", "note"], notes))
    return sec


def _key_actors(ctx) -> Section:
    from .charts import bars, pick

    s, G, result = ctx.s, ctx.G, ctx.result
    en = ctx.lang == "en"
    sec = Section("key-actors", s["key"])
    sec.paragraphs.append(
        ("The five leading actors on each centrality measure. Each entry cites the documents behind "
         "its strongest ties: what put it there.") if en else
        ("각 중심성 지표의 상위 5개 행위자. 각 항목은 그 순위를 만든 가장 강한 연결의 근거 문서(제목·날짜·인용)를 밝힌다."))
    rows = []
    leaders: dict = {}
    for m in KEY_MEASURES:
        for rank, node in enumerate(_leaders(result, m), 1):
            rows.append([s[m], str(rank), ctx.label(node), _fmt(result.table[node][m])])
            leaders.setdefault(node, []).append((m, rank))
    sec.tables.append(Table(s["key"], [s["measure"], s["rank"], s["label"], s["value"]], rows))
    for node, ranks in leaders.items():
        cites = ctx.citations(node)
        if not cites:
            continue
        t = result.table[node]
        where = ", ".join(f"{s[m]} #{r}" for m, r in ranks)
        partners = ", ".join(c.partner for c in cites)
        text = (f"({ctx.sector_label(G.nodes[node]['sector'])}) {where}. "
                + (f"{t['degree']} partners, tie strength {_fmt(t['strength'], 2)}; strongest ties with {partners}."
                   if en else f"협력 상대 {t['degree']}곳, 연결 강도 {_fmt(t['strength'], 2)}; 가장 강한 연결: {partners}."))
        sec.claims.append(Claim(node, ctx.label(node), G.nodes[node].get("sector", "other"), text,
                                {m: t[m] for m in KEY_MEASURES}, cites))
    top = result.top("betweenness", 12) or result.top("degree", 12)
    measure = "betweenness" if result.top("betweenness", 1) else "degree"
    sector_colour = _sector_colours()

    labels = [pick(ctx.label(n), G.nodes[n].get("label_en", ""), ctx.font) for n in top]
    values = [float(result.table[n][measure] or 0) for n in top]
    colours = [sector_colour(G.nodes[n].get("sector", "other")) for n in top]
    title = pick(s[measure], STRINGS["en"][measure], ctx.font)
    sec.charts.append(Chart("centrality.svg", title, f"{title}: " + ", ".join(f"{ctx.label(n)} {v:.3f}" for n, v in zip(top, values)),
                            bars(labels, values, colours, title=title, font=ctx.font, xlabel=measure)))
    return sec


def _leaders(result, measure, n=TOP):
    """The top *n* actors on *measure*, leaving out zeros (no betweenness is no lead)."""
    return [x for x in result.top(measure, n) if result.table[x][measure]]


def _sector_colours():
    """node sector -> colour of docs/network-contract.md."""
    colours = {"central-government": "#1f77b4", "local-government": "#2ca02c", "research": "#9467bd",
               "public-enterprise": "#ff7f0e", "academia": "#8c564b", "industry": "#d62728",
               "international": "#17becf", "governance-body": "#7f7f7f", "other": "#bcbd22"}
    return lambda key: colours.get(key, colours["other"])


def _low_constraint(result, n=TOP):
    table = result.table
    nodes = [x for x in result.top("constraint", len(table)) if (table[x]["degree"] or 0) >= 2]
    return nodes[:n]


def _brokers(ctx) -> Section:
    from ..network.brokerage import ROLES

    s, G, result = ctx.s, ctx.G, ctx.result
    en = ctx.lang == "en"
    sec = Section("brokers", s["brokers"])
    sec.paragraphs.append(
        ("Gould–Fernandez brokerage counts the pairs of unconnected contacts an actor sits between, by the "
         "sectors of the three: coordinator (all one sector), gatekeeper/representative (the broker shares a "
         "sector with one side), itinerant (the two sides share a sector, the broker not), liaison (three "
         "sectors). Burt's constraint is low when an actor's contacts are not tied to each other "
         "(structural holes).") if en else
        ("Gould–Fernandez 중개 역할은 서로 연결되지 않은 두 상대 사이에 선 횟수를 세 행위자의 부문으로 나눈다: 조정자(모두 같은 부문), "
         "문지기·대변자(중개자가 한쪽과 같은 부문), 순회 중개자(양쪽이 같은 부문, 중개자는 다른 부문), 연락자(세 부문이 모두 다름). "
         "Burt의 제약(constraint)은 상대들끼리 연결되어 있지 않을수록(구조적 공백) 낮다."))
    brokers = [n for n in result.top("brokerage", TOP) if result.table[n]["brokerage"]]
    rows = []
    for n in brokers:
        t = result.table[n]
        rows.append([ctx.label(n), ctx.sector_label(G.nodes[n]["sector"]), _fmt(t["brokerage"], 1),
                     *[_fmt(t[r], 1) for r in ROLES], _fmt(t["constraint"]), _fmt(t["effective_size"], 2)])
    sec.tables.append(Table(s["brokerage"], [s["label"], s["sector"], s["brokerage"], *[s[r] for r in ROLES],
                                             s["constraint"], s["effective_size"]], rows))
    low = _low_constraint(result)
    sec.tables.append(Table(("Lowest constraint (actors with 2+ ties)" if en else "제약이 가장 낮은 행위자(연결 2개 이상)"),
                            [s["label"], s["sector"], s["constraint"], s["effective_size"], s["degree"]],
                            [[ctx.label(n), ctx.sector_label(G.nodes[n]["sector"]), _fmt(result.table[n]["constraint"]),
                              _fmt(result.table[n]["effective_size"], 2), str(result.table[n]["degree"])] for n in low]))
    for n in dict.fromkeys(brokers + low):
        cites = ctx.citations(n, other_sector_only=True) or ctx.citations(n)
        if not cites:
            continue
        t = result.table[n]
        roles = ", ".join(f"{s[r]} {_fmt(t[r], 1)}" for r in ROLES if t[r])
        other = sorted({G.nodes[v].get("sector") for v in G[n]} - {G.nodes[n].get("sector")})
        bridge = ", ".join(ctx.sector_label(x) for x in other)
        text = (f"brokers {_fmt(t['brokerage'], 1)} pairs ({roles or 'none'}); constraint "
                f"{_fmt(t['constraint'])}; ties reach {len(other)} other sector(s): {bridge or '—'}." if en else
                f"중개 {_fmt(t['brokerage'], 1)}쌍({roles or '없음'}), 제약 {_fmt(t['constraint'])}; "
                f"다른 부문 {len(other)}곳과 연결: {bridge or '—'}.")
        sec.claims.append(Claim(n, ctx.label(n), G.nodes[n].get("sector", "other"), text,
                                {"brokerage": t["brokerage"], "constraint": t["constraint"]}, cites))
    return sec


def _mixing(ctx) -> Section:
    from .charts import heatmap, pick

    s, net = ctx.s, ctx.result.network
    en = ctx.lang == "en"
    sec = Section("mixing", s["mixing"])
    ei = net.get("ei")
    if ei:
        verdict = ("more ties cross sectors than random assignment of sectors would give"
                   if ei["observed"] > ei["expected"] else "ties stay inside sectors more than chance would give")
        verdict_ko = "무작위로 부문을 배정했을 때보다 부문 간 연결이 많다" if ei["observed"] > ei["expected"] else "우연보다 부문 내부 연결이 많다"
        sig = ei["p_value"] < 0.05
        sec.paragraphs.append(
            (f"E-I index (Krackhardt–Stern, ties counted): {_fmt(ei['observed'])} (−1 all ties inside sectors, +1 all "
             f"across); expected under random relabelling {_fmt(ei['expected'])}, p = {_fmt(ei['p_value'])} "
             f"({ei['n_permutations']} permutations, seed {ei['seed']}): {verdict if sig else 'not distinguishable from chance'}. "
             f"Weighted by tie strength: {_fmt(net.get('ei_weighted'))}. Sector assortativity {_fmt(net.get('assortativity'))}.")
            if en else
            (f"E-I 지수(Krackhardt–Stern, 연결 수 기준): {_fmt(ei['observed'])} (−1은 모든 연결이 부문 내부, +1은 모두 부문 간). "
             f"무작위 재배정 기대값 {_fmt(ei['expected'])}, p = {_fmt(ei['p_value'])} (순열 {ei['n_permutations']}회, seed {ei['seed']}): "
             f"{verdict_ko if sig else '우연과 구별되지 않는다'}. 연결 강도 가중 E-I: {_fmt(net.get('ei_weighted'))}. "
             f"부문 동류성(assortativity) {_fmt(net.get('assortativity'))}."))
    group_ei = net.get("group_ei", {})
    if group_ei:
        sec.tables.append(Table("E-I by sector" if en else "부문별 E-I", [s["sector"], "E-I"],
                                [[ctx.sector_label(g), _fmt(v)] for g, v in sorted(group_ei.items(), key=lambda kv: str(kv[0]))]))
    mix = net.get("mixing", {})
    groups = mix.get("groups", [])
    if groups:
        counts = mix["counts"]
        sec.tables.append(Table("Ties between sectors" if en else "부문 간 연결 수", [""] + [ctx.sector_label(g) for g in groups],
                                [[ctx.sector_label(g)] + [str(counts[g][h]) for h in groups] for g in groups]))
        names = [pick(ctx.sector_label(g), g, ctx.font) for g in groups]
        title = pick(s["mixing"] + " (연결 강도)", "Sector mixing (tie strength)", ctx.font)
        matrix = [[round(mix["weights"][g][h], 3) for h in groups] for g in groups]
        sec.charts.append(Chart("sector-mixing.svg", title,
                                "; ".join(f"{g}–{h}: {counts[g][h]}" for i, g in enumerate(groups) for h in groups[i:] if counts[g][h]),
                                heatmap(names, matrix, title=title, font=ctx.font, value_label="tie strength")))
    return sec


def _communities(ctx) -> Section:
    s, G, result, net = ctx.s, ctx.G, ctx.result, ctx.result.network
    en = ctx.lang == "en"
    sec = Section("communities", s["communities"])
    sec.paragraphs.append(
        (f"Seeded Louvain (seed 42, tie strength) finds {net.get('n_communities', 0)} communities; modularity "
         f"{_fmt(net.get('modularity'))}. Members are listed by degree.") if en else
        (f"Louvain 방법(seed 42, 연결 강도 가중)으로 {net.get('n_communities', 0)}개 커뮤니티를 찾았다. 모듈성 {_fmt(net.get('modularity'))}. "
         "구성원은 연결 수 순."))
    rows = []
    for i, members in enumerate(result.communities):
        ordered = sorted(members, key=lambda n: (-(result.table[n]["degree"] or 0), ctx.label(n)))
        sectors: dict = {}
        for n in members:
            key = ctx.sector_label(G.nodes[n].get("sector", "other"))
            sectors[key] = sectors.get(key, 0) + 1
        mix = ", ".join(f"{k} {v}" for k, v in sorted(sectors.items(), key=lambda kv: -kv[1]))
        shown = ", ".join(ctx.label(n) for n in ordered[:12]) + (" …" if len(ordered) > 12 else "")
        rows.append([str(i), str(len(members)), mix, shown])
    sec.tables.append(Table(s["communities"], ["#", s["size"], s["sector"], s["members"]], rows))
    return sec


def _change(ctx) -> Section:
    from ..network.temporal import compare_graphs, period_graph, years_in

    s = ctx.s
    en = ctx.lang == "en"
    sec = Section("change", s["change"])
    years = years_in(ctx.store)
    if len(years) < 2:
        sec.paragraphs.append("The data cover a single year: nothing to compare." if en else "자료가 한 해뿐이어서 비교할 수 없다.")
        return sec
    graphs = {year: period_graph(ctx.store, year, lang=ctx.lang) for year in years}  # each year once
    for before, after in zip(years, years[1:]):
        c = compare_graphs(graphs[before], graphs[after], before, after, measure="degree", top=8)
        b, a = str(before), str(after)
        sec.paragraphs.append(
            (f"{before} → {after}: {c['nodes'][b]} → {c['nodes'][a]} actors, {c['edges'][b]} → {c['edges'][a]} ties; "
             f"{len(c['entered'])} actor(s) entered, {len(c['left'])} not seen again, {len(c['new_ties'])} new tie(s), "
             f"{len(c['kept_ties'])} tie(s) evidenced in both years.") if en else
            (f"{before} → {after}: 행위자 {c['nodes'][b]} → {c['nodes'][a]}, 연결 {c['edges'][b]} → {c['edges'][a]}; "
             f"새로 등장 {len(c['entered'])}, 다음 해에 보이지 않음 {len(c['left'])}, 새 연결 {len(c['new_ties'])}, "
             f"두 해 모두 근거가 있는 연결 {len(c['kept_ties'])}."))
        if c["entered"]:
            sec.paragraphs.append(("Entered: " if en else "새로 등장: ") + _some([n["label"] for n in c["entered"]], en))
        if c["new_ties"]:
            sec.tables.append(Table(f"{'New ties in' if en else '새 연결'} {after}", ["", "", s["ties"], "via"],
                                    [[t["source_label"], t["target_label"], ", ".join(t["tie_types"]), "; ".join(t["via"])]
                                     for t in c["new_ties"][:25]]))
        sec.tables.append(Table(f"{s['degree']}: {before} → {after}", [s["label"], b, a, "Δ"],
                                [[m["label"], _fmt(m["before"]), _fmt(m["after"]), _fmt(m["change"])] for m in c["moves"]]))
    return sec


def _some(names: list[str], en: bool, limit: int = 40) -> str:
    """*names* joined, the first *limit* only, saying how many more there are.

    Examples
    --------
    >>> _some(["a", "b", "c"], True, limit=2), _some(["a", "b", "c"], False, limit=2), _some(["a"], True)
    ('a, b and 1 more', 'a, b 외 1곳', 'a')
    """
    shown = ", ".join(names[:limit])
    rest = len(names) - limit
    if rest <= 0:
        return shown
    return f"{shown} and {rest:,} more" if en else f"{shown} 외 {rest:,}곳"


def _quality(ctx, validate: bool) -> Section:
    from ..network.projection import read_facts
    from ..resources import sparql_dir

    s, G = ctx.s, ctx.G
    en = ctx.lang == "en"
    sec = Section("data-quality", s["quality"])
    facts = read_facts(ctx.store)
    res = ctx.store.query((sparql_dir() / "unevidenced_entities.rq").read_text(encoding="utf-8"))
    unevidenced = [str(r[0]) for r in res.rows]
    names = [facts.names.label(e, ctx.lang) for e in unevidenced]
    isolates = [ctx.label(n) for n in G if G.degree(n) == 0]
    orgs = [n for n, info in facts.nodes.items() if info.kind == "organization"]
    untied = sorted(facts.names.label(n, ctx.lang) for n in orgs if n not in G and n not in unevidenced)
    sec.paragraphs.append(
        (f"{len(unevidenced)} registry entit(y/ies) are mentioned by no document and named in no relationship "
         f"(no evidence): {', '.join(names) or '—'}.") if en else
        (f"어떤 문서도 언급하지 않고 어떤 관계에도 나오지 않는(근거 없는) 등록 개체 {len(unevidenced)}개: {', '.join(names) or '—'}."))
    sec.paragraphs.append(
        (f"Organisations mentioned but without any tie: {len(untied)} ({', '.join(untied) or '—'}). "
         f"Isolates in the network: {len(isolates)}.") if en else
        (f"문서에 언급되지만 연결이 없는 기관 {len(untied)}개({', '.join(untied) or '—'}). 네트워크의 고립 노드 {len(isolates)}개."))
    if validate:
        from ..validate import validate as run_validation

        report = run_validation(ctx.store, ctx.lang)
        if report.conforms:
            sec.paragraphs.append("SHACL validation: the graph conforms (0 violations)." if en else "SHACL 검증: 위반 0건(적합).")
        else:
            sec.paragraphs.append((f"SHACL validation: {len(report)} result(s)." if en else f"SHACL 검증 결과 {len(report)}건."))
            sec.tables.append(Table("SHACL", ["severity", "focus", "path", "message"],
                                    [[v.severity, v.focus_label, v.path, v.message] for v in report.violations[:50]]))
    return sec


def _map(ctx, files: dict) -> Section | None:
    """The interactive map (network.html) and a static image, when kg.viz is available."""
    try:
        from kg.viz import render_map, render_static
    except ImportError:
        return None
    import tempfile
    from pathlib import Path

    from kg.viz.maps import keep_top

    en = ctx.lang == "en"
    measures = {n: {k: v for k, v in row.items() if isinstance(v, (int, float)) and v is not None}
                for n, row in ctx.result.table.items()}
    G = ctx.G
    if G.number_of_nodes() > MAP_MAX_NODES or G.number_of_edges() > MAP_MAX_EDGES:
        G = keep_top(G, measures, "degree", MAP_MAX_NODES, max_edges=MAP_MAX_EDGES)
    with tempfile.TemporaryDirectory() as tmp:
        html_path = Path(tmp) / "network.html"
        png_path = Path(tmp) / "network.png"
        render_map(G, html_path, size_by="degree", measures=measures)
        files["network.html"] = html_path.read_bytes()
        try:
            render_static(G, png_path, size_by="degree", measures=measures)
            files["network.png"] = png_path.read_bytes()
        except Exception:  # noqa: BLE001 - the static image is optional; the map link stays
            pass
    sec = Section("map", ctx.s["map"])
    sec.paragraphs.append(
        "The interactive map opens offline in any browser: hover a node or tie for its evidence, search by name."
        if en else "대화형 지도는 인터넷 연결 없이 브라우저에서 열린다. 노드나 연결에 마우스를 올리면 근거가 보이고, 이름으로 검색할 수 있다.")
    if G is not ctx.G:
        n, m = G.number_of_nodes(), G.number_of_edges()
        sec.paragraphs.append(
            (f"The network is too large to draw whole ({ctx.G.number_of_nodes():,} actors, {ctx.G.number_of_edges():,} ties): "
             f"the map shows the {n:,} actors of highest degree and the {m:,} ties among them. "
             "`scgov viz` draws other views (--ego, --year, --sector, --top).") if en else
            (f"네트워크가 커서(행위자 {ctx.G.number_of_nodes():,}, 연결 {ctx.G.number_of_edges():,}) 전체를 그리지 않았다: "
             f"연결 수 상위 {n:,}개 행위자와 그 사이의 연결 {m:,}개만 보인다. "
             "다른 보기는 `scgov viz`로 그린다(--ego, --year, --sector, --top)."))
    sec.links.append(("network.html", "network.html"))
    if "network.png" in files:
        sec.charts.append(Chart("network.png", ctx.s["map"], ctx.s["map"], png=files.pop("network.png")))
    return sec
