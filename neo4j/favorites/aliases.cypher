// aliases: 一批实体的别名（答案中显示“又称”）
// 一批实体的别名（答案中显示“又称”）。The aliases of nodes by id, so an answer shows every name its text may use.
// parameters (set them first, e.g. from params.cypher):
//   :param ids => []  // list[str]: node ids
//   :param limit => 500  // int, optional: rows at most
MATCH (n)
WHERE n.id IN $ids
RETURN n.id AS id, coalesce(n.aliases, []) AS aliases
LIMIT $limit
