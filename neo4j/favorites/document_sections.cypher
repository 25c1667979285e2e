// document_sections: 文件的章节（全部层级），按顺序
// 文件的章节（全部层级），按顺序。A document's sections at every level, in order.
// parameters (set them first, e.g. from params.cypher):
//   :param id => ""  // str: the document id
//   :param skip => 0  // int, optional: rows to skip, for paging
//   :param limit => 500  // int, optional: rows at most
MATCH (s:Section)
WHERE s.doc = $id
RETURN s.id AS id, s.name AS name, labels(s)[0] AS label, s.level AS level, s.number AS number,
       s.order AS order, s.path AS path
ORDER BY order ASC, id ASC
SKIP $skip LIMIT $limit
