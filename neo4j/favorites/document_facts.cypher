// document_facts: 某文件原文陈述的事实：每条关系的两端实体与所依据的原文句子
// 某文件原文陈述的事实：每条关系的两端实体与所依据的原文句子。The facts a document's own sentences state: each relationship with its two ends and the sentence behind it.
// parameters (set them first, e.g. from params.cypher):
//   :param id => ""  // str: the document id
//   :param limit => 200  // int, optional: rows at most
MATCH (p:Passage)-[:MENTIONS]->(a)-[r]->(b)
WHERE p.doc = $id AND p.id IN coalesce(r.sources, [])
RETURN DISTINCT a.id AS from_id, a.name AS from_name, labels(a)[0] AS from_label, type(r) AS rel,
       b.id AS to_id, b.name AS to_name, labels(b)[0] AS to_label,
       p.id AS passage_id, p.text AS text, p.line AS line
ORDER BY line ASC, rel ASC, to_name ASC
LIMIT $limit
