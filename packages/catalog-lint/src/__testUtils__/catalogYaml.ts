/** An entity of `kind` named `name`, as YAML, with `lines` after its name. */
export function entityYaml(
  kind: string,
  name: string,
  lines: string[],
): string {
  return [
    'apiVersion: backstage.io/v1alpha1',
    `kind: ${kind}`,
    'metadata:',
    `  name: ${name}`,
    ...lines,
    '',
  ].join('\n');
}

/** A valid experimental Component (so no readiness check applies), as YAML, with extra lines appended to metadata/spec. */
export function componentYaml(
  name: string,
  extra: { metadata?: string[]; spec?: string[] } = {},
): string {
  return entityYaml('Component', name, [
    ...(extra.metadata ?? []).map(line => `  ${line}`),
    'spec:',
    '  type: service',
    '  lifecycle: experimental',
    '  owner: team-a',
    ...(extra.spec ?? []).map(line => `  ${line}`),
  ]);
}

export const GROUP_TEAM_A = [
  'apiVersion: backstage.io/v1alpha1',
  'kind: Group',
  'metadata:',
  '  name: team-a',
  'spec:',
  '  type: team',
  '  children: []',
  '',
].join('\n');
