// name: graph_fingerprint
// description: 图中节点和关系的数量，用于判断名称索引是否需要刷新。Node and relationship counts: a cheap sign that the graph was rebuilt.
MATCH (n)
WITH count(n) AS nodes
OPTIONAL MATCH ()-[r]->()
RETURN nodes, count(r) AS relationships
