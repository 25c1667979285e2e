// aliases: 一批实体的别名（答案中显示“又称”）
// 一批实体的别名（答案中显示“又称”）。The aliases of nodes by id, so an answer shows every name its text may use.
// parameters (set them first, e.g. from params.cypher):
//   :param ids => []  // ids: node ids
//   :param limit => 500  // int, optional: rows at most
MATCH (n:Zone)
WHERE n.id IN $ids
RETURN n.id AS id, coalesce(n.aliases, []) AS aliases
LIMIT $limit
UNION ALL
MATCH (n:Park)
WHERE n.id IN $ids
RETURN n.id AS id, coalesce(n.aliases, []) AS aliases
LIMIT $limit
UNION ALL
MATCH (n:Industry)
WHERE n.id IN $ids
RETURN n.id AS id, coalesce(n.aliases, []) AS aliases
LIMIT $limit
UNION ALL
MATCH (n:Enterprise)
WHERE n.id IN $ids
RETURN n.id AS id, coalesce(n.aliases, []) AS aliases
LIMIT $limit
UNION ALL
MATCH (n:Platform)
WHERE n.id IN $ids
RETURN n.id AS id, coalesce(n.aliases, []) AS aliases
LIMIT $limit
UNION ALL
MATCH (n:Project)
WHERE n.id IN $ids
RETURN n.id AS id, coalesce(n.aliases, []) AS aliases
LIMIT $limit
UNION ALL
MATCH (n:Task)
WHERE n.id IN $ids
RETURN n.id AS id, coalesce(n.aliases, []) AS aliases
LIMIT $limit
UNION ALL
MATCH (n:Bureau)
WHERE n.id IN $ids
RETURN n.id AS id, coalesce(n.aliases, []) AS aliases
LIMIT $limit
UNION ALL
MATCH (n:Target)
WHERE n.id IN $ids
RETURN n.id AS id, coalesce(n.aliases, []) AS aliases
LIMIT $limit
