// names_in_text: 名称或别名出现在给定文字中的实体（可按标签筛选）
// 名称或别名出现在给定文字中的实体（可按标签筛选）。Entities whose name or an alias occurs in any of the given texts: reads sentences back into the graph.
// parameters (set them first, e.g. from params.cypher):
//   :param texts => []  // list[str]: the texts to look in (sentences or tasks, in pieces of at most 200 characters)
//   :param labels => []  // list[str], optional: only nodes of these labels; empty for every domain label
//   :param limit => 200  // int, optional: rows at most
MATCH (x)
WHERE x.name IS NOT NULL AND NOT x:Passage AND NOT x:Section AND NOT x:Document AND NOT x:Target
  AND (size($labels) = 0 OR labels(x)[0] IN $labels)
  AND any(t IN $texts WHERE (size(x.name) >= 2 AND t CONTAINS x.name)
                            OR any(a IN coalesce(x.aliases, []) WHERE size(a) >= 2 AND t CONTAINS a))
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label, coalesce(x.aliases, []) AS aliases
ORDER BY size(x.name) DESC, id ASC
LIMIT $limit
