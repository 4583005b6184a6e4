import { Entity } from '@backstage/catalog-model';
import {
  createLimiter,
  DEFAULT_REQUEST_TIMEOUT_MS,
  withDeadline,
} from '@stagecraft/backend-node';
import { requireLocation } from '../storeReadError';
import { compact, isoDate, safeTags } from '../metadata';
import { SecretStoreItem, SecretStoreReader } from '../types';
import { VaultStoreLocation, readVaultStoreLocation } from './location';
import { VaultHttpError, describeVaultError } from './vaultErrors';

/** The time one Vault call may take before the listing fails with `timeout`. */
const DEFAULT_VAULT_CALL_TIMEOUT_MS = DEFAULT_REQUEST_TIMEOUT_MS;
/** How many Vault calls run at once by default. */
const DEFAULT_VAULT_CONCURRENCY = 4;

/**
 * Options of the Vault KV v2 reader.
 *
 * @public
 */
export interface VaultKvReaderOptions {
  /** The token the reader sends (`X-Vault-Token`); its policy allows `list` and `read` on `metadata/` only. */
  token: string;
  /** The address of stores without `stagecraft.io/store-vault-address`. */
  defaultAddress?: string;
  /** The KV v2 mount of stores without `stagecraft.io/store-vault-mount`. */
  defaultMount?: string;
  /** The time one Vault call may take; default 10 s. */
  callTimeoutMs?: number;
  /** How many Vault calls run at once; default 4. */
  concurrency?: number;
}

/** The part of a KV v2 metadata answer the reader uses (`GET <mount>/metadata/<path>`). */
interface KvMetadata {
  created_time?: string;
  updated_time?: string;
  current_version?: number;
  custom_metadata?: Record<string, string> | null;
  versions?: Record<
    string,
    { created_time?: string; deletion_time?: string; destroyed?: boolean }
  >;
}

/** Each path segment URL-encoded, the slashes between them kept. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** What Vault said went wrong: its `errors` array, when the body has one. */
async function vaultMessages(response: Response): Promise<string[]> {
  try {
    const body = await response.json();
    return Array.isArray(body?.errors) ? body.errors.map(String) : [];
  } catch {
    return [];
  }
}

function toItem(
  location: VaultStoreLocation,
  path: string,
  metadata: KvMetadata,
  now: number,
): SecretStoreItem {
  const current =
    metadata.current_version !== undefined
      ? metadata.versions?.[String(metadata.current_version)]
      : undefined;
  const deletedAt = isoDate(current?.deletion_time || undefined);
  const deleted = deletedAt !== undefined && Date.parse(deletedAt) <= now;
  let state: string | undefined;
  if (current?.destroyed) state = 'destroyed';
  else if (deleted) state = 'deleted';
  return compact<SecretStoreItem>({
    name: `${location.mount}/${path}`,
    id: `${location.mount}/metadata/${path}`,
    kind: 'secret',
    createdAt: isoDate(metadata.created_time),
    lastChanged: isoDate(current?.created_time ?? metadata.updated_time),
    tags: safeTags(
      Object.entries(metadata.custom_metadata ?? {}).map(([Key, Value]) => ({
        Key,
        Value: String(Value),
      })),
    ),
    deletedAt,
    state,
  });
}

/**
 * HashiCorp Vault KV v2, over HTTP: lists `<mount>/metadata/<folder>` (recursively,
 * a few calls at a time) and reads `<mount>/metadata/<path>` of each secret, for its
 * created and updated times, current version (deleted or destroyed) and custom
 * metadata (values that look like secret material left out). Items are named
 * `<mount>/<path>`. It never calls a `data/` path: the token's policy needs `list` and
 * `read` on `<mount>/metadata/*` only.
 *
 * @public
 */
export class VaultKvReader implements SecretStoreReader {
  /** The `stagecraft.io/store-provider` it serves. */
  readonly provider = 'hashicorp-vault';
  readonly #token: string;
  private readonly defaults: { address?: string; mount?: string };
  private readonly callTimeoutMs: number;
  private readonly concurrency: number;

  constructor(options: VaultKvReaderOptions) {
    this.#token = options.token;
    this.defaults = {
      address: options.defaultAddress,
      mount: options.defaultMount,
    };
    this.callTimeoutMs = options.callTimeoutMs ?? DEFAULT_VAULT_CALL_TIMEOUT_MS;
    this.concurrency = options.concurrency ?? DEFAULT_VAULT_CONCURRENCY;
  }

  /** Every secret of the store's KV v2 engine, as metadata. */
  async listItems(store: Entity, signal?: AbortSignal) {
    const { storeRef, location } = requireLocation(
      readVaultStoreLocation(store, this.defaults),
      store,
      'Vault address and KV v2 mount (stagecraft.io/store-vault-address, stagecraft.io/store-vault-mount)',
    );
    const limit = createLimiter(this.concurrency);
    const get = async (
      operation: string,
      url: string,
    ): Promise<unknown | undefined> => {
      try {
        return await limit(() =>
          withDeadline(
            abortSignal => this.fetchJson(url, abortSignal),
            this.callTimeoutMs,
            signal,
          ),
        );
      } catch (error) {
        throw describeVaultError(
          error,
          {
            storeRef,
            operation,
            where: `${location.address}, mount ${location.mount}`,
          },
          signal,
        );
      }
    };
    const base = `${location.address}/v1/${encodePath(
      location.mount,
    )}/metadata/`;
    const now = Date.now();
    const items: SecretStoreItem[] = [];

    const visit = async (folder: string): Promise<void> => {
      const listed = (await get(
        'vault:list metadata',
        `${base}${encodePath(folder)}?list=true`,
      )) as { data?: { keys?: unknown } } | undefined;
      const keys = Array.isArray(listed?.data?.keys) ? listed.data.keys : [];
      await Promise.all(
        keys.map(async (key: unknown) => {
          const path = `${folder}${String(key)}`;
          if (path.endsWith('/')) {
            await visit(path);
            return;
          }
          const read = (await get(
            'vault:read metadata',
            `${base}${encodePath(path)}`,
          )) as { data?: KvMetadata } | undefined;
          if (read?.data) items.push(toItem(location, path, read.data, now));
        }),
      );
    };
    await visit('');
    return items.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The JSON of a Vault answer; undefined for 404 (nothing at that path). */
  private async fetchJson(
    url: string,
    signal: AbortSignal,
  ): Promise<unknown | undefined> {
    const response = await fetch(url, {
      headers: { 'X-Vault-Token': this.#token, 'X-Vault-Request': 'true' },
      signal,
    });
    if (response.status === 404) return undefined;
    if (!response.ok) {
      throw new VaultHttpError(response.status, await vaultMessages(response));
    }
    return response.json();
  }
}
