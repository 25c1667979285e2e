// name: places_in
// description: 位于某功能区/园区之内的园区和片区（含多级）。The parks and zones inside a park or zone, and those inside them (depth 2).
// find: place_ids: Park, Zone named $place
// param: place: str park or zone name or alias, or a part of one
// param: label: str = null only Park or only Zone; null for both
// param: limit: int = 200 rows at most
OPTIONAL MATCH (z:Zone)
WHERE z.id IN $place_ids
WITH collect(z) AS zones
OPTIONAL MATCH (k:Park)
WHERE k.id IN $place_ids
WITH zones, collect(k) AS parks
WITH zones + parks AS named
UNWIND named AS p
MATCH path = (x)-[:LOCATED_IN|PART_OF*1..2]->(p)
WHERE (x:Park OR x:Zone) AND ($label IS NULL OR $label IN labels(x))
RETURN DISTINCT x.id AS id, x.name AS name, labels(x)[0] AS label, p.id AS place_id, p.name AS place,
       length(path) AS depth, coalesce(head(relationships(path)).sources, [])[0..10] AS sources, size(coalesce(head(relationships(path)).sources, [])) AS source_count
ORDER BY depth ASC, place ASC, name ASC
LIMIT $limit
