// place_parents: 某园区/功能区所属的上级功能区（多级）
// 某园区/功能区所属的上级功能区（多级）。The broader zones a park or zone lies within, nearest first.
// parameters (set them first, e.g. from params.cypher):
//   :param place => ""  // str: park or zone name or alias, or a part of one
//   :param limit => 50  // int, optional: rows at most
MATCH (p)
WHERE (p:Park OR p:Zone) AND (p.name = $place OR $place IN coalesce(p.aliases, []) OR p.name CONTAINS $place)
MATCH path = (p)-[:LOCATED_IN|PART_OF*1..4]->(up)
WITH DISTINCT up, min(length(path)) AS depth, p
RETURN up.id AS id, up.name AS name, labels(up)[0] AS label, depth, p.name AS place,
       [(p)-[r:LOCATED_IN|PART_OF]->(up) | r.sources][0] AS sources
ORDER BY depth ASC, name ASC
LIMIT $limit
