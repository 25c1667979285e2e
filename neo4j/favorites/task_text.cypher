// task_text: 第 N 项任务的原文（可限定文件）
// 第 N 项任务的原文（可限定文件）。The text of task number N, of one document or of every document.
// parameters (set them first, e.g. from params.cypher):
//   :param task_ids => null  // ids, optional: ids of the Task nodes holding $number (found through the full-text index when not given)
//   :param number => ""  // str: the task number as written in its document; (三)12 is also found as 12
//   :param doc => null  // str, optional: document id; null for every document
//   :param limit => 10  // int, optional: rows at most
MATCH (t:Task)
WHERE t.id IN $task_ids AND (toString(t.number) = $number OR toString(t.number) ENDS WITH (')' + $number)) AND ($doc IS NULL OR t.doc = $doc)
RETURN t.id AS id, t.name AS name, labels(t)[0] AS label, t.number AS number, t.text AS text, t.doc AS doc_id,
       coalesce([(d:Document)-[r:HAS_TASK]->(t) | r.sources][0], [])[0..10] AS sources, size(coalesce([(d:Document)-[r:HAS_TASK]->(t) | r.sources][0], [])) AS source_count
ORDER BY id ASC
LIMIT $limit
