// document_passages: 某文件的原文段落（id 和文字），按顺序分页
// 某文件的原文段落（id 和文字），按顺序分页。A document's passages, id and text, in order, a page at a time.
// parameters (set them first, e.g. from params.cypher):
//   :param id => ""  // str: the document id
//   :param skip => 0  // int, optional: rows to skip, for paging
//   :param limit => 1000  // int, optional: rows at most
MATCH (p:Passage)
WHERE p.doc = $id
RETURN p.id AS id, p.text AS text
ORDER BY p.start ASC, id ASC
SKIP $skip LIMIT $limit
