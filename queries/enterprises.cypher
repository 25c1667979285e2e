// name: enterprises
// description: 按产业（含下位产业）、园区/功能区（含其下属园区）和状态（present 已入驻 / target 招商对接目标）筛选企业。Enterprises by industry, park or zone and status; one row per enterprise and place.
// param: industry: str = null industry name or part of one; null for any
// param: place: str = null park or zone name or part of one (places inside it count); null for any
// param: status: str = null present or target; null for both
// param: skip: int = 0 rows to skip, for paging
// param: limit: int = 100 rows at most
MATCH (e:Enterprise)
WITH e, CASE WHEN $industry IS NULL THEN [] ELSE [(e)-[:IN_INDUSTRY]->(:Industry)-[:SUBINDUSTRY_OF*0..]->(anc:Industry) | anc] END AS inds
WHERE $industry IS NULL OR any(x IN inds WHERE x.name CONTAINS $industry OR $industry IN coalesce(x.aliases, []))
OPTIONAL MATCH (e)-[l:LOCATED_IN]->(lp)
OPTIONAL MATCH (tp)-[t:TARGETS]->(e)
WITH e, collect(DISTINCT {p: lp, how: 'present', s: l.sources}) + collect(DISTINCT {p: tp, how: 'target', s: t.sources}) AS links
UNWIND links AS k
WITH e, k.p AS p, k.how AS how, k.s AS s
WHERE (p IS NOT NULL OR ($place IS NULL AND how = coalesce(e.status, 'present')))
  AND ($status IS NULL OR how = $status)
WITH e, p, how, s, CASE WHEN p IS NULL THEN [] ELSE [(p)-[:LOCATED_IN|PART_OF*0..]->(up) | up] END AS ups
WHERE $place IS NULL OR any(x IN ups WHERE x.name CONTAINS $place OR $place IN coalesce(x.aliases, []))
RETURN DISTINCT e.id AS id, e.name AS name, labels(e)[0] AS label, how AS status,
       p.id AS place_id, p.name AS place, coalesce(s, []) AS sources
ORDER BY name ASC, place ASC
SKIP $skip LIMIT $limit
