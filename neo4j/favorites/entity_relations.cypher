// entity_relations: 实体的直接关系（出边与入边），按关系类型分页，每行带该类型的总数和来源段落
// 实体的直接关系（出边与入边），按关系类型分页，每行带该类型的总数和来源段落。An entity's relationships in both directions, a page of each type with that type's total, and the passages that state them; passages mentioning it are in entity_evidence.
// parameters (set them first, e.g. from params.cypher):
//   :param id => ""  // str: the node id
//   :param rel => null  // str, optional: only relationships of this type; null for every type
//   :param skip => 0  // int, optional: rows of each type to skip, for paging
//   :param limit => 200  // int, optional: rows of each type at most
MATCH (n:Zone)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]->(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, endNode(r) AS m
RETURN 'out' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Park)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]->(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, endNode(r) AS m
RETURN 'out' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Industry)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]->(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, endNode(r) AS m
RETURN 'out' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Enterprise)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]->(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, endNode(r) AS m
RETURN 'out' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Platform)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]->(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, endNode(r) AS m
RETURN 'out' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Project)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]->(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, endNode(r) AS m
RETURN 'out' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Task)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]->(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, endNode(r) AS m
RETURN 'out' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Bureau)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]->(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, endNode(r) AS m
RETURN 'out' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Target)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]->(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, endNode(r) AS m
RETURN 'out' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Document)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]->(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, endNode(r) AS m
RETURN 'out' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Zone)<-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]-(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, startNode(r) AS m
RETURN 'in' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Park)<-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]-(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, startNode(r) AS m
RETURN 'in' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Industry)<-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]-(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, startNode(r) AS m
RETURN 'in' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Enterprise)<-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]-(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, startNode(r) AS m
RETURN 'in' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Platform)<-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]-(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, startNode(r) AS m
RETURN 'in' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Project)<-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]-(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, startNode(r) AS m
RETURN 'in' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Task)<-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]-(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, startNode(r) AS m
RETURN 'in' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Bureau)<-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]-(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, startNode(r) AS m
RETURN 'in' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Target)<-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]-(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, startNode(r) AS m
RETURN 'in' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
UNION ALL
MATCH (n:Document)<-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES|HAS_SECTION]-(m)
WHERE n.id = $id AND ($rel IS NULL OR type(r) = $rel)
WITH type(r) AS rel, collect(r) AS rs
WITH rel, size(rs) AS total, rs[$skip..$skip + $limit] AS page
UNWIND page AS r
WITH rel, total, r, startNode(r) AS m
RETURN 'in' AS direction, rel, total, m.id AS id, m.name AS name, labels(m)[0] AS label,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count, r.item AS item
