/**
 * Strings numbered 0, 1, … in the order first added: answers index arrays by the number
 * instead of looking the string up.
 */
export class Interned {
  private readonly numbers = new Map<string, number>();
  private readonly values: string[] = [];

  /** The number of `value`, the next one when it is new. */
  add(value: string): number {
    let number = this.numbers.get(value);
    if (number === undefined) {
      number = this.values.length;
      this.values.push(value);
      this.numbers.set(value, number);
    }
    return number;
  }

  /** The number of `value`, if it was added. */
  numberOf(value: string): number | undefined {
    return this.numbers.get(value);
  }

  /** The string numbered `number`. */
  at(number: number): string {
    return this.values[number];
  }

  /** How many distinct strings were added. */
  get size(): number {
    return this.values.length;
  }
}
