// name: document_sections
// description: 文件的章节（全部层级），按顺序。A document's sections at every level, in order.
// param: id: str the document id
// param: skip: int = 0 rows to skip, for paging
// param: limit: int = 500 rows at most
MATCH (s:Section)
WHERE s.doc = $id
RETURN s.id AS id, s.name AS name, labels(s)[0] AS label, s.level AS level, s.number AS number,
       s.order AS order, s.path AS path
ORDER BY order ASC, id ASC
SKIP $skip LIMIT $limit
