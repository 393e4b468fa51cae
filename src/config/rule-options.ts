/**
 * Checks a rule's options against the schema in its `meta.schema`, so a typo such as
 * `includeMIld` stops the run instead of being ignored. The schema language is a small, declared
 * subset of JSON Schema (see docs/rule-api.md); rules describe their options with it, plugins too.
 */
import type { OptionSchema, RuleOptionsSchema } from '../core/types.js';
import type { ConfigIssue } from './schema.js';

function describeType(schema: OptionSchema): string {
  if (schema.type === 'string' && schema.enum !== undefined) return `one of ${schema.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  if (schema.type === 'array') return `a list of ${describeType(schema.items)}s`;
  if (schema.type === 'object') return 'an object';
  return `a ${schema.type}`;
}

function checkValue(schema: OptionSchema, value: unknown, key: string): ConfigIssue | undefined {
  const wrong = (): ConfigIssue => ({ key, problem: `expected ${describeType(schema)} but got ${JSON.stringify(value)}` });
  switch (schema.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : wrong();
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrong();
      if ((schema.minimum !== undefined && value < schema.minimum) || (schema.maximum !== undefined && value > schema.maximum)) {
        return { key, problem: `expected a number from ${schema.minimum ?? '-∞'} to ${schema.maximum ?? '∞'} but got ${value}` };
      }
      return undefined;
    case 'string':
      if (typeof value !== 'string') return wrong();
      return schema.enum === undefined || schema.enum.includes(value) ? undefined : wrong();
    case 'array': {
      if (!Array.isArray(value)) return wrong();
      if (schema.maxItems !== undefined && value.length > schema.maxItems) return { key, problem: `expected at most ${schema.maxItems} entries but got ${value.length}` };
      for (const [index, item] of value.entries()) {
        const issue = checkValue(schema.items, item, `${key}.${index}`);
        if (issue !== undefined) return issue;
      }
      return undefined;
    }
    case 'object':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrong();
      return checkObject(schema.properties, schema.required ?? [], value as Record<string, unknown>, key);
  }
}

function checkObject(properties: RuleOptionsSchema, required: readonly string[], value: Record<string, unknown>, key: string): ConfigIssue | undefined {
  for (const [name, item] of Object.entries(value)) {
    const schema = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (schema === undefined) {
      const known = Object.keys(properties);
      return { key: `${key}.${name}`, problem: `unknown option (${known.length === 0 ? 'this rule takes no options' : `known: ${known.join(', ')}`})` };
    }
    const issue = checkValue(schema, item, `${key}.${name}`);
    if (issue !== undefined) return issue;
  }
  const missing = required.find((name) => !Object.hasOwn(value, name));
  return missing === undefined ? undefined : { key: `${key}.${missing}`, problem: 'is required' };
}

/**
 * The first problem with `options` under `schema`, or undefined when they fit. A rule without a
 * schema takes no options. `key` is where the options sit in the config (`rules.profanity.1`).
 */
export function checkRuleOptions(schema: RuleOptionsSchema | undefined, options: Readonly<Record<string, unknown>>, key: string): ConfigIssue | undefined {
  return checkObject(schema ?? {}, [], options, key);
}
