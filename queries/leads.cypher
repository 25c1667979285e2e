// name: leads
// description: 招商线索：某产业（含两级下位产业）的重点发展园区/功能区（focus）、已入驻企业（present：有所在地，或未标为招商目标）、招商对接企业（target）、创新平台（platform）和项目（project），每行带来源段落。Investment leads for industries given by id: the parks and zones that focus on them, the enterprises present, the enterprises courted, the platforms and projects in them, one row per fact with its first ten passages and their number, the most backed first. Every branch starts from the industries' ids (an index lookup).
// The present branch sorts and pages before it walks each row's place hierarchy (`within`,
// which the gaps section reads), so the walk runs for the rows kept, not for every firm.
// param: industries: ids industry ids (from the name index or /search)
// param: limit: int = 500 rows per branch at most
MATCH (i:Industry)
WHERE i.id IN $industries
MATCH (sub:Industry)-[:SUBINDUSTRY_OF*0..2]->(i)
WITH DISTINCT sub
MATCH (p)-[r:FOCUSES_ON]->(sub)
WHERE p:Park OR p:Zone
RETURN 'focus' AS kind, p.id AS id, p.name AS name, labels(p)[0] AS label, sub.name AS industry,
       null AS place_id, null AS place, [] AS within,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
ORDER BY source_count DESC, id ASC
LIMIT $limit
UNION ALL
MATCH (i:Industry)
WHERE i.id IN $industries
MATCH (sub:Industry)-[:SUBINDUSTRY_OF*0..2]->(i)
WITH DISTINCT sub
MATCH (e:Enterprise)-[ri:IN_INDUSTRY]->(sub)
OPTIONAL MATCH (e)-[r:LOCATED_IN]->(p)
WITH sub, e, ri, r, p
WHERE p IS NOT NULL OR coalesce(e.status, 'present') = 'present'
WITH sub, e, p, coalesce(r.sources, ri.sources, []) AS sources
WITH sub, e, p, sources, size(sources) AS source_count
ORDER BY source_count DESC, e.id ASC
LIMIT $limit
RETURN 'present' AS kind, e.id AS id, e.name AS name, labels(e)[0] AS label, sub.name AS industry,
       p.id AS place_id, p.name AS place,
       CASE WHEN p IS NULL THEN [] ELSE [(p)-[:LOCATED_IN|PART_OF*0..3]->(up) | up.id] END AS within,
       sources[0..10] AS sources, source_count
UNION ALL
MATCH (i:Industry)
WHERE i.id IN $industries
MATCH (sub:Industry)-[:SUBINDUSTRY_OF*0..2]->(i)
WITH DISTINCT sub
MATCH (e:Enterprise)-[:IN_INDUSTRY]->(sub)
MATCH (p)-[r:TARGETS]->(e)
RETURN 'target' AS kind, e.id AS id, e.name AS name, labels(e)[0] AS label, sub.name AS industry,
       p.id AS place_id, p.name AS place, [] AS within, coalesce(r.sources, [])[0..10] AS sources,
       size(coalesce(r.sources, [])) AS source_count
ORDER BY source_count DESC, id ASC
LIMIT $limit
UNION ALL
MATCH (i:Industry)
WHERE i.id IN $industries
MATCH (sub:Industry)-[:SUBINDUSTRY_OF*0..2]->(i)
WITH DISTINCT sub
MATCH (x:Platform)-[ri:IN_INDUSTRY]->(sub)
OPTIONAL MATCH (x)-[:LOCATED_IN]->(p)
RETURN 'platform' AS kind, x.id AS id, x.name AS name, labels(x)[0] AS label, sub.name AS industry,
       p.id AS place_id, p.name AS place, [] AS within, coalesce(ri.sources, [])[0..10] AS sources,
       size(coalesce(ri.sources, [])) AS source_count
ORDER BY source_count DESC, id ASC
LIMIT $limit
UNION ALL
MATCH (i:Industry)
WHERE i.id IN $industries
MATCH (sub:Industry)-[:SUBINDUSTRY_OF*0..2]->(i)
WITH DISTINCT sub
MATCH (x:Project)-[ri:IN_INDUSTRY]->(sub)
OPTIONAL MATCH (x)-[:LOCATED_IN]->(p)
RETURN 'project' AS kind, x.id AS id, x.name AS name, labels(x)[0] AS label, sub.name AS industry,
       p.id AS place_id, p.name AS place, [] AS within, coalesce(ri.sources, [])[0..10] AS sources,
       size(coalesce(ri.sources, [])) AS source_count
ORDER BY source_count DESC, id ASC
LIMIT $limit
