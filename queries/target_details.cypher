// name: target_details
// description: 按 id 取量化目标的原文、数值、单位、指标和年份。Targets by id with their sentence, value, unit, metric and year: how an answer states a target in the document's own words.
// param: ids: ids target ids
// param: limit: int = 200 rows at most
MATCH (t:Target)
WHERE t.id IN $ids
RETURN t.id AS id, t.text AS text, t.value AS value, t.unit AS unit, t.metric AS metric, t.year AS year
LIMIT $limit
