// name: entity_names
// description: 按 id 取实体的名称、标签、别名和检索字段（实体检索为其打分）。Nodes by id with their name, label, aliases and bigram search field: what entity search scores a node by.
// each: Zone, Park, Industry, Enterprise, Platform, Project, Task, Bureau, Target, Document
// param: ids: ids node ids
// param: limit: int = 1000 rows at most
MATCH (n:Each)
WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       coalesce(n.search, '') AS search
LIMIT $limit
