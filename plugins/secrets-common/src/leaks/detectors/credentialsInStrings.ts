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
