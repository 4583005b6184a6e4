import { isNotACredential } from '../placeholders';
import { patternDetector } from './patternDetector';

export const urlPassword = patternDetector({
  anchors: ['://'],
  id: 'url-password',
  description:
    'URLs and connection strings with an embedded password (scheme://user:password@host). Placeholders such as ${DB_PASSWORD}, <password>, ****, xxx or changeme are not leaks.',
  message: 'Value looks like a URL with an embedded password.',
  // Bounded scheme and user lengths keep the search linear on long strings.
  pattern:
    /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{0,30}:\/\/[^\s:/?#@]{0,256}:([^\s?#@]{1,256})@[^\s@]/i,
  // Passwords may contain a slash; `host:443/@scope` is a port and a path.
  accept: match => !isNotACredential(match[1]) && !/^\d{1,5}\//.test(match[1]),
});

export const connectionStringPassword = patternDetector({
  id: 'connection-string-password',
  description:
    'ADO.NET/JDBC/ODBC-style connection strings or query strings with Password=…, Pwd=… or password=… set to something other than a placeholder.',
  message: 'Value looks like a connection string with a password.',
  pattern:
    /(?:^|[;?&\s"'{])(?:password|passwd|pwd)\s*=\s*("[^"]*"|'[^']*'|\$\{[^}]*\}|[^;&\s"'}]+)/i,
  accept: match => !isNotACredential(match[1].replace(/^["']|["']$/g, '')),
});

export const azureStorageKey = patternDetector({
  anchors: ['AccountKey', 'SharedAccessKey'],
  id: 'azure-storage-key',
  description:
    'Azure storage account keys and shared access keys in connection strings (AccountKey=…, SharedAccessKey=…).',
  message: 'Value looks like an Azure storage or shared access key.',
  pattern: /(?:AccountKey|SharedAccessKey)\s*=\s*([A-Za-z0-9+/]{20,}={0,2})/,
  accept: match => !isNotACredential(match[1]),
});

function decodesToUserAndPassword(encoded: string): boolean {
  let decoded: string;
  try {
    decoded = atob(encoded);
  } catch {
    return false;
  }
  const colon = decoded.indexOf(':');
  return (
    colon > 0 &&
    /^[\x20-\x7e]+$/.test(decoded) &&
    !isNotACredential(decoded.slice(colon + 1))
  );
}

export const basicAuthHeader = patternDetector({
  id: 'basic-auth-header',
  anchors: ['Basic ', 'basic '],
  description:
    'HTTP basic authentication headers (Authorization: Basic <base64 of user:password>) whose password is not a placeholder.',
  message: 'Value looks like an HTTP basic-auth header with a password.',
  pattern:
    /(?<![A-Za-z0-9])[Bb]asic\s{1,3}([A-Za-z0-9+/]{8,1024}={0,2})(?![A-Za-z0-9+/=])/,
  accept: match => decodesToUserAndPassword(match[1]),
});
