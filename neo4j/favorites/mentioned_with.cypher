// mentioned_with: 与某实体在同一原文段落中被提及的实体（可按标签筛选），用于关系缺失时的线索
// 与某实体在同一原文段落中被提及的实体（可按标签筛选），用于关系缺失时的线索。Entities named in the same passages as a given one; a lead when no typed relationship says more.
// parameters (set them first, e.g. from params.cypher):
//   :param id => ""  // str: the node id
//   :param label => null  // str, optional: only nodes of this label; null for every domain label
//   :param limit => 100  // int, optional: rows at most
MATCH (n:Zone)
WHERE n.id = $id
MATCH (n)<-[:MENTIONS]-(p:Passage)-[:MENTIONS]->(m)
WHERE m <> n AND ($label IS NULL OR $label IN labels(m))
RETURN m.id AS id, m.name AS name, labels(m)[0] AS label, count(DISTINCT p) AS passages,
       collect(DISTINCT p.id) AS sources
ORDER BY passages DESC, name ASC
LIMIT $limit
UNION ALL
MATCH (n:Park)
WHERE n.id = $id
MATCH (n)<-[:MENTIONS]-(p:Passage)-[:MENTIONS]->(m)
WHERE m <> n AND ($label IS NULL OR $label IN labels(m))
RETURN m.id AS id, m.name AS name, labels(m)[0] AS label, count(DISTINCT p) AS passages,
       collect(DISTINCT p.id) AS sources
ORDER BY passages DESC, name ASC
LIMIT $limit
UNION ALL
MATCH (n:Industry)
WHERE n.id = $id
MATCH (n)<-[:MENTIONS]-(p:Passage)-[:MENTIONS]->(m)
WHERE m <> n AND ($label IS NULL OR $label IN labels(m))
RETURN m.id AS id, m.name AS name, labels(m)[0] AS label, count(DISTINCT p) AS passages,
       collect(DISTINCT p.id) AS sources
ORDER BY passages DESC, name ASC
LIMIT $limit
UNION ALL
MATCH (n:Enterprise)
WHERE n.id = $id
MATCH (n)<-[:MENTIONS]-(p:Passage)-[:MENTIONS]->(m)
WHERE m <> n AND ($label IS NULL OR $label IN labels(m))
RETURN m.id AS id, m.name AS name, labels(m)[0] AS label, count(DISTINCT p) AS passages,
       collect(DISTINCT p.id) AS sources
ORDER BY passages DESC, name ASC
LIMIT $limit
UNION ALL
MATCH (n:Platform)
WHERE n.id = $id
MATCH (n)<-[:MENTIONS]-(p:Passage)-[:MENTIONS]->(m)
WHERE m <> n AND ($label IS NULL OR $label IN labels(m))
RETURN m.id AS id, m.name AS name, labels(m)[0] AS label, count(DISTINCT p) AS passages,
       collect(DISTINCT p.id) AS sources
ORDER BY passages DESC, name ASC
LIMIT $limit
UNION ALL
MATCH (n:Project)
WHERE n.id = $id
MATCH (n)<-[:MENTIONS]-(p:Passage)-[:MENTIONS]->(m)
WHERE m <> n AND ($label IS NULL OR $label IN labels(m))
RETURN m.id AS id, m.name AS name, labels(m)[0] AS label, count(DISTINCT p) AS passages,
       collect(DISTINCT p.id) AS sources
ORDER BY passages DESC, name ASC
LIMIT $limit
UNION ALL
MATCH (n:Task)
WHERE n.id = $id
MATCH (n)<-[:MENTIONS]-(p:Passage)-[:MENTIONS]->(m)
WHERE m <> n AND ($label IS NULL OR $label IN labels(m))
RETURN m.id AS id, m.name AS name, labels(m)[0] AS label, count(DISTINCT p) AS passages,
       collect(DISTINCT p.id) AS sources
ORDER BY passages DESC, name ASC
LIMIT $limit
UNION ALL
MATCH (n:Bureau)
WHERE n.id = $id
MATCH (n)<-[:MENTIONS]-(p:Passage)-[:MENTIONS]->(m)
WHERE m <> n AND ($label IS NULL OR $label IN labels(m))
RETURN m.id AS id, m.name AS name, labels(m)[0] AS label, count(DISTINCT p) AS passages,
       collect(DISTINCT p.id) AS sources
ORDER BY passages DESC, name ASC
LIMIT $limit
UNION ALL
MATCH (n:Target)
WHERE n.id = $id
MATCH (n)<-[:MENTIONS]-(p:Passage)-[:MENTIONS]->(m)
WHERE m <> n AND ($label IS NULL OR $label IN labels(m))
RETURN m.id AS id, m.name AS name, labels(m)[0] AS label, count(DISTINCT p) AS passages,
       collect(DISTINCT p.id) AS sources
ORDER BY passages DESC, name ASC
LIMIT $limit
