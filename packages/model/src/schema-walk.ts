import * as z from 'zod';
import type { DataPath } from './problem.js';

type Schema = z.core.$ZodType;

/** What the walker reports while it follows a schema through raw data. */
export interface SchemaVisitor {
  /** Called for every schema node that has a value, wrappers (`optional`, `default`) included. */
  node(schema: Schema, value: unknown, path: DataPath): void;
  /** Called for every key of a raw object that its object schema does not describe. */
  unknownKey(path: DataPath): void;
}

/** A plain JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `record[key]` if `record` itself has that key. Data keys come from outside: `shape["constructor"]` or
 * `shape["__proto__"]` would otherwise find `Object.prototype`'s members and treat them as schemas.
 */
export function ownMember<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

const wrappers = new Set([
  'optional',
  'default',
  'prefault',
  'nullable',
  'nonoptional',
  'readonly',
  'catch',
]);

function discriminatedOption(
  options: readonly Schema[],
  key: string,
  value: Record<string, unknown>,
) {
  return options.find((option) => {
    const def = option._zod.def;
    if (def.type !== 'object') return false;
    const tag = ownMember((def as z.core.$ZodObjectDef).shape, key);
    return tag !== undefined && z.safeParse(tag, ownMember(value, key)).success;
  });
}

/**
 * Follows `schema` through raw, unparsed `value` and calls the visitor for every node it can match, so rules
 * keyed by schema identity (every `geoPointSchema`, every `agsSchema`, …) find their values wherever they are,
 * even inside records that fail the schema elsewhere. Values of the wrong type are not descended into: the
 * schema's own issues describe those.
 */
export function walkSchema(
  schema: Schema,
  value: unknown,
  visitor: SchemaVisitor,
  path: DataPath = [],
): void {
  if (value === undefined) return;
  visitor.node(schema, value, path);
  const def = schema._zod.def;
  if (wrappers.has(def.type)) {
    walkSchema((def as z.core.$ZodOptionalDef).innerType, value, visitor, path);
  } else if (def.type === 'pipe') {
    walkSchema((def as z.core.$ZodPipeDef).in, value, visitor, path);
  } else if (def.type === 'object' && isPlainObject(value)) {
    const shape = (def as z.core.$ZodObjectDef).shape;
    for (const [key, item] of Object.entries(value)) {
      const child = ownMember(shape, key);
      if (child) walkSchema(child, item, visitor, [...path, key]);
      else visitor.unknownKey([...path, key]);
    }
  } else if (def.type === 'array' && Array.isArray(value)) {
    const element = (def as z.core.$ZodArrayDef).element;
    value.forEach((item, index) => walkSchema(element, item, visitor, [...path, index]));
  } else if (def.type === 'record' && isPlainObject(value)) {
    const valueType = (def as z.core.$ZodRecordDef).valueType;
    for (const [key, item] of Object.entries(value))
      walkSchema(valueType, item, visitor, [...path, key]);
  } else if (def.type === 'union') {
    const union = def as z.core.$ZodDiscriminatedUnionDef;
    const options = union.options as readonly Schema[];
    const option =
      union.discriminator && isPlainObject(value)
        ? discriminatedOption(options, union.discriminator, value)
        : options.find((candidate) => z.safeParse(candidate, value).success);
    if (option) walkSchema(option, value, visitor, path);
  }
}
