// name: parks_by_industry
// description: 重点发展某产业（含下位产业）、有该产业企业入驻或正在招引该产业企业的园区和功能区；每行一条理由（how: focus 重点发展 / present 已入驻 / target 招商对接）。Parks and zones that focus on an industry (sub-industries included), host its enterprises, or court them; one row per reason.
// find: industry_ids: Industry named $industry
// param: industry: str industry name or alias, or a part of one (a few characters are enough)
// param: limit: int = 200 rows at most
MATCH (i:Industry)
WHERE i.id IN $industry_ids
MATCH (sub:Industry)-[:SUBINDUSTRY_OF*0..1]->(i)
WITH DISTINCT sub
MATCH (p)-[r:FOCUSES_ON]->(sub)
WHERE p:Park OR p:Zone
RETURN p.id AS id, p.name AS name, labels(p)[0] AS label, 'focus' AS how,
       sub.id AS via_id, sub.name AS via, labels(sub)[0] AS via_label, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
LIMIT $limit
UNION ALL
MATCH (i:Industry)
WHERE i.id IN $industry_ids
MATCH (sub:Industry)-[:SUBINDUSTRY_OF*0..1]->(i)
WITH DISTINCT sub
MATCH (e:Enterprise)-[:IN_INDUSTRY]->(sub)
MATCH (e)-[r:LOCATED_IN]->(p)
RETURN p.id AS id, p.name AS name, labels(p)[0] AS label, 'present' AS how,
       e.id AS via_id, e.name AS via, labels(e)[0] AS via_label, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
LIMIT $limit
UNION ALL
MATCH (i:Industry)
WHERE i.id IN $industry_ids
MATCH (sub:Industry)-[:SUBINDUSTRY_OF*0..1]->(i)
WITH DISTINCT sub
MATCH (e:Enterprise)-[:IN_INDUSTRY]->(sub)
MATCH (p)-[r:TARGETS]->(e)
RETURN p.id AS id, p.name AS name, labels(p)[0] AS label, 'target' AS how,
       e.id AS via_id, e.name AS via, labels(e)[0] AS via_label, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
LIMIT $limit
