import {
  DEFAULT_NAMESPACE,
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicy,
} from '@backstage/catalog-model';

/** Deeper than this, the copy is left to lodash (which also handles cycles). */
const MAX_COPY_DEPTH = 100;
/** Keys lodash's merge treats on its own. */
const SPECIAL_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class NotPlain extends Error {}
const NOT_PLAIN = new NotPlain();

function isPlainObject(value: object): boolean {
  return Object.getPrototypeOf(value) === Object.prototype;
}

function copyKeys(
  source: Record<string, unknown>,
  target: Record<string, unknown>,
  depth: number,
) {
  for (const key of Object.keys(source)) {
    if (SPECIAL_KEYS.has(key)) {
      throw NOT_PLAIN;
    }
    const value = copy(source[key], depth);
    // lodash's assignMergeValue: undefined does not replace a value.
    if (value !== undefined || !(key in target)) {
      target[key] = value;
    }
  }
}

/** A deep copy of JSON-like data; throws NOT_PLAIN for anything else. */
function copy(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol') {
      throw NOT_PLAIN;
    }
    return value;
  }
  if (depth >= MAX_COPY_DEPTH) {
    throw NOT_PLAIN;
  }
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) {
      throw NOT_PLAIN;
    }
    const result = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      result[i] = copy(value[i], depth + 1);
    }
    return result;
  }
  if (!isPlainObject(value)) {
    throw NOT_PLAIN;
  }
  const result: Record<string, unknown> = {};
  copyKeys(value as Record<string, unknown>, result, depth + 1);
  return result;
}

/**
 * `DefaultNamespaceEntityPolicy` gives an entity without a namespace
 * `lodash.merge({ metadata: { namespace: 'default' } }, entity)`: a deep copy
 * with the namespace first in `metadata`. lodash's general merge is a few
 * percent of the lint; this copies JSON data the same way, key for key and in
 * the same order, and leaves anything else (class instances, special keys,
 * very deep or circular data) to the policy itself.
 */
export class FastDefaultNamespaceEntityPolicy implements EntityPolicy {
  private readonly policy = new DefaultNamespaceEntityPolicy();

  async enforce(entity: Entity): Promise<Entity> {
    if (entity.metadata.namespace) {
      return entity;
    }
    return (
      withDefaultNamespace(entity) ??
      ((await this.policy.enforce(entity)) as Entity)
    );
  }
}

/** The policy's copy of `entity`, or undefined when it is not plain JSON data. */
export function withDefaultNamespace(entity: Entity): Entity | undefined {
  const result: Record<string, unknown> = {
    metadata: { namespace: DEFAULT_NAMESPACE },
  };
  try {
    if (!isPlainObject(entity) || !isPlainObject(entity.metadata)) {
      return undefined;
    }
    for (const key of Object.keys(entity)) {
      if (key === 'metadata') {
        copyKeys(
          entity.metadata as unknown as Record<string, unknown>,
          result.metadata as Record<string, unknown>,
          2,
        );
      } else {
        if (SPECIAL_KEYS.has(key)) {
          return undefined;
        }
        const value = copy((entity as Record<string, unknown>)[key], 1);
        if (value !== undefined || !(key in result)) {
          result[key] = value;
        }
      }
    }
  } catch (error) {
    if (error instanceof NotPlain) {
      return undefined;
    }
    throw error;
  }
  return result as unknown as Entity;
}
