"""From a read question to the named queries that answer it, most specific first.

Each plan keeps only answers of the labels the question asks for; a plan whose query walks
several levels (sub-industries, places inside places, parents) keeps the nearest level, since
"四大未来产业是哪些" asks for the four, not for everything under them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from queries.ask.kinds import WHERE
from queries.ask.reading import Parsed, _firm_kind, _free_term
from queries.ask.text import COUNTED, COURTING, LABEL_CUES, bigrams, content

SUPPORT = re.compile(r"协助|支持|配合|协调|帮助|协同")
LEAD = re.compile(r"负责|牵头|主责|主办")
PRESENT = re.compile(r"依托|已有|入驻|聚集|集聚|代表|现有|落户|落地")
TARGETED = re.compile(r"招商|对接|招引|引进|引育|吸引|招|目标名单")


@dataclass
class Plan:
    intent: str
    query: str
    params: dict[str, Any]
    role: str | None = None  # keep only rows of this role/status
    level: str | None = None  # keep only bureaus of this level
    labels: list[str] | None = None  # keep only answers of these labels
    note: str | None = None  # told with the answer when the plan is a fallback
    nearest: bool = False  # keep only the rows of the smallest depth
    fits: tuple[str, ...] = ()  # prefer rows named as these kind words say (…开发区)
    rels: tuple[str, ...] = ()  # keep only rows reached by these relationship types
    joint: bool = False  # one of several plans, one per named subject, whose answers add up


def plan(p: Parsed) -> list[Plan]:
    """The named queries that answer a parsed question, most specific first."""
    q = p.question
    if p.entities and p.kind is None and not content(p.residue).strip():
        # Only a name: what the graph says about it.
        first = next(iter(p.entities.values()))[0]
        return [Plan("entity", "entity_relations", {"id": first.id})]
    kinds = p.kinds or None
    asks = p.asks
    industry = p.first("Industry") or _free_term(p.residue, "产业|领域|行业") or _firm_kind(p.residue)
    place = p.first("Park") or p.first("Zone")
    bureau = p.first("Bureau")
    enterprise = p.first("Enterprise")
    role = "support" if SUPPORT.search(q) else ("lead" if LEAD.search(q) else None)
    level = "city" if "市级" in q else ("national" if re.search(r"国家级|部委", q) else None)
    plans: list[Plan] = []

    def add(intent: str, query: str, params: dict[str, Any], **kw: Any) -> None:
        kw.setdefault("labels", kinds)
        if kw.get("nearest") and p.kind:
            kw["fits"] = tuple(p.kind.specific)
        plans.append(Plan(intent, query, params, **kw))

    if p.number and (asks == "Bureau" or re.search(r"部门|单位|谁|负责|牵头", q)):
        add("task_bureaus", "task_bureaus", {"number": p.number}, role=role, level=level, labels=["Bureau"])
    elif p.number:
        add("task_concerns", "task_concerns", {"number": p.number})
    if asks == "Bureau" and p.entities.get("Task") and not p.number:
        # "大力发展众创空间和加快特色小镇建设分别由哪个部门牵头": the tasks the graph names, each
        # with the bureaus it is led or supported by.
        wanted = {"lead": ("LED_BY",), "support": ("SUPPORTED_BY",)}.get(role or "", ("LED_BY", "SUPPORTED_BY"))
        for task in p.entities["Task"][:5]:
            add("task_bureaus", "entity_relations", {"id": task.id}, labels=["Bureau"], rels=wanted, joint=True)
    if bureau and asks in ("Task", None, "Target") and (asks or re.search(r"措施|任务|事项|工作|负责|牵头|协助|支持", q)):
        # A ministry's share of local tasks is its 国家分工 (a support edge), whatever the verb.
        national = p.entities["Bureau"][0].level == "national"
        wanted = None if national else role
        add("tasks_by_bureau", "tasks_by_bureau", {"bureau": bureau, "role": wanted}, labels=["Task"])
        if wanted:
            other = "牵头" if wanted == "support" else "支持或协助"
            add("tasks_by_bureau", "tasks_by_bureau", {"bureau": bureau, "role": None}, labels=["Task"],
                note=f"图中没有该部门的这类任务；以下为它{other}的任务（见每项的角色）。")
    if asks == "Bureau" and not p.number:
        grams = bigrams(LABEL_CUES.sub(" ", re.sub(r"市级|区级|国家级|协助|支持|配合|负责|牵头|哪些", " ", content(q))))
        if grams:
            add("bureaus_by_task_text", "tasks_by_text", {"bigrams": grams}, role=role, level=level)
    courting = bool(COURTING.search(q))  # 招商对接目标 are enterprises, not targets
    if asks == "Target" and not courting:
        subject = place or p.first("Industry") or enterprise or p.first("Project") \
            or _free_term(p.residue, "产值|营收|收入|吞吐量|目标")
        if subject or p.year:
            add("targets", "targets", {"subject": subject, "year": p.year or 0})
    if p.first("Industry") and asks == "Industry" and (not place or COUNTED.search(q)
                                                        or re.search(r"细分|下设|分支|包含|包括|方向", q)):
        add("subindustries", "subindustries", {"industry": p.first("Industry")}, nearest=True)
    # "X的核心区是哪里": a part of X is asked for, not where X lies. Which part is the core, the
    # graph does not say: that one is left to the sentence; X's 片区 are its parts.
    parts = [m.group(1) for lab in ("Park", "Zone") for k in p.keys.get(lab, [])
             if (m := re.search(re.escape(k) + r"的?(核心区|起步区|先行区|组团|片区|区块|功能区)", q))]
    part_of = bool(place and parts)
    any_part = part_of and any(w in ("组团", "片区", "区块", "功能区") for w in parts)
    located = next((e for lab in ("Enterprise", "Platform", "Project", "Park") for e in p.entities.get(lab, [])), None)
    if located and WHERE.search(q) and asks in ("Park", "Zone", None) and not part_of:
        add("where_is", "where_is", {"id": located.id}, labels=["Park", "Zone"])
    if place and re.search(r"归属|属于哪|位于哪|隶属|在哪个|在哪", q) and not part_of:
        add("place_parents", "place_parents", {"place": place}, labels=kinds or ["Park", "Zone"], nearest=True)
    if place and (any_part or (asks in ("Park", "Zone") and not part_of)) \
            and not p.first("Industry") and not re.search(r"协同|合作|联动", q):
        add("places_in", "places_in", {"place": place}, nearest=True)
    if place and asks == "Industry":
        add("place_industries", "place_industries", {"place": place})
    if asks in ("Park", "Zone") and industry and place:
        # "某高新区在某领域组建了哪些园区": the places inside the one named, not every place
        # of the library that focuses on the industry.
        add("parks_in_place_by_industry", "parks_in_place_by_industry",
            {"industry": industry, "place": place})
    elif asks in ("Park", "Zone") and industry:
        add("parks_by_industry", "parks_by_industry", {"industry": industry})
    if "Project" in (kinds or []) and (enterprise or place or industry):
        add("projects", "projects", {"enterprise": enterprise, "place": place,
                                     "industry": industry if not enterprise and not place else p.first("Industry")})
    status = "target" if TARGETED.search(q) else ("present" if PRESENT.search(q) else None)
    if "Platform" in (kinds or []) and (industry or place):
        add("platforms", "platforms", {"industry": industry, "place": place})
    if "Enterprise" in (kinds or []) and (industry or place):
        add("enterprises", "enterprises", {"industry": industry, "place": place, "status": status})
    elif asks == "Enterprise" and courting and not (enterprise or bureau or p.document or p.year):
        # "哪些企业是招商目标": every courted firm, wherever it is courted.
        add("enterprises", "enterprises", {"industry": None, "place": None, "status": status})
    if p.document and kinds and "Task" not in kinds and not (place or p.first("Industry") or enterprise or bureau
                                                                  or p.first("Task")):
        # "行动方案中点名的企业": the document is the only subject.
        plans.insert(0, Plan("document_entities", "document_entities", {"id": p.document, "label": asks},
                             labels=kinds))
    return plans
