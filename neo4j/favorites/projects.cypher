// projects: 项目，可按承担企业、所在园区/功能区或产业筛选
// 项目，可按承担企业、所在园区/功能区或产业筛选。Projects, by the enterprise that undertakes them, the place they are in, or their industry.
// parameters (set them first, e.g. from params.cypher):
//   :param enterprise => null  // str, optional: enterprise name or part of one; null for any
//   :param place => null  // str, optional: park or zone name or part of one; null for any
//   :param industry => null  // str, optional: industry name or part of one; null for any
//   :param skip => 0  // int, optional: rows to skip, for paging
//   :param limit => 100  // int, optional: rows at most
MATCH (x:Project)
WITH x, CASE WHEN $enterprise IS NULL THEN [] ELSE [(x)-[:UNDERTAKEN_BY]->(e:Enterprise) | e] END AS ents,
     CASE WHEN $place IS NULL THEN [] ELSE [(x)-[:LOCATED_IN]->(pl)-[:LOCATED_IN|PART_OF*0..]->(up) | up] END AS ups,
     CASE WHEN $industry IS NULL THEN [] ELSE [(x)-[:IN_INDUSTRY]->(:Industry)-[:SUBINDUSTRY_OF*0..1]->(anc:Industry) | anc] END AS inds
WHERE ($enterprise IS NULL OR any(e IN ents WHERE e.name CONTAINS $enterprise OR $enterprise IN coalesce(e.aliases, [])))
  AND ($place IS NULL OR any(u IN ups WHERE u.name CONTAINS $place OR $place IN coalesce(u.aliases, [])))
  AND ($industry IS NULL OR any(i IN inds WHERE i.name CONTAINS $industry OR $industry IN coalesce(i.aliases, [])))
OPTIONAL MATCH (x)-[r:UNDERTAKEN_BY|LOCATED_IN|IN_INDUSTRY]->(y)
WITH x, collect(DISTINCT y) AS ys, collect(coalesce(r.sources, [])) AS srcs
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label,
       [t IN ys WHERE t:Enterprise | t.name] AS enterprises,
       [t IN ys WHERE t:Park OR t:Zone | t.name] AS places,
       reduce(acc = [], s IN srcs | acc + s) AS sources
ORDER BY name ASC
SKIP $skip LIMIT $limit
