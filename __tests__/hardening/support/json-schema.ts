/**
 * A small JSON Schema validator: the subset `schema/result.schema.json` uses ($ref to $defs, type,
 * const, enum, properties, required, additionalProperties: false, items, minimum, minLength,
 * pattern, anyOf). It refuses a keyword it does not know, so the schema cannot silently outgrow it.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {REPO_ROOT} from '../../support/workspace.js';

type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema', '$id', '$defs', '$ref', 'title', 'description', 'type', 'const', 'enum', 'properties', 'required',
  'additionalProperties', 'items', 'minimum', 'minLength', 'pattern', 'anyOf',
]);

export const RESULT_SCHEMA: Schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'result.schema.json'), 'utf8'));

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The problems of `value` against `schema`, as `path: problem` lines; empty when it validates. */
export function validate(value: unknown, schema: Schema = RESULT_SCHEMA, root: Schema = schema, path = '$'): string[] {
  for (const keyword of Object.keys(schema)) if (!KNOWN.has(keyword)) throw new Error(`unsupported JSON Schema keyword ${keyword} at ${path}`);
  if (typeof schema.$ref === 'string') {
    const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name ? (root.$defs as Record<string, Schema> | undefined)?.[name] : undefined;
    if (!target) throw new Error(`unresolvable $ref ${schema.$ref}`);
    return validate(value, target, root, path);
  }
  const errors: string[] = [];
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const allowed = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const ok = allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'));
    if (!ok) return [`${path}: expected ${allowed.join(' or ')}, got ${actual}`];
  }
  if ('const' in schema && value !== schema.const) errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((option) => validate(value, option as Schema, root, path).length === 0)) {
    errors.push(`${path}: matches none of anyOf`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: ${value} < ${schema.minimum}`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in object)) errors.push(`${path}: missing ${key}`);
    for (const [key, item] of Object.entries(object)) {
      if (properties[key]) errors.push(...validate(item, properties[key], root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property ${key}`);
    }
  }
  if (actual === 'array' && schema.items) {
    (value as unknown[]).forEach((item, index) => errors.push(...validate(item, schema.items as Schema, root, `${path}[${index}]`)));
  }
  return errors;
}
