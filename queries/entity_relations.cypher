// name: entity_relations
// description: 实体的直接关系（出边与入边），带来源段落。An entity's relationships in both directions, with the passages that state them; passages mentioning it are in entity_evidence.
// Relationship types are listed (every type but MENTIONS and HAS_PASSAGE) so that the engine
// follows only those adjacency lists: a much-mentioned zone has hundreds of passages.
// param: id: str the node id
// param: skip: int = 0 rows to skip, for paging
// param: limit: int = 200 rows at most
MATCH (n)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]->(m)
WHERE n.id = $id
RETURN 'out' AS direction, type(r) AS rel, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, []) AS sources, r.item AS item
UNION ALL
MATCH (n)<-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]-(m)
WHERE n.id = $id
RETURN 'in' AS direction, type(r) AS rel, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, []) AS sources, r.item AS item
