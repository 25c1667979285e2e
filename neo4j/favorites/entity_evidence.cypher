// entity_evidence: 提及该实体的原文段落及其所在文件
// 提及该实体的原文段落及其所在文件。The passages that mention an entity, with their document.
// parameters (set them first, e.g. from params.cypher):
//   :param id => ""  // str: the node id
//   :param skip => 0  // int, optional: rows to skip, for paging
//   :param limit => 20  // int, optional: rows at most
MATCH (p:Passage)-[:MENTIONS]->(n)
WHERE n.id = $id
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line
ORDER BY doc_id ASC, p.start ASC
SKIP $skip LIMIT $limit
