// entity_evidence: 提及该实体的原文段落及其所在文件，分页；total 为段落总数
// 提及该实体的原文段落及其所在文件，分页；total 为段落总数。The passages that mention an entity, with their document, a page at a time in the order the engine keeps them (FalkorDB: the order they were written), each page by document and position; `total` counts them all.
// parameters (set them first, e.g. from params.cypher):
//   :param id => ""  // str: the node id
//   :param skip => 0  // int, optional: rows to skip, for paging
//   :param limit => 20  // int, optional: rows at most
MATCH (n:Zone)
WHERE n.id = $id
WITH n, size([(n)<-[:MENTIONS]-(m:Passage) | m]) AS total
MATCH (n)<-[:MENTIONS]-(p:Passage)
WITH p, total
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
ORDER BY doc_id ASC, p.start ASC
UNION ALL
MATCH (n:Park)
WHERE n.id = $id
WITH n, size([(n)<-[:MENTIONS]-(m:Passage) | m]) AS total
MATCH (n)<-[:MENTIONS]-(p:Passage)
WITH p, total
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
ORDER BY doc_id ASC, p.start ASC
UNION ALL
MATCH (n:Industry)
WHERE n.id = $id
WITH n, size([(n)<-[:MENTIONS]-(m:Passage) | m]) AS total
MATCH (n)<-[:MENTIONS]-(p:Passage)
WITH p, total
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
ORDER BY doc_id ASC, p.start ASC
UNION ALL
MATCH (n:Enterprise)
WHERE n.id = $id
WITH n, size([(n)<-[:MENTIONS]-(m:Passage) | m]) AS total
MATCH (n)<-[:MENTIONS]-(p:Passage)
WITH p, total
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
ORDER BY doc_id ASC, p.start ASC
UNION ALL
MATCH (n:Platform)
WHERE n.id = $id
WITH n, size([(n)<-[:MENTIONS]-(m:Passage) | m]) AS total
MATCH (n)<-[:MENTIONS]-(p:Passage)
WITH p, total
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
ORDER BY doc_id ASC, p.start ASC
UNION ALL
MATCH (n:Project)
WHERE n.id = $id
WITH n, size([(n)<-[:MENTIONS]-(m:Passage) | m]) AS total
MATCH (n)<-[:MENTIONS]-(p:Passage)
WITH p, total
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
ORDER BY doc_id ASC, p.start ASC
UNION ALL
MATCH (n:Task)
WHERE n.id = $id
WITH n, size([(n)<-[:MENTIONS]-(m:Passage) | m]) AS total
MATCH (n)<-[:MENTIONS]-(p:Passage)
WITH p, total
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
ORDER BY doc_id ASC, p.start ASC
UNION ALL
MATCH (n:Bureau)
WHERE n.id = $id
WITH n, size([(n)<-[:MENTIONS]-(m:Passage) | m]) AS total
MATCH (n)<-[:MENTIONS]-(p:Passage)
WITH p, total
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
ORDER BY doc_id ASC, p.start ASC
UNION ALL
MATCH (n:Target)
WHERE n.id = $id
WITH n, size([(n)<-[:MENTIONS]-(m:Passage) | m]) AS total
MATCH (n)<-[:MENTIONS]-(p:Passage)
WITH p, total
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line, total
ORDER BY doc_id ASC, p.start ASC
