// name: documents
// description: 全部文件，带任务、目标和章节数量。Every document, with how many sections, tasks and targets it has.
// scan: Document the list of every document, sorted by date, paged; only the page is counted
// param: skip: int = 0 rows to skip, for paging
// param: limit: int = 100 rows at most
MATCH (d:Document)
WITH d
ORDER BY coalesce(d.date, '') ASC, d.id ASC
SKIP $skip LIMIT $limit
RETURN d.id AS id, d.name AS name, labels(d)[0] AS label, d.title AS title, d.date AS date,
       d.publisher AS publisher, d.file AS file,
       size([(d)-[:HAS_SECTION]->(s) | s]) AS sections,
       size([(d)-[:HAS_TASK]->(t) | t]) AS tasks, size([(d)-[:SETS]->(g) | g]) AS targets
ORDER BY coalesce(date, '') ASC, id ASC
