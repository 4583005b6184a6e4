import { InputError } from '@backstage/errors';
import { Request } from 'express';

/** A query parameter given at most once; undefined when absent or empty. */
export function optionalString(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    throw new InputError(`Query parameter ${name} must be given once`);
  }
  return value;
}
