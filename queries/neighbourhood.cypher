// name: neighbourhood
// description: 实体的一跳邻域（节点和边），用于图可视化；不含段落层。An entity's one-hop neighbourhood for drawing: one row per edge, passages left out.
// Only the domain relationship types are followed (not MENTIONS, HAS_SECTION, HAS_PASSAGE).
// each: Zone, Park, Industry, Enterprise, Platform, Project, Task, Bureau, Target, Document
// param: id: str the node id
// param: limit: int = 150 rows at most
MATCH (n:Each)-[r:PART_OF|LOCATED_IN|FOCUSES_ON|TARGETS|IN_INDUSTRY|SUBINDUSTRY_OF|UNDERTAKEN_BY|HAS_TASK|LED_BY|SUPPORTED_BY|CONCERNS|SETS|MEASURES|CITES]-(m)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, type(r) AS rel,
       startNode(r).id AS from_id, endNode(r).id AS to_id,
       m.id AS other_id, m.name AS other_name, labels(m)[0] AS other_label, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
LIMIT $limit
