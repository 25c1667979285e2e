// entity: 一个实体的全部属性
// 一个实体的全部属性。One node by its stable id, with every property.
// parameters (set them first, e.g. from params.cypher):
//   :param id => ""  // str: the node id, e.g. park:…
MATCH (n:Zone)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       properties(n) AS props
LIMIT 1
UNION ALL
MATCH (n:Park)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       properties(n) AS props
LIMIT 1
UNION ALL
MATCH (n:Industry)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       properties(n) AS props
LIMIT 1
UNION ALL
MATCH (n:Enterprise)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       properties(n) AS props
LIMIT 1
UNION ALL
MATCH (n:Platform)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       properties(n) AS props
LIMIT 1
UNION ALL
MATCH (n:Project)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       properties(n) AS props
LIMIT 1
UNION ALL
MATCH (n:Task)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       properties(n) AS props
LIMIT 1
UNION ALL
MATCH (n:Bureau)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       properties(n) AS props
LIMIT 1
UNION ALL
MATCH (n:Target)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       properties(n) AS props
LIMIT 1
UNION ALL
MATCH (n:Document)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       properties(n) AS props
LIMIT 1
