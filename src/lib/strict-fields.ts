/**
 * A group of fields in which an unknown field is an error, as with z.strictObject. z.strictObject reports
 * unknown fields on the group itself, which Astro prints with a blank name; this reports each one at its
 * own name, with the field it was probably meant to be ("summmary: … did you mean "summary"?").
 */
import { z } from 'astro/zod';
import { expected, unknownFieldMessage } from './field-messages.ts';

export function strictFields<S extends z.core.$ZodLooseShape>(shape: S) {
  const known = Object.keys(shape);
  const unknownField = z.custom(() => false, { error: (issue) => unknownFieldMessage(String(issue.path?.at(-1)), known) });
  // The catch-all never accepts a value, so at run time this is exactly a strict object; the type says so too.
  return z
    .object(shape, { error: expected(`a group of fields (${known.join(', ')})`) })
    .catchall(unknownField) as unknown as z.ZodObject<S, z.core.$strict>;
}
