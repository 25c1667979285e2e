// platforms: 创新平台（实验室、中心、孵化器等），可按服务产业（含下位产业）或所在园区/功能区筛选
// 创新平台（实验室、中心、孵化器等），可按服务产业（含下位产业）或所在园区/功能区筛选。Innovation platforms, by the industry they serve or the place they are in.
// parameters (set them first, e.g. from params.cypher):
//   :param industry => null  // str, optional: industry name or part of one; null for any
//   :param place => null  // str, optional: park or zone name or part of one; null for any
//   :param skip => 0  // int, optional: rows to skip, for paging
//   :param limit => 100  // int, optional: rows at most
MATCH (x:Platform)
WITH x, CASE WHEN $industry IS NULL THEN [] ELSE [(x)-[:IN_INDUSTRY]->(:Industry)-[:SUBINDUSTRY_OF*0..]->(anc:Industry) | anc] END AS inds,
     CASE WHEN $place IS NULL THEN [] ELSE [(x)-[:LOCATED_IN]->(pl)-[:LOCATED_IN|PART_OF*0..]->(up) | up] END AS ups
WHERE ($industry IS NULL OR any(i IN inds WHERE i.name CONTAINS $industry OR $industry IN coalesce(i.aliases, [])))
  AND ($place IS NULL OR any(u IN ups WHERE u.name CONTAINS $place OR $place IN coalesce(u.aliases, [])))
OPTIONAL MATCH (x)-[r:IN_INDUSTRY|LOCATED_IN]->(y)
WITH x, collect(DISTINCT y) AS ys, collect(coalesce(r.sources, [])) AS srcs
RETURN x.id AS id, x.name AS name, labels(x)[0] AS label,
       [t IN ys WHERE t:Industry | t.name] AS industries,
       [t IN ys WHERE NOT t:Industry | t.name] AS places,
       reduce(acc = [], s IN srcs | acc + s) AS sources
ORDER BY name ASC
SKIP $skip LIMIT $limit
