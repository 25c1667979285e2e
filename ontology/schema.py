"""The one definition of the graph's schema.

Everything else is derived from the objects here: Neo4j and FalkorDB DDL (graph/), the OWL
ontology and SHACL shapes (ontology/*.ttl), API response models and `validate(batch)`.
Change the schema here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Label:
    name: str
    zh: str
    en_comment: str
    zh_comment: str
    # Properties every node of this label must carry in `props` (besides id and name).
    required: tuple[str, ...] = ()
    # Optional properties worth indexing or exporting with a datatype.
    optional: tuple[str, ...] = ()
    lexical: bool = False  # Document/Section/Passage: the text layer, not the domain

    @property
    def domain(self) -> bool:
        return not self.lexical


@dataclass(frozen=True)
class RelType:
    name: str
    zh: str
    en_comment: str
    zh_comment: str
    # Allowed (from_label, to_label) pairs.
    endpoints: tuple[tuple[str, str], ...]
    # Domain relationships must carry `sources`: the passage ids that state them.
    needs_sources: bool = True
    props: tuple[str, ...] = ()

    @property
    def from_labels(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a for a, _ in self.endpoints))

    @property
    def to_labels(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(b for _, b in self.endpoints))


KEY = "id"
NAME = "name"
ALIASES = "aliases"
# Derived field: space-separated character bigrams of name and aliases, the one text both
# engines can search for Chinese (FalkorDB's tokenizer does not split Chinese words).
SEARCH_FIELD = "search"
# Every domain relationship, and every domain node, carries `sources`: the ids of the
# passages that state it. In RDF a node's sources become prov:wasDerivedFrom.
SOURCES = "sources"

LABELS: tuple[Label, ...] = (
    Label("Document", "文件", "A policy document, or one article of a file that holds several.",
          "政策文件（或一个文件中的一篇文章）。",
          required=("file",),
          optional=("title", "publisher", "date", "doc_number", "index_number", "kind"),
          lexical=True),
    Label("Section", "章节", "A heading and the text under it, in the document's section tree.",
          "文件的章节（标题及其下文字）。",
          required=("level", "order"),
          optional=("number", "path", "doc", "start", "end", "line"), lexical=True),
    Label("Passage", "段落", "A sentence or table row of a document, with character offsets.",
          "文件中的句子或表格行，带字符偏移。",
          required=("text", "start", "end", "doc"), optional=("line", "section", "kind"),
          lexical=True),
    Label("Zone", "功能区", "A functional or administrative zone (功能区/片区/开发区).",
          "功能区、片区、开发区等区域。", optional=("kind",)),
    Label("Park", "园区", "An industrial park, base or cluster (园区/产业园/基地).",
          "园区、产业园、基地等。"),
    Label("Industry", "产业", "An industry, arranged as a taxonomy (SUBINDUSTRY_OF).",
          "产业（按上下位组织成分类体系）。"),
    Label("Enterprise", "企业", "A company or group named in a document.",
          "文件中提到的企业或集团。", optional=("status",)),
    Label("Platform", "平台", "An innovation platform: laboratory, centre, incubator, institute.",
          "创新平台：实验室、中心、孵化器、研究院等。"),
    Label("Project", "项目", "A named project or construction undertaking.",
          "具名项目或工程。"),
    Label("Task", "任务", "A numbered task or measure of a document, with its responsible bureaus.",
          "文件中的编号任务或举措及其责任单位。",
          required=("number", "text"), optional=("section", "doc")),
    Label("Bureau", "部门", "A responsible government body, with its level.",
          "责任部门（区级、市级、国家级）。", optional=("level", "collective")),
    Label("Target", "目标", "A quantitative target: metric, value, unit and year.",
          "量化目标：指标、数值、单位、年份。",
          required=("value",),
          optional=("metric", "unit", "year", "subject", "baseline", "text", "doc")),
)

LABEL_BY_NAME = {lab.name: lab for lab in LABELS}
DOMAIN_LABELS = tuple(lab.name for lab in LABELS if lab.domain)
LEXICAL_LABELS = tuple(lab.name for lab in LABELS if lab.lexical)

_PLACES = ("Park", "Zone")


def _pairs(froms: tuple[str, ...], tos: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a in froms for b in tos)


RELATIONSHIPS: tuple[RelType, ...] = (
    RelType("PART_OF", "隶属于", "A zone lies within a broader zone.", "区域隶属于更大的区域。",
            _pairs(("Zone",), ("Zone",))),
    RelType("LOCATED_IN", "位于", "A thing is located in a park or zone.", "位于某园区或区域。",
            _pairs(("Park", "Enterprise", "Platform", "Project"), _PLACES)),
    RelType("FOCUSES_ON", "重点发展", "A zone or park focuses on an industry.",
            "区域或园区重点发展某产业。", _pairs(_PLACES, ("Industry",))),
    RelType("TARGETS", "招商对接", "A zone or park courts an enterprise (招商/对接).",
            "区域或园区招引、对接某企业。", _pairs(_PLACES, ("Enterprise",))),
    RelType("IN_INDUSTRY", "属于产业", "An enterprise, platform or project belongs to an industry.",
            "企业、平台或项目属于某产业。",
            _pairs(("Enterprise", "Platform", "Project"), ("Industry",))),
    RelType("SUBINDUSTRY_OF", "下位产业", "An industry is a narrower part of another.",
            "产业是另一产业的下位产业。", _pairs(("Industry",), ("Industry",))),
    RelType("UNDERTAKEN_BY", "承担", "A project is undertaken by an enterprise.",
            "项目由某企业承担。", _pairs(("Project",), ("Enterprise",))),
    RelType("HAS_TASK", "包含任务", "A document sets a task.", "文件包含某任务。",
            _pairs(("Document",), ("Task",))),
    RelType("LED_BY", "牵头", "A task is led by a bureau.", "任务由某部门牵头负责。",
            _pairs(("Task",), ("Bureau",))),
    RelType("SUPPORTED_BY", "支持", "A task needs support from a (city or national) bureau.",
            "任务需要某市级或国家部门支持。", _pairs(("Task",), ("Bureau",)), props=("item",)),
    RelType("CONCERNS", "涉及", "A task concerns a domain thing.", "任务涉及某对象。",
            _pairs(("Task",), ("Zone", "Park", "Industry", "Enterprise", "Platform", "Project"))),
    RelType("SETS", "设定", "A document sets a quantitative target.", "文件设定量化目标。",
            _pairs(("Document",), ("Target",))),
    RelType("MEASURES", "衡量", "A target measures a domain thing.", "目标所衡量的对象。",
            _pairs(("Target",), ("Zone", "Park", "Industry", "Enterprise", "Platform", "Project"))),
    RelType("CITES", "引用", "A document cites another document.", "文件引用另一文件。",
            _pairs(("Document",), ("Document",))),
    RelType("HAS_SECTION", "包含章节", "A document or section contains a section.",
            "文件或章节包含下级章节。", _pairs(("Document", "Section"), ("Section",)),
            needs_sources=False),
    RelType("HAS_PASSAGE", "包含段落", "A section contains a passage.", "章节包含段落。",
            _pairs(("Section",), ("Passage",)), needs_sources=False),
    RelType("MENTIONS", "提及", "A passage mentions a domain thing.", "段落提及某对象。",
            _pairs(("Passage",), DOMAIN_LABELS), needs_sources=False),
)

REL_BY_NAME = {rel.name: rel for rel in RELATIONSHIPS}
DOMAIN_RELATIONSHIPS = tuple(r.name for r in RELATIONSHIPS if r.needs_sources)

# Short prefixes of stable ids, one per label: `park:天津港保税区空港经济区`.
ID_PREFIX = {
    "Document": "doc", "Section": "sec", "Passage": "psg", "Zone": "zone", "Park": "park",
    "Industry": "ind", "Enterprise": "ent", "Platform": "plat", "Project": "proj",
    "Task": "task", "Bureau": "bur", "Target": "tgt",
}

ENTERPRISE_STATUSES = ("present", "target", "unclear")
# "other": branches of national bodies and state firms named as responsible units (海关, 分行, 集团).
BUREAU_LEVELS = ("district", "city", "national", "other")
