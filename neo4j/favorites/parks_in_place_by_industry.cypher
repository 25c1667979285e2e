// parks_in_place_by_industry: 某功能区/园区之内（含其自身之下多级）重点发展某产业（含下位产业）或有该产业企业入驻的园区和片区
// 某功能区/园区之内（含其自身之下多级）重点发展某产业（含下位产业）或有该产业企业入驻的园区和片区。Parks and zones inside a named park or zone that focus on an industry (sub-industries included) or host its enterprises; one row per reason.
// parameters (set them first, e.g. from params.cypher):
//   :param industry_ids => null  // ids, optional: ids of the Industry nodes named $industry (found through the full-text index when not given)
//   :param place_ids => null  // ids, optional: ids of the Park, Zone nodes named $place (found through the full-text index when not given)
//   :param industry => ""  // str: industry name or alias, or a part of one
//   :param place => ""  // str: park or zone name or alias, or a part of one (places inside it count)
//   :param limit => 200  // int, optional: rows at most
OPTIONAL MATCH (z:Zone)
WHERE z.id IN $place_ids
WITH collect(z) AS zones
OPTIONAL MATCH (k:Park)
WHERE k.id IN $place_ids
WITH zones, collect(k) AS parks
WITH zones + parks AS named
UNWIND named AS u
MATCH (p)-[:LOCATED_IN|PART_OF*1..3]->(u)
WHERE p:Park OR p:Zone
WITH DISTINCT p
MATCH (p)-[r:FOCUSES_ON]->(sub:Industry)-[:SUBINDUSTRY_OF*0..1]->(i:Industry)
WHERE i.id IN $industry_ids
RETURN DISTINCT p.id AS id, p.name AS name, labels(p)[0] AS label, 'focus' AS how,
       sub.id AS via_id, sub.name AS via, labels(sub)[0] AS via_label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
LIMIT $limit
