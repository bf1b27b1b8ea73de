"""People, dates, places and the relationships a text states (``scgov extract``, steps 4–5).

:func:`_propose` reads each sentence for cues — attendee lists, 주최/주관, MOU signatories,
지정/선정 — and proposes relationships with the sentence as evidence.
"""

from __future__ import annotations

import re

from .lexicon import CUES, DATE_PATTERNS, ORG_KINDS, SELECTOR_KINDS, SURNAMES, TITLES, _TITLE_ALT
from .textscan import LOCAL_HEAD_TITLES, Known, Mention, Proposal, _NAME_LOCALHEAD, _NAME_ORGHEAD, _NAME_ORG_TITLE, _ORG_NAME_TITLE, _in_spans, _norm, _ref, _sentences


_PERSON_AFTER = re.compile(r"(?<![가-힣])([가-힣]{3})\s?(" + _TITLE_ALT + r")(?![가-힣]{2})")


_PERSON_PAREN = re.compile(r"\(\s*(" + _TITLE_ALT + r")\s+([가-힣]{2,4})\s*\)")


_NAME_TITLE_PAREN = re.compile(r"([가-힣]{3})\s?(" + _TITLE_ALT + r")\s*\(([^)]{2,30})\)")


def _find_people(text: str, mentions: list[Mention], taken, furniture, known: Known | None) -> tuple[list[Mention], list[tuple]]:
    """People as name + title; returns mentions and (person mention, title, org mention or None, quote span) posts."""
    people: list[Mention] = []
    posts: list[tuple] = []

    def person(name, a, b):
        if name[0] not in SURNAMES or _in_spans(a, furniture):
            return None
        for m in mentions:
            if m.start <= a < m.end:
                return m if m.kind == "person" else None
        entity = None
        if known is not None:
            found = [e for e in known.names.get(_norm(name), set()) if known.kinds.get(e) == "person"]
            entity = found[0] if len(found) == 1 else None
        mention = Mention(name, a, b, "person", entity, name, entity is None, None, [], "person" if entity is None else "registry")
        people.append(mention)
        taken.append((a, b))
        return mention

    def org_before(pos, window=25):
        cands = [m for m in mentions if m.kind in ORG_KINDS and m.end <= pos and pos - m.end <= window]
        return cands[-1] if cands else None

    for m in _PERSON_PAREN.finditer(text):  # 국토연구원(원장 강현수)
        p = person(m.group(2), m.start(2), m.end(2))
        if p:
            org = org_before(m.start(), 2)
            posts.append((p, m.group(1), org, m.start(), m.end()))
    for m in _PERSON_AFTER.finditer(text):  # 강현수 원장
        if any(a <= m.start(1) < b for a, b in taken) and not any(x.start == m.start(1) and x.kind == "person" for x in mentions + people):
            continue
        p = next((x for x in mentions + people if x.start == m.start(1) and x.kind == "person"), None) or person(m.group(1), m.start(1), m.end(1))
        if p:
            org = org_before(m.start(1), 12)
            paren = re.match(r"\s*\(([^)]{2,30})\)", text[m.end():m.end() + 32])
            if paren:
                inner = [x for x in mentions if m.end() <= x.start < m.end() + len(paren.group()) and x.kind in ORG_KINDS]
                org = inner[0] if inner else org
            posts.append((p, m.group(2), org, (org.start if org else m.start()), m.end()))
    # 곽영호 아이티윈 대표, 주영창 차세대기술융합연구원장, 허태정 대전시장: the person, the organisation, the title
    orghead = lambda m: "원장" if m.group(2).endswith("원") else "소장"  # noqa: E731
    for pattern, who, where, title_of in ((_NAME_ORG_TITLE, 1, 2, lambda m: m.group(3)), (_NAME_ORGHEAD, 1, 2, orghead),
                                          (_ORG_NAME_TITLE, 2, 1, lambda m: m.group(3)),
                                          (_NAME_LOCALHEAD, 1, 2, lambda m: LOCAL_HEAD_TITLES[m.group(3)])):
        for m in pattern.finditer(text):
            org = next((x for x in mentions if x.kind in ORG_KINDS and x.start == m.start(where) and x.end == m.end(where)), None)
            if org is None or any(x.kind == "person" and x.start == m.start(who) for x in people + mentions):
                continue
            p = person(m.group(who), m.start(who), m.end(who))
            if p:
                posts.append((p, title_of(m), org, m.start(), m.end()))
    return people, posts


def _dates(text: str, furniture) -> list[dict]:
    import datetime

    found = []
    for kind, pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(d["start"] < m.end() and m.start() < d["end"] for d in found):
                continue
            g = m.groups()
            try:
                if kind == "ymd":
                    value = datetime.date(int(g[0]), int(g[1]), int(g[2])).isoformat()
                elif kind == "ymd2":
                    value = datetime.date(2000 + int(g[0]), int(g[1]), int(g[2])).isoformat()
                elif kind == "ym2":
                    if not 1 <= int(g[1]) <= 12:
                        continue
                    value = f"{2000 + int(g[0])}-{int(g[1]):02d}"
                else:
                    if not (1 <= int(g[0]) <= 12 and 1 <= int(g[1]) <= 31):
                        continue
                    value = f"--{int(g[0]):02d}-{int(g[1]):02d}"
            except ValueError:
                continue
            found.append({"surface": m.group(), "start": m.start(), "end": m.end(), "value": value,
                          "furniture": _in_spans(m.start(), furniture)})
    found.sort(key=lambda d: d["start"])
    year = next((d["value"][:4] for d in found if len(d["value"]) == 10 and not d["value"].startswith("--")), None)
    for d in found:
        if d["value"].startswith("--"):
            d["value"] = f"{year}-{d['value'][2:]}" if year else None
            if d["value"]:
                try:
                    datetime.date.fromisoformat(d["value"])
                except ValueError:
                    d["value"] = None
    return found


_PLACE = re.compile(r"([가-힣A-Za-z0-9]+(?:\s[가-힣A-Za-z0-9]+){0,3}?(?:청사|센터|본사|전시장|컨벤션센터|호텔|홀|회관|시청|도청|\d+호))\s?에서")


def _places(text: str, mentions, furniture) -> list[dict]:
    out = [{"surface": m.surface, "start": m.start, "end": m.end, "entity": m.entity, "label": m.label}
           for m in mentions if m.kind in ("place", "zone")]
    for m in _PLACE.finditer(text):
        if _in_spans(m.start(), furniture) or any(p["start"] <= m.start(1) < p["end"] for p in out):
            continue
        out.append({"surface": m.group(1), "start": m.start(1), "end": m.end(1), "entity": None, "label": m.group(1)})
    return sorted(out, key=lambda p: p["start"])


#: 지정/선정 used as a verb or for the chosen ("선정했다", "지정된 기관은", "지정기관은"), not "선정 기준".
_SELECTION = re.compile(r"(지정|선정)(?=했|하였|됐|되었|한다|하고|하여|해|된|되|할|기관|도시|지역|\s*(?:결과|발표))")


def _propose(text: str, mentions: list[Mention], posts, dates, furniture, doc_date) -> tuple[list[Proposal], list[dict], list[dict]]:
    proposals: list[Proposal] = []
    events: list[dict] = []
    programmes: list[dict] = []
    selection: dict = {}  # the last selection: {"proposal", "sentence", "by"}
    sentences = _sentences(text)
    agents = [m for m in mentions if m.kind in ORG_KINDS or m.kind == "person"]

    def in_span(a, b):
        out, seen = [], set()
        for m in agents:
            if a <= m.start < b and _ref(m) not in seen:
                seen.add(_ref(m))
                out.append(m)
        return out

    def date_in(a, b):
        for d in dates:
            if a <= d["start"] < b and d["value"] and len(d["value"]) == 10:
                return d["value"]
        return None

    def quote(a, b):
        q = " ".join(text[a:b].split())
        return q if len(q) <= 300 else q[:297].rsplit(" ", 1)[0]

    def event_for(a, b):
        date = date_in(a, b) or doc_date
        for ev in events:
            if ev["date"] == date:
                return ev["id"]
        ev = {"id": f"event-{len(events) + 1}", "date": date, "quote": quote(a, b)}
        events.append(ev)
        return ev["id"]

    for sentence_no, (a, b) in enumerate(sentences):
        if _in_spans(a, furniture):
            continue
        sent = text[a:b]
        here = in_span(a, b)
        if not here:
            continue
        q = quote(a, b)
        # attendee lists: "참석 : (국토부) 장관 … (업계) IBM, LG CNS …"
        att = re.search(r"참\s*석\s*[:：]", sent)
        if att:
            ev = event_for(a, b)
            groups = [(a + g.start(), g.group(1).strip()) for g in re.finditer(r"\(([^)]{1,12})\)", sent)]
            for m in in_span(a + att.end(), b):
                group = next((g for pos, g in reversed(groups) if pos < m.start), None)
                proposals.append(Proposal("participation", {"event": ev, "role": "participant", "who": [_ref(m)], **({"group": group} if group else {})}, q, a, b))
            continue
        label = re.match(r"\s*[-*•○□]?\s*\(?\s*(주\s*최|주\s*관)\s*\)?\s*[:：)]?", sent)
        if label and (")" in label.group() or ":" in label.group() or "：" in label.group()):
            role = "host" if "최" in label.group(1) else "organiser"
            ev = event_for(a, b)
            for m in in_span(a + label.end(), b):
                proposals.append(Proposal("participation", {"event": ev, "role": role, "who": [_ref(m)]}, q, a, b))
            continue
        for role in ("host", "organiser", "chair"):
            for cue in CUES[role].finditer(sent):
                pos = a + cue.start()
                near = [m for m in here if m.end <= pos and pos - m.end <= 40]
                clause = max([a] + [a + x.end() for x in re.finditer(r"[,，]|하고|하며|했으며|하였으며", sent[: cue.start()])])
                near = [m for m in near if m.start >= clause] or near[-1:]
                if near:
                    ev = event_for(a, b)
                    for m in near:
                        proposals.append(Proposal("participation", {"event": ev, "role": role, "who": [_ref(m)]}, q, a, b))
        if CUES["participant"].search(sent) and not att:
            cue = CUES["participant"].search(sent)
            whos = [m for m in here if m.start < a + cue.start() and m.kind != "person"]
            listed = [m for m in whos if not any(p.fields.get("who") == [_ref(m)] and p.start == a for p in proposals)]
            if listed and len(listed) >= 1 and re.search(r"참석하|참석했|참여하였|참가", sent):
                ev = event_for(a, b)
                for m in listed:
                    proposals.append(Proposal("participation", {"event": ev, "role": "participant", "who": [_ref(m)]}, q, a, b))
        if CUES["agreement"].search(sent) and re.search(r"체결|서명|맺", sent):
            parties = [m for m in here if m.kind in ORG_KINDS]
            names = []
            for m in parties:
                if _ref(m) not in names:
                    names.append(_ref(m))
            if len(names) >= 2:
                proposals.append(Proposal("agreement", {"parties": names, "date": date_in(a, b) or doc_date}, q, a, b,
                                          "planned" if re.search(r"체결할|체결 예정|추진할|계획", sent) else None))
        cue = _SELECTION.search(sent)
        if cue:
            zones = [m for m in mentions if m.kind == "zone" and a <= m.start < b]
            _propose_selection(text, sent, a, b, q, here, zones, selection, proposals, programmes, doc_date, date_in(a, b),
                               sentence_no=sentence_no)
    # one agreement per set of parties: keep the sentence that dates it (else the first)
    kept: dict[tuple, Proposal] = {}
    for p in [p for p in proposals if p.type == "agreement"]:
        key = tuple(sorted(p.fields["parties"]))
        dated = date_in(p.start, p.end) is not None
        if key not in kept or (dated and date_in(kept[key].start, kept[key].end) is None):
            kept[key] = p
    proposals = [p for p in proposals if p.type != "agreement" or kept.get(tuple(sorted(p.fields["parties"]))) is p]
    for person, title, org, pa, pb in posts:
        role = TITLES.get(title, "head")
        if org is None:
            continue
        fields = {"person": _ref(person), "org": _ref(org), "role": role if role in ("minister", "vice-minister", "president", "professor", "director", "researcher", "staff", "head", "member") else "head"}
        sa = next(((x, y) for x, y in sentences if x <= pa < y), (pa, pb))
        proposals.append(Proposal("post", fields, quote(max(sa[0], min(pa, pb - 1)), max(pb, min(sa[1], pb))), pa, pb))
    return proposals, events, programmes


def _propose_selection(text, sent, a, b, q, here, zones, last, proposals, programmes, doc_date, date, *, sentence_no):
    """A 지정/선정 sentence: special zones → a designation; organisations → the targets of a programme.

    The selector is an organisation of :data:`SELECTOR_KINDS` written as the subject (``국토교통부는``);
    a list sentence without one ("지정기관은 △A △B …") continues the selection just before it.
    """
    orgs = [m for m in here if m.kind in ORG_KINDS]
    by = [m for m in orgs if m.kind in SELECTOR_KINDS and re.match(r"(?:은|는|이|가|에서)(?![가-힣])", text[m.end:m.end + 3])]
    chosen = [m for m in orgs if m not in by]
    status = "planned" if re.search(r"(지정|선정)할|(지정|선정)\s*예정|(지정|선정)될", sent) else None
    names = lambda ms: list(dict.fromkeys(_ref(m) for m in ms))  # noqa: E731
    continues = not by and last and sentence_no - last["sentence"] <= 2
    by_names = names(by) or (last["by"] if continues else [])
    if zones:
        proposals.append(Proposal("designation", {"zones": names(zones), "by": by_names or None, "date": date or doc_date}, q, a, b, status))
    if not chosen:
        if by:
            last.update(proposal=None, sentence=sentence_no, by=by_names)
        return
    if continues and last.get("proposal") is not None:
        p = last["proposal"]
        p.fields["targets"] = list(dict.fromkeys(p.fields["targets"] + names(chosen)))
        p.quote = [*([p.quote] if isinstance(p.quote, str) else p.quote), q]
        p.end = b
    else:
        prog = {"id": f"prog-{len(programmes) + 1}", "date": date or doc_date, "quote": q}
        programmes.append(prog)
        p = Proposal("programme", {"programme": prog["id"], "lead": by_names or None, "targets": names(chosen)}, q, a, b, status)
        proposals.append(p)
    last.update(proposal=p, sentence=sentence_no, by=by_names)
