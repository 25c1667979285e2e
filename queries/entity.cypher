// name: entity
// description: 一个实体的全部属性。One node by its stable id, with every property.
// each: Zone, Park, Industry, Enterprise, Platform, Project, Task, Bureau, Target, Document
// param: id: str the node id, e.g. park:…
MATCH (n:Each)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       properties(n) AS props
LIMIT 1
