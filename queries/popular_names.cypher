// name: popular_names
// description: 关系最多的产业、园区/功能区和部门，及招引企业最多的产业，用来生成示例问题。The industries, places and bureaus with the most relationships, and the industries with the most courted enterprises (label Courted): seeds for example questions drawn from the graph itself.
// scan: Industry the best-connected names, read once per change of the graph (cached with the name index)
// scan: Bureau
// scan: Enterprise
// param: limit: int = 3 names per kind
MATCH (i:Industry)<-[:FOCUSES_ON|IN_INDUSTRY]-()
WITH i, count(*) AS degree
ORDER BY degree DESC, i.id ASC
LIMIT $limit
RETURN 'Industry' AS label, i.name AS name, degree
UNION ALL
MATCH (:Industry)<-[:FOCUSES_ON]-(p)
WITH p
WHERE p:Park OR p:Zone
WITH p, count(*) AS degree
ORDER BY degree DESC, p.id ASC
LIMIT $limit
RETURN labels(p)[0] AS label, p.name AS name, degree
UNION ALL
MATCH (b:Bureau)<-[:LED_BY|SUPPORTED_BY]-(:Task)
WHERE NOT coalesce(b.collective, false)
WITH b, count(*) AS degree
ORDER BY degree DESC, b.id ASC
LIMIT $limit
RETURN 'Bureau' AS label, b.name AS name, degree
UNION ALL
MATCH (p)-[:TARGETS]->(e:Enterprise)-[:IN_INDUSTRY]->(i:Industry)
WITH i, count(DISTINCT e) AS degree
ORDER BY degree DESC, i.id ASC
LIMIT $limit
RETURN 'Courted' AS label, i.name AS name, degree
