// name: name_index
// description: 全部领域实体的名称和别名（问句解析用的名称索引），分页读取。Every domain entity's name and aliases, a page of each label at a time: the index questions are matched against.
// Read whole once per change of the graph and kept in memory (queries/ask/names.py); a page
// takes up to `limit` nodes of each label, in the order the engine keeps them.
// each: Zone, Park, Industry, Enterprise, Platform, Project, Task, Bureau
// scan: Each the names questions are read against, loaded once per change of the graph
// param: skip: int = 0 rows of each label to skip, for paging
// param: limit: int = 125 rows of each label at most
MATCH (n:Each)
WHERE n.name IS NOT NULL
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases, n.level AS level
SKIP $skip LIMIT $limit
