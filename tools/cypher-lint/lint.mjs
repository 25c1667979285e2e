// Lint Cypher files with Neo4j's own parser and semantic analysis
// (@neo4j-cypher/language-support, pinned in package.json), offline.
//
// usage: node tools/cypher-lint/lint.mjs [--schema schema.json] FILE.cypher...
// A file's `// each:` header (see queries/__init__.py) is expanded as the library expands it.
// schema.json: {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...]}
// Prints one JSON object per file: {"file", "diagnostics": [{"severity", "message", "line"}]}
// and exits 1 when any diagnostic is an error or a warning.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let schema = {};
const si = args.indexOf('--schema');
if (si >= 0) {
  schema = JSON.parse(readFileSync(args[si + 1], 'utf8'));
  args.splice(si, 2);
}
// Without a function list every unknown function passes, so give it Neo4j 5's built-ins.
const functions = JSON.parse(readFileSync(join(here, 'neo4j-functions.json'), 'utf8'));
const dbSchema = { ...schema, functions: { 'CYPHER 5': functions }, defaultLanguage: 'CYPHER 5' };

let failed = false;
for (const file of args) {
  let text = readFileSync(file, 'utf8');
  // Parameters are declared in the file's header: `// param: name: type ...`, and ids a query
  // finds from a name: `// find: name: Label named $text`.
  const parameters = {};
  for (const m of text.matchAll(/^\/\/\s*(?:param|find):\s*(\w+)/gm)) parameters[m[1]] = null;
  // A query written once for several labels (`// each: Zone, Park`) is linted for each of them.
  const each = text.match(/^\/\/\s*each:\s*(.*)$/m);
  if (each) {
    const body = text.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
    const branches = body.split(/^\s*UNION ALL\s*$/m);
    text = each[1].split(',').map((l) => l.trim()).filter(Boolean)
      .flatMap((label) => branches.map((b) => b.replace(/\bEach\b/g, label).trim())).join('\nUNION ALL\n');
  }
  const { diagnostics } = lintCypherQuery(text, { ...dbSchema, parameters });
  const out = diagnostics.map((d) => ({
    severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
    message: d.message,
    line: (d.range?.start?.line ?? 0) + 1,
  }));
  if (out.some((d) => d.severity !== 'info')) failed = true;
  console.log(JSON.stringify({ file, diagnostics: out }));
}
process.exit(failed ? 1 : 0);
