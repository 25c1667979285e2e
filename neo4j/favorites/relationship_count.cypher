// relationship_count: 图中关系数，见 graph_fingerprint
// 图中关系数，见 graph_fingerprint。The relationship count; see graph_fingerprint.
MATCH ()-[r]->()
RETURN count(r) AS relationships
