// name: entity_evidence
// description: 提及该实体的原文段落及其所在文件，分页；total 为段落总数。The passages that mention an entity, with their document, a page at a time; `total` counts them all.
// each: Zone, Park, Industry, Enterprise, Platform, Project, Task, Bureau, Target
// param: id: str the node id
// param: skip: int = 0 rows to skip, for paging
// param: limit: int = 20 rows at most
MATCH (n:Each)<-[:MENTIONS]-(p:Passage)
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
