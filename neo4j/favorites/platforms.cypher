// platforms: 创新平台（实验室、中心、孵化器等），可按服务产业（含下位产业）或所在园区/功能区筛选
// 创新平台（实验室、中心、孵化器等），可按服务产业（含下位产业）或所在园区/功能区筛选。Innovation platforms, by the industry they serve or the place they are in.
// parameters (set them first, e.g. from params.cypher):
//   :param industry_ids => null  // ids, optional: ids of the Industry nodes named $industry (found through the full-text index when not given)
//   :param place_ids => null  // ids, optional: ids of the Park, Zone nodes named $place (found through the full-text index when not given)
//   :param industry => null  // str, optional: industry name or part of one; null for any
//   :param place => null  // str, optional: park or zone name or part of one; null for any
//   :param skip => 0  // int, optional: rows to skip, for paging
//   :param limit => 100  // int, optional: rows at most
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
