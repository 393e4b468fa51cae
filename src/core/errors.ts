/**
 * Errors a person can fix: bad usage, a bad config, an unreadable input. The CLI prints them as
 * one line and exits 2; anything else is a bug and shows its stack under DEBUG=kindness.
 */
export class KindnessError extends Error {
  override name = 'KindnessError';
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
