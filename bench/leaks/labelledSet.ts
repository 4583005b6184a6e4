import { parse, stringify } from 'yaml';
import { baseEntity } from './entities';
import { HARMLESS_PLACEMENTS } from './harmlessPlacements';
import { HARMLESS_KINDS } from './harmlessValues';
import { seededRandom } from '@internal/stagecraft-test-utils';
import { SECRET_FORMATS } from './secretFormats';
import { SECRET_PLACEMENTS } from './secretPlacements';

export type LabelledItem = {
  /** True when the document carries a secret. */
  secret: boolean;
  /** A harmless value that is public by design; not counted in precision. */
  publicByDesign: boolean;
  /** The secret format, or the kind of harmless value. */
  category: string;
  placement: string;
  /** The catalog file: one YAML document. */
  yaml: string;
  /** The document as the catalog parses it, which is what the guard sees. */
  entity: unknown;
};

export type LabelledSetOptions = {
  seed?: number;
  secrets?: number;
  harmless?: number;
};

/**
 * Cycles through the categories, and for each through the placements that
 * suit it, so that every pairing is present once `count` allows.
 */
function roundRobin<C, P>(
  categories: C[],
  placementsOf: (category: C) => P[],
  count: number,
): Array<[C, P]> {
  const pairs: Array<[C, P]> = [];
  for (let i = 0; i < count; i++) {
    const category = categories[i % categories.length];
    const placements = placementsOf(category);
    pairs.push([
      category,
      placements[Math.floor(i / categories.length) % placements.length],
    ]);
  }
  return pairs;
}

/** Enough items for every pairing of category and placement. */
function atLeastEveryPairing(
  requested: number,
  categories: number,
  placements: number,
) {
  const rounds = Math.max(Math.ceil(requested / categories), placements);
  return rounds * categories;
}

export function generateLabelledSet(
  options: LabelledSetOptions = {},
): LabelledItem[] {
  const r = seededRandom(options.seed ?? 13);
  const items: LabelledItem[] = [];
  const add = (
    secret: boolean,
    publicByDesign: boolean,
    category: string,
    placement: string,
    fill: (entity: ReturnType<typeof baseEntity>) => void,
  ) => {
    const entity = baseEntity(r, items.length);
    fill(entity);
    const yaml = stringify(entity, { lineWidth: 0 });
    items.push({
      secret,
      publicByDesign,
      category,
      placement,
      yaml,
      entity: parse(yaml),
    });
  };

  const secretPlacementsOf = (format: (typeof SECRET_FORMATS)[number]) =>
    SECRET_PLACEMENTS.filter(p => p.accepts(format));
  const secretCount = atLeastEveryPairing(
    options.secrets ?? 2400,
    SECRET_FORMATS.length,
    Math.max(...SECRET_FORMATS.map(f => secretPlacementsOf(f).length)),
  );
  for (const [format, placement] of roundRobin(
    SECRET_FORMATS,
    secretPlacementsOf,
    secretCount,
  )) {
    add(true, false, format.id, placement.id, entity =>
      placement.place(entity, format.generate(r), format, r),
    );
  }

  const harmlessPlacementsOf = (kind: (typeof HARMLESS_KINDS)[number]) =>
    HARMLESS_PLACEMENTS.filter(p => p.accepts(kind));
  const harmlessCount = atLeastEveryPairing(
    options.harmless ?? 26000,
    HARMLESS_KINDS.length,
    HARMLESS_PLACEMENTS.length,
  );
  for (const [kind, placement] of roundRobin(
    HARMLESS_KINDS,
    harmlessPlacementsOf,
    harmlessCount,
  )) {
    add(false, kind.publicByDesign, kind.id, placement.id, entity =>
      placement.place(entity, kind.generate(r), kind, r),
    );
  }
  return items;
}
