// name_index: 全部领域实体的名称和别名（问句解析用的名称索引），分页读取
// 全部领域实体的名称和别名（问句解析用的名称索引），分页读取。Every domain entity's name and aliases, paged: the index questions are matched against.
// parameters (set them first, e.g. from params.cypher):
//   :param skip => 0  // int, optional: rows to skip, for paging
//   :param limit => 1000  // int, optional: rows at most
MATCH (n)
WHERE n.name IS NOT NULL AND NOT n:Passage AND NOT n:Section AND NOT n:Document AND NOT n:Target
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases, n.level AS level
ORDER BY id ASC
SKIP $skip LIMIT $limit
