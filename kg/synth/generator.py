"""Generate a synthetic smart-city governance graph in the project's own ontology.

The generator draws, from one seed, a population of organisations in realistic proportions
(:func:`plan_counts`), the people heading them, governance bodies (task forces with
subcommittees led by ministries, councils, forums), and then — year by year — events, MOUs,
programmes, special-zone designations and a few reorganisations. Who takes part is drawn by
preferential attachment (an urn holding each actor once per unit of its base weight plus once per
tie it already has), so a few central actors take part in many events and the degree
distribution is heavy-tailed.

Every fact is stated by a synthetic press release (one :class:`~kg.synth.model.Document` per
publisher and day), and every relationship node carries ``prov:wasDerivedFrom`` that document and
an ``sg:evidence`` quote generated from a Korean template.

Determinism: all randomness comes from :class:`random.Random` streams seeded with
``f"{seed}:{stage}"`` (string seeds are hashed with SHA-512, independent of ``PYTHONHASHSEED``);
sets are used only for membership tests, never iterated.

Examples
--------
>>> g = generate(60, 2018, 2019, seed=1)
>>> g.stats["actors"] == 60 and len(g.documents) > 10
True
>>> plan_counts(1000)["LocalGovernment"]
240
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from ..errors import KGError
from . import names as nm
from .model import Document, Evidence, Node, SynthGraph, date, en, integer, iri, ko, year

# ----------------------------------------------------------------------------- the population
#: class → (sector key, share of N, cap or None, base attachment weight).
#: Finite Korean populations are capped (18 ministries, 243 local governments …); companies take
#: the remainder, so at large N the graph is mostly companies, as the real field is.
PLAN: dict[str, tuple[str, float, int | None, int]] = {
    "Ministry": ("central-government", 0.03, len(nm.MINISTRIES), 60),
    "CentralGovernmentAgency": ("central-government", 0.015, len(nm.AGENCIES), 8),
    "PresidentialCommittee": ("central-government", 0.005, len(nm.COMMITTEES), 8),
    "GovernmentFundedResearchInstitute": ("research", 0.03, len(nm.GRIS), 14),
    "RegionalResearchInstitute": ("research", 0.02, len(nm.PROVINCES), 6),
    "PublicEnterprise": ("public-enterprise", 0.02, 36, 8),
    "PublicAgency": ("public-enterprise", 0.04, 312, 4),
    "LocalGovernment": ("local-government", 0.24, 243, 3),
    "University": ("academia", 0.08, 400, 3),
    "International": ("international", 0.02, 167, 2),
    "Company": ("industry", 0.0, None, 1),
}
#: Classes that host events, lead programmes and publish most press releases.
HOSTS = frozenset({"Ministry", "CentralGovernmentAgency", "PresidentialCommittee", "LocalGovernment",
                   "GovernmentFundedResearchInstitute", "RegionalResearchInstitute", "PublicEnterprise", "PublicAgency"})
#: Base weight of the n-th entry of a fixed list: weight × RANK_DECAY ** n.
RANK_DECAY = 0.85
#: Urn entries added per tie: the strength of preferential attachment.
TIE_WEIGHT = 2
GROUP_BY_SECTOR = {"central-government": "정부", "local-government": "지자체", "research": "연구기관",
                   "public-enterprise": "공공기관", "academia": "학계", "industry": "업계", "international": "해외"}


def among(actor, group) -> str:
    """Subject phrase ``"국토연구원 등 12개 기관이"``, or ``"국토연구원이"`` when the group is that one actor."""
    text = actor.name.ko if len(group) <= 1 else f"{actor.name.ko} 등 {len(group)}개 기관"
    return text + nm.josa(text, "이", "가")


def plan_counts(n: int) -> dict[str, int]:
    """How many organisations of each class a graph of *n* organisations holds.

    Examples
    --------
    >>> c = plan_counts(100); c["Ministry"], c["LocalGovernment"], c["Company"], sum(c.values())
    (3, 24, 49, 100)
    >>> plan_counts(10_000)["Ministry"]
    18
    """
    if n < 20:
        raise KGError(f"--orgs must be at least 20 (got {n})")
    counts = {}
    for cls, (_sector, share, cap, _w) in PLAN.items():
        if cls == "Company":
            continue
        k = int(share * n + 0.5)
        counts[cls] = max(1, min(k, cap)) if cls in ("Ministry", "LocalGovernment", "GovernmentFundedResearchInstitute") else min(k, cap)
    counts["Company"] = n - sum(counts.values())
    return counts


@dataclass
class Actor:
    """An organisation, body or person of the synthetic registry."""

    slug: str
    cls: str
    sector: str
    name: nm.Name
    weight: int = 1
    start: dt.date | None = None
    end: dt.date | None = None
    region: str = ""
    heads: list = field(default_factory=list)  # [(start, end, person Actor, post slug, post name)]

    @property
    def iri(self) -> str:
        return iri(self.slug)

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def head_at(self, day: dt.date):
        for start, end, person, post, post_ko in self.heads:
            if start <= day < end:
                return person, post, post_ko
        return None


# ----------------------------------------------------------------------------- the generator
class Generator:
    """One generation run (see :func:`generate`)."""

    def __init__(self, orgs: int, first_year: int, last_year: int, seed):
        if first_year > last_year:
            raise KGError(f"--years {first_year}-{last_year}: the first year is after the last")
        if not 1900 <= first_year <= 2100 or not 1900 <= last_year <= 2100:
            raise KGError("--years must lie within 1900-2100")
        self.n, self.y0, self.y1, self.seed = orgs, first_year, last_year, seed
        self.first_day, self.last_day = dt.date(first_year, 1, 1), dt.date(last_year, 12, 31)
        self.actors: list[Actor] = []
        self.by_cls: dict[str, list[Actor]] = {}
        self.slugs: set[str] = set()
        self.registry: dict[str, Node] = {}
        self.docs: dict[tuple[str, dt.date], Document] = {}
        self.urn: list[int] = []
        self.index: dict[str, int] = {}
        self.counter: dict[str, int] = {}
        self.stats: dict[str, int] = {}
        self.company_names: set[str] = set()
        self.bodies: dict[str, list[Actor]] = {}

    # -- helpers ------------------------------------------------------------------------------
    def rng(self, stage: str) -> random.Random:
        return random.Random(f"{self.seed}:{stage}")

    def count(self, key: str, k: int = 1) -> int:
        self.counter[key] = self.counter.get(key, 0) + k
        return self.counter[key]

    def unique_slug(self, base: str) -> str:
        slug, i = base, 2
        while slug in self.slugs:
            slug, i = f"{base}-{i}", i + 1
        self.slugs.add(slug)
        return slug

    def day_in(self, rng, y: int) -> dt.date:
        start = dt.date(y, 1, 1)
        return start + dt.timedelta(days=rng.randrange((dt.date(y + 1, 1, 1) - start).days))

    def clamp(self, day: dt.date) -> dt.date:
        return min(max(day, self.first_day), self.last_day)

    def doc(self, publisher: Actor, day: dt.date, title: str) -> Document:
        """The press release of *publisher* on *day* (one per publisher and day)."""
        key = (publisher.slug, day)
        d = self.docs.get(key)
        if d is None:
            d = Document(f"doc-{day.isoformat()}-{publisher.slug}", day, publisher.iri, title)
            d.mention(publisher.iri)
            self.docs[key] = d
        return d

    def relation(self, doc: Document, subject: str, types, quote: str) -> Node:
        """A relationship node derived from *doc*, with its evidence quote."""
        node = Node(subject, *([types] if isinstance(types, str) else types))
        node.add("prov:wasDerivedFrom", doc.iri).add("sg:evidence", Evidence(doc.iri, quote[:300]))
        doc.nodes.append(node)
        return node

    def register(self, actor: Actor, rdf_class: str, *, sector: bool = True) -> Actor:
        node = Node(actor.iri, rdf_class)
        node.add("skos:prefLabel", ko(actor.name.ko)).add("skos:prefLabel", en(actor.name.en))
        for a in actor.name.alt_ko:
            node.add("skos:altLabel", ko(a))
        for a in actor.name.alt_en:
            node.add("skos:altLabel", en(a))
        if sector:
            node.add("sg:sector", f"sgr:sector-{actor.sector}")
        self.registry[actor.iri] = node
        return actor

    def add_actor(self, name: nm.Name, cls: str, rdf_class: str, sector: str, weight: int, region: str = "") -> Actor:
        actor = Actor(self.unique_slug(name.slug), cls, sector, name, weight, region=region)
        self.register(actor, rdf_class)
        self.index[actor.slug] = len(self.actors)
        self.actors.append(actor)
        self.by_cls.setdefault(cls, []).append(actor)
        self.urn.extend([len(self.actors) - 1] * weight)
        return actor

    def tie(self, actor: Actor) -> None:
        """Preferential attachment: every tie makes the actor more likely to be drawn again."""
        i = self.index.get(actor.slug)
        if i is not None:
            self.urn.extend((i,) * TIE_WEIGHT)

    def pick(self, rng, k: int, day: dt.date, classes=None, exclude=()) -> list[Actor]:
        """Up to *k* distinct actors active on *day*, drawn from the attachment urn."""
        chosen: list[Actor] = []
        seen = {a.slug for a in exclude}
        tries = 0
        limit = 60 * k + 200
        while len(chosen) < k and tries < limit:
            tries += 1
            a = self.actors[self.urn[rng.randrange(len(self.urn))]]
            if a.slug in seen or (classes is not None and a.cls not in classes) or not a.active(day):
                continue
            seen.add(a.slug)
            chosen.append(a)
        if len(chosen) < k and classes is not None:  # rare classes: fall back to a uniform draw
            pool = [a for c in sorted(classes) for a in self.by_cls.get(c, []) if a.slug not in seen and a.active(day)]
            rng.shuffle(pool)
            chosen.extend(pool[: k - len(chosen)])
        return chosen

    def heavy(self, rng, low: int, high: int, alpha: float) -> int:
        """A Pareto-tailed integer in [low, high]."""
        return min(high, low + int(rng.paretovariate(alpha)) - 1)

    # -- population -----------------------------------------------------------------------------
    def population(self) -> None:
        rng = self.rng("population")
        counts = plan_counts(self.n)
        basic = nm.basic_local_governments()
        tables = {
            "Ministry": [("Ministry", n) for n in nm.national_names(nm.MINISTRIES)],
            "CentralGovernmentAgency": [("CentralGovernmentAgency", n) for n in nm.national_names(nm.AGENCIES)],
            "PresidentialCommittee": [("PresidentialCommittee", n) for n in nm.national_names(nm.COMMITTEES)],
            "GovernmentFundedResearchInstitute": [("GovernmentFundedResearchInstitute", n) for n in nm.national_names(nm.GRIS)],
            "RegionalResearchInstitute": [("RegionalResearchInstitute", n) for n in nm.regional_research_institutes()],
            "PublicEnterprise": [("PublicEnterprise", n) for n in nm.public_enterprises()],
            "PublicAgency": [("PublicAgency", n) for n in nm.public_agencies(basic)],
            "International": [(n.extra["cls"], n) for n in nm.international()],
        }
        provinces = nm.provinces()
        rng.shuffle(basic)
        tables["LocalGovernment"] = [("LocalGovernment", n) for n in provinces + basic]
        # Regional institutions (after the national ones) in a seeded order, so small graphs get a mix.
        for cls, fixed in (("RegionalResearchInstitute", 0), ("PublicEnterprise", len(nm.PUBLIC_ENTERPRISES)), ("PublicAgency", len(nm.PUBLIC_AGENCIES))):
            head, tail = tables[cls][:fixed], tables[cls][fixed:]
            rng.shuffle(tail)
            tables[cls] = head + tail
        for cls, (sector, _share, _cap, weight) in PLAN.items():
            k = counts[cls]
            if cls == "Company":
                for _ in range(k):
                    self.add_actor(nm.company(rng, self.company_names), "Company", "sg:Company", sector, weight)
                continue
            if cls == "University":
                for name in self.university_names(rng, k, basic):
                    self.add_actor(name, "University", "sg:University", sector, weight)
                continue
            for rank, (rdf_cls, name) in enumerate(tables[cls][:k]):
                # The fixed lists run from the most to the least involved in smart-city policy.
                w = max(1, int(weight * RANK_DECAY ** rank + 0.5))
                if cls == "LocalGovernment":
                    w = 12 if name.extra.get("level") == "province" else weight
                if cls == "PublicAgency" and name.slug.endswith("-fmc"):
                    w = 1
                self.add_actor(name, cls, f"sg:{rdf_cls}", sector, w, name.extra.get("region", ""))
        self.stats["actors"] = len(self.actors)

    def university_names(self, rng, k: int, basic) -> list[nm.Name]:
        out = nm.national_names(nm.REAL_UNIVERSITIES)[:k]
        taken = {n.ko for n in out}
        places = [(b.extra["place"][:-1], b.extra["place_en"]) for b in basic if len(b.extra["place"]) > 2]
        places += [(p[1], p[3]) for p in nm.PROVINCES] + nm.STEMS
        while len(out) < k:
            p_ko, p_en = rng.choice(places)
            pat = rng.choice(nm.UNIVERSITY_PATTERNS)
            ko_name = pat[0].format(p=p_ko)
            if ko_name in taken:
                continue
            taken.add(ko_name)
            out.append(nm.Name(ko_name, pat[1].format(P=p_en), (pat[2].format(p=p_ko),), (), nm.slugify(f"{p_en}-{pat[3] or 'u'}-univ")))
        return out

    # -- units, posts and people --------------------------------------------------------------
    def units(self) -> None:
        rng = self.rng("units")
        kinds = [("스마트도시과", "Smart City Division", "smart-city-division"), ("미래전략담당관", "Future Strategy Office", "future-strategy-office"),
                 ("디지털혁신과", "Digital Innovation Division", "digital-innovation-division")]
        for m in self.by_cls.get("Ministry", []):
            for ko_u, en_u, slug in rng.sample(kinds, 2):
                unit = Actor(self.unique_slug(f"{m.slug}-{slug}"), "Unit", m.sector, nm.Name(f"{m.name.ko} {ko_u}", f"{en_u}, {m.name.en}", (ko_u,)))
                self.register(unit, "org:OrganizationalUnit")
                day = self.day_in(rng, self.y0)
                d = self.doc(m, day, f"{m.name.ko} 조직 개편 및 직제 시행")
                d.mention(unit.iri)
                self.relation(d, iri(f"sub-{unit.slug}"), "sg:Subordination", f"{m.name.ko}{nm.josa(m.name.ko, '은', '는')} {ko_u}{nm.josa(ko_u, '을', '를')} 신설해 스마트도시 업무를 전담하도록 했다") \
                    .add("sg:child", unit.iri).add("sg:parent", m.iri).add("schema:startDate", date(day))
                self.count("subordinations")

    HEAD_POSTS = {
        "Ministry": [("장관", "Minister", "minister", "sgr:role-minister", 2), ("제1차관", "First Vice Minister", "vice-minister", "sgr:role-vice-minister", 2)],
        "CentralGovernmentAgency": [("청장", "Commissioner", "head", "sgr:role-head", 2)],
        "PresidentialCommittee": [("위원장", "Chair", "chair", "sgr:role-head", 2)],
        "GovernmentFundedResearchInstitute": [("원장", "President", "president", "sgr:role-president", 3)],
        "RegionalResearchInstitute": [("원장", "President", "president", "sgr:role-president", 3)],
        "PublicEnterprise": [("사장", "President and CEO", "president", "sgr:role-president", 3)],
        "LocalGovernment": [("단체장", "Head", "head", "sgr:role-head", 4)],
    }

    def people(self) -> None:
        """Heads of the central actors, in successive terms, each appointment a membership."""
        rng = self.rng("people")
        for cls, posts in self.HEAD_POSTS.items():
            for org in self.by_cls.get(cls, []):
                if cls == "LocalGovernment" and org.name.extra.get("level") != "province":
                    continue  # only provincial governments get named heads
                for post_ko, post_en, post_slug, role, term in posts:
                    label_ko = f"{org.name.ko} {post_ko}"
                    if cls == "LocalGovernment":  # 서울특별시장, 경기도지사
                        metro = org.name.ko.endswith("시")
                        post_ko, post_en = ("시장", "Mayor") if metro else ("도지사", "Governor")
                        label_ko = org.name.ko + ("장" if metro else "지사")
                    post = self.unique_slug(f"{org.slug}-{post_slug}")
                    post_node = Node(iri(post), "org:Post")
                    post_node.add("skos:prefLabel", ko(label_ko)).add("skos:prefLabel", en(f"{post_en}, {org.name.en}")).add("org:postIn", org.iri)
                    self.registry[iri(post)] = post_node
                    start = self.day_in(rng, self.y0) - dt.timedelta(days=rng.randrange(365 * term))
                    while start <= self.last_day:
                        end = start + dt.timedelta(days=int(365 * term * rng.uniform(0.5, 1.2)))
                        person = self.person(rng)
                        org.heads.append((start, end, person, post, post_ko))
                        day = self.clamp(start)
                        d = self.doc(org, day, f"{org.name.ko} 신임 {post_ko} 취임")
                        d.mention(person.iri, iri(post))
                        quote = f"{org.name.ko} 신임 {post_ko}에 {person.name.ko} 씨가 취임했다"
                        self.relation(d, iri(f"mem-{post}-{self.count('post-' + post)}"), "org:Membership", quote) \
                            .add("org:member", person.iri).add("org:organization", org.iri).add("org:role", role) \
                            .add("sg:post", iri(post)).add("schema:startDate", date(day))
                        self.count("memberships")
                        start = end

    def person(self, rng) -> Actor:
        name = nm.person(rng)
        p = Actor(self.unique_slug(name.slug), "Person", "", name)
        self.register(p, "foaf:Person", sector=False)
        self.stats["people"] = self.stats.get("people", 0) + 1
        return p

    # -- governance bodies --------------------------------------------------------------------
    def body(self, cls: str, name: nm.Name) -> Actor:
        b = Actor(self.unique_slug(name.slug), cls, "governance-body", name)
        self.register(b, f"sg:{cls}")
        self.stats[cls] = self.stats.get(cls, 0) + 1
        self.bodies.setdefault(cls, []).append(b)
        return b

    def member(self, d: Document, body: Actor, who: Actor, role: str, day: dt.date, quote: str, status: str | None = None) -> None:
        d.mention(who.iri, body.iri)
        self.relation(d, iri(f"mem-{body.slug}-{self.count('m-' + body.slug)}"), "org:Membership", quote) \
            .add("org:member", who.iri).add("org:organization", body.iri).add("org:role", role) \
            .add("schema:startDate", date(day)).add("sg:status", status)
        self.tie(who)
        self.count("memberships")

    def task_forces(self) -> None:
        rng = self.rng("task-forces")
        ministries = self.by_cls.get("Ministry", [])
        n_tf = max(1, min(2 * len(ministries), int(self.n / 250 + 0.5)))
        topics = list(nm.TOPICS)
        rng.shuffle(topics)
        for t in range(n_tf):
            topic_ko, topic_en = topics[t % len(topics)]
            lead = ministries[t % len(ministries)] if t < len(ministries) else rng.choice(ministries)
            prefix = "범부처 " if t % 3 == 0 else ""
            name = nm.Name(f"{prefix}{topic_ko} 추진단" + (f" {t // len(topics) + 1}기" if t >= len(topics) else ""),
                           f"{'Pan-Ministerial ' if prefix else ''}{topic_en} Task Force" + (f" {t // len(topics) + 1}" if t >= len(topics) else ""),
                           (f"{topic_ko}추진단",), (), nm.slugify(f"{topic_en}-task-force"))
            tf = self.body("TaskForce", name)
            day = self.day_in(rng, rng.randint(self.y0, max(self.y0, self.y1 - 1)))
            status = "sgr:status-planned" if rng.random() < 0.15 else None
            d = self.doc(lead, day, f"{lead.name.ko}, {tf.name.ko} 출범")
            j = nm.josa
            self.member(d, tf, lead, "sgr:role-lead", day, f"{tf.name.ko}{j(tf.name.ko, '은', '는')} {lead.name.ko}{j(lead.name.ko, '이', '가')} 주관한다", status)
            for other in self.pick(rng, rng.randint(1, 4), day, {"Ministry", "CentralGovernmentAgency"}, exclude=[lead]):
                self.member(d, tf, other, "sgr:role-member", day, f"{tf.name.ko}에는 {lead.name.ko}, {other.name.ko} 등 관계부처가 참여한다", status)
            head = lead.head_at(day)
            if head and rng.random() < 0.7:  # held ex officio: the ministry is the member (data-model conventions)
                _person, _post, post_ko = head
                post = self.unique_slug(f"{tf.slug}-head")
                self.registry[iri(post)] = Node(iri(post), "org:Post").add("skos:prefLabel", ko(f"{tf.name.ko}장")).add("skos:prefLabel", en(f"Head, {tf.name.en}")).add("org:postIn", tf.iri)
                d.mention(iri(post))
                node = self.relation(d, iri(f"mem-{tf.slug}-head"), "org:Membership", f"{tf.name.ko}장은 {lead.name.ko} {post_ko}{j(post_ko, '이', '가')} 맡는다")
                node.add("org:member", lead.iri).add("org:organization", tf.iri).add("org:role", "sgr:role-head").add("sg:post", iri(post)).add("sg:status", status)
                self.count("memberships")
            subs = rng.sample(nm.SUBCOMMITTEES, rng.randint(3, 6))
            for sub_ko, sub_en in subs:
                sub = self.body("Subcommittee", nm.Name(f"{tf.name.ko} {sub_ko}", f"{sub_en}, {tf.name.en}", (sub_ko,), (), f"{tf.slug}-{nm.slugify(sub_en)}"))
                d.mention(sub.iri)
                self.relation(d, iri(f"sub-{sub.slug}"), "sg:Subordination", f"{tf.name.ko} 산하에 {sub_ko}{j(sub_ko, '을', '를')} 둔다") \
                    .add("sg:child", sub.iri).add("sg:parent", tf.iri).add("schema:startDate", date(day)).add("sg:status", status)
                self.count("subordinations")
                leads = [lead] if rng.random() < 0.4 else self.pick(rng, rng.choice((1, 1, 2)), day, {"Ministry"})
                for ld in leads:
                    self.member(d, sub, ld, "sgr:role-lead", day, f"{sub_ko}{j(sub_ko, '은', '는')} {ld.name.ko}{j(ld.name.ko, '이', '가')} 주관한다", status)
                for m in self.pick(rng, self.heavy(rng, 3, 15, 1.3), day, None, exclude=leads):
                    self.member(d, sub, m, "sgr:role-member", day, f"{sub_ko}에는 {m.name.ko} 등이 참여한다", status)

    def councils(self) -> None:
        rng = self.rng("councils")
        n = max(2, int(self.n / 100 + 0.5))
        j = nm.josa
        for c in range(n):
            day = self.day_in(rng, rng.randint(self.y0, self.y1))
            convenor = self.pick(rng, 1, day, HOSTS)[0]
            topic_ko, topic_en = rng.choice(nm.TOPICS)
            if convenor.region and rng.random() < 0.6:
                region_en = convenor.name.extra.get("region_en") or convenor.name.en.split()[0]
                name = nm.Name(f"{convenor.region} {topic_ko} 협의체", f"{region_en} {topic_en} Council", (), (), nm.slugify(f"{region_en}-{topic_en}-council"))
            else:
                short = (convenor.name.alt_ko or (convenor.name.ko,))[0]
                name = nm.Name(f"{topic_ko} {short} 협력 협의체", f"{topic_en} Cooperation Council of {convenor.name.en}", (f"{topic_ko} 협의체",), (), nm.slugify(f"{topic_en}-council"))
            self.council_with_members(rng, "Council", name, convenor, day)
        for f in range(max(1, int(self.n / 200 + 0.5))):
            day = self.day_in(rng, rng.randint(self.y0, self.y1))
            convenor = self.pick(rng, 1, day, HOSTS)[0]
            topic_ko, topic_en = rng.choice(nm.TOPICS)
            name = nm.Name(f"{topic_ko} 발전포럼", f"{topic_en} Development Forum", (f"{topic_ko}포럼",), (), nm.slugify(f"{topic_en}-forum"))
            self.council_with_members(rng, "Forum", name, convenor, day)

    def council_with_members(self, rng, cls: str, name: nm.Name, convenor: Actor, day: dt.date, members=None, doc=None) -> Actor:
        body = self.body(cls, name)
        j = nm.josa
        d = doc or self.doc(convenor, day, f"{convenor.name.ko}, {body.name.ko} 출범")
        self.member(d, body, convenor, "sgr:role-lead", day, f"{body.name.ko}{j(body.name.ko, '은', '는')} {convenor.name.ko}{j(convenor.name.ko, '이', '가')} 주관한다")
        members = members if members is not None else self.pick(rng, self.heavy(rng, 5, 40, 1.1), day, None, exclude=[convenor])
        for m in members:
            if m is convenor:
                continue
            self.member(d, body, m, "sgr:role-member", day, f"{body.name.ko}에는 {among(m, members)} 참여한다")
        # Later years: new members join, announced in later press releases.
        y = day.year + 1
        while y <= self.y1:
            if rng.random() < 0.35:
                jday = self.day_in(rng, y)
                jd = self.doc(convenor, jday, f"{body.name.ko} 신규 회원기관 가입")
                for m in self.pick(rng, rng.randint(1, 5), jday, None, exclude=[convenor, *members]):
                    self.member(jd, body, m, "sgr:role-member", jday, f"{m.name.ko}{j(m.name.ko, '이', '가')} {body.name.ko}에 새로 가입했다")
            y += 1
        return body

    # -- events -------------------------------------------------------------------------------
    def places(self) -> None:
        self.venues = [nm.Name(k, e, (), (), nm.slugify(e)) for k, e in nm.VENUES]
        self.series = []
        rng = self.rng("series")
        for s in range(max(1, int(self.n / 500 + 0.5))):
            topic_ko, topic_en = nm.TOPICS[s % len(nm.TOPICS)]
            slug = self.unique_slug(nm.slugify(f"{topic_en}-week"))
            node = Node(iri(slug), "schema:EventSeries").add("skos:prefLabel", ko(f"{topic_ko} 위크")).add("skos:prefLabel", en(f"{topic_en} Week"))
            self.registry[iri(slug)] = node
            self.series.append((slug, topic_ko, topic_en, rng.randrange(1, 13)))

    def place_for(self, rng, host: Actor) -> str:
        if host.cls == "LocalGovernment" and rng.random() < 0.6:
            slug = f"place-{host.slug}-hall"
            label = (f"{host.name.ko} 청사", f"City Hall, {host.name.en}")
        else:
            v = rng.choice(self.venues)
            slug, label = f"place-{v.slug}", (v.ko, v.en)
        if iri(slug) not in self.registry:
            self.registry[iri(slug)] = Node(iri(slug), "schema:Place").add("skos:prefLabel", ko(label[0])).add("skos:prefLabel", en(label[1]))
        return iri(slug)

    def events(self) -> None:
        rng = self.rng("events")
        per_year = max(6, int(self.n * 0.08 + 0.5))
        organisers = {"GovernmentFundedResearchInstitute", "RegionalResearchInstitute", "PublicAgency", "PublicEnterprise", "University", "Company"}
        for y in range(self.y0, self.y1 + 1):
            for series_slug, topic_ko, topic_en, month in self.series:
                day = dt.date(y, month, rng.randint(1, 28))
                self.event(rng, day, (topic_ko, topic_en), ("박람회", "Expo"), organisers, series=(series_slug, topic_ko), big=True)
            for _ in range(per_year):
                day = self.day_in(rng, y)
                self.event(rng, day, rng.choice(nm.TOPICS), rng.choice(nm.EVENT_KINDS), organisers)

    def event(self, rng, day, topic, kind, organiser_classes, series=None, big=False, host=None, parties=None):
        j = nm.josa
        host = host or self.pick(rng, 1, day, HOSTS)[0]
        n = self.count("events")
        slug = f"event-{day.year}-{n:06d}"
        label_ko = f"{day.year} {series[1] + ' 위크' if series else topic[0]} {kind[0]}"
        label_en = f"{day.year} {topic[1] + ' Week' if series else topic[1]} {kind[1]}"
        if host.region and not series and rng.random() < 0.4:
            label_ko = f"{host.region} {label_ko}"
        d = self.doc(host, day, f"{host.name.ko}, 「{label_ko}」 개최")
        ev = Node(iri(slug), "schema:Event").add("skos:prefLabel", ko(label_ko)).add("skos:prefLabel", en(label_en)).add("schema:startDate", date(day))
        if kind[0] in ("박람회", "컨퍼런스"):
            ev.add("schema:endDate", date(day + dt.timedelta(days=rng.randint(1, 3))))
        place = self.place_for(rng, host)
        ev.add("schema:location", place).add("prov:wasDerivedFrom", d.iri)
        if series:
            ev.add("schema:superEvent", iri(series[0]))
            d.mention(iri(series[0]))
        d.nodes.append(ev)
        d.mention(place)

        def take_part(who: Actor, role: str, quote: str, group: str | None = None):
            d.mention(who.iri)
            node = self.relation(d, iri(f"part-{slug.removeprefix('event-')}-{self.count('p-' + slug)}"), "sg:Participation", quote) \
                .add("sg:participant", who.iri).add("sg:event", iri(slug)).add("org:role", role).add("sg:group", ko(group) if group else None)
            if group and rng.random() < 0.3:
                node.add("sg:headcount", integer(rng.randint(2, 40)))
            self.tie(who)
            self.count("participations")

        take_part(host, "sgr:role-host", f"{host.name.ko}{j(host.name.ko, '이', '가')} 주최한 「{label_ko}」{j(label_ko, '이', '가')} {day.month}월 {day.day}일 열렸다")
        head = host.head_at(day)
        if head and rng.random() < 0.5:
            person, post, post_ko = head
            d.mention(iri(post))
            take_part(person, "sgr:role-speaker", f"{person.name.ko} {host.name.ko} {post_ko}{j(post_ko, '은', '는')} 환영사에서 협력을 강조했다")
        taken = [host]
        for o in self.pick(rng, rng.choice((0, 1, 1, 2)), day, organiser_classes, exclude=taken):
            take_part(o, "sgr:role-organiser", f"{label_ko}{j(label_ko, '은', '는')} {o.name.ko}{j(o.name.ko, '이', '가')} 주관했다")
            taken.append(o)
        if parties is not None:
            for p in parties:
                if p is not host:
                    take_part(p, "sgr:role-signatory", f"{among(p, parties)} 협약서에 서명했다")
            return iri(slug), d
        k = self.heavy(rng, 2, 80, 1.05) + (20 if big else 0)
        parts = self.pick(rng, k, day, None, exclude=taken)
        if parts and rng.random() < 0.2:
            chair = parts.pop(0)
            take_part(chair, "sgr:role-chair", f"회의는 {chair.name.ko}{j(chair.name.ko, '이', '가')} 주재했다")
        for p in parts:
            grouped = rng.random() < 0.3
            take_part(p, "sgr:role-participant", f"{label_ko}에는 {among(p, parts)} 참석했다",
                      GROUP_BY_SECTOR.get(p.sector) if grouped else None)
        return iri(slug), d

    # -- agreements -----------------------------------------------------------------------------
    def agreements(self) -> None:
        rng = self.rng("agreements")
        per_year = max(3, int(self.n * 0.02 + 0.5))
        j = nm.josa
        for y in range(self.y0, self.y1 + 1):
            for _ in range(per_year):
                day = self.day_in(rng, y)
                k = self.heavy(rng, 2, 20, 1.2)
                first = self.pick(rng, 1, day, HOSTS | {"University", "Company"})[0]
                parties = [first] + self.pick(rng, k - 1, day, None, exclude=[first])
                if len(parties) < 2:
                    continue
                topic_ko, topic_en = rng.choice(nm.TOPICS)
                n = self.count("agreements")
                slug = f"mou-{y}-{n:05d}"
                title_ko, title_en = f"{topic_ko} 업무협약", f"MOU on {topic_en}"
                d = self.doc(first, day, f"{first.name.ko}, {parties[1].name.ko} 등 {len(parties)}개 기관과 「{title_ko}」 체결")
                others = f"{parties[1].name.ko}" + (f" 등 {len(parties) - 1}개 기관" if len(parties) > 2 else "")
                planned = rng.random() < 0.05
                verb = "체결할 예정이다" if planned else "체결했다"
                node = self.relation(d, iri(slug), "sg:MOU",
                                     f"{first.name.ko}{j(first.name.ko, '은', '는')} {day.month}월 {day.day}일 {others}{j(others, '과', '와')} 「{title_ko}」{j(title_ko, '을', '를')} {verb}")
                node.add("skos:prefLabel", ko(title_ko)).add("skos:prefLabel", en(title_en)).add("dct:date", date(day))
                node.add("sg:status", "sgr:status-planned" if planned else None)
                for p in parties:
                    node.add("sg:party", p.iri)
                    d.mention(p.iri)
                    self.tie(p)
                if not planned and rng.random() < 0.25:
                    ev, _ = self.event(rng, day, (topic_ko, topic_en), ("업무협약식", "MOU Signing Ceremony"), set(), host=first, parties=parties)
                    node.add("sg:signedAt", ev)
                if not planned and len(parties) >= 5 and rng.random() < 0.3:
                    name = nm.Name(f"{topic_ko} {first.name.ko} 협력 협의체", f"{topic_en} Council of {first.name.en}", (f"{topic_ko} 협력 협의체",), (), nm.slugify(f"{topic_en}-mou-council"))
                    body = self.council_with_members(rng, "Council", name, first, day, members=parties, doc=d)
                    node.add("sg:establishes", body.iri)
                self.stats["mous"] = self.stats.get("mous", 0) + 1

    # -- programmes and designations -----------------------------------------------------------
    def programmes(self) -> None:
        rng = self.rng("programmes")
        j = nm.josa
        lead_classes = {"Ministry", "CentralGovernmentAgency", "LocalGovernment", "PublicAgency", "PublicEnterprise", "PresidentialCommittee"}
        ministries = self.by_cls.get("Ministry", [])
        # Policy packages: one comprehensive plan per five-year window.
        self.packages = []
        for k, start in enumerate(range(self.y0, self.y1 + 1, 5)):
            end = min(start + 4, self.y1)
            slug = f"pkg-smart-city-plan-{start}"
            day = dt.date(start, 1, 1) + dt.timedelta(days=rng.randrange(60))
            d = self.doc(ministries[0], day, f"제{k + 1}차 스마트도시 종합계획({start}~{end}) 수립")
            pk = Node(iri(slug), "sg:PolicyPackage").add("skos:prefLabel", ko(f"제{k + 1}차 스마트도시 종합계획")).add("skos:prefLabel", en(f"Smart City Comprehensive Plan {k + 1}")) \
                .add("schema:startDate", year(start)).add("schema:endDate", year(end)).add("prov:wasDerivedFrom", d.iri)
            d.nodes.append(pk)
            self.packages.append((start, end, iri(slug)))
        per_year = max(2, int(self.n * 0.01 + 0.5))
        self.programme_list: list[tuple[str, int]] = []
        kinds = [("실증사업", "Demonstration Project"), ("챌린지", "Challenge"), ("시범사업", "Pilot Project"), ("R&D 사업", "R&D Programme"), ("조성사업", "Development Project")]
        for y in range(self.y0, self.y1 + 1):
            for _ in range(per_year):
                start = self.day_in(rng, y)
                lead = self.pick(rng, 1, start, lead_classes)[0]
                topic_ko, topic_en = rng.choice(nm.TOPICS)
                kind_ko, kind_en = rng.choice(kinds)
                n = self.count("programmes")
                slug = f"prog-{y}-{n:05d}"
                label_ko = f"{lead.region + ' ' if lead.region and rng.random() < 0.5 else ''}{topic_ko} {kind_ko}"
                label_en = f"{topic_en} {kind_en}"
                end_y = y + rng.randint(0, 4)
                r = rng.random()
                if r < 0.25:
                    status, doc_day = "sgr:status-planned", self.clamp(start - dt.timedelta(days=rng.randint(30, 180)))
                    verb = "추진할 계획이다"
                elif end_y < self.y1 and r < 0.6:
                    status, doc_day, verb = "sgr:status-completed", self.day_in(rng, end_y + 1) if end_y + 1 <= self.y1 else self.last_day, "성공적으로 마무리했다"
                else:
                    status, doc_day, verb = "sgr:status-ongoing", start, "추진하고 있다"
                d = self.doc(lead, doc_day, f"{lead.name.ko}, 「{label_ko}」 {'추진 계획 발표' if status.endswith('planned') else '추진 현황'}")
                pr = Node(iri(slug), "sg:Programme").add("skos:prefLabel", ko(label_ko)).add("skos:prefLabel", en(label_en)).add("sg:status", status) \
                    .add("schema:startDate", date(start)).add("schema:endDate", year(end_y)).add("prov:wasDerivedFrom", d.iri)
                for p_start, p_end, p_iri in self.packages:
                    if p_start <= y <= p_end and rng.random() < 0.7:
                        pr.add("dct:isPartOf", p_iri)
                        d.mention(p_iri)
                if self.programme_list and rng.random() < 0.1:
                    model, _ = rng.choice(self.programme_list)
                    pr.add("sg:modelledOn", model)
                d.nodes.append(pr)
                self.programme_list.append((iri(slug), y))

                def role(who: Actor, r: str, quote: str):
                    d.mention(who.iri)
                    self.relation(d, iri(f"prole-{slug.removeprefix('prog-')}-{self.count('r-' + slug)}"), "sg:ProgrammeRole", quote) \
                        .add("sg:agent", who.iri).add("sg:programme", iri(slug)).add("org:role", r).add("sg:status", status)
                    self.tie(who)
                    self.count("programme_roles")

                role(lead, "sgr:role-lead", f"{lead.name.ko}{j(lead.name.ko, '은', '는')} 「{label_ko}」{j(label_ko, '을', '를')} {verb}")
                partners = self.pick(rng, self.heavy(rng, 1, 25, 1.2), start, None, exclude=[lead])
                for p in partners:
                    role(p, "sgr:role-partner", f"「{label_ko}」에는 {among(p, partners)} 협력기관으로 참여한다")
                if rng.random() < 0.5:
                    for t in self.pick(rng, rng.randint(1, 4), start, {"LocalGovernment"}, exclude=[lead, *partners]):
                        role(t, "sgr:role-target", f"{t.name.ko}{j(t.name.ko, '이', '가')} 「{label_ko}」 대상지로 선정됐다")
                if rng.random() < 0.1:
                    for m in self.pick(rng, 1, start, {"International"}):
                        role(m, "sgr:role-model", f"{m.name.ko}의 사례를 벤치마킹해 「{label_ko}」{j(label_ko, '을', '를')} 설계했다")

    def designations(self) -> None:
        rng = self.rng("designations")
        j = nm.josa
        lgs = self.by_cls.get("LocalGovernment", [])
        ministries = self.by_cls.get("Ministry", [])
        zone_kinds = [("스마트시티 특화단지", "Smart City Special Zone", 0), ("스마트 규제자유특구", "Smart Regulation-Free Zone", 2), ("국가시범도시", "National Pilot Smart City", 0)]
        n = max(2, min(len(lgs), int(self.n / 100 + 0.5)))
        schemes = {}
        for lg in rng.sample(lgs, min(n, len(lgs))):
            day = self.day_in(rng, rng.randint(self.y0, self.y1))
            kind_ko, kind_en, who = rng.choices(zone_kinds, weights=(6, 3, 1))[0]
            designator = ministries[min(who, len(ministries) - 1)]
            place_ko = lg.name.extra.get("place", lg.region) or lg.name.ko
            place_en = lg.name.extra.get("place_en", lg.name.extra.get("region_en", lg.name.en))
            zone = self.unique_slug(f"zone-{lg.slug}-{nm.slugify(kind_en)}")
            self.registry[iri(zone)] = Node(iri(zone), "sg:SpecialZone").add("skos:prefLabel", ko(f"{place_ko} {kind_ko}")).add("skos:prefLabel", en(f"{place_en} {kind_en}")).add("skos:altLabel", ko(place_ko))
            self.stats["zones"] = self.stats.get("zones", 0) + 1
            d = self.doc(designator, day, f"{designator.name.ko}, {kind_ko} 지정")
            if kind_ko not in schemes:
                pslug = f"prog-designation-{nm.slugify(kind_en)}"
                prog = Node(iri(pslug), "sg:Programme").add("skos:prefLabel", ko(f"{kind_ko} 지정 사업")).add("skos:prefLabel", en(f"{kind_en} Designation Programme")) \
                    .add("sg:status", "sgr:status-ongoing").add("schema:startDate", date(day)).add("prov:wasDerivedFrom", d.iri)
                d.nodes.append(prog)
                self.relation(d, iri(f"prole-{pslug.removeprefix('prog-')}-lead"), "sg:ProgrammeRole", f"{designator.name.ko}{j(designator.name.ko, '은', '는')} {kind_ko} 지정 사업을 추진한다") \
                    .add("sg:agent", designator.iri).add("sg:programme", iri(pslug)).add("org:role", "sgr:role-lead").add("sg:status", "sgr:status-ongoing")
                schemes[kind_ko] = iri(pslug)
                self.count("programme_roles")
            planned = rng.random() < 0.1
            zname = f"{place_ko} {kind_ko}"
            self.relation(d, iri(f"desig-{zone.removeprefix('zone-')}"), "sg:Designation",
                          f"{designator.name.ko}{j(designator.name.ko, '은', '는')} {zname}{j(zname, '을', '를')} {'지정할 계획이다' if planned else '지정했다'}") \
                .add("sg:zone", iri(zone)).add("sg:designatedBy", designator.iri).add("sg:programme", schemes[kind_ko]).add("dct:date", date(day)) \
                .add("sg:status", "sgr:status-planned" if planned else None)
            self.relation(d, iri(f"prole-{zone}-target"), "sg:ProgrammeRole", f"{lg.name.ko}{j(lg.name.ko, '이', '가')} {zname} 대상지로 선정됐다") \
                .add("sg:agent", lg.iri).add("sg:programme", schemes[kind_ko]).add("org:role", "sgr:role-target").add("sg:status", "sgr:status-ongoing")
            d.mention(iri(zone), lg.iri)
            self.tie(designator)
            self.tie(lg)
            self.count("designations")
            self.count("programme_roles")

    # -- reorganisations --------------------------------------------------------------------------
    def law(self, slug: str) -> str:
        for ko_l, en_l, short, s in nm.LAWS:
            if s == slug and iri(s) not in self.registry:
                node = Node(iri(s), "sg:Law").add("skos:prefLabel", ko(ko_l)).add("skos:prefLabel", en(en_l))
                if short != ko_l:
                    node.add("skos:altLabel", ko(short))
                self.registry[iri(s)] = node
        return iri(slug)

    def reorganisations(self) -> None:
        rng = self.rng("reorganisations")
        j = nm.josa
        n = max(2, int(self.n / 500 + 0.5))
        ministries = self.by_cls.get("Ministry", [])
        span = (self.last_day - self.first_day).days
        for i in range(n):
            day = self.first_day + dt.timedelta(days=rng.randrange(span // 4, max(span // 4 + 1, 3 * span // 4)))
            kind = ("renaming", "merger", "renaming", "merger")[i % 4] if i % 5 != 4 else "expansion"
            if kind == "expansion" and self.stats.get("TaskForce"):
                old_bodies = [a for a in self.bodies.get("TaskForce", []) if a.active(day)]
                if not old_bodies:
                    continue
                old = [rng.choice(old_bodies)]
                base = old[0].name
                new = self.body("TaskForce", nm.Name(f"{base.ko} 확대 개편", f"{base.en} (expanded)", (), (), f"{base.slug}-expanded"))
                publisher, law = ministries[0], self.law("smart-city-act")
                quote = f"{base.ko}{j(base.ko, '을', '를')} 확대 개편해 {new.name.ko}{j(new.name.ko, '으로', '로')} 운영한다"
            elif kind == "merger" and len(self.by_cls.get("PublicAgency", [])) >= 4 and i % 2:
                old = self.pick(rng, 2, day, {"PublicAgency"})
                if len(old) < 2:
                    continue
                topic_ko, topic_en = rng.choice(nm.TOPICS)
                name = nm.Name(f"한국{topic_ko.replace(' ', '')}진흥원", f"Korea {topic_en} Agency", (), (), nm.slugify(f"korea-{topic_en}-agency"))
                new = self.add_actor(name, "PublicAgency", "sg:PublicAgency", "public-enterprise", 4)
                publisher, law = ministries[0], self.law("public-institutions-act")
                quote = f"{old[0].name.ko}{j(old[0].name.ko, '과', '와')} {old[1].name.ko}{j(old[1].name.ko, '이', '가')} 통합해 {new.name.ko}{j(new.name.ko, '이', '가')} 출범했다"
            else:
                k = 2 if kind == "merger" else 1
                old = self.pick(rng, k, day, {"Company"})
                if len(old) < k:
                    continue
                new = self.add_actor(nm.company(rng, self.company_names), "Company", "sg:Company", "industry", 1)
                publisher, law = old[0], None
                if kind == "merger":
                    quote = f"{old[0].name.ko}{j(old[0].name.ko, '과', '와')} {old[1].name.ko}{j(old[1].name.ko, '이', '가')} 합병해 {new.name.ko}{j(new.name.ko, '이', '가')} 출범했다"
                else:
                    quote = f"{old[0].name.ko}{j(old[0].name.ko, '은', '는')} 사명을 {new.name.ko}{j(new.name.ko, '으로', '로')} 변경했다"
            new.start = day
            for o in old:
                o.end = day
            d = self.doc(publisher, day, f"{old[0].name.ko} {'통합' if kind == 'merger' else '확대 개편' if kind == 'expansion' else '명칭 변경'} 안내")
            node = self.relation(d, iri(f"change-{day.isoformat()}-{new.slug}"), "org:ChangeEvent", quote)
            for o in old:
                node.add("org:originalOrganization", o.iri)
                d.mention(o.iri)
            node.add("org:resultingOrganization", new.iri).add("dct:date", date(day)).add("dct:type", f"sgr:change-{kind}").add("sg:legalBasis", law)
            d.mention(new.iri, *([law] if law else []))
            self.count("reorganisations")

    # -- driver -------------------------------------------------------------------------------
    def run(self) -> SynthGraph:
        self.population()
        self.units()
        self.people()
        self.places()
        self.task_forces()
        self.councils()
        self.reorganisations()
        self.events()
        self.agreements()
        self.programmes()
        self.designations()
        docs = sorted(self.docs.values(), key=lambda d: d.slug)
        stats = dict(self.stats)
        stats.update(self.counter)
        stats = {k: v for k, v in stats.items() if not k.startswith(("m-", "p-", "r-", "post-"))}
        stats["documents"] = len(docs)
        stats["header"] = f"seed={self.seed} orgs={self.n} years={self.y0}-{self.y1}"
        return SynthGraph(list(self.registry.values()), docs, stats)


def generate(orgs: int, first_year: int, last_year: int, seed=0) -> SynthGraph:
    """Generate a synthetic graph of *orgs* organisations active from *first_year* to *last_year*.

    Parameters
    ----------
    orgs : int
        Number of organisations (actors; governance bodies, units and people come on top).
    first_year, last_year : int
        Every fact is dated within these years (inclusive).
    seed : int or str
        Same seed and parameters → the same graph, byte for byte once written.
    """
    return Generator(orgs, first_year, last_year, seed).run()
