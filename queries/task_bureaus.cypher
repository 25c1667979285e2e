// name: task_bureaus
// description: 第 N 项任务的牵头部门和支持部门。The bureaus that lead or support task number N (of one document, or of every document).
// find: task_ids: Task holding $number
// param: number: str the task number as written in its document; (三)12 is also found as 12
// param: doc: str = null document id; null for every document
// param: limit: int = 200 rows at most
MATCH (t:Task)
WHERE t.id IN $task_ids
MATCH (t)-[r:LED_BY|SUPPORTED_BY]->(b:Bureau)
WHERE (toString(t.number) = $number OR toString(t.number) ENDS WITH (')' + $number)) AND ($doc IS NULL OR t.doc = $doc)
RETURN b.id AS id, b.name AS name, labels(b)[0] AS label, b.level AS level,
       coalesce(b.collective, false) AS collective,
       CASE type(r) WHEN 'LED_BY' THEN 'lead' ELSE 'support' END AS role, t.id AS task_id, t.number AS number,
       t.text AS text, r.item AS item, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
ORDER BY task_id ASC, role ASC, name ASC
LIMIT $limit
