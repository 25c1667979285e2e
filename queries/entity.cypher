// name: entity
// description: 一个实体的全部属性。One node by its stable id, with every property; of the passages that name it (`sources`) the first ten and their number.
// each: Zone, Park, Industry, Enterprise, Platform, Project, Task, Bureau, Target, Document
// param: id: str the node id, e.g. park:…
MATCH (n:Each)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       [k IN keys(n) WHERE NOT k IN ['sources', 'search'] | [k, n[k]]] AS props,
       coalesce(n.sources, [])[0..10] AS sources, size(coalesce(n.sources, [])) AS source_count
LIMIT 1
