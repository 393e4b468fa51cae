/**
 * Where a built-in rule's README is: published at a stable address (for SARIF's helpUri, JSON
 * output and editors), and installed with the package (for `kindness explain`, offline).
 */
import { fileURLToPath } from 'node:url';

/**
 * The published address of every rule's README: `ruleDocs` in package.json, where `{version}`
 * and `{id}` are filled in. The package ships rules/<id>/README.md, so the address serves the
 * README of the exact version installed. A test keeps this and package.json the same.
 */
export const RULE_DOCS_PATTERN = 'https://unpkg.com/kindness@{version}/rules/{id}/README.md';
/** The package version; a test keeps it equal to package.json's. */
export const PACKAGE_VERSION = '0.1.0';

/** The published and the installed README of a built-in rule, for its `meta`. */
export function builtInDocs(ruleId: string): { docs: string; docsPath: string } {
  // This file runs as dist/src/core/docs.js (built), inside a bundle in dist/cli, or as
  // src/core/docs.ts (tests): two folders below the package, or three.
  const url = import.meta.url;
  const depth = url.includes('/dist/src/') ? '../../../' : '../../';
  return {
    docs: RULE_DOCS_PATTERN.replace('{version}', PACKAGE_VERSION).replace('{id}', ruleId),
    docsPath: fileURLToPath(new URL(`${depth}rules/${ruleId}/README.md`, url)),
  };
}
