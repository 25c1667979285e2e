// name: tasks_by_text
// description: 按任务文字匹配任务（字符二元组重合度排序），并给出其牵头和支持部门。Tasks whose text best matches a phrase (by shared character bigrams), with their bureaus.
// find: task_ids: Task holding any of $bigrams
// param: bigrams: list[str] character bigrams of the phrase
// param: limit: int = 3 tasks at most
MATCH (t:Task)
WHERE t.id IN $task_ids
WITH t, size([b IN $bigrams WHERE coalesce(t.text, '') CONTAINS b]) AS hits
WHERE hits * 3 >= size($bigrams) AND hits > 0
WITH t, hits
ORDER BY hits DESC, t.id ASC
LIMIT $limit
MATCH (t)-[r:LED_BY|SUPPORTED_BY]->(b:Bureau)
RETURN b.id AS id, b.name AS name, labels(b)[0] AS label, b.level AS level,
       CASE type(r) WHEN 'LED_BY' THEN 'lead' ELSE 'support' END AS role, t.id AS task_id, t.number AS number,
       t.text AS text, hits, r.item AS item, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
ORDER BY hits DESC, task_id ASC, role ASC
