// name: aliases
// description: 一批实体的别名（答案中显示“又称”）。The aliases of nodes by id, so an answer shows every name its text may use.
// each: Zone, Park, Industry, Enterprise, Platform, Project, Task, Bureau, Target
// param: ids: ids node ids
// param: limit: int = 500 rows at most
MATCH (n:Each)
WHERE n.id IN $ids
RETURN n.id AS id, coalesce(n.aliases, []) AS aliases
LIMIT $limit
