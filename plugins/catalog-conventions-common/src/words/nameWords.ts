/**
 * Splits a name (an alarm name, a property name) into lower-case words: on anything that
 * is not an ASCII letter or digit, and between camelCase humps.
 * `EventProcessor-IteratorAgeMS` → event, processor, iterator, age, ms;
 * `example.com/apiToken` → example, com, api, token; `DBPassword` → db, password.
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(word => word.toLocaleLowerCase('en-US'));
}
