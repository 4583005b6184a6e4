import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_PEAK_PAYLOAD_BYTES,
  ANNOTATION_PEAK_RECORDS_PER_SECOND,
  ANNOTATION_PEAK_REQUESTS_PER_SECOND,
  declaresExpectedPeak,
  parseExpectedPeak,
} from './expectedPeak';

function entity(
  annotations: Record<string, string>,
  kind = 'Component',
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'checkout', annotations },
    spec: {},
  };
}

describe('parseExpectedPeak', () => {
  it('is none without peak annotations', () => {
    expect(parseExpectedPeak(entity({}))).toEqual({ status: 'none' });
    expect(declaresExpectedPeak(entity({}))).toBe(false);
  });

  it('reads requests per second and payload bytes', () => {
    expect(
      parseExpectedPeak(
        entity({
          [ANNOTATION_PEAK_REQUESTS_PER_SECOND]: ' 4000 ',
          [ANNOTATION_PEAK_PAYLOAD_BYTES]: '2048',
        }),
      ),
    ).toEqual({
      status: 'declared',
      peak: {
        ratePerSecond: 4000,
        unit: 'requests',
        payloadBytes: 2048,
        declaredBy: 'component:default/checkout',
      },
    });
  });

  it('reads records per second on a System', () => {
    const parsed = parseExpectedPeak(
      entity({ [ANNOTATION_PEAK_RECORDS_PER_SECOND]: '12.5' }, 'System'),
    );
    expect(parsed).toEqual({
      status: 'declared',
      peak: {
        ratePerSecond: 12.5,
        unit: 'records',
        declaredBy: 'system:default/checkout',
      },
    });
  });

  it.each([
    ['4,000', 'stagecraft.io/peak-requests-per-second must be a positive'],
    ['0', 'got "0"'],
    ['4k', 'written without units or separators'],
  ])('refuses the rate %s naming entity and annotation', (value, text) => {
    const parsed = parseExpectedPeak(
      entity({ [ANNOTATION_PEAK_REQUESTS_PER_SECOND]: value }),
    );
    expect(parsed.status).toBe('invalid');
    const [problem] = (parsed as { problems: string[] }).problems;
    expect(problem).toContain('component:default/checkout');
    expect(problem).toContain(text);
  });

  it('refuses both rates, a payload without a rate, and the wrong kind', () => {
    expect(
      parseExpectedPeak(
        entity({
          [ANNOTATION_PEAK_REQUESTS_PER_SECOND]: '1',
          [ANNOTATION_PEAK_RECORDS_PER_SECOND]: '1',
        }),
      ),
    ).toEqual({
      status: 'invalid',
      problems: [
        'component:default/checkout: set either stagecraft.io/peak-requests-per-second or stagecraft.io/peak-records-per-second, not both',
      ],
    });
    expect(
      parseExpectedPeak(entity({ [ANNOTATION_PEAK_PAYLOAD_BYTES]: '10' })),
    ).toEqual({
      status: 'invalid',
      problems: [
        'component:default/checkout: annotation stagecraft.io/peak-payload-bytes needs a rate: add stagecraft.io/peak-requests-per-second or stagecraft.io/peak-records-per-second',
      ],
    });
    const onResource = parseExpectedPeak(
      entity({ [ANNOTATION_PEAK_REQUESTS_PER_SECOND]: '5' }, 'Resource'),
    );
    expect(onResource).toEqual({
      status: 'invalid',
      problems: [
        'resource:default/checkout: expected-peak annotations belong on a Component or System, not a Resource',
      ],
    });
  });
});
