import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { annotationOf } from '../annotationOf';

// The expected peak a Component or System is sized for (docs/catalog-conventions.md,
// "Expected peak"). Capacity checks compare it with the live AWS configuration.

/** On a Component or System: the expected peak in requests per second, e.g. `4000`. */
export const ANNOTATION_PEAK_REQUESTS_PER_SECOND =
  'stagecraft.io/peak-requests-per-second';
/** On a Component or System: the expected peak in records (or messages) per second, e.g. `4000`. */
export const ANNOTATION_PEAK_RECORDS_PER_SECOND =
  'stagecraft.io/peak-records-per-second';
/** On a Component or System: the average size of one request or record at peak, in bytes, e.g. `2048`. */
export const ANNOTATION_PEAK_PAYLOAD_BYTES = 'stagecraft.io/peak-payload-bytes';

/** Every expected-peak annotation. */
export const PEAK_ANNOTATIONS = [
  ANNOTATION_PEAK_REQUESTS_PER_SECOND,
  ANNOTATION_PEAK_RECORDS_PER_SECOND,
  ANNOTATION_PEAK_PAYLOAD_BYTES,
] as const;

/** What one unit of the peak rate is: a request or a record. */
export type PeakUnit = 'requests' | 'records';

/** The expected peak of an entity. */
export interface ExpectedPeak {
  /** Requests or records per second at peak. */
  ratePerSecond: number;
  unit: PeakUnit;
  /** Average payload of one request or record, when declared. */
  payloadBytes?: number;
  /** The entity that declares it, e.g. `system:default/reviews`. */
  declaredBy: string;
}

/** An entity's expected peak: none declared, a peak, or the problems with its annotations. */
export type ExpectedPeakParse =
  | { status: 'none' }
  | { status: 'declared'; peak: ExpectedPeak }
  | { status: 'invalid'; problems: string[] };

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;

/** True when the entity carries any expected-peak annotation. */
export function declaresExpectedPeak(entity: Entity): boolean {
  return PEAK_ANNOTATIONS.some(
    name => annotationOf(entity, name) !== undefined,
  );
}

function positiveNumber(
  entityRef: string,
  name: string,
  value: string,
  what: string,
  problems: string[],
): number | undefined {
  const number = PLAIN_NUMBER.test(value) ? Number(value) : NaN;
  if (Number.isFinite(number) && number > 0) return number;
  problems.push(
    `${entityRef}: annotation ${name} must be a positive number of ${what}, written without units or separators (e.g. "4000"); got "${value}"`,
  );
  return undefined;
}

/**
 * Reads the expected-peak annotations of an entity. A rate is required once any of them is
 * set; requests and records per second are alternatives. Each problem names the entity and
 * the annotation.
 */
export function parseExpectedPeak(entity: Entity): ExpectedPeakParse {
  if (!declaresExpectedPeak(entity)) return { status: 'none' };
  const entityRef = stringifyEntityRef(entity);
  const problems: string[] = [];
  const requests = annotationOf(entity, ANNOTATION_PEAK_REQUESTS_PER_SECOND);
  const records = annotationOf(entity, ANNOTATION_PEAK_RECORDS_PER_SECOND);
  const payload = annotationOf(entity, ANNOTATION_PEAK_PAYLOAD_BYTES);

  const kind = entity.kind.toLocaleLowerCase('en-US');
  if (kind !== 'component' && kind !== 'system') {
    problems.push(
      `${entityRef}: expected-peak annotations belong on a Component or System, not a ${entity.kind}`,
    );
  }
  if (requests !== undefined && records !== undefined) {
    problems.push(
      `${entityRef}: set either ${ANNOTATION_PEAK_REQUESTS_PER_SECOND} or ${ANNOTATION_PEAK_RECORDS_PER_SECOND}, not both`,
    );
  } else if (requests === undefined && records === undefined) {
    problems.push(
      `${entityRef}: annotation ${ANNOTATION_PEAK_PAYLOAD_BYTES} needs a rate: add ${ANNOTATION_PEAK_REQUESTS_PER_SECOND} or ${ANNOTATION_PEAK_RECORDS_PER_SECOND}`,
    );
  }
  const unit: PeakUnit = records !== undefined ? 'records' : 'requests';
  const rateAnnotation =
    unit === 'records'
      ? ANNOTATION_PEAK_RECORDS_PER_SECOND
      : ANNOTATION_PEAK_REQUESTS_PER_SECOND;
  const rateValue = records ?? requests;
  const ratePerSecond =
    rateValue === undefined
      ? undefined
      : positiveNumber(
          entityRef,
          rateAnnotation,
          rateValue,
          `${unit} per second`,
          problems,
        );
  const payloadBytes =
    payload === undefined
      ? undefined
      : positiveNumber(
          entityRef,
          ANNOTATION_PEAK_PAYLOAD_BYTES,
          payload,
          'bytes',
          problems,
        );

  if (problems.length > 0 || ratePerSecond === undefined) {
    return { status: 'invalid', problems };
  }
  return {
    status: 'declared',
    peak: {
      ratePerSecond,
      unit,
      ...(payloadBytes !== undefined ? { payloadBytes } : {}),
      declaredBy: entityRef,
    },
  };
}
