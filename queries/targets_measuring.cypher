// name: targets_measuring
// description: 衡量某些实体的量化目标（id）。The targets that measure any of these nodes, by id: candidates for the targets query.
// each: Zone, Park, Industry, Enterprise, Platform, Project
// param: ids: ids ids of the measured nodes
// param: limit: int = 1000 rows per label at most
MATCH (m:Each)<-[:MEASURES]-(t:Target)
WHERE m.id IN $ids
RETURN DISTINCT t.id AS id
LIMIT $limit
