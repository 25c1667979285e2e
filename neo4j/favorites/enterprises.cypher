// enterprises: 按产业（含下位产业）、园区/功能区（含其下属园区）和状态（present 已入驻 / target 招商对接目标）筛选企业
// 按产业（含下位产业）、园区/功能区（含其下属园区）和状态（present 已入驻 / target 招商对接目标）筛选企业。Enterprises by industry, park or zone and status; one row per enterprise and place.
// parameters (set them first, e.g. from params.cypher):
//   :param industry_ids => null  // ids, optional: ids of the Industry nodes named $industry (found through the full-text index when not given)
//   :param place_ids => null  // ids, optional: ids of the Park, Zone nodes named $place (found through the full-text index when not given)
//   :param industry => null  // str, optional: industry name or part of one; null for any
//   :param place => null  // str, optional: park or zone name or part of one (places inside it count); null for any
//   :param status => null  // str, optional: present or target; null for both
//   :param skip => 0  // int, optional: rows to skip, for paging
//   :param limit => 100  // int, optional: rows at most
WITH 1 AS go
WHERE $place IS NOT NULL AND $industry IS NULL
OPTIONAL MATCH (z:Zone)
WHERE z.id IN $place_ids
WITH go, collect(z) AS zones
OPTIONAL MATCH (k:Park)
WHERE k.id IN $place_ids
WITH go, zones, collect(k) AS parks
WITH go, zones + parks AS named
UNWIND named AS u
OPTIONAL MATCH (z)-[:PART_OF*0..]->(u)
WHERE 'Zone' IN labels(z)
WITH DISTINCT coalesce(z, u) AS a
OPTIONAL MATCH (k:Park)-[:LOCATED_IN]->(a)
WITH a, collect(k) AS ks
UNWIND [a] + ks AS b
WITH DISTINCT b
OPTIONAL MATCH (k)-[:LOCATED_IN*1..]->(b)
WHERE 'Park' IN labels(b) AND 'Park' IN labels(k)
WITH b, collect(k) AS ks
UNWIND [b] + ks AS p
WITH DISTINCT p
MATCH (p)-[r:LOCATED_IN|TARGETS]-(e:Enterprise)
WHERE (type(r) = 'LOCATED_IN' AND startNode(r) = e) OR (type(r) = 'TARGETS' AND endNode(r) = e)
WITH e, p, r, CASE type(r) WHEN 'TARGETS' THEN 'target' ELSE 'present' END AS how
WHERE $status IS NULL OR how = $status
WITH e, p, r, how, e.name AS name, p.name AS place
ORDER BY name ASC, place ASC
SKIP $skip LIMIT $limit
RETURN DISTINCT e.id AS id, name, labels(e)[0] AS label, how AS status, p.id AS place_id, place,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
ORDER BY name ASC, place ASC
UNION ALL
WITH 1 AS go
WHERE $place IS NOT NULL AND $industry IS NOT NULL
OPTIONAL MATCH (z:Zone)
WHERE z.id IN $place_ids
WITH go, collect(z) AS zones
OPTIONAL MATCH (k:Park)
WHERE k.id IN $place_ids
WITH go, zones, collect(k) AS parks
WITH go, zones + parks AS named
UNWIND named AS u
OPTIONAL MATCH (z)-[:PART_OF*0..]->(u)
WHERE 'Zone' IN labels(z)
WITH DISTINCT coalesce(z, u) AS a
OPTIONAL MATCH (k:Park)-[:LOCATED_IN]->(a)
WITH a, collect(k) AS ks
UNWIND [a] + ks AS b
WITH DISTINCT b
OPTIONAL MATCH (k)-[:LOCATED_IN*1..]->(b)
WHERE 'Park' IN labels(b) AND 'Park' IN labels(k)
WITH b, collect(k) AS ks
UNWIND [b] + ks AS p
WITH DISTINCT p
MATCH (p)-[r:LOCATED_IN|TARGETS]-(e:Enterprise)
WHERE (type(r) = 'LOCATED_IN' AND startNode(r) = e) OR (type(r) = 'TARGETS' AND endNode(r) = e)
WITH e, p, CASE type(r) WHEN 'TARGETS' THEN 'target' ELSE 'present' END AS how, r.sources AS s
WHERE $status IS NULL OR how = $status
MATCH (e)-[:IN_INDUSTRY]->(:Industry)-[:SUBINDUSTRY_OF*0..1]->(anc:Industry)
WHERE anc.id IN $industry_ids
WITH DISTINCT e, p, how, s
RETURN DISTINCT e.id AS id, e.name AS name, labels(e)[0] AS label, how AS status,
       p.id AS place_id, p.name AS place, coalesce(s, [])[0..10] AS sources, size(coalesce(s, [])) AS source_count
ORDER BY name ASC, place ASC
SKIP $skip LIMIT $limit
UNION ALL
WITH 1 AS go
WHERE $place IS NULL AND $industry IS NOT NULL
MATCH (i:Industry)
WHERE i.id IN $industry_ids
MATCH (sub:Industry)-[:SUBINDUSTRY_OF*0..1]->(i)
WITH DISTINCT sub
MATCH (e:Enterprise)-[:IN_INDUSTRY]->(sub)
WITH DISTINCT e
OPTIONAL MATCH (e)-[l:LOCATED_IN]->(lp)
OPTIONAL MATCH (tp)-[t:TARGETS]->(e)
WITH e, collect(DISTINCT {p: lp, how: 'present', s: l.sources}) + collect(DISTINCT {p: tp, how: 'target', s: t.sources}) AS links
UNWIND links AS k
WITH e, k.p AS p, k.how AS how, k.s AS s
WHERE (p IS NOT NULL OR how = coalesce(e.status, 'present'))
  AND ($status IS NULL OR how = $status)
RETURN DISTINCT e.id AS id, e.name AS name, labels(e)[0] AS label, how AS status,
       p.id AS place_id, p.name AS place, coalesce(s, [])[0..10] AS sources, size(coalesce(s, [])) AS source_count
ORDER BY name ASC, place ASC
SKIP $skip LIMIT $limit
UNION ALL
WITH 1 AS go
WHERE $place IS NULL AND $industry IS NULL
MATCH (e:Enterprise)
OPTIONAL MATCH (e)-[l:LOCATED_IN]->(lp)
OPTIONAL MATCH (tp)-[t:TARGETS]->(e)
WITH e, collect(DISTINCT {p: lp, how: 'present', s: l.sources}) + collect(DISTINCT {p: tp, how: 'target', s: t.sources}) AS links
UNWIND links AS k
WITH e, k.p AS p, k.how AS how, k.s AS s
WHERE (p IS NOT NULL OR how = coalesce(e.status, 'present'))
  AND ($status IS NULL OR how = $status)
RETURN DISTINCT e.id AS id, e.name AS name, labels(e)[0] AS label, how AS status,
       p.id AS place_id, p.name AS place, coalesce(s, [])[0..10] AS sources, size(coalesce(s, [])) AS source_count
ORDER BY name ASC, place ASC
SKIP $skip LIMIT $limit
