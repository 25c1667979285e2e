// document_entities: 某文件原文中提及的实体（可按标签筛选），按提及次数排序
// 某文件原文中提及的实体（可按标签筛选），按提及次数排序。The entities a document's own passages mention, most mentioned first.
// parameters (set them first, e.g. from params.cypher):
//   :param id => ""  // str: the document id
//   :param label => null  // str, optional: only nodes of this label; null for every domain label
//   :param limit => 200  // int, optional: rows at most
MATCH (p:Passage)-[:MENTIONS]->(m)
WHERE p.doc = $id AND ($label IS NULL OR $label IN labels(m))
RETURN m.id AS id, m.name AS name, labels(m)[0] AS label, count(DISTINCT p) AS passages,
       collect(DISTINCT p.id)[0..3] AS sources
ORDER BY passages DESC, name ASC
LIMIT $limit
