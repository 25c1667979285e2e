// name: where_is
// description: 实体所在的园区/功能区及其上级功能区。Where an enterprise, platform, project or park is: the places it is located in, and the zones those lie within.
// each: Park, Enterprise, Platform, Project
// param: id: str the node id
// param: limit: int = 50 rows at most
MATCH (x:Each)-[r:LOCATED_IN]->(p)
WHERE x.id = $id
OPTIONAL MATCH path = (p)-[:LOCATED_IN|PART_OF*1..3]->(up)
WITH p, r, collect(DISTINCT up) AS ups
WITH [{place: p, depth: 0, sources: r.sources}] + [u IN ups | {place: u, depth: 1, sources: r.sources}] AS found
UNWIND found AS f
WITH f
WHERE f.place IS NOT NULL
RETURN DISTINCT f.place.id AS id, f.place.name AS name, labels(f.place)[0] AS label, f.depth AS depth,
       coalesce(f.sources, [])[0..10] AS sources, size(coalesce(f.sources, [])) AS source_count
ORDER BY depth ASC, name ASC
LIMIT $limit
