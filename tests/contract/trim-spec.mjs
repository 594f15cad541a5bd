#!/usr/bin/env node
// Writes a trimmed copy of GitHub's official OpenAPI description holding only the paths RelayQ
// uses. Prism needs ~40 s to load the whole 13 MB description; the trimmed copy loads in seconds.
// The dereferenced file is used so that dropping `components` leaves no dangling `$ref`.
//
// Usage: node trim-spec.mjs OUTPUT.json [INPUT.deref.json]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const output = process.argv[2];
const input = process.argv[3]
    ?? join(here, 'node_modules/@octokit/openapi/generated/api.github.com.deref.json');

if (!output) {
    console.error('usage: node trim-spec.mjs OUTPUT.json [INPUT.deref.json]');
    process.exit(2);
}

// Paths outside /actions/ that the client or the dispatch flow reads.
const extraPaths = new Set([
    '/user',
    '/rate_limit',
    '/meta',
    '/orgs/{org}',
    '/repos/{owner}/{repo}',
    '/repos/{owner}/{repo}/contents/{path}',
]);

const spec = JSON.parse(readFileSync(input, 'utf8'));
const paths = {};
for (const [path, item] of Object.entries(spec.paths)) {
    if (path.includes('/actions/') || extraPaths.has(path))
        paths[path] = item;
}

// GitHub declares `Link` as a plain string whose example is a placeholder
// (<https://api.github.com/resource?page=2>; rel="next", … page=5 "last"). `prism mock` would
// send it verbatim: a next page on another host, contradicting the example body (total_count 2),
// which a careful client rightly refuses to follow. Any string passes the declared schema, so
// dropping the declaration loses no check in `prism proxy`; the mock then answers one page.
let linkHeaders = 0;
for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
        for (const response of Object.values(operation?.responses ?? {})) {
            if (response.headers?.Link) {
                delete response.headers.Link;
                ++linkHeaders;
            }
        }
    }
}

const missing = [...extraPaths].filter((p) => !(p in paths));
if (missing.length > 0) {
    console.error(`trim-spec: paths missing from ${input}: ${missing.join(', ')}`);
    process.exit(1);
}

const trimmed = {
    openapi: spec.openapi,
    info: spec.info,
    servers: spec.servers,
    paths,
};

const text = JSON.stringify(trimmed);
// A leftover $ref would point into the dropped components and make Prism fail at start.
if (text.includes('"$ref"')) {
    console.error('trim-spec: the trimmed description still holds $ref; use the .deref.json input');
    process.exit(1);
}

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, text);
console.log(`trim-spec: ${Object.keys(paths).length} of ${Object.keys(spec.paths).length} paths`
    + ` (OpenAPI description ${spec.info.version}, ${linkHeaders} Link header declarations dropped)`
    + ` -> ${output}`);
