// name: section_passages
// description: 某些章节下的原文段落（id）。The passages directly under the given sections: candidates for passages_by_text.
// param: ids: ids section ids
// param: limit: int = 1000 rows at most
MATCH (s:Section)-[:HAS_PASSAGE]->(p:Passage)
WHERE s.id IN $ids
RETURN p.id AS id
LIMIT $limit
