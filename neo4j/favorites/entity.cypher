// entity: 一个实体的全部属性
// 一个实体的全部属性。One node by its stable id, with every property; of the passages that name it (`sources`) the first ten and their number.
// parameters (set them first, e.g. from params.cypher):
//   :param id => ""  // str: the node id, e.g. park:…
MATCH (n:Zone)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       [k IN keys(n) WHERE NOT k IN ['sources', 'search'] | [k, n[k]]] AS props,
       coalesce(n.sources, [])[0..10] AS sources, size(coalesce(n.sources, [])) AS source_count
LIMIT 1
UNION ALL
MATCH (n:Park)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       [k IN keys(n) WHERE NOT k IN ['sources', 'search'] | [k, n[k]]] AS props,
       coalesce(n.sources, [])[0..10] AS sources, size(coalesce(n.sources, [])) AS source_count
LIMIT 1
UNION ALL
MATCH (n:Industry)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       [k IN keys(n) WHERE NOT k IN ['sources', 'search'] | [k, n[k]]] AS props,
       coalesce(n.sources, [])[0..10] AS sources, size(coalesce(n.sources, [])) AS source_count
LIMIT 1
UNION ALL
MATCH (n:Enterprise)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       [k IN keys(n) WHERE NOT k IN ['sources', 'search'] | [k, n[k]]] AS props,
       coalesce(n.sources, [])[0..10] AS sources, size(coalesce(n.sources, [])) AS source_count
LIMIT 1
UNION ALL
MATCH (n:Platform)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       [k IN keys(n) WHERE NOT k IN ['sources', 'search'] | [k, n[k]]] AS props,
       coalesce(n.sources, [])[0..10] AS sources, size(coalesce(n.sources, [])) AS source_count
LIMIT 1
UNION ALL
MATCH (n:Project)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       [k IN keys(n) WHERE NOT k IN ['sources', 'search'] | [k, n[k]]] AS props,
       coalesce(n.sources, [])[0..10] AS sources, size(coalesce(n.sources, [])) AS source_count
LIMIT 1
UNION ALL
MATCH (n:Task)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       [k IN keys(n) WHERE NOT k IN ['sources', 'search'] | [k, n[k]]] AS props,
       coalesce(n.sources, [])[0..10] AS sources, size(coalesce(n.sources, [])) AS source_count
LIMIT 1
UNION ALL
MATCH (n:Bureau)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       [k IN keys(n) WHERE NOT k IN ['sources', 'search'] | [k, n[k]]] AS props,
       coalesce(n.sources, [])[0..10] AS sources, size(coalesce(n.sources, [])) AS source_count
LIMIT 1
UNION ALL
MATCH (n:Target)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       [k IN keys(n) WHERE NOT k IN ['sources', 'search'] | [k, n[k]]] AS props,
       coalesce(n.sources, [])[0..10] AS sources, size(coalesce(n.sources, [])) AS source_count
LIMIT 1
UNION ALL
MATCH (n:Document)
WHERE n.id = $id
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, coalesce(n.aliases, []) AS aliases,
       [k IN keys(n) WHERE NOT k IN ['sources', 'search'] | [k, n[k]]] AS props,
       coalesce(n.sources, [])[0..10] AS sources, size(coalesce(n.sources, [])) AS source_count
LIMIT 1
