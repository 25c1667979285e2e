// names_in_text: 名称或别名出现在一段文字中的实体（可按标签筛选）
// 名称或别名出现在一段文字中的实体（可按标签筛选）。Entities whose name or an alias occurs in a text: reads a sentence back into the graph.
// parameters (set them first, e.g. from params.cypher):
//   :param text => ""  // str: the text to look in (a sentence or a task)
//   :param labels => []  // list[str], optional: only nodes of these labels; empty for every domain label
//   :param limit => 100  // int, optional: rows at most
MATCH (x)
WHERE x.name IS NOT NULL AND NOT x:Passage AND NOT x:Section AND NOT x:Document AND NOT x:Target
  AND (size($labels) = 0 OR labels(x)[0] IN $labels)
  AND ((size(x.name) >= 2 AND $text CONTAINS x.name)
       OR any(a IN coalesce(x.aliases, []) WHERE size(a) >= 2 AND $text CONTAINS a))
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label, coalesce(x.aliases, []) AS aliases
ORDER BY size(x.name) DESC, id ASC
LIMIT $limit
