// name: place_parents
// description: 某园区/功能区所属的上级功能区（多级）。The broader zones a park or zone lies within, nearest first.
// find: place_ids: Park, Zone named $place
// param: place: str park or zone name or alias, or a part of one
// param: limit: int = 50 rows at most
OPTIONAL MATCH (z:Zone)
WHERE z.id IN $place_ids
WITH collect(z) AS zones
OPTIONAL MATCH (k:Park)
WHERE k.id IN $place_ids
WITH zones, collect(k) AS parks
WITH zones + parks AS named
UNWIND named AS p
MATCH path = (p)-[:LOCATED_IN|PART_OF*1..4]->(up)
WITH DISTINCT up, min(length(path)) AS depth, p
RETURN up.id AS id, up.name AS name, labels(up)[0] AS label, depth, p.name AS place,
       coalesce([(p)-[r:LOCATED_IN|PART_OF]->(up) | r.sources][0], [])[0..10] AS sources, size(coalesce([(p)-[r:LOCATED_IN|PART_OF]->(up) | r.sources][0], [])) AS source_count
ORDER BY depth ASC, name ASC
LIMIT $limit
