// name: document_names
// description: 名称或别名出现在某文件原文中的实体（按标签），补充未建立“提及”关系的实体。Entities of the given labels whose name or an alias occurs in a document's own passages, linked or not.
// param: id: str the document id
// param: labels: list[str] labels to look for (e.g. Enterprise)
// param: limit: int = 200 rows at most
MATCH (p:Passage)
WHERE p.doc = $id
WITH collect({id: p.id, text: p.text}) AS ps
MATCH (x)
WHERE labels(x)[0] IN $labels AND x.name IS NOT NULL
WITH x, [q IN ps WHERE (size(x.name) >= 2 AND q.text CONTAINS x.name)
                 OR any(a IN coalesce(x.aliases, []) WHERE size(a) >= 2 AND q.text CONTAINS a) | q.id] AS hits
WHERE size(hits) > 0
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label, coalesce(x.aliases, []) AS aliases,
       hits[0..2] AS sources
ORDER BY name ASC
LIMIT $limit
