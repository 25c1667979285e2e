// entity_relations: 实体的直接关系（出边与入边），带来源段落
// 实体的直接关系（出边与入边），带来源段落。An entity's relationships in both directions, with the passages that state them; passages mentioning it are in entity_evidence.
// parameters (set them first, e.g. from params.cypher):
//   :param id => ""  // str: the node id
//   :param skip => 0  // int, optional: rows to skip, for paging
//   :param limit => 200  // int, optional: rows at most
MATCH (n)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]->(m)
WHERE n.id = $id
RETURN 'out' AS direction, type(r) AS rel, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, []) AS sources, r.item AS item
UNION ALL
MATCH (n)<-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]-(m)
WHERE n.id = $id
RETURN 'in' AS direction, type(r) AS rel, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, []) AS sources, r.item AS item
