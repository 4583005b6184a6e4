import { BLAST_RADIUS_ROUTES } from './routes';

describe('BLAST_RADIUS_ROUTES', () => {
  it('scopes the blast radius under /entities, in lower case', () => {
    expect(BLAST_RADIUS_ROUTES.blastRadius.pattern).toBe(
      '/entities/:kind/:namespace/:name/blast-radius',
    );
    expect(
      BLAST_RADIUS_ROUTES.blastRadius.path({
        kind: 'Resource',
        namespace: 'default',
        name: 'AWS Secrets',
      }),
    ).toBe('/entities/resource/default/aws%20secrets/blast-radius');
  });
});
