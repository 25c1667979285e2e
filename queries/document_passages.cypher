// name: document_passages
// description: 某文件的原文段落（id 和文字），按顺序分页。A document's passages, id and text, in order, a page at a time.
// param: id: str the document id
// param: skip: int = 0 rows to skip, for paging
// param: limit: int = 1000 rows at most
MATCH (p:Passage)
WHERE p.doc = $id
RETURN p.id AS id, p.text AS text
ORDER BY p.start ASC, id ASC
SKIP $skip LIMIT $limit
