// entity_evidence: 提及该实体的原文段落及其所在文件，分页；total 为段落总数
// 提及该实体的原文段落及其所在文件，分页；total 为段落总数。The passages that mention an entity, with their document, a page at a time; `total` counts them all.
// parameters (set them first, e.g. from params.cypher):
//   :param id => ""  // str: the node id
//   :param skip => 0  // int, optional: rows to skip, for paging
//   :param limit => 20  // int, optional: rows at most
MATCH (n:Zone)<-[:MENTIONS]-(p:Passage)
WHERE n.id = $id
WITH collect(p) AS ps
UNWIND ps AS p
WITH p, size(ps) AS total
ORDER BY p.doc ASC, p.start ASC
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
UNION ALL
MATCH (n:Park)<-[:MENTIONS]-(p:Passage)
WHERE n.id = $id
WITH collect(p) AS ps
UNWIND ps AS p
WITH p, size(ps) AS total
ORDER BY p.doc ASC, p.start ASC
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
UNION ALL
MATCH (n:Industry)<-[:MENTIONS]-(p:Passage)
WHERE n.id = $id
WITH collect(p) AS ps
UNWIND ps AS p
WITH p, size(ps) AS total
ORDER BY p.doc ASC, p.start ASC
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
UNION ALL
MATCH (n:Enterprise)<-[:MENTIONS]-(p:Passage)
WHERE n.id = $id
WITH collect(p) AS ps
UNWIND ps AS p
WITH p, size(ps) AS total
ORDER BY p.doc ASC, p.start ASC
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
UNION ALL
MATCH (n:Platform)<-[:MENTIONS]-(p:Passage)
WHERE n.id = $id
WITH collect(p) AS ps
UNWIND ps AS p
WITH p, size(ps) AS total
ORDER BY p.doc ASC, p.start ASC
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
UNION ALL
MATCH (n:Project)<-[:MENTIONS]-(p:Passage)
WHERE n.id = $id
WITH collect(p) AS ps
UNWIND ps AS p
WITH p, size(ps) AS total
ORDER BY p.doc ASC, p.start ASC
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
UNION ALL
MATCH (n:Task)<-[:MENTIONS]-(p:Passage)
WHERE n.id = $id
WITH collect(p) AS ps
UNWIND ps AS p
WITH p, size(ps) AS total
ORDER BY p.doc ASC, p.start ASC
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
UNION ALL
MATCH (n:Bureau)<-[:MENTIONS]-(p:Passage)
WHERE n.id = $id
WITH collect(p) AS ps
UNWIND ps AS p
WITH p, size(ps) AS total
ORDER BY p.doc ASC, p.start ASC
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
UNION ALL
MATCH (n:Target)<-[:MENTIONS]-(p:Passage)
WHERE n.id = $id
WITH collect(p) AS ps
UNWIND ps AS p
WITH p, size(ps) AS total
ORDER BY p.doc ASC, p.start ASC
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
