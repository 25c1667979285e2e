// place_industries: 园区或功能区（含其下属园区）重点发展的产业
// 园区或功能区（含其下属园区）重点发展的产业。The industries a park or zone focuses on, its own and those of the places inside it, with the broader industry of each (via: the narrower one it was reached from).
// parameters (set them first, e.g. from params.cypher):
//   :param place_ids => null  // ids, optional: ids of the Park, Zone nodes named $place (found through the full-text index when not given)
//   :param place => ""  // str: park or zone name or alias, or a part of one
//   :param limit => 200  // int, optional: rows at most
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
