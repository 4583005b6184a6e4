import { FILE_REJECTED_NOTE, validateEntity } from './validateEntity';

type Data = Record<string, any>;

function component(
  overrides: { metadata?: Data; spec?: Data } & Data = {},
): Data {
  const { metadata, spec, ...rest } = overrides;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc', ...metadata },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'team-a',
      ...spec,
    },
    ...rest,
  };
}

async function problemsOf(data: Data) {
  return (await validateEntity(data)).problems;
}

describe('validateEntity', () => {
  it('accepts a valid entity and returns it as the catalog stores it', async () => {
    const result = await validateEntity(component());
    expect(result.problems).toEqual([]);
    expect(result.entity?.metadata.namespace).toBe('default');
  });

  it('reports a missing envelope field as failing the whole file', async () => {
    const { apiVersion, ...data } = component();
    const result = await validateEntity(data);
    expect(result.rejectsFile).toBe(true);
    expect(result.problems).toEqual([
      {
        ruleId: 'catalog/envelope',
        severity: 'error',
        message: `The entity must have required property 'apiVersion'. ${FILE_REJECTED_NOTE}`,
      },
    ]);
  });

  it('fails the whole file for annotations that are not a mapping, but takes empty ones', async () => {
    const list = await validateEntity(
      component({ metadata: { annotations: ['a', 'b'] } }),
    );
    expect(list).toMatchObject({
      rejectsFile: true,
      problems: [
        {
          ruleId: 'catalog/envelope',
          field: 'metadata.annotations',
          message: `metadata.annotations must be a mapping. ${FILE_REJECTED_NOTE}`,
        },
      ],
    });
    const empty = await validateEntity(
      component({ metadata: { annotations: null } }),
    );
    expect(empty.problems).toEqual([]);
    expect(empty.entity?.metadata.annotations).toEqual({});
  });

  it('reports a wrongly typed metadata field at its path', async () => {
    const result = await validateEntity(component({ metadata: { title: 42 } }));
    expect(result).toMatchObject({
      rejectsFile: false,
      problems: [
        {
          ruleId: 'catalog/envelope',
          severity: 'error',
          field: 'metadata.title',
          message: 'metadata.title must be string.',
        },
      ],
    });
  });

  it('checks kinds against catalog.rules case-insensitively, then against the kind schemas', async () => {
    const lower = await validateEntity({ ...component(), kind: 'component' });
    expect(lower).toMatchObject({
      rejectsFile: false,
      problems: [{ ruleId: 'catalog/kind' }],
    });
    const notAllowed = await validateEntity(component(), {
      allowedKinds: ['API'],
    });
    expect(notAllowed.rejectsFile).toBe(true);
    expect(notAllowed.problems[0].message).toBe(
      `Kind "Component" is not allowed in this catalog (catalog.rules allows API). ${FILE_REJECTED_NOTE}`,
    );
  });

  it('names a foreign root field', async () => {
    expect(await problemsOf(component({ dependsOn: ['x'] }))).toEqual([
      {
        ruleId: 'catalog/root-field',
        severity: 'error',
        field: 'dependsOn',
        message:
          'Unknown root field "dependsOn"; an entity has only apiVersion, kind, metadata and spec at its root.',
      },
    ]);
  });

  it('reports an invalid name with the name, e.g. an un-rendered template', async () => {
    expect(
      await problemsOf(component({ metadata: { name: '${{ values.name }}' } })),
    ).toEqual([
      {
        ruleId: 'catalog/field-format',
        severity: 'error',
        field: 'metadata.name',
        message:
          'metadata.name "${{ values.name }}" is not valid: expected a string that is sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters in total.',
      },
    ]);
  });

  it('maps label, annotation, tag and link fields to exact paths', async () => {
    const cases: [Data, string][] = [
      [{ labels: { 'team/x.y': 'not valid!' } }, 'metadata.labels["team/x.y"]'],
      [
        { annotations: { 'bad key!': 'v' } },
        'metadata.annotations["bad key!"]',
      ],
      [{ tags: ['ok', 'Not Valid'] }, 'metadata.tags[1]'],
      [
        { links: [{ url: 'https://a.example' }, { url: 'not a url' }] },
        'metadata.links[1].url',
      ],
    ];
    for (const [metadata, field] of cases) {
      const [problem] = await problemsOf(component({ metadata }));
      expect(problem).toMatchObject({ ruleId: 'catalog/field-format', field });
    }
  });

  it('accepts links to portal pages written as paths, as the backend does, and keeps them as written', async () => {
    const links = [
      { url: '/docs/default/system/platform/vault/#sealed', type: 'runbook' },
    ];
    const result = await validateEntity(component({ metadata: { links } }));
    expect(result.problems).toEqual([]);
    expect(result.entity?.metadata.links).toEqual(links);
    const [problem] = await problemsOf(
      component({ metadata: { links: [{ url: 'docs/no-leading-slash' }] } }),
    );
    expect(problem).toMatchObject({
      ruleId: 'catalog/field-format',
      field: 'metadata.links[0].url',
    });
  });

  it('never echoes a label or annotation value', async () => {
    const value = `ghp_${'a1B2'.repeat(20)}`;
    const [problem] = await problemsOf(
      component({ metadata: { labels: { token: value } } }),
    );
    expect(problem.ruleId).toBe('catalog/field-format');
    expect(problem.message).not.toContain(value.slice(0, 12));
  });

  it('rejects kinds this catalog does not process', async () => {
    const [problem] = await problemsOf({
      ...component(),
      apiVersion: 'scaffolder.backstage.io/v1beta3',
      kind: 'Template',
    });
    expect(problem).toMatchObject({ ruleId: 'catalog/kind', field: 'kind' });
    expect(problem.message).toContain('"Template" is not allowed');
  });

  it('reports the kind schema with its field', async () => {
    expect(await problemsOf(component({ spec: { type: 42 } }))).toEqual([
      {
        ruleId: 'catalog/spec',
        severity: 'error',
        field: 'spec.type',
        message: 'spec.type must be string.',
      },
    ]);
    const { spec, ...noSpec } = component();
    expect((await problemsOf(noSpec))[0].message).toBe(
      "The entity must have required property 'spec'.",
    );
  });

  it('resolves $text placeholders and names unknown ones', async () => {
    const api = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: { name: 'api' },
      spec: {
        type: 'openapi',
        lifecycle: 'production',
        owner: 'team-a',
        definition: { $text: './openapi.yaml' },
      },
    };
    const ok = await validateEntity(api);
    expect(ok.problems).toEqual([]);
    expect(ok.placeholders).toEqual([
      { field: 'spec.definition', resolver: 'text', target: './openapi.yaml' },
    ]);

    const unknown = await problemsOf({
      ...api,
      spec: { ...api.spec, definition: { $openapi: './openapi.yaml' } },
    });
    expect(unknown[0].message).toBe(
      'spec.definition must be string (placeholder $openapi is not resolved by this catalog, which knows $text, $json and $yaml).',
    );

    const notString = await problemsOf({
      ...api,
      spec: { ...api.spec, definition: { $text: 42 } },
    });
    expect(notString[0]).toMatchObject({
      ruleId: 'catalog/placeholder',
      field: 'spec.definition["$text"]',
    });
  });

  it('rejects relation refs the catalog cannot parse', async () => {
    const result = await validateEntity(
      component({ spec: { dependsOn: ['db'] } }),
    );
    expect(result.entity).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        ruleId: 'catalog/entity-ref',
        severity: 'error',
        field: 'spec.dependsOn[0]',
      }),
    ]);
    expect(result.problems[0].message).toMatch(
      /Write it as kind:namespace\/name\.$/,
    );
  });

  it('warns about e-mail owners and miscased relation fields, keeping the entity', async () => {
    const result = await validateEntity(
      component({
        spec: { owner: 'jane@example.com', subComponentOf: 'parent' },
      }),
    );
    expect(result.entity).toBeDefined();
    expect(result.problems).toEqual([
      {
        ruleId: 'catalog/unresolvable-ref',
        severity: 'warning',
        field: 'spec.owner',
        message:
          'spec.owner "jane@example.com" can never point at an entity: "jane@example.com" is not a valid entity name.',
      },
      {
        ruleId: 'catalog/field-casing',
        severity: 'warning',
        field: 'spec.subComponentOf',
        message:
          'spec.subComponentOf is ignored by the catalog: the field is spelled "subcomponentOf".',
      },
    ]);
  });
});
