// name: entity_relations
// description: 实体的直接关系（出边与入边），按关系类型分页，每行带该类型的总数和来源段落。An entity's relationships in both directions, a page of each type with that type's total, and the passages that state them; passages mentioning it are in entity_evidence.
// Relationship types are listed (every type but MENTIONS and HAS_PASSAGE) so that the engine
// follows only those adjacency lists: a much-mentioned zone has thousands of passages. A type
// is read in the order it was written; skip and limit page through each type.
// each: Zone, Park, Industry, Enterprise, Platform, Project, Task, Bureau, Target, Document
// param: id: str the node id
// param: rel: str = null only relationships of this type; null for every type
// param: skip: int = 0 rows of each type to skip, for paging
// param: limit: int = 200 rows of each type at most
MATCH (n:Each)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]->(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, endNode(r) AS m
RETURN 'out' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Each)<-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]-(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, startNode(r) AS m
RETURN 'in' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
