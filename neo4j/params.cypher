// Parameters of the policykg queries with their defaults. Edit the values (a name from
// your graph, a year, a task number), then run this in Neo4j Browser before a favourite.
:params {
  about: [],
  bigrams: [],
  bureau: "",
  doc: null,
  enterprise: null,
  id: "",
  ids: [],
  industries: [],
  industry: null,
  label: null,
  labels: [],
  limit: 500,
  names: [],
  number: "",
  place: null,
  q: "",
  role: null,
  skip: 0,
  status: null,
  subject: null,
  texts: [],
  weak: [],
  year: 0
}
