import * as z from 'zod';
import { ownMember } from '../schema-walk.js';

/** A field of an imported HSDS record that our model has no place for. */
export interface UnmappedField {
  /** Where it was in the input, e.g. `contents[0].phones`. */
  path: string;
  /** Which HSDS field it is, e.g. `service.phones`, so a report can count them. */
  field: string;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;
}

/**
 * Lists the fields of `value` that `schema` (one of our HSDS record schemas, which hold exactly the
 * fields the mapping reads) does not know, walking into nested records and lists.
 */
export function unmappedFields(
  schema: z.ZodType,
  value: unknown,
  path: string,
  field: string,
): UnmappedField[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((item, index) =>
      unmappedFields(inner.element as z.ZodType, item, `${path}[${index}]`, field),
    );
  }
  if (
    !(inner instanceof z.ZodObject) ||
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value)
  )
    return [];
  const shape = inner.shape as Record<string, z.ZodType>;
  return Object.entries(value).flatMap(([key, member]) => {
    if (isEmpty(member)) return [];
    const memberSchema = ownMember(shape, key);
    const memberPath = `${path}.${key}`;
    const memberField = `${field}.${key}`;
    return memberSchema
      ? unmappedFields(memberSchema, member, memberPath, memberField)
      : [{ path: memberPath, field: memberField }];
  });
}
