// name: targets
// description: 量化目标，可按对象（主体、指标或所衡量的实体名称）、产业（含下位产业）和年份筛选。Quantitative targets by subject, industry and year.
// find: industry_ids: Industry named $industry
// find: target_ids: Target holding $subject
// find: measured_ids: Zone, Park, Industry, Enterprise, Platform, Project named $subject
// find: via_ids: Target measuring $subject
// scan: Target every target of a year, paged, when neither a subject nor an industry is given
// param: subject: str = null text found in the target's subject, metric or measured entity; null for any
// param: industry: str = null industry name or part of one; null for any
// param: year: int = 0 target year; 0 for any
// param: skip: int = 0 rows to skip, for paging
// param: limit: int = 100 rows at most
// Exactly one branch runs, chosen by which of industry and subject are given; each opens with a
// guard so the others cost nothing. An industry starts from the matching industries and walks
// down to the targets measuring them or their sub-industries; a subject from the targets whose
// words hold it and those measuring a thing it names, both found by id. With neither, the page is cut before the
// measured things are gathered. Pattern comprehensions appear only where needed:
// FalkorDB evaluates them even under a CASE that discards them.
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
