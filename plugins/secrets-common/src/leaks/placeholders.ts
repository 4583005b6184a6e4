/**
 * Values that stand in for a credential someone is expected to fill in.
 * Compared against the whole (trimmed) value.
 */
const FILL_IN_PLACEHOLDERS = [
  /^replace[-_ ]?(me|this|it)$/i,
  /^change[-_ ]?(me|it|this)$/i,
  /^(todo|tbd|fixme)$/i,
  /^x{3,}$/i,
  /^\*{3,}$/,
  /^\.{3,}$/,
  /^<[^<>]*>$/,
  /^\[[^[\]]*\]$/,
  /^\{[A-Za-z_][\w -]*\}$/,
  /^(my|your)[-_ ]?(db|api|access|secret|auth)?[-_ ]?(password|passwd|pass|pwd|secret|token|key)([-_ ]?here)?$/i,
  /^your[-_ ][a-z_ -]+$/i,
  /^your(password|token|secret|key)[a-z]*$/i,
  /^[a-z_-]*[-_ ]here$/i,
  /^(dummy|example|sample|placeholder|redacted|hidden|masked|secret|password|passwd|pass|pwd|token|test|foo|bar|foobar)$/i,
];

/**
 * Values that point at where a credential comes from instead of being one:
 * environment variables and template expressions.
 */
const REFERENCES = [
  /^\$\{[^}]+\}$/,
  /^\$\{\{[\s\S]*\}\}$/,
  /^\{\{[\s\S]*\}\}$/,
  /^\$[A-Za-z_][A-Za-z0-9_]*$/,
  /^\$\([A-Za-z_][A-Za-z0-9_]*\)$/,
  /^%[A-Za-z_][A-Za-z0-9_]*%$/,
  /^%[sd]$/,
  /^env:[A-Za-z_][A-Za-z0-9_]*$/i,
];

/** Values that say "no credential here". */
const NON_VALUES =
  /^(none|null|nil|n\/a|na|-|empty|unset|not set|required|optional|true|false|yes|no|enabled|disabled)$/i;

/** True for values like `REPLACE_ME`, `changeme`, `<password>`, `****`, `xxx`. */
export function isFillInPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  return FILL_IN_PLACEHOLDERS.some(pattern => pattern.test(trimmed));
}

/** True for values like `${DB_PASSWORD}`, `${{ secrets.TOKEN }}`, `$TOKEN`, `%s`. */
export function isReference(value: string): boolean {
  const trimmed = value.trim();
  return REFERENCES.some(pattern => pattern.test(trimmed));
}

/** True for an empty value or one such as `none`, `n/a`, `-`. */
export function isNonValue(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === '' || NON_VALUES.test(trimmed);
}

/** True when the value is not a real credential: a placeholder, a reference or a non-value. */
export function isNotACredential(value: string): boolean {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // not URL-encoded; use as is
  }
  return (
    isFillInPlaceholder(decoded) || isReference(decoded) || isNonValue(decoded)
  );
}
