/** Collects SQL conditions and their parameters, in order, for a `WHERE … AND …` clause. */
export class SqlWhere {
  private readonly conditions: string[] = [];
  /** The parameters of the conditions, in the order of their `?`. */
  readonly params: unknown[] = [];

  /** Adds a condition with its parameters. */
  add(condition: string, ...params: unknown[]): this {
    this.conditions.push(condition);
    this.params.push(...params);
    return this;
  }

  /** Adds a condition only when `value` is given. */
  addIf(value: unknown, condition: string, ...params: unknown[]): this {
    return value === undefined || value === false || value === ''
      ? this
      : this.add(condition, ...params);
  }

  /** ` WHERE a AND b`, or nothing without conditions. */
  get clause(): string {
    return this.conditions.length ? ` WHERE ${this.conditions.join(' AND ')}` : '';
  }
}
