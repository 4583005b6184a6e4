import { addAnnotation, addLink, largeLog } from './entities';
import { HarmlessKind } from './harmlessValues';
import { Placement, shapeIn } from './placement';

/** One place teams put a harmless value, the same places secrets leak into. */
export type HarmlessPlacement = Placement<HarmlessKind>;

const PROSE: Array<(noun: string, value: string) => string> = [
  (noun, value) => `Runs in ${noun} ${value}; see the runbook for details.`,
  (noun, value) => `Owned by the platform team. ${noun}: ${value}.`,
  (noun, value) => `Migrated in 2024 (${noun} ${value}), alarms unchanged.`,
];

export const HARMLESS_PLACEMENTS: HarmlessPlacement[] = [
  {
    id: 'annotation',
    accepts: kind => kind.annotationKeys.length > 0,
    place(entity, value, kind, r) {
      addAnnotation(entity, r.pick(kind.annotationKeys), value);
    },
  },
  {
    id: 'spec-field',
    accepts: () => true,
    place(entity, value, kind, r) {
      entity.spec.settings = {
        [r.pick(kind.specKeys)]:
          kind.shape === 'number' ? Number(value) : value,
      };
    },
  },
  {
    id: 'prose-description',
    accepts: shapeIn('word', 'url', 'prose'),
    place(entity, value, kind, r) {
      entity.metadata.description =
        kind.shape === 'prose' ? value : r.pick(PROSE)(kind.noun, value);
    },
  },
  {
    id: 'link',
    accepts: shapeIn('word', 'url'),
    place(entity, value, kind) {
      addLink(
        entity,
        kind.shape === 'url'
          ? value
          : `https://console.example.com/lookup?${kind.id}=${encodeURIComponent(
              value,
            )}`,
        kind.noun,
      );
    },
  },
  {
    id: 'block-scalar',
    accepts: () => true,
    place(entity, value, kind) {
      entity.spec.runbook =
        kind.shape === 'prose' || kind.shape === 'multiline'
          ? `Notes\n\n${value}\n`
          : `Local setup\n\n1. export ${kind.envName}=${value}\n2. Run \`make dev\`.\n`;
    },
  },
  {
    id: 'kubernetes-env-pair',
    accepts: shapeIn('word', 'url', 'number', 'multiline'),
    place(entity, value, kind) {
      entity.spec.env = [
        { name: 'LOG_LEVEL', value: 'info' },
        { name: kind.envName, value },
      ];
    },
  },
  {
    // Only prose: the set keeps the number of 66 KiB values small.
    id: 'large-value-end',
    accepts: shapeIn('prose'),
    place(entity, value, _, r) {
      entity.spec.lastRunLog = `${largeLog(r)}\n${value}\n`;
    },
  },
];
