// name: passages_mentioning
// description: 提及某些实体的原文段落（id），每个实体至多 limit 条。The passages that mention any of these entities, at most `limit` per entity label, in the order they were written: candidates for passages_by_text.
// each: Zone, Park, Industry, Enterprise, Platform, Project, Task, Bureau, Target
// param: ids: ids entity ids
// param: limit: int = 1000 rows per label at most
MATCH (n:Each)<-[:MENTIONS]-(p:Passage)
WHERE n.id IN $ids
RETURN DISTINCT p.id AS id
LIMIT $limit
