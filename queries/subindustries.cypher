// name: subindustries
// description: 某产业的下位产业（细分领域），多级。The narrower industries under an industry, at any depth.
// find: industry_ids: Industry named $industry
// param: industry: str industry name or alias, or a part of one
// param: limit: int = 200 rows at most
MATCH (i:Industry)
WHERE i.id IN $industry_ids
MATCH path = (sub:Industry)-[:SUBINDUSTRY_OF*1..3]->(i)
WITH DISTINCT sub, min(length(path)) AS depth, i
RETURN sub.id AS id, sub.name AS name, labels(sub)[0] AS label, depth, i.name AS parent,
       coalesce([(sub)-[r:SUBINDUSTRY_OF]->(i) | r.sources][0], [])[0..10] AS sources, size(coalesce([(sub)-[r:SUBINDUSTRY_OF]->(i) | r.sources][0], [])) AS source_count
ORDER BY depth ASC, name ASC
LIMIT $limit
