import { SeededRandom } from '@internal/stagecraft-test-utils';
import { CatalogEntity } from './entities';

/**
 * One place teams put a value in a catalog file; secrets leak into the same
 * places harmless values sit in. `Value` describes the value: a secret format
 * or a kind of harmless value.
 */
export type Placement<Value> = {
  id: string;
  accepts(value: Value): boolean;
  place(
    entity: CatalogEntity,
    text: string,
    value: Value,
    r: SeededRandom,
  ): void;
};

/** Accepts values of one of these shapes. */
export const shapeIn =
  <Value extends { shape: string }>(...shapes: Array<Value['shape']>) =>
  (value: Value) =>
    shapes.includes(value.shape);
