// targets_measuring: 衡量某些实体的量化目标（id）
// 衡量某些实体的量化目标（id）。The targets that measure any of these nodes, by id: candidates for the targets query.
// parameters (set them first, e.g. from params.cypher):
//   :param ids => []  // ids: ids of the measured nodes
//   :param limit => 1000  // int, optional: rows per label at most
MATCH (m:Zone)<-[:MEASURES]-(t:Target)
WHERE m.id IN $ids
RETURN DISTINCT t.id AS id
LIMIT $limit
UNION ALL
MATCH (m:Park)<-[:MEASURES]-(t:Target)
WHERE m.id IN $ids
RETURN DISTINCT t.id AS id
LIMIT $limit
UNION ALL
MATCH (m:Industry)<-[:MEASURES]-(t:Target)
WHERE m.id IN $ids
RETURN DISTINCT t.id AS id
LIMIT $limit
UNION ALL
MATCH (m:Enterprise)<-[:MEASURES]-(t:Target)
WHERE m.id IN $ids
RETURN DISTINCT t.id AS id
LIMIT $limit
UNION ALL
MATCH (m:Platform)<-[:MEASURES]-(t:Target)
WHERE m.id IN $ids
RETURN DISTINCT t.id AS id
LIMIT $limit
UNION ALL
MATCH (m:Project)<-[:MEASURES]-(t:Target)
WHERE m.id IN $ids
RETURN DISTINCT t.id AS id
LIMIT $limit
