// names_like: 名称包含一段文字（或别名等于它）的实体，只用于太短、无法用全文索引查找的文字（一个汉字、5G）
// 名称包含一段文字（或别名等于它）的实体，只用于太短、无法用全文索引查找的文字（一个汉字、5G）。Nodes of the given labels whose name contains a text or that have it as an alias: only for a text with no two-character Han token, which the full-text index cannot look up (queries/find.py); every other name is found through the index.
// parameters (set them first, e.g. from params.cypher):
//   :param labels => []  // list[str]: labels to look among
//   :param text => ""  // str: the text
//   :param limit => 1000  // int, optional: rows at most
MATCH (n:Zone)
WHERE 'Zone' IN $labels AND (n.name CONTAINS $text OR $text IN coalesce(n.aliases, []))
RETURN n.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Park)
WHERE 'Park' IN $labels AND (n.name CONTAINS $text OR $text IN coalesce(n.aliases, []))
RETURN n.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Industry)
WHERE 'Industry' IN $labels AND (n.name CONTAINS $text OR $text IN coalesce(n.aliases, []))
RETURN n.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Enterprise)
WHERE 'Enterprise' IN $labels AND (n.name CONTAINS $text OR $text IN coalesce(n.aliases, []))
RETURN n.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Platform)
WHERE 'Platform' IN $labels AND (n.name CONTAINS $text OR $text IN coalesce(n.aliases, []))
RETURN n.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Project)
WHERE 'Project' IN $labels AND (n.name CONTAINS $text OR $text IN coalesce(n.aliases, []))
RETURN n.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Task)
WHERE 'Task' IN $labels AND (n.name CONTAINS $text OR $text IN coalesce(n.aliases, []))
RETURN n.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Bureau)
WHERE 'Bureau' IN $labels AND (n.name CONTAINS $text OR $text IN coalesce(n.aliases, []))
RETURN n.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Target)
WHERE 'Target' IN $labels AND (n.name CONTAINS $text OR $text IN coalesce(n.aliases, []))
RETURN n.id AS id
LIMIT $limit
UNION ALL
MATCH (n:Document)
WHERE 'Document' IN $labels AND (n.name CONTAINS $text OR $text IN coalesce(n.aliases, []))
RETURN n.id AS id
LIMIT $limit
