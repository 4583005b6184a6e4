/**
 * Set by the leak guard parser on the value-free stand-in it emits for a
 * refused entity; holds the refusal message. Reserved: the parser removes it
 * from entities it lets through.
 */
export const ANNOTATION_LEAK_REPORT = 'stagecraft.io/secret-leak-report';
