// name: place_industries
// description: 园区或功能区（含其下属园区）重点发展的产业。The industries a park or zone focuses on, its own and those of the places inside it, with the broader industry of each (via: the narrower one it was reached from).
// find: place_ids: Park, Zone named $place
// param: place: str park or zone name or alias, or a part of one
// param: limit: int = 200 rows at most
OPTIONAL MATCH (z:Zone)
WHERE z.id IN $place_ids
WITH collect(z) AS zones
OPTIONAL MATCH (k:Park)
WHERE k.id IN $place_ids
WITH zones, collect(k) AS parks
WITH zones + parks AS named
UNWIND named AS p
MATCH (inner)-[:LOCATED_IN|PART_OF*0..2]->(p)
WHERE inner:Park OR inner:Zone
MATCH (inner)-[r:FOCUSES_ON]->(f:Industry)-[:SUBINDUSTRY_OF*0..1]->(i:Industry)
RETURN DISTINCT i.id AS id, i.name AS name, labels(i)[0] AS label, inner.id AS place_id, inner.name AS place,
       CASE WHEN f = i THEN null ELSE f.name END AS via, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
ORDER BY place ASC, name ASC
LIMIT $limit
