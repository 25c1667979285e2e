// name: passages_by_text
// description: 按字符二元组重合度检索原文段落，并列出段落中提及的实体。Passages that best match a phrase (shared character bigrams; `bigrams` count twice, `weak` once), with the entities they mention; passages that mention an entity of `about`, or sit under a heading that writes a name of the question (`headed`), rank higher.
// The passages ranked are those of one document, or the candidates found through the
// full-text index of the bigram field (queries/find.py: the passages holding the question's
// rarer bigrams, those that mention what it names and those under its headings); no branch
// reads every passage.
// param: bigrams: list[str] character bigrams of what the question is about
// param: weak: list[str] = [] bigrams that help less (e.g. of names the question already resolved)
// param: about: ids = [] ids of entities the question names; a passage that mentions one counts more
// param: headed: ids = [] ids of the sections whose heading writes a name of the question; their passages count more
// param: candidates: ids = [] ids of the passages to rank when no document is given
// param: label: str = null only mentioned entities of this label; null for all
// param: doc: str = null only passages of this document; null for the candidates
// param: limit: int = 5 passages at most
WITH 1 AS go
WHERE $doc IS NOT NULL
MATCH (p:Passage)
WHERE p.doc = $doc
WITH p, size([b IN $bigrams WHERE p.text CONTAINS b]) AS strong, size([b IN $weak WHERE p.text CONTAINS b]) AS weak
WITH p, strong, weak, CASE WHEN size($about) = 0 THEN 0
     ELSE size([x IN [(p)-[:MENTIONS]->(m) | m.id] WHERE x IN $about]) END AS named,
     CASE WHEN p.section IN $headed THEN 1 ELSE 0 END AS under
WITH p, under, strong * 2 + weak + (named + under) * 3 AS hits
WHERE hits > 0
WITH p, under, hits
ORDER BY hits DESC, size(p.text) ASC, p.id ASC
LIMIT $limit
OPTIONAL MATCH (p)-[:MENTIONS]->(m)
WHERE $label IS NULL OR $label IN labels(m)
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, hits, under = 1 AS headed,
       collect(DISTINCT {id: m.id, name: m.name, label: labels(m)[0]}) AS mentions
ORDER BY hits DESC, passage_id ASC
UNION ALL
WITH 1 AS go
WHERE $doc IS NULL
MATCH (p:Passage)
WHERE p.id IN $candidates
WITH p, size([b IN $bigrams WHERE p.text CONTAINS b]) AS strong, size([b IN $weak WHERE p.text CONTAINS b]) AS weak
WITH p, strong, weak, CASE WHEN size($about) = 0 THEN 0
     ELSE size([x IN [(p)-[:MENTIONS]->(m) | m.id] WHERE x IN $about]) END AS named,
     CASE WHEN p.section IN $headed THEN 1 ELSE 0 END AS under
WITH p, under, strong * 2 + weak + (named + under) * 3 AS hits
WHERE hits > 0
WITH p, under, hits
ORDER BY hits DESC, size(p.text) ASC, p.id ASC
LIMIT $limit
OPTIONAL MATCH (p)-[:MENTIONS]->(m)
WHERE $label IS NULL OR $label IN labels(m)
RETURN p.id AS passage_id, p.text AS text, p.doc AS doc_id, hits, under = 1 AS headed,
       collect(DISTINCT {id: m.id, name: m.name, label: labels(m)[0]}) AS mentions
ORDER BY hits DESC, passage_id ASC
