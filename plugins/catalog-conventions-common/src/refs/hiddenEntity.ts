/**
 * What an answer says in place of an entity the caller may not read: answers computed with a
 * plugin's own credentials quote refs in prose (a finding, a check's reason), and every plugin
 * hides them in the same words.
 */
export const HIDDEN_ENTITY = 'an entity you may not read';
