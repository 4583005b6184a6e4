/**
 * One `it.each` table for a yes/no question: each value with the answer
 * expected, the yes-values first.
 */
export function expectedAnswers<T>(values: {
  yes: T[];
  no: T[];
}): Array<[T, boolean]> {
  return [
    ...values.yes.map((value): [T, boolean] => [value, true]),
    ...values.no.map((value): [T, boolean] => [value, false]),
  ];
}
