// name: mentioned_with
// description: 与某实体在同一原文段落中被提及的实体（可按标签筛选），用于关系缺失时的线索。Entities named in the same passages as a given one; a lead when no typed relationship says more.
// each: Zone, Park, Industry, Enterprise, Platform, Project, Task, Bureau, Target
// param: id: str the node id
// param: label: str = null only nodes of this label; null for every domain label
// param: limit: int = 100 rows at most
MATCH (n:Each)
WHERE n.id = $id
MATCH (n)<-[:MENTIONS]-(p:Passage)-[:MENTIONS]->(m)
WHERE m <> n AND ($label IS NULL OR $label IN labels(m))
RETURN m.id AS id, m.name AS name, labels(m)[0] AS label, count(DISTINCT p) AS passages,
       collect(DISTINCT p.id) AS sources
ORDER BY passages DESC, name ASC
LIMIT $limit
