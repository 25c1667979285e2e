// task_concerns: 第 N 项任务涉及的对象（平台、项目、园区、企业等），可按标签筛选
// 第 N 项任务涉及的对象（平台、项目、园区、企业等），可按标签筛选。What task number N concerns, optionally only nodes of one label.
// parameters (set them first, e.g. from params.cypher):
//   :param task_ids => null  // ids, optional: ids of the Task nodes holding $number (found through the full-text index when not given)
//   :param number => ""  // str: the task number as written in its document; (三)12 is also found as 12
//   :param label => null  // str, optional: only nodes of this label (e.g. Platform); null for all
//   :param doc => null  // str, optional: document id; null for every document
//   :param limit => 200  // int, optional: rows at most
MATCH (t:Task)
WHERE t.id IN $task_ids
MATCH (t)-[r:CONCERNS]->(x)
WHERE (toString(t.number) = $number OR toString(t.number) ENDS WITH (')' + $number)) AND ($doc IS NULL OR t.doc = $doc) AND ($label IS NULL OR $label IN labels(x))
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label, t.id AS task_id, t.number AS number,
       coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
ORDER BY task_id ASC, name ASC
LIMIT $limit
