// neighbourhood: 实体的一跳邻域（节点和边），用于图可视化；不含段落层
// 实体的一跳邻域（节点和边），用于图可视化；不含段落层。An entity's one-hop neighbourhood for drawing: one row per edge, passages left out.
// parameters (set them first, e.g. from params.cypher):
//   :param id => ""  // str: the node id
//   :param limit => 150  // int, optional: rows at most
MATCH (n:Zone)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES]-(m)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, type(r) AS rel,
       startNode(r).id AS from_id, endNode(r).id AS to_id,
       m.id AS other_id, m.name AS other_name, labels(m)[0] AS other_label, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
LIMIT $limit
UNION ALL
MATCH (n:Park)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES]-(m)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, type(r) AS rel,
       startNode(r).id AS from_id, endNode(r).id AS to_id,
       m.id AS other_id, m.name AS other_name, labels(m)[0] AS other_label, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
LIMIT $limit
UNION ALL
MATCH (n:Industry)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES]-(m)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, type(r) AS rel,
       startNode(r).id AS from_id, endNode(r).id AS to_id,
       m.id AS other_id, m.name AS other_name, labels(m)[0] AS other_label, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
LIMIT $limit
UNION ALL
MATCH (n:Enterprise)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES]-(m)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, type(r) AS rel,
       startNode(r).id AS from_id, endNode(r).id AS to_id,
       m.id AS other_id, m.name AS other_name, labels(m)[0] AS other_label, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
LIMIT $limit
UNION ALL
MATCH (n:Platform)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES]-(m)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, type(r) AS rel,
       startNode(r).id AS from_id, endNode(r).id AS to_id,
       m.id AS other_id, m.name AS other_name, labels(m)[0] AS other_label, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
LIMIT $limit
UNION ALL
MATCH (n:Project)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES]-(m)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, type(r) AS rel,
       startNode(r).id AS from_id, endNode(r).id AS to_id,
       m.id AS other_id, m.name AS other_name, labels(m)[0] AS other_label, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
LIMIT $limit
UNION ALL
MATCH (n:Task)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES]-(m)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, type(r) AS rel,
       startNode(r).id AS from_id, endNode(r).id AS to_id,
       m.id AS other_id, m.name AS other_name, labels(m)[0] AS other_label, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
LIMIT $limit
UNION ALL
MATCH (n:Bureau)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES]-(m)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, type(r) AS rel,
       startNode(r).id AS from_id, endNode(r).id AS to_id,
       m.id AS other_id, m.name AS other_name, labels(m)[0] AS other_label, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
LIMIT $limit
UNION ALL
MATCH (n:Target)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES]-(m)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, type(r) AS rel,
       startNode(r).id AS from_id, endNode(r).id AS to_id,
       m.id AS other_id, m.name AS other_name, labels(m)[0] AS other_label, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
LIMIT $limit
UNION ALL
MATCH (n:Document)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES]-(m)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, type(r) AS rel,
       startNode(r).id AS from_id, endNode(r).id AS to_id,
       m.id AS other_id, m.name AS other_name, labels(m)[0] AS other_label, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
LIMIT $limit
