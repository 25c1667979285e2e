// entity: 一个实体的全部属性
// 一个实体的全部属性。One node by its stable id, with every property.
// parameters (set them first, e.g. from params.cypher):
//   :param id => ""  // str: the node id, e.g. park:…
MATCH (n)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       properties(n) AS props
LIMIT 1
