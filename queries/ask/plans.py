"""From a read question to the named queries that answer it, most specific first."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from queries.ask.reading import Parsed, _firm_kind, _free_term
from queries.ask.text import COUNTED, COURTING, LABEL_CUES, RELATED, bigrams, content

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

