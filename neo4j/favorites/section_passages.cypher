// section_passages: 某些章节下的原文段落（id）
// 某些章节下的原文段落（id）。The passages directly under the given sections: candidates for passages_by_text.
// parameters (set them first, e.g. from params.cypher):
//   :param ids => []  // ids: section ids
//   :param limit => 1000  // int, optional: rows at most
MATCH (s:Section)-[:HAS_PASSAGE]->(p:Passage)
WHERE s.id IN $ids
RETURN p.id AS id
LIMIT $limit
