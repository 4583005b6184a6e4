import { Entity } from '@backstage/catalog-model';

type Options = {
  type?: string;
  lifecycle?: string;
  owner?: string;
  system?: string;
  annotations?: Record<string, string>;
  links?: Array<{ url: string; title?: string; type?: string }>;
  tags?: string[];
  spec?: Record<string, unknown>;
};

function entity(kind: string, name: string, options: Options = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name,
      ...(options.annotations ? { annotations: options.annotations } : {}),
      ...(options.links ? { links: options.links } : {}),
      ...(options.tags ? { tags: options.tags } : {}),
    },
    spec: {
      ...(options.type ? { type: options.type } : {}),
      ...(options.lifecycle ? { lifecycle: options.lifecycle } : {}),
      ...(options.owner ? { owner: options.owner } : {}),
      ...(options.system ? { system: options.system } : {}),
      ...options.spec,
    },
  };
}

/** What the entities below default to: in production, owned by group:default/team. */
const inProductionOwnedByTeam = {
  lifecycle: 'production',
  owner: 'group:default/team',
};

/** A production Lambda owned by group:default/team with a runbook, a pager and an errors alarm. */
export function lambda(name: string, options: Options = {}): Entity {
  return entity('Component', name, {
    type: 'lambda-function',
    ...inProductionOwnedByTeam,
    links: [
      {
        url: `https://wiki.example.com/runbooks/${name}`,
        title: 'Runbook',
        type: 'runbook',
      },
    ],
    ...options,
    annotations: {
      'pagerduty.com/service-id': 'P7HD3MV',
      'stagecraft.io/cloudwatch-alarms': `${name}-errors`,
      ...options.annotations,
    },
  });
}

export function component(name: string, options: Options = {}): Entity {
  return entity('Component', name, {
    type: 'service',
    ...inProductionOwnedByTeam,
    ...options,
  });
}

export function resource(
  name: string,
  type: string,
  options: Options = {},
): Entity {
  return entity('Resource', name, {
    type,
    ...inProductionOwnedByTeam,
    ...options,
  });
}

/** A Group that names user:default/oncall and links its schedule, unless overridden. */
export function group(name = 'team', options: Options = {}): Entity {
  return entity('Group', name, {
    type: 'team',
    annotations: { 'stagecraft.io/oncall-contact': 'user:default/oncall' },
    links: [
      { url: `https://oncall.example.com/schedules/${name}`, type: 'oncall' },
    ],
    ...options,
    spec: { children: [], ...options.spec },
  });
}

export function user(name = 'oncall'): Entity {
  return entity('User', name, { spec: { memberOf: ['group:default/team'] } });
}

export function system(name: string, domainRef?: string): Entity {
  return entity('System', name, {
    owner: 'group:default/team',
    spec: domainRef ? { domain: domainRef } : {},
  });
}

export function domain(name: string): Entity {
  return entity('Domain', name, { owner: 'group:default/team' });
}
