const KV_V2_API_PATH = /^([^/]+)\/data\/(.+)$/;
const WILDCARD_WORD = /^([^/]+\/)wildcard\./;

/**
 * The names a store may report for a path the catalog gives: the path itself; for Vault
 * KV v2 the metadata path (catalogs often copy the API path, `kv/data/prod/x`, while the
 * reader, which never touches `data/`, names the item `kv/prod/x`); for a certificate
 * written `eu-west-1/wildcard.example.com`, ACM's `eu-west-1/*.example.com`.
 */
export function storeNamesOf(path: string): string[] {
  const names = [path];
  const kv = KV_V2_API_PATH.exec(path);
  if (kv) names.push(`${kv[1]}/${kv[2]}`);
  if (WILDCARD_WORD.test(path)) names.push(path.replace(WILDCARD_WORD, '$1*.'));
  return names;
}
