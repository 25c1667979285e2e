// name: platforms
// description: 创新平台（实验室、中心、孵化器等），可按服务产业（含下位产业）或所在园区/功能区筛选。Innovation platforms, by the industry they serve or the place they are in.
// find: industry_ids: Industry named $industry
// find: place_ids: Park, Zone named $place
// scan: Platform every platform, paged, when neither an industry nor a place is given
// param: industry: str = null industry name or part of one; null for any
// param: place: str = null park or zone name or part of one; null for any
// param: skip: int = 0 rows to skip, for paging
// param: limit: int = 100 rows at most
// The walk down a place goes by kind, as the ontology allows: zones PART_OF zones, then the parks
// LOCATED_IN those zones, then parks LOCATED_IN parks, each step made DISTINCT before the next.
// One `[:LOCATED_IN|PART_OF*0..]` walk lists every path, and the nesting of a district's places
// has many (half a million for the whole district at 1,000 documents, for 14,000 places); it
// also steps onto every firm, platform and project located along the way before dropping them.
// Label tests on nodes already bound are `'Park' IN labels(x)` filters, which FalkorDB checks
// cheaply, rather than labels in the pattern, which it checks by a traversal of its own.
// Exactly one branch runs, chosen by which of industry and place are given; each opens with a
// guard so the others cost nothing. An industry starts from the matching industries and walks
// down to their sub-industries' platforms; a place alone starts from the matching parks and
// zones and walks down to the places inside them; neither scans the platforms. A page is cut before the platforms' industries and places
// are gathered, so only its rows pay for that. Pattern comprehensions appear only where needed:
// FalkorDB evaluates them even under a CASE that discards them.
WITH 1 AS go
WHERE $industry IS NOT NULL AND $place IS NULL
MATCH (i:Industry)
WHERE i.id IN $industry_ids
MATCH (sub:Industry)-[:SUBINDUSTRY_OF*0..1]->(i)
WITH DISTINCT sub
MATCH (x:Platform)-[:IN_INDUSTRY]->(sub)
WITH DISTINCT x
ORDER BY x.name ASC SKIP $skip LIMIT $limit
OPTIONAL MATCH (x)-[r:IN_INDUSTRY|LOCATED_IN]->(y)
WITH x, collect(DISTINCT y) AS ys, collect(coalesce(r.sources, [])) AS srcs
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label,
       [t IN ys WHERE t:Industry | t.name] AS industries,
       [t IN ys WHERE NOT t:Industry | t.name] AS places,
       reduce(acc = [], s IN srcs | acc + s)[0..10] AS sources, size(reduce(acc = [], s IN srcs | acc + s)) AS source_count
ORDER BY name ASC
UNION ALL
WITH 1 AS go
WHERE $industry IS NOT NULL AND $place IS NOT NULL
MATCH (i:Industry)
WHERE i.id IN $industry_ids
MATCH (sub:Industry)-[:SUBINDUSTRY_OF*0..1]->(i)
WITH DISTINCT sub
MATCH (x:Platform)-[:IN_INDUSTRY]->(sub)
WITH DISTINCT x
MATCH (x)-[:LOCATED_IN]->(pl)-[:LOCATED_IN|PART_OF*0..]->(up)
WHERE up.id IN $place_ids
WITH DISTINCT x
ORDER BY x.name ASC SKIP $skip LIMIT $limit
OPTIONAL MATCH (x)-[r:IN_INDUSTRY|LOCATED_IN]->(y)
WITH x, collect(DISTINCT y) AS ys, collect(coalesce(r.sources, [])) AS srcs
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label,
       [t IN ys WHERE t:Industry | t.name] AS industries,
       [t IN ys WHERE NOT t:Industry | t.name] AS places,
       reduce(acc = [], s IN srcs | acc + s)[0..10] AS sources, size(reduce(acc = [], s IN srcs | acc + s)) AS source_count
ORDER BY name ASC
UNION ALL
WITH 1 AS go
WHERE $industry IS NULL AND $place IS NOT NULL
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
UNWIND [b] + ks AS pl
WITH DISTINCT pl
MATCH (x:Platform)-[:LOCATED_IN]->(pl)
WITH DISTINCT x
ORDER BY x.name ASC SKIP $skip LIMIT $limit
OPTIONAL MATCH (x)-[r:IN_INDUSTRY|LOCATED_IN]->(y)
WITH x, collect(DISTINCT y) AS ys, collect(coalesce(r.sources, [])) AS srcs
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label,
       [t IN ys WHERE t:Industry | t.name] AS industries,
       [t IN ys WHERE NOT t:Industry | t.name] AS places,
       reduce(acc = [], s IN srcs | acc + s)[0..10] AS sources, size(reduce(acc = [], s IN srcs | acc + s)) AS source_count
ORDER BY name ASC
UNION ALL
WITH 1 AS go
WHERE $industry IS NULL AND $place IS NULL
MATCH (x:Platform)
WITH x
ORDER BY x.name ASC SKIP $skip LIMIT $limit
OPTIONAL MATCH (x)-[r:IN_INDUSTRY|LOCATED_IN]->(y)
WITH x, collect(DISTINCT y) AS ys, collect(coalesce(r.sources, [])) AS srcs
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label,
       [t IN ys WHERE t:Industry | t.name] AS industries,
       [t IN ys WHERE NOT t:Industry | t.name] AS places,
       reduce(acc = [], s IN srcs | acc + s)[0..10] AS sources, size(reduce(acc = [], s IN srcs | acc + s)) AS source_count
ORDER BY name ASC
