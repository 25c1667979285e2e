// name: enterprises
// description: 按产业（含下位产业）、园区/功能区（含其下属园区）和状态（present 已入驻 / target 招商对接目标）筛选企业。Enterprises by industry, park or zone and status; one row per enterprise and place.
// find: industry_ids: Industry named $industry
// find: place_ids: Park, Zone named $place
// scan: Enterprise every enterprise, paged, when neither a place nor an industry is given
// param: industry: str = null industry name or part of one; null for any
// param: place: str = null park or zone name or part of one (places inside it count); null for any
// param: status: str = null present or target; null for both
// param: skip: int = 0 rows to skip, for paging
// param: limit: int = 100 rows at most
// The walk down a place goes by kind, as the ontology allows: zones PART_OF zones, then the parks
// LOCATED_IN those zones, then parks LOCATED_IN parks, each step made DISTINCT before the next.
// One `[:LOCATED_IN|PART_OF*0..]` walk lists every path, and the nesting of a district's places
// has many (half a million for the whole district at 1,000 documents, for 14,000 places); it
// also steps onto every firm, platform and project located along the way before dropping them.
// Label tests on nodes already bound are `'Park' IN labels(x)` filters, which FalkorDB checks
// cheaply, rather than labels in the pattern, which it checks by a traversal of its own.
// Exactly one branch runs, chosen by which of place and industry are given; each opens with a
// guard so the others cost nothing. A place starts from the matching parks and zones and walks
// down to the places inside them; an industry alone starts from the matching industries and
// walks down to their sub-industries' enterprises; neither scans the enterprises. Pattern comprehensions appear only where needed: FalkorDB evaluates
// them even under a CASE that discards them. The place-only branch sorts on names and cuts the page
// before it builds rows (sources, labels), so only the page pays for those.
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
