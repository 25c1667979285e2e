// tasks_by_bureau: 某部门牵头（lead）或被请求支持（support）的任务
// 某部门牵头（lead）或被请求支持（support）的任务。The tasks a bureau leads or is asked to support; role null for both.
// parameters (set them first, e.g. from params.cypher):
//   :param bureau_ids => null  // ids, optional: ids of the Bureau nodes named $bureau (found through the full-text index when not given)
//   :param bureau => ""  // str: bureau name or alias, or a part of one (short forms count when they are aliases)
//   :param role => null  // str, optional: lead or support; null for both
//   :param skip => 0  // int, optional: rows to skip, for paging
//   :param limit => 200  // int, optional: rows at most
MATCH (b:Bureau)
WHERE b.id IN $bureau_ids
MATCH (t:Task)-[r:LED_BY|SUPPORTED_BY]->(b)
WHERE ($role IS NULL OR ($role = 'lead' AND type(r) = 'LED_BY') OR ($role = 'support' AND type(r) = 'SUPPORTED_BY'))
RETURN t.id AS id, t.name AS name, labels(t)[0] AS label, t.number AS number, t.text AS text, t.doc AS doc_id,
       CASE type(r) WHEN 'LED_BY' THEN 'lead' ELSE 'support' END AS role, b.id AS bureau_id, b.name AS bureau,
       r.item AS item, coalesce(r.sources, [])[0..10] AS sources, size(coalesce(r.sources, [])) AS source_count
ORDER BY doc_id ASC, size(number) ASC, number ASC
SKIP $skip LIMIT $limit
