// name: projects
// description: 项目，可按承担企业、所在园区/功能区或产业筛选。Projects, by the enterprise that undertakes them, the place they are in, or their industry.
// find: enterprise_ids: Enterprise named $enterprise
// find: place_ids: Park, Zone named $place
// find: industry_ids: Industry named $industry
// scan: Project every project, paged, when no enterprise, place or industry is given
// param: enterprise: str = null enterprise name or part of one; null for any
// param: place: str = null park or zone name or part of one; null for any
// param: industry: str = null industry name or part of one; null for any
// param: skip: int = 0 rows to skip, for paging
// param: limit: int = 100 rows at most
// The walk down a place goes by kind, as the ontology allows: zones PART_OF zones, then the parks
// LOCATED_IN those zones, then parks LOCATED_IN parks, each step made DISTINCT before the next.
// One `[:LOCATED_IN|PART_OF*0..]` walk lists every path, and the nesting of a district's places
// has many (half a million for the whole district at 1,000 documents, for 14,000 places); it
// also steps onto every firm, platform and project located along the way before dropping them.
// Label tests on nodes already bound are `'Park' IN labels(x)` filters, which FalkorDB checks
// cheaply, rather than labels in the pattern, which it checks by a traversal of its own.
// Exactly one branch runs: it starts from the enterprise when one is given, else from the
// place (walking down to the places inside it), else from the industry (and its direct
// sub-industries); the other filters are then tested on the projects found. A page is cut
// before the projects' enterprises, places and industries are gathered.
WITH 1 AS go
WHERE $enterprise IS NOT NULL
MATCH (e:Enterprise)
WHERE e.id IN $enterprise_ids
MATCH (x:Project)-[:UNDERTAKEN_BY]->(e)
WITH DISTINCT x
WHERE ($place IS NULL OR any(u IN [(x)-[:LOCATED_IN]->(pl)-[:LOCATED_IN|PART_OF*0..]->(up) | up] WHERE u.id IN $place_ids))
  AND ($industry IS NULL OR any(i IN [(x)-[:IN_INDUSTRY]->(:Industry)-[:SUBINDUSTRY_OF*0..1]->(anc:Industry) | anc] WHERE i.id IN $industry_ids))
WITH x
ORDER BY x.name ASC SKIP $skip LIMIT $limit
OPTIONAL MATCH (x)-[r:UNDERTAKEN_BY|LOCATED_IN|IN_INDUSTRY]->(y)
WITH x, collect(DISTINCT y) AS ys, collect(coalesce(r.sources, [])) AS srcs
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label,
       [t IN ys WHERE t:Enterprise | t.name] AS enterprises,
       [t IN ys WHERE t:Park OR t:Zone | t.name] AS places,
       reduce(acc = [], s IN srcs | acc + s)[0..10] AS sources, size(reduce(acc = [], s IN srcs | acc + s)) AS source_count
ORDER BY name ASC
UNION ALL
WITH 1 AS go
WHERE $enterprise IS NULL AND $place IS NOT NULL
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
MATCH (x:Project)-[:LOCATED_IN]->(pl)
WITH DISTINCT x
WHERE ($industry IS NULL OR any(i IN [(x)-[:IN_INDUSTRY]->(:Industry)-[:SUBINDUSTRY_OF*0..1]->(anc:Industry) | anc] WHERE i.id IN $industry_ids))
WITH x
ORDER BY x.name ASC SKIP $skip LIMIT $limit
OPTIONAL MATCH (x)-[r:UNDERTAKEN_BY|LOCATED_IN|IN_INDUSTRY]->(y)
WITH x, collect(DISTINCT y) AS ys, collect(coalesce(r.sources, [])) AS srcs
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label,
       [t IN ys WHERE t:Enterprise | t.name] AS enterprises,
       [t IN ys WHERE t:Park OR t:Zone | t.name] AS places,
       reduce(acc = [], s IN srcs | acc + s)[0..10] AS sources, size(reduce(acc = [], s IN srcs | acc + s)) AS source_count
ORDER BY name ASC
UNION ALL
WITH 1 AS go
WHERE $enterprise IS NULL AND $place IS NULL AND $industry IS NOT NULL
MATCH (i:Industry)
WHERE i.id IN $industry_ids
MATCH (sub:Industry)-[:SUBINDUSTRY_OF*0..1]->(i)
WITH DISTINCT sub
MATCH (x:Project)-[:IN_INDUSTRY]->(sub)
WITH DISTINCT x
WITH x
ORDER BY x.name ASC SKIP $skip LIMIT $limit
OPTIONAL MATCH (x)-[r:UNDERTAKEN_BY|LOCATED_IN|IN_INDUSTRY]->(y)
WITH x, collect(DISTINCT y) AS ys, collect(coalesce(r.sources, [])) AS srcs
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label,
       [t IN ys WHERE t:Enterprise | t.name] AS enterprises,
       [t IN ys WHERE t:Park OR t:Zone | t.name] AS places,
       reduce(acc = [], s IN srcs | acc + s)[0..10] AS sources, size(reduce(acc = [], s IN srcs | acc + s)) AS source_count
ORDER BY name ASC
UNION ALL
WITH 1 AS go
WHERE $enterprise IS NULL AND $place IS NULL AND $industry IS NULL
MATCH (x:Project)
WITH x
ORDER BY x.name ASC SKIP $skip LIMIT $limit
OPTIONAL MATCH (x)-[r:UNDERTAKEN_BY|LOCATED_IN|IN_INDUSTRY]->(y)
WITH x, collect(DISTINCT y) AS ys, collect(coalesce(r.sources, [])) AS srcs
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label,
       [t IN ys WHERE t:Enterprise | t.name] AS enterprises,
       [t IN ys WHERE t:Park OR t:Zone | t.name] AS places,
       reduce(acc = [], s IN srcs | acc + s)[0..10] AS sources, size(reduce(acc = [], s IN srcs | acc + s)) AS source_count
ORDER BY name ASC
