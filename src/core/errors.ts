/**
 * Errors a person can fix: bad usage, a bad config, an unreadable input. The CLI prints them as
 * one line and exits 2; anything else is a bug and shows its stack under DEBUG=kindness.
 */
const KINDS = Symbol.for('kindness.errorKinds');

export class KindnessError extends Error {
  override name = 'KindnessError';

  /** The class names this error is an instance of, under a global symbol (see hasInstance). */
  readonly [KINDS]: string[];

  constructor(message: string) {
    super(message);
    const kinds: string[] = [];
    for (let kind: unknown = new.target; typeof kind === 'function' && kind !== Error; kind = Object.getPrototypeOf(kind)) kinds.push(kind.name);
    this[KINDS] = kinds;
  }

  /**
   * `instanceof` by class name rather than identity: the CLI's lazily loaded chunks (scan, rules,
   * plugins) each bundle their own copy of these classes, and an error thrown in one must still
   * be recognised by the others.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null) return false;
    const kinds = (value as { [KINDS]?: unknown })[KINDS];
    return Array.isArray(kinds) && kinds.includes(this.name);
  }
}

/** A config file that cannot be read or does not validate. */
export class ConfigError extends KindnessError {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly key?: string,
  ) {
    super(`${file}: ${key ? `${key}: ` : ''}${problem}`);
  }
}

/** An input that cannot be read. */
export class InputError extends KindnessError {
  override name = 'InputError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** Wrong command-line usage. */
export class UsageError extends KindnessError {
  override name = 'UsageError';
}
