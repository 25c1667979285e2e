// name: search
// description: 按名称、别名或字符二元组（bigram）检索实体，可按标签过滤。Entity search by name, alias or character bigrams; best matches first.
// The nodes scored are the candidates found through the full-text index of the bigram field:
// those holding any of the bigrams (queries/find.py also adds every node whose name or alias
// contains the text); each label is looked up by its key index, then all are ranked together.
// find: candidates: Zone, Park, Industry, Enterprise, Platform, Project, Task, Bureau, Target, Document holding any of $bigrams
// param: q: str the text to look for (a name, part of a name, or a phrase)
// param: bigrams: list[str] = [] character bigrams of q, matched against the derived `search` field
// param: label: str = null only nodes of this label (e.g. Park); null for every domain label
// param: skip: int = 0 rows to skip, for paging
// param: limit: int = 20 rows at most
OPTIONAL MATCH (a:Zone)
WHERE a.id IN $candidates
WITH collect(a) AS ns
OPTIONAL MATCH (a:Park)
WHERE a.id IN $candidates
WITH ns, collect(a) AS more
WITH ns + more AS ns
OPTIONAL MATCH (a:Industry)
WHERE a.id IN $candidates
WITH ns, collect(a) AS more
WITH ns + more AS ns
OPTIONAL MATCH (a:Enterprise)
WHERE a.id IN $candidates
WITH ns, collect(a) AS more
WITH ns + more AS ns
OPTIONAL MATCH (a:Platform)
WHERE a.id IN $candidates
WITH ns, collect(a) AS more
WITH ns + more AS ns
OPTIONAL MATCH (a:Project)
WHERE a.id IN $candidates
WITH ns, collect(a) AS more
WITH ns + more AS ns
OPTIONAL MATCH (a:Task)
WHERE a.id IN $candidates
WITH ns, collect(a) AS more
WITH ns + more AS ns
OPTIONAL MATCH (a:Bureau)
WHERE a.id IN $candidates
WITH ns, collect(a) AS more
WITH ns + more AS ns
OPTIONAL MATCH (a:Target)
WHERE a.id IN $candidates
WITH ns, collect(a) AS more
WITH ns + more AS ns
OPTIONAL MATCH (a:Document)
WHERE a.id IN $candidates
WITH ns, collect(a) AS more
WITH ns + more AS ns
UNWIND ns AS n
WITH n
WHERE n.name IS NOT NULL AND ($label IS NULL OR $label IN labels(n))
WITH n,
     CASE WHEN n.name = $q THEN 100
          WHEN $q IN coalesce(n.aliases, []) THEN 90
          WHEN n.name STARTS WITH $q THEN 70
          WHEN n.name CONTAINS $q THEN 60
          WHEN any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $q) THEN 50
          ELSE 0 END AS exact,
     size([b IN $bigrams WHERE coalesce(n.search, '') CONTAINS b]) AS hits
WITH n, exact, hits
WHERE exact > 0 OR (size($bigrams) > 0 AND hits * 2 >= size($bigrams))
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       exact + hits * 10 AS score
ORDER BY score DESC, size(n.name) ASC, id ASC
SKIP $skip LIMIT $limit
