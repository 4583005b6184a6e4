import { csvExportRoute } from './csvExportRoute';
import { entityRoute } from './entityRoute';

describe('entityRoute', () => {
  const secrets = entityRoute('secrets');

  it('registers /entities/:kind/:namespace/:name/<facet>', () => {
    expect(secrets.pattern).toBe('/entities/:kind/:namespace/:name/secrets');
  });

  it('writes paths in lower case, each part URL-encoded', () => {
    expect(
      secrets.path({
        kind: 'Resource',
        namespace: 'Default',
        name: 'AWS Key/1',
      }),
    ).toBe('/entities/resource/default/aws%20key%2F1/secrets');
  });

  it('reads the entity a request names in lower case, whatever its case', () => {
    expect(
      secrets.refOf({
        kind: 'Resource',
        namespace: 'Default',
        name: 'AWS Key',
      }),
    ).toEqual({ kind: 'resource', namespace: 'default', name: 'aws key' });
  });
});

describe('csvExportRoute', () => {
  it('puts the CSV download under its collection', () => {
    expect(csvExportRoute('/results')).toBe('/results/export.csv');
  });
});
