// name: passages
// description: 按 id 取原文段落及其文件（事实的证据）。Passages by id with their document: the evidence behind relationships' `sources`.
// param: ids: ids passage ids
// param: limit: int = 200 rows at most
MATCH (p:Passage)
WHERE p.id IN $ids
OPTIONAL MATCH (d:Document)
WHERE d.id = p.doc
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, coalesce(d.title, d.name) AS document,
       p.line AS line
ORDER BY doc_id ASC, p.start ASC
LIMIT $limit
