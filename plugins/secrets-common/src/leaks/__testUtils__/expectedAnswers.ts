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

/**
 * One `it.each` table for several yes/no questions: each question with each of
 * its values and the answer expected, question by question.
 */
export function expectedAnswersOf<T>(
  ...questions: Array<[(value: T) => boolean, { yes: T[]; no: T[] }]>
): Array<[(value: T) => boolean, T, boolean]> {
  return questions.flatMap(([question, values]) =>
    expectedAnswers(values).map(
      ([value, expected]): [(value: T) => boolean, T, boolean] => [
        question,
        value,
        expected,
      ],
    ),
  );
}
