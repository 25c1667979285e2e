// graph_fingerprint: 图中节点数，与 relationship_count 一起用于判断缓存和名称索引是否需要刷新
// 图中节点数，与 relationship_count 一起用于判断缓存和名称索引是否需要刷新。The node count; with relationship_count, a cheap sign that the graph was rebuilt (a plain count is answered from the engine's statistics; combined in one statement it is not).
MATCH (n)
RETURN count(n) AS nodes
