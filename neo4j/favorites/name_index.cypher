// name_index: 全部领域实体的名称和别名（问句解析用的名称索引），分页读取
// 全部领域实体的名称和别名（问句解析用的名称索引），分页读取。Every domain entity's name and aliases, a page of each label at a time: the index questions are matched against.
// parameters (set them first, e.g. from params.cypher):
//   :param skip => 0  // int, optional: rows of each label to skip, for paging
//   :param limit => 125  // int, optional: rows of each label at most
MATCH (n:Zone)
WHERE n.name IS NOT NULL
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases, n.level AS level
SKIP $skip LIMIT $limit
UNION ALL
MATCH (n:Park)
WHERE n.name IS NOT NULL
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases, n.level AS level
SKIP $skip LIMIT $limit
UNION ALL
MATCH (n:Industry)
WHERE n.name IS NOT NULL
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases, n.level AS level
SKIP $skip LIMIT $limit
UNION ALL
MATCH (n:Enterprise)
WHERE n.name IS NOT NULL
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases, n.level AS level
SKIP $skip LIMIT $limit
UNION ALL
MATCH (n:Platform)
WHERE n.name IS NOT NULL
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases, n.level AS level
SKIP $skip LIMIT $limit
UNION ALL
MATCH (n:Project)
WHERE n.name IS NOT NULL
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases, n.level AS level
SKIP $skip LIMIT $limit
UNION ALL
MATCH (n:Task)
WHERE n.name IS NOT NULL
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases, n.level AS level
SKIP $skip LIMIT $limit
UNION ALL
MATCH (n:Bureau)
WHERE n.name IS NOT NULL
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases, n.level AS level
SKIP $skip LIMIT $limit
