// target_details: 按 id 取量化目标的原文、数值、单位、指标和年份
// 按 id 取量化目标的原文、数值、单位、指标和年份。Targets by id with their sentence, value, unit, metric and year: how an answer states a target in the document's own words.
// parameters (set them first, e.g. from params.cypher):
//   :param ids => []  // ids: target ids
//   :param limit => 200  // int, optional: rows at most
MATCH (t:Target)
WHERE t.id IN $ids
RETURN t.id AS id, t.text AS text, t.value AS value, t.unit AS unit, t.metric AS metric, t.year AS year
LIMIT $limit
