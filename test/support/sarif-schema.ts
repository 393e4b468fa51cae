/**
 * Validates SARIF against the OASIS SARIF 2.1.0 JSON schema (the final 2.1.0 schema, shipped in
 * @microsoft/jest-sarif as sarif-2.1.0-rtm.5.json). It is a draft-04 schema, hence ajv-draft-04.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// Both are CommonJS with a `default` property; under Node's ESM interop the class is one level down.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// unicodeRegExp: false because the schema's `language` pattern has a stray `]` that only a
// non-unicode RegExp accepts, as JavaScript validators of its day compiled it.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The schema's complaints about `log`, one per line; empty when it is valid SARIF 2.1.0. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((error: { instancePath: string; message?: string }) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
