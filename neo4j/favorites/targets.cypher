// targets: 量化目标，可按对象（主体、指标或所衡量的实体名称）、产业（含下位产业）和年份筛选
// 量化目标，可按对象（主体、指标或所衡量的实体名称）、产业（含下位产业）和年份筛选。Quantitative targets by subject, industry and year.
// parameters (set them first, e.g. from params.cypher):
//   :param industry_ids => null  // ids, optional: ids of the Industry nodes named $industry (found through the full-text index when not given)
//   :param target_ids => null  // ids, optional: ids of the Target nodes holding $subject (found through the full-text index when not given)
//   :param measured_ids => null  // ids, optional: ids of the Zone, Park, Industry, Enterprise, Platform, Project nodes named $subject (found through the full-text index when not given)
//   :param via_ids => null  // ids, optional: ids of the Target nodes measuring $subject (found through the full-text index when not given)
//   :param subject => null  // str, optional: text found in the target's subject, metric or measured entity; null for any
//   :param industry => null  // str, optional: industry name or part of one; null for any
//   :param year => 0  // int, optional: target year; 0 for any
//   :param skip => 0  // int, optional: rows to skip, for paging
//   :param limit => 100  // int, optional: rows at most
WITH 1 AS go
WHERE $industry IS NOT NULL
MATCH (i:Industry)
WHERE i.id IN $industry_ids
MATCH (sub:Industry)-[:SUBINDUSTRY_OF*0..1]->(i)
WITH DISTINCT sub
MATCH (t:Target)-[:MEASURES]->(sub)
WITH DISTINCT t
WITH t, [(t)-[:MEASURES]->(m) | m] AS measured
WHERE ($year = 0 OR toInteger(t.year) = $year)
  AND ($subject IS NULL OR coalesce(t.subject, '') CONTAINS $subject OR coalesce(t.metric, '') CONTAINS $subject
       OR coalesce(t.text, '') CONTAINS $subject OR t.name CONTAINS $subject
       OR any(m IN measured WHERE m.name CONTAINS $subject OR $subject IN coalesce(m.aliases, [])))
WITH t
ORDER BY t.year ASC, t.name ASC
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)-[s:SETS]->(t)
RETURN t.id AS id, t.name AS name, labels(t)[0] AS label, t.subject AS subject, t.metric AS metric,
       t.value AS value, t.unit AS unit, t.year AS year, t.text AS text, [(t)-[:MEASURES]->(m) | m.name] AS measures,
       d.id AS doc_id, coalesce(s.sources, [])[0..10] AS sources, size(coalesce(s.sources, [])) AS source_count
ORDER BY year ASC, name ASC
UNION ALL
WITH 1 AS go
WHERE $industry IS NULL AND $subject IS NOT NULL
UNWIND $target_ids + $via_ids AS tid
MATCH (t:Target {id: tid})
WITH DISTINCT t
WITH t, [(t)-[:MEASURES]->(m) | m.id] AS measured
WHERE ($year = 0 OR toInteger(t.year) = $year)
  AND (coalesce(t.subject, '') CONTAINS $subject OR coalesce(t.metric, '') CONTAINS $subject
       OR coalesce(t.text, '') CONTAINS $subject OR t.name CONTAINS $subject
       OR any(m IN measured WHERE m IN $measured_ids))
WITH t
ORDER BY t.year ASC, t.name ASC
SKIP $skip LIMIT $limit
OPTIONAL MATCH (d:Document)-[s:SETS]->(t)
RETURN t.id AS id, t.name AS name, labels(t)[0] AS label, t.subject AS subject, t.metric AS metric,
       t.value AS value, t.unit AS unit, t.year AS year, t.text AS text, [(t)-[:MEASURES]->(m) | m.name] AS measures,
       d.id AS doc_id, coalesce(s.sources, [])[0..10] AS sources, size(coalesce(s.sources, [])) AS source_count
ORDER BY year ASC, name ASC
UNION ALL
WITH 1 AS go
WHERE $industry IS NULL AND $subject IS NULL
MATCH (t:Target)
WHERE $year = 0 OR toInteger(t.year) = $year
OPTIONAL MATCH (d:Document)-[s:SETS]->(t)
WITH t, d, s
ORDER BY t.year ASC, t.name ASC
SKIP $skip LIMIT $limit
RETURN t.id AS id, t.name AS name, labels(t)[0] AS label, t.subject AS subject, t.metric AS metric,
       t.value AS value, t.unit AS unit, t.year AS year, t.text AS text, [(t)-[:MEASURES]->(m) | m.name] AS measures,
       d.id AS doc_id, coalesce(s.sources, [])[0..10] AS sources, size(coalesce(s.sources, [])) AS source_count
ORDER BY year ASC, name ASC
