// name: names_like
// description: 名称包含一段文字（或别名等于它）的实体，只用于太短、无法用全文索引查找的文字（一个汉字、5G）。Nodes of the given labels whose name contains a text or that have it as an alias: only for a text with no two-character Han token, which the full-text index cannot look up (queries/find.py); every other name is found through the index.
// each: Zone, Park, Industry, Enterprise, Platform, Project, Task, Bureau, Target, Document
// scan: Each a text of one character or a Latin word is no token of the bigram index
// param: labels: list[str] labels to look among
// param: text: str the text
// param: limit: int = 1000 rows at most
MATCH (n:Each)
WHERE 'Each' IN $labels AND (n.name CONTAINS $text OR $text IN coalesce(n.aliases, []))
RETURN n.id AS id
LIMIT $limit
