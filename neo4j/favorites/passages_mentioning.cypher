// passages_mentioning: 提及某些实体的原文段落（id），每个实体至多 limit 条
// 提及某些实体的原文段落（id），每个实体至多 limit 条。The passages that mention any of these entities, at most `limit` per entity label, in the order they were written: candidates for passages_by_text.
// parameters (set them first, e.g. from params.cypher):
//   :param ids => []  // ids: entity ids
//   :param limit => 1000  // int, optional: rows per label at most
MATCH (n:Zone)<-[:MENTIONS]-(p:Passage)
WHERE n.id IN $ids
RETURN DISTINCT p.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Park)<-[:MENTIONS]-(p:Passage)
WHERE n.id IN $ids
RETURN DISTINCT p.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Industry)<-[:MENTIONS]-(p:Passage)
WHERE n.id IN $ids
RETURN DISTINCT p.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Enterprise)<-[:MENTIONS]-(p:Passage)
WHERE n.id IN $ids
RETURN DISTINCT p.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Platform)<-[:MENTIONS]-(p:Passage)
WHERE n.id IN $ids
RETURN DISTINCT p.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Project)<-[:MENTIONS]-(p:Passage)
WHERE n.id IN $ids
RETURN DISTINCT p.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Task)<-[:MENTIONS]-(p:Passage)
WHERE n.id IN $ids
RETURN DISTINCT p.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Bureau)<-[:MENTIONS]-(p:Passage)
WHERE n.id IN $ids
RETURN DISTINCT p.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Target)<-[:MENTIONS]-(p:Passage)
WHERE n.id IN $ids
RETURN DISTINCT p.id AS id
LIMIT $limit
