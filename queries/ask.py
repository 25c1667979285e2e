"""Chinese questions → an intent with slots → a named query of the library → an answer.

Names in a question are recognised against the graph's own names and aliases (loaded from the
store and cached until the graph changes), never against a list written here, so a new
document's parks and enterprises are understood as soon as they are built. Only the wording of
questions (哪些园区, 牵头, 到2025年 …) is known in advance. A question that cannot be read
still gets an answer: the passages that best match it, the entities they mention, search
results and suggestions.
"""

from __future__ import annotations

import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from graph.bigrams import bigrams as search_bigrams
from graph.store import GraphStore, StoreError
from queries import ParamError, load_query
from queries.answer import Answer, AnswerItem, evidence, plain, run, source_ids

# Questions and the pieces of text sent to the database are at most this long.
MAX_SENTENCE = 200

# Generic words that are also short names in some graphs; they never identify one entity.
GENERIC = {
    "园区", "产业园", "基地", "片区", "功能区", "区域", "企业", "公司", "集团", "产业", "行业", "领域",
    "平台", "项目", "中心", "部门", "任务", "措施", "目标", "开发区", "示范区", "工作",
    "发展", "建设", "重点", "天津", "全市", "全区", "我区", "本区", "市级", "区级", "国家",
}

# Common short forms of bureau names, as written in government tables everywhere.
BUREAU_SHORT = (("发改委", "发展改革委"), ("规自局", "规划和自然资源局"), ("工信局", "工业和信息化局"),
                ("人社局", "人力资源和社会保障局"), ("住建委", "住房城乡建设委"), ("交通委", "交通运输委"),
                ("政府办", "政府办公厅"), ("商务委", "商务局"), ("网信办", "网络安全和信息化委员会办公室"),
                ("发改委", "发展和改革委员会"), ("科技局", "科学技术局"), ("市场监管局", "市场监督管理局"),
                ("政务服务办", "政务服务办公室"))


def bureau_forms(name: str) -> list[str]:
    """The official long forms of a bureau's short name (市发改委 → 市发展改革委)."""
    out = []
    for short, full in BUREAU_SHORT:
        if short in name and full not in name:
            out.append(name.replace(short, full))
    return out

LABEL_WORDS: tuple[tuple[str, str], ...] = (
    ("Bureau", r"部门|单位|机关|委办局|哪个局|谁负责|谁牵头"),
    ("Task", r"措施|任务|事项"),
    ("Project", r"项目|工程"),
    ("Platform", r"平台|实验室|创新中心|研究院|研究所|孵化器|机构|中心"),
    ("Enterprise", r"企业|公司|集团|龙头|厂商|名单"),
    ("Park", r"园区|产业园|基地|科技园|科技城|产业城|新城"),
    ("Zone", r"片区|功能区|开发区|示范区|核心区|区块|街镇|街道|乡镇|区域|集聚区"),
    ("Industry", r"产业|行业|领域|集群|细分"),
)

# A question names a document by a part of its title that says what kind of document it is.
DOC_WORDS = re.compile(r"方案|规划|纲要|措施|意见|通知|办法|计划|条例|决定|公告|报告")

CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9, "十": 10}

# Example questions are the templates below filled with the graph's own best-connected names.
# Courted: an industry with enterprises some place courts, so its example has an answer.
TEMPLATES = {"Industry": ["哪些园区有{}企业"], "Courted": ["{}的招商对接目标有哪些"], "Park": ["{}重点发展什么产业"],
             "Zone": ["{}重点发展什么产业"], "Bureau": ["哪些措施需要{}协助"]}


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"[\s\u3000\"'“”‘’「」《》〈〉]+", "", text)
    return text.strip("?？!！。.,，;；:：")


def bigrams(text: str) -> list[str]:
    """Bigrams of a phrase for text matching; one-character tokens match far too much."""
    return [b for b in search_bigrams(text) if len(b) > 1]


def cn_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if not text or any(c not in CN_DIGITS for c in text):
        return None
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)
    return CN_DIGITS[text] if len(text) == 1 else None


@dataclass
class Entry:
    id: str
    name: str
    label: str
    level: str | None = None


@dataclass
class NameIndex:
    """Every surface form of every domain entity, longest first, and the documents' titles."""

    keys: dict[str, list[Entry]] = field(default_factory=dict)
    ordered: list[str] = field(default_factory=list)
    documents: list[tuple[str, str]] = field(default_factory=list)  # (id, title)
    suggestions: list[str] = field(default_factory=list)
    fingerprint: tuple[int, int] | None = None

    def add(self, key: str, entry: Entry) -> None:
        key = normalise(key)
        if len(key) < 2 or key in GENERIC:
            return
        bucket = self.keys.setdefault(key, [])
        if all(e.id != entry.id for e in bucket):
            bucket.append(entry)

    def finish(self) -> None:
        self.ordered = sorted(self.keys, key=lambda k: (-len(k), k))

    def find(self, question: str) -> list[tuple[int, int, str, list[Entry]]]:
        """Longest non-overlapping names in the question: (start, end, key, entries)."""
        taken = [False] * len(question)
        found = []
        for key in self.ordered:
            if len(key) > len(question):
                continue
            start = question.find(key)
            while start >= 0:
                end = start + len(key)
                if not any(taken[start:end]):
                    for i in range(start, end):
                        taken[i] = True
                    found.append((start, end, key, self.keys[key]))
                start = question.find(key, start + 1)
        return sorted(found)


_cache: dict[int, tuple[float, NameIndex]] = {}
_lock = threading.Lock()
CHECK_EVERY = 5.0  # seconds between checks that the graph has not changed


# A zone's name is also written without the word for its kind of zone.
PLACE_SUFFIX = re.compile(r"(片区|经济区|工业区)$")


def _short_forms(name: str, label: str) -> list[str]:
    """Forms a user types for a name: without the 产业/领域 suffix, bureau abbreviations."""
    forms = []
    if label == "Industry":
        for suffix in ("产业集群", "产业链", "产业", "行业", "领域"):
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                forms.append(name[: -len(suffix)])
    if label == "Bureau":
        for short, full in BUREAU_SHORT:
            if full in name:
                forms.append(name.replace(full, short))
        forms += bureau_forms(name)  # a table's 市发改委 is asked about as 市发展改革委 too
    return forms


def load_index(store: GraphStore) -> NameIndex:
    index = NameIndex()
    place_forms: list[tuple[str, Entry]] = []
    skip, page = 0, 1000
    while True:
        rows = run(store, "name_index", {"skip": skip, "limit": page}, row_cap=page).rows
        for r in rows:
            entry = Entry(r["id"], r["name"], r["label"], r.get("level"))
            for form in [r["name"], *(r.get("aliases") or [])]:
                if not isinstance(form, str):
                    continue
                index.add(form, entry)
                for short in _short_forms(normalise(form), r["label"]):
                    index.add(short, entry)
                if r["label"] == "Zone" and (m := PLACE_SUFFIX.search(normalise(form))):
                    place_forms.append((normalise(form)[:m.start()], entry))
        if len(rows) < page:
            break
        skip += page
    # 临港片区 is also written 临港; such a form is kept only where it names nothing else and is no
    # part of an industry's name (海洋片区 must not take 海洋 from 海洋经济).
    industry_keys = [k for k, es in index.keys.items() if any(e.label == "Industry" for e in es)]
    for short, entry in place_forms:
        if len(short) >= 2 and short not in GENERIC and short not in index.keys \
                and not any(short in k for k in industry_keys):
            index.add(short, entry)
    docs = run(store, "documents", {"limit": 1000}).rows
    # Only documents with text of their own; cited titles are names, not documents we hold.
    index.documents = [(d["id"], normalise(d.get("title") or d.get("name") or "")) for d in docs
                       if d.get("sections")]
    index.suggestions = _suggestions(store)
    index.finish()
    return index


def _suggestions(store: GraphStore) -> list[str]:
    by_kind: dict[str, list[str]] = {}
    for r in run(store, "popular_names", {"limit": 2}).rows:
        kind = "Place" if r["label"] in ("Park", "Zone") else r["label"]
        by_kind.setdefault(kind, []).extend(t.format(r["name"]) for t in TEMPLATES.get(r["label"], []))
    # An industry question of each shape in turn: where its firms are, then whom it courts.
    courted = by_kind.pop("Courted", [])
    places = by_kind.get("Industry", [])
    mixed = [t for pair in zip(places, courted) for t in pair] + places[len(courted):] + courted[len(places):]
    if mixed:
        by_kind = {"Industry": mixed, **{k: v for k, v in by_kind.items() if k != "Industry"}}
    out: list[str] = []
    for rank in range(4):  # one of each kind first, so every kind of question is shown
        for texts in by_kind.values():
            if rank < len(texts) and texts[rank] not in out and len(out) < 6:
                out.append(texts[rank])
    return out


def suggestions(store: GraphStore) -> list[str]:
    """Example questions about this graph (cached with the name index)."""
    return name_index(store).suggestions


def fingerprint(store: GraphStore) -> tuple[int, int]:
    """Node and relationship counts: they change when the graph is rebuilt."""
    nodes = run(store, "graph_fingerprint").rows[0]["nodes"]
    rels = run(store, "relationship_count").rows[0]["relationships"]
    return int(nodes), int(rels)


def name_index(store: GraphStore, *, force: bool = False) -> NameIndex:
    """The cached index for this store, reloaded when the graph's counts change."""
    now = time.monotonic()
    with _lock:
        cached = _cache.get(id(store))
    if cached and not force and now - cached[0] < CHECK_EVERY:
        return cached[1]
    fp = fingerprint(store)
    if cached and not force and cached[1].fingerprint == fp:
        with _lock:
            _cache[id(store)] = (now, cached[1])
        return cached[1]
    index = load_index(store)
    index.fingerprint = fp
    with _lock:
        _cache[id(store)] = (now, index)
    return index


def refresh(store: GraphStore) -> None:
    """Drop the cached names after a rebuild."""
    with _lock:
        _cache.pop(id(store), None)


@dataclass
class Parsed:
    question: str
    entities: dict[str, list[Entry]] = field(default_factory=dict)  # label → entries, in order
    keys: dict[str, list[str]] = field(default_factory=dict)  # label → matched surface forms
    year: int | None = None
    number: str | None = None
    document: str | None = None
    document_words: str | None = None  # the part of the question that named the document
    asks: str | None = None  # the label the question asks for
    residue: str = ""

    def first(self, label: str) -> str | None:
        entries = self.entities.get(label)
        return entries[0].name if entries else None


def _asked_label(q: str) -> str | None:
    """The kind of thing asked for: the label word nearest after 哪些/哪个/什么/谁, else the last."""
    m = re.search(r"(哪些|哪个|哪几个|哪家|哪几家|什么|何种|谁)(.{0,12})", q)
    tail = m.group(2) if m else q
    best: tuple[int, str] | None = None
    for label, pattern in LABEL_WORDS:
        for mm in re.finditer(pattern, tail):
            if best is None or mm.start() < best[0]:
                best = (mm.start(), label)
    if best:
        return best[1]
    if m and m.group(1) == "谁":
        return "Bureau" if re.search(r"负责|牵头", q) else "Enterprise"
    if COURTING.search(q):
        return "Enterprise"  # "X产业的招引对象有哪些": the courted firms, whatever kind word comes before
    last: tuple[int, str] | None = None
    for label, pattern in LABEL_WORDS:
        for mm in re.finditer(pattern, q):
            if last is None or mm.start() > last[0]:
                last = (mm.start(), label)
    return last[1] if last else None


def parse(question: str, index: NameIndex) -> Parsed:
    q = normalise(question)
    p = Parsed(question=q)
    residue = q
    for start, end, key, entries in index.find(q):
        # Several entities may share a form (an industry and a park named alike): keep all.
        for e in entries:
            p.entities.setdefault(e.label, []).append(e)
            p.keys.setdefault(e.label, []).append(key)
        residue = residue.replace(key, " ")
    if m := re.search(r"(20\d{2})\s*年", q):
        p.year = int(m.group(1))
    if m := re.search(r"(?:措施|任务|第)\s*([0-9一二三四五六七八九十两]+)\s*(?:项|条|号)?", q):
        n = cn_number(m.group(1))
        if n is not None and not (m.group(0).startswith("第") and re.match(r"第.+?[章节]", q[m.start():])):
            p.number = str(n)
    # A document named by a distinctive part of its title (行动方案, 十四五规划 …).
    best_doc: tuple[int, str] | None = None
    words = ""
    for size in range(min(len(q), 12), 2, -1):
        for i in range(len(q) - size + 1):
            frag = q[i:i + size]
            if not DOC_WORDS.search(frag):
                continue
            hits = [d for d, title in index.documents if frag in title]
            if len(hits) == 1 and (best_doc is None or size > best_doc[0]):
                best_doc = (size, hits[0])
                words = frag
        if best_doc:
            break
    if best_doc and best_doc[0] >= 4:
        p.document, p.document_words = best_doc[1], words
    p.asks = _asked_label(q)
    if any(re.search(COUNTED.pattern + re.escape(k), q) for k in p.keys.get("Industry", [])):
        p.asks = "Industry"  # "两大新兴赛道是哪些": the members of the counted industry
    p.residue = residue
    return p


# Verbs of role and emphasis: part of how a question asks, not of what it is about.
ROLE_WORDS = re.compile(r"牵头|负责|主责|协助|支持|配合|协调|帮助|重点|发展|建设|推进|加快|积极|要|需|位于|属于|包括|包含|"
                        r"招商|对接|招引|引进|目标|对象|名单")
COURTING = re.compile(r"招商|对接|招引|引进")
# "四大未来产业", "三大主导产业": a counted category asks for its members.
COUNTED = re.compile(r"[两二三四五六七八九十几]大")

CUES = re.compile(r"哪些|哪个|哪几个|哪几家|哪家|哪里|什么|多少|是谁|谁|分别|请问|是否|有没有|如何|怎样|"
                  r"需要|要求|主要|具体|目标是|是|呢|吗|的|了|和|与|及|等|在|中|有|由|对|把|将|为")
LABEL_CUES = re.compile("|".join(p for _, p in LABEL_WORDS))
# Kinds of thing that documents list side by side with the kind asked for.
RELATED = {"Platform": ["Platform", "Park", "Zone"], "Park": ["Park", "Zone", "Platform"],
           "Zone": ["Zone", "Park"], "Enterprise": ["Enterprise", "Platform"],
           "Project": ["Project", "Platform", "Park"], "Bureau": ["Bureau"], "Industry": ["Industry"],
           "Task": []}


def content(q: str) -> str:
    """The words of a question that say what it is about: without question and kind words."""
    return CUES.sub(" ", q)


def _specific(p: "Parsed") -> bool:
    """Whether the question says more than its slots and its kind (then its sentence helps)."""
    rest = LABEL_CUES.sub(" ", content(p.residue))
    rest = re.sub(r"20\d\d年?|到|年|第?\d+项?|措施|任务|重点|发展|建设|推进|加快|积极|招商|对接|招引|引进|目标|对象",
                  " ", rest)
    return len(bigrams(rest)) >= 2


def _free_term(q: str, suffixes: str) -> str | None:
    """A term the graph did not name, read from the wording: 快速消费品领域 → 快速消费品."""
    m = re.search(r"([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:" + suffixes + ")", q)
    if not m:
        return None
    term = re.sub(r"^(在|对|从|把|将|为|以|关于|哪些|什么|有|的|与|和)+", "", m.group(1))
    term = re.sub(r"(的|中|里|内)$", "", term)
    return term if len(term) >= 2 and term not in GENERIC else None


# Words that say what kind of firm by size, role or ownership, not by industry.
FIRM_KINDS = re.compile(r"龙头|重点|骨干|领军|优质|高新技术|科技型|高成长|外资|国有|民营|上市|规上|规模以上|头部|知名|代表")


def _firm_kind(residue: str) -> str | None:
    """The industry a question names only as a kind of firm the graph has no name for: 有芯片企业 → 芯片."""
    m = re.search(r"(?:有|的|类)([\u4e00-\u9fffA-Za-z0-9]{2,6}?)(?:类)?企业", residue)
    if not m or FIRM_KINDS.search(m.group(1)) or re.search(r"哪|什么|多少|几|些", m.group(1)) \
            or m.group(1) in GENERIC:
        return None
    return m.group(1)


@dataclass
class Plan:
    intent: str
    query: str
    params: dict[str, Any]
    role: str | None = None  # keep only rows of this role/status
    level: str | None = None  # keep only bureaus of this level
    labels: list[str] | None = None  # keep only answers of these labels
    note: str | None = None  # told with the answer when the plan is a fallback


def plan(p: Parsed) -> list[Plan]:
    """The named queries that answer a parsed question, most specific first."""
    q = p.question
    if p.entities and not content(p.residue).strip():
        # Only a name: what the graph says about it.
        first = next(iter(p.entities.values()))[0]
        return [Plan("entity", "entity_relations", {"id": first.id})]
    industry = p.first("Industry") or _free_term(q, "产业|领域|行业") or _firm_kind(p.residue)
    place = p.first("Park") or p.first("Zone")
    bureau = p.first("Bureau")
    enterprise = p.first("Enterprise")
    asks = p.asks
    support = bool(re.search(r"协助|支持|配合|协调|帮助", q))
    lead = bool(re.search(r"负责|牵头|主责", q))
    role = "support" if support else ("lead" if lead else None)
    level = "city" if "市级" in q else ("national" if re.search(r"国家级|部委", q) else None)
    plans: list[Plan] = []

    if p.number and (asks == "Bureau" or re.search(r"部门|单位|谁|负责|牵头", q)):
        plans.append(Plan("task_bureaus", "task_bureaus", {"number": p.number}, role, level))
    elif p.number:
        # Documents list the kinds side by side (a 项目 may be written as a 产业园): keep them all.
        plans.append(Plan("task_concerns", "task_concerns", {"number": p.number},
                          labels=RELATED.get(asks or "") or None))
    if bureau and (asks == "Task" or re.search(r"措施|任务|事项|工作|负责|牵头|协助|支持", q)) \
            and asks != "Bureau":
        # A ministry's share of local tasks is its 国家分工 (a support edge), whatever the verb.
        national = p.entities["Bureau"][0].level == "national"
        wanted = None if national else role
        plans.append(Plan("tasks_by_bureau", "tasks_by_bureau", {"bureau": bureau, "role": wanted}))
        if wanted:
            other = "牵头" if wanted == "support" else "支持或协助"
            plans.append(Plan("tasks_by_bureau", "tasks_by_bureau", {"bureau": bureau, "role": None},
                              note=f"图中没有该部门的这类任务；以下为它{other}的任务（见每项的角色）。"))
    if asks == "Bureau" and not p.number:
        grams = bigrams(LABEL_CUES.sub(" ", re.sub(r"市级|区级|国家级|协助|支持|配合|负责|牵头|哪些", " ", content(q))))
        if grams:
            plans.append(Plan("bureaus_by_task_text", "tasks_by_text", {"bigrams": grams}, role, level))
    courting = bool(COURTING.search(q))  # 招商对接目标 are enterprises, not targets
    if (p.year or re.search(r"目标|多少|规模|达到|指标", q)) and not courting and asks not in (
            "Enterprise", "Park", "Zone", "Platform", "Project", "Bureau"):
        subject = place or p.first("Industry") or enterprise or _free_term(q, "产值|营收|收入|吞吐量|目标")
        if subject or p.year:
            plans.append(Plan("targets", "targets", {"subject": subject, "year": p.year or 0}))
    if p.first("Industry") and (re.search(r"细分|下设|分支|包含哪些|包括哪些|哪些方向", q)
                                or (asks == "Industry" and (not place or COUNTED.search(q)))):
        plans.append(Plan("subindustries", "subindustries", {"industry": p.first("Industry")}))
    # "X的核心区是哪里": a part of X is asked for, not where X lies. Which part is the core, the
    # graph does not say: that one is left to the sentence; X's 片区 are its parts.
    parts = [m.group(1) for lab in ("Park", "Zone") for k in p.keys.get(lab, [])
             if (m := re.search(re.escape(k) + r"的?(核心区|起步区|先行区|组团|片区|区块|功能区)", q))]
    part_of = bool(place and parts)
    any_part = part_of and any(w in ("组团", "片区", "区块", "功能区") for w in parts)
    located = next((e for lab in ("Enterprise", "Platform", "Project", "Park") for e in p.entities.get(lab, [])), None)
    if located and re.search(r"位于|在哪|哪里|落户|坐落|所在|入驻", q) and asks != "Enterprise" and not part_of:
        plans.append(Plan("where_is", "where_is", {"id": located.id}))
    if place and re.search(r"归属|属于哪|位于哪|隶属|在哪个", q) and not part_of:
        plans.append(Plan("place_parents", "place_parents", {"place": place}))
    if place and (any_part or (asks in ("Park", "Zone") and not part_of)) \
            and not p.first("Industry") and not re.search(r"协同|合作|联动", q):
        plans.append(Plan("places_in", "places_in", {"place": place}))
    if place and (asks == "Industry" or re.search(r"重点发展|主导产业|什么产业|哪些产业|产业集群|定位|聚焦|主攻", q)) \
            and asks not in ("Enterprise", "Platform", "Project"):
        plans.append(Plan("place_industries", "place_industries", {"place": place}))
    if asks in ("Park", "Zone") and industry:
        plans.append(Plan("parks_by_industry", "parks_by_industry", {"industry": industry}))
    if (asks == "Project" or (re.search(r"项目", q) and asks not in ("Bureau", "Task"))) \
            and (enterprise or place or industry):
        plans.append(Plan("projects", "projects", {"enterprise": enterprise, "place": place,
                                                  "industry": industry if not enterprise and not place
                                                  else p.first("Industry")}))
    wants_platform = asks == "Platform" or bool(re.search(r"平台|实验室|创新中心|研究院|机构", q))
    wants_enterprise = asks == "Enterprise" or courting or bool(re.search(r"企业|公司|集团|龙头", q))
    status = "target" if re.search(r"招商|对接|招引|引进|引育|吸引|招|目标名单", q) else (
        "present" if re.search(r"依托|已有|入驻|聚集|集聚|代表|现有|落户", q) else None)
    if wants_platform and (industry or place):
        plans.append(Plan("platforms", "platforms", {"industry": industry, "place": place}))
    if wants_enterprise and (industry or place):
        plans.append(Plan("enterprises", "enterprises", {"industry": industry, "place": place,
                                                          "status": status}))
    elif asks == "Enterprise" and courting and not (enterprise or bureau or p.document or p.year):
        # "哪些企业是招商目标": every courted firm, wherever it is courted.
        plans.append(Plan("enterprises", "enterprises", {"industry": None, "place": None, "status": status}))
    if p.document and asks and asks != "Task" and not (place or p.first("Industry") or enterprise or bureau):
        # "行动方案中点名的企业": the document is the only subject.
        plans.insert(0, Plan("document_entities", "document_entities", {"id": p.document, "label": asks}))
    return plans


def _items(plan_: Plan, rows: list[dict[str, Any]]) -> list[AnswerItem]:
    by_id: dict[str, AnswerItem] = {}
    for r in rows:
        if plan_.role and r.get("role") and r["role"] != plan_.role:
            continue
        if plan_.level and r.get("level") and r["level"] != plan_.level:
            continue
        if plan_.labels and r.get("label") not in plan_.labels:
            continue
        rid, name, label = r.get("id"), r.get("name"), r.get("label")
        if not rid or name is None or not label:
            continue
        item = by_id.get(rid)
        if item is None:
            props = {k: plain(v) for k, v in r.items()
                     if k not in ("id", "name", "label", "sources", "aliases") and v is not None}
            role = r.get("role") or r.get("status") or r.get("how")
            detail = " · ".join(str(x) for x in (r.get("place"), r.get("via"), r.get("bureau"), r.get("item"))
                                if x)
            aliases = list(r.get("aliases") or [])
            if label == "Bureau":
                aliases += [f for f in bureau_forms(str(name)) if f not in aliases]
            item = by_id[rid] = AnswerItem(id=rid, name=str(name), label=label, aliases=aliases, props=props,
                                           role=role, detail=detail or None)
        item.sources.extend(s for s in source_ids([r]) if s not in item.sources)
    return list(by_id.values())


def _search(store: GraphStore, text: str, label: str | None = None, limit: int = 10) -> list[AnswerItem]:
    text = text[:50]
    rows = run(store, "search", {"q": text, "bigrams": search_bigrams(text)[:40], "label": label,
                                 "limit": limit}).rows
    return [AnswerItem(id=r["id"], name=r["name"], label=r["label"], aliases=list(r.get("aliases") or []))
            for r in rows]


def pieces(text: str, size: int = MAX_SENTENCE, overlap: int = 30) -> list[str]:
    """A text cut into overlapping pieces that fit a text parameter, so no name is cut apart."""
    if len(text) <= size:
        return [text] if text else []
    step = size - overlap
    return [text[i:i + size] for i in range(0, len(text) - overlap, step)]


def _named_in(store: GraphStore, texts: dict[str, str], labels: list[str],
              skip: set[str]) -> list[AnswerItem]:
    """Entities named in these texts (source passage id → text), each with the passages naming it."""
    chunks = [c for t in texts.values() for c in pieces(t)][:200]
    if not chunks:
        return []
    rows = run(store, "names_in_text", {"texts": chunks, "labels": labels, "limit": 200}).rows
    out = []
    for r in rows:
        if r["id"] in skip:
            continue
        forms = [f for f in [r["name"], *(r.get("aliases") or [])] if len(f) >= 2]
        sources = [pid for pid, t in texts.items() if pid and any(f in t for f in forms)]
        out.append(AnswerItem(id=r["id"], name=r["name"], label=r["label"],
                              aliases=list(r.get("aliases") or [])
                              + (bureau_forms(r["name"]) if r["label"] == "Bureau" else []),
                              sources=sources, role="mentioned"))
    return out


def _from_passages(store: GraphStore, p: Parsed, labels: list[str],
                   on_topic: bool = False) -> tuple[list[AnswerItem], list[str]]:
    """The entities of the asked kinds named in the passages that best match the question;
    with on_topic, only passages that name what the question names (when it names anything)."""
    residue = p.residue.replace(p.document_words, " ") if p.document_words else p.residue
    strong = bigrams(content(residue))[:40]
    weak = [g for g in bigrams(content(p.question)) if g not in strong and g not in
            bigrams(p.document_words or "")][:40]
    if len(strong) + len(weak) < 2:
        return [], []
    about = [e.id for es in p.entities.values() for e in es][:20]
    names = list(dict.fromkeys(k for ks in p.keys.values() for k in ks))[:20]
    rows = run(store, "passages_by_text", {"bigrams": strong, "weak": weak, "about": about, "names": names,
                                           "label": None,
                                           "doc": p.document, "limit": 5}).rows
    if not rows:
        return [], []
    best = rows[0]["hits"]
    # A passage that shares only kind words (基地, 企业) with the question is not about it.
    topic = bigrams(LABEL_CUES.sub(" ", content(residue)))
    need = -(-len(topic) // 3)
    skip = {e.id for es in p.entities.values() for e in es}
    items: dict[str, AnswerItem] = {}
    passages = []
    found: list[AnswerItem] = []
    texts: dict[str, str] = {}
    for r in rows:
        if r["hits"] < best * 0.7 or sum(1 for g in topic if g in (r.get("text") or "")) < need:
            continue
        if on_topic and about and not (r.get("headed") or any(m.get("id") in about for m in r.get("mentions") or [])
                                       or any(k in (r.get("text") or "") for ks in p.keys.values() for k in ks)):
            continue
        passages.append(r["passage_id"])
        texts[r["passage_id"]] = r.get("text") or ""
        found += [AnswerItem(id=m["id"], name=m["name"], label=m["label"], sources=[r["passage_id"]],
                             aliases=bureau_forms(m["name"]) if m["label"] == "Bureau" else [], role="mentioned")
                  for m in r.get("mentions") or [] if m.get("id") and m["id"] not in skip]
    found += _named_in(store, texts, labels, skip)
    for item in found:
        if (not labels or item.label in labels) and item.id not in items:
            items[item.id] = item
    if passages and passages[0] == rows[0]["passage_id"] \
            and not any(passages[0] in i.sources for i in items.values()):
        # The best sentence names nothing the graph knows of the asked kind: it is shown itself,
        # rather than the names in sentences that match the question less.
        return [], passages[:1]
    return list(items.values()), passages


def _from_task(store: GraphStore, p: Parsed, labels: list[str]) -> list[AnswerItem]:
    """What task N names in its own text, when no CONCERNS edge says it."""
    texts = {}
    for t in run(store, "task_text", {"number": p.number}).rows:
        texts[(t.get("sources") or [t["id"]])[0]] = t.get("text") or ""
    return _named_in(store, texts, labels, set())




def _add_aliases(store: GraphStore, items: list[AnswerItem]) -> None:
    """Aliases for answers whose query did not return them: the text may use any of the names."""
    ids = [i.id for i in items if not i.aliases]
    if not ids:
        return
    found = {r["id"]: r.get("aliases") or [] for r in run(store, "aliases", {"ids": ids, "limit": 500}).rows}
    for item in items:
        item.aliases += [a for a in found.get(item.id, []) if isinstance(a, str) and a not in item.aliases]


def _plain_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: plain(v) for k, v in r.items()} for r in rows]


def answer(store: GraphStore, question: str, *, limit: int = 100) -> Answer:
    """Answer a Chinese question from the graph. Never raises for a question it cannot read."""
    q = normalise(question)
    if not q:
        return Answer(question=question, suggestions=suggestions(store),
                      note="问题为空：请输入一个问题或名称，例如“哪些园区有某产业的企业”。")
    if len(q) > MAX_SENTENCE:
        return Answer(question=question[:MAX_SENTENCE], suggestions=suggestions(store),
                      note="问题过长（超过200字）：请用一句话提问。")
    index = name_index(store)
    parsed = parse(q, index)
    slots: dict[str, Any] = {k.lower(): [e.name for e in v] for k, v in parsed.entities.items()}
    for key, value in (("year", parsed.year), ("task_number", parsed.number),
                       ("document", parsed.document), ("asks", parsed.asks)):
        if value:
            slots[key] = value
    result = Answer(question=question, slots=slots)
    chosen: Plan | None = None
    items: list[AnswerItem] = []
    rows: list[dict[str, Any]] = []
    planned = plan(parsed)
    shown: list[str] = []
    for pl in planned:
        try:
            res = run(store, pl.query, pl.params, row_cap=max(limit, 200))
        except (ParamError, StoreError):
            continue
        got = _items(pl, res.rows)
        if not got:
            continue
        if chosen is None:
            chosen, items, rows = pl, got, _plain_rows(res.rows)
        elif {chosen.intent, pl.intent} == {"platforms", "enterprises"}:
            # "哪些企业和机构": both kinds answer the question.
            items += [g for g in got if g.id not in {i.id for i in items}]
            rows += _plain_rows(res.rows)
        else:
            break
    labels = RELATED.get(parsed.asks or "", [])
    if parsed.asks == "Enterprise" and re.search(r"机构|平台|院所", q):
        labels = ["Enterprise", "Platform"]
    if parsed.number and (chosen is None or chosen.intent == "task_concerns"):
        # What the task's own text names, beside (or instead of) its CONCERNS edges.
        known = {i.id for i in items}
        named = [x for x in _from_task(store, parsed, labels) if x.id not in known]
        items += named
        if named and chosen is None:
            chosen = Plan("task_text", "task_text", {"number": parsed.number})
    if chosen is not None and chosen.intent == "targets" and len(items) > 1:
        # Many targets of one place: the ones whose wording matches the question come first.
        grams = bigrams(content(parsed.residue))
        text = {r.get("id"): f"{r.get('metric') or ''} {r.get('text') or ''}" for r in rows}
        items.sort(key=lambda i: (-(2 * sum(1 for g in grams if g in i.name)
                                    + sum(1 for g in grams if g in text.get(i.id, ""))), len(i.name)))
    if chosen is not None and chosen.intent == "document_entities":
        # Names the document writes without a resolved mention are still named by it.
        known = {i.id for i in items}
        kinds = RELATED.get(chosen.params["label"]) or [chosen.params["label"]]
        rows_ = run(store, "document_names", {"id": chosen.params["id"], "labels": kinds}).rows
        items += [g for g in _items(chosen, rows_) if g.id not in known]
    if chosen is not None:
        result.intent, result.query = chosen.intent, chosen.query
        result.note = chosen.note
        result.cypher = load_query(chosen.query).cypher
        result.params = {k: v for k, v in chosen.params.items() if v is not None}
    exact = chosen is not None and chosen.intent in ("task_bureaus", "tasks_by_bureau", "task_concerns")
    if parsed.asks != "Task" and not exact and (chosen is None or _specific(parsed)):
        # The sentence that best matches the question usually lists what it asks for.
        # Beside an answer from edges, a sentence adds names only when it is about the same thing.
        extra, shown = _from_passages(store, parsed, labels, on_topic=chosen is not None)
        known = {i.id for i in items}
        extra = [x for x in extra if x.id not in known]
        if extra and chosen is None:
            result.intent, result.query = "passages", "passages_by_text"
            result.cypher = load_query("passages_by_text").cypher
            result.note = "没有直接对应的关系；以下为与问题最相关的原文中提到的实体。"
        elif extra:
            result.note = "“原文提及”一项来自与问题最相关的原文句子。"
        items += extra
    first = next(iter(parsed.entities.values()))[0] if parsed.entities else None
    # A place's neighbours do not answer "its chip firms": an industry the plans filtered by stays.
    narrowed = first is not None and first.label != "Industry" and any(pl.params.get("industry") for pl in planned)
    if not items and first is not None and not shown and not narrowed:
        rel = run(store, "entity_relations", {"id": first.id, "limit": limit})
        courted = parsed.asks == "Enterprise" and bool(COURTING.search(q))
        # Neighbours of another kind, or firms present when the courted ones are asked, would
        # read as an answer to a question they do not answer.
        kept = [r for r in rel.rows if not courted or r.get("rel") == "TARGETS"]
        kinds = ["Enterprise"] if labels == RELATED["Enterprise"] and parsed.asks == "Enterprise" else labels
        items = [i for i in _items(Plan("entity", "entity_relations", {"id": first.id}), kept)
                 if not kinds or i.label in kinds]
        rows = _plain_rows(kept)
        if items:
            result.intent, result.query = "entity", "entity_relations"
            result.cypher = load_query("entity_relations").cypher
            result.params = {"id": first.id}
            result.note = f"没有直接回答这个问题的关系；以下为图中与“{first.name}”直接相连的实体。"
    _add_aliases(store, items[:limit])
    result.answers = items[:limit]
    result.rows = rows[:limit]
    result.evidence = evidence(store, [s for i in result.answers for s in i.sources])
    if not result.answers and shown:
        result.intent, result.query = "passages", "passages_by_text"
        result.cypher = load_query("passages_by_text").cypher
        result.evidence = evidence(store, shown)
        result.note = "图中没有直接回答这个问题的实体；以下为与问题最相关的原文。"
    if not result.answers:
        # What the question named, then the graph's names nearest to its other content words.
        hits = [AnswerItem(id=e.id, name=e.name, label=e.label) for es in parsed.entities.values() for e in es]
        words = re.split(r"\s+", ROLE_WORDS.sub(" ", LABEL_CUES.sub(" ", content(parsed.residue))))
        for word in sorted((w for w in words if len(w) >= 2), key=len, reverse=True)[:2]:
            hits += _search(store, word)
        if not hits:
            hits = _search(store, parsed.residue.replace(" ", "") or q) or _search(store, q)
        result.search = list({h.id: h for h in hits}.values())[:10]
        result.suggestions = index.suggestions
        if planned and not result.note:
            result.note = "读懂了问题，但图中没有找到答案（相关事实可能未被抽取）；可以看看下面的检索结果。"
        result.note = result.note or "没有读懂这个问题，或图中没有答案；可以看看下面的检索结果，或换一种问法。"
    return result
