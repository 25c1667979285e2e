// entity_names: 按 id 取实体的名称、标签、别名和检索字段（实体检索为其打分）
// 按 id 取实体的名称、标签、别名和检索字段（实体检索为其打分）。Nodes by id with their name, label, aliases and bigram search field: what entity search scores a node by.
// parameters (set them first, e.g. from params.cypher):
//   :param ids => []  // ids: node ids
//   :param limit => 1000  // int, optional: rows at most
MATCH (n:Zone)
WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       coalesce(n.search, '') AS search
LIMIT $limit
UNION ALL
MATCH (n:Park)
WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       coalesce(n.search, '') AS search
LIMIT $limit
UNION ALL
MATCH (n:Industry)
WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       coalesce(n.search, '') AS search
LIMIT $limit
UNION ALL
MATCH (n:Enterprise)
WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       coalesce(n.search, '') AS search
LIMIT $limit
UNION ALL
MATCH (n:Platform)
WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       coalesce(n.search, '') AS search
LIMIT $limit
UNION ALL
MATCH (n:Project)
WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       coalesce(n.search, '') AS search
LIMIT $limit
UNION ALL
MATCH (n:Task)
WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       coalesce(n.search, '') AS search
LIMIT $limit
UNION ALL
MATCH (n:Bureau)
WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       coalesce(n.search, '') AS search
LIMIT $limit
UNION ALL
MATCH (n:Target)
WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       coalesce(n.search, '') AS search
LIMIT $limit
UNION ALL
MATCH (n:Document)
WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       coalesce(n.search, '') AS search
LIMIT $limit
