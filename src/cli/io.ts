/** What the CLI needs from the outside world, so tests can run it in-process. */

export interface OutputStream {
  /** False when the stream's buffer is full (a slow pipe): a writer that can wait, waits for `drain`. */
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  once?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  removeListener?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  destroyed?: boolean;
}

export interface InputStream extends AsyncIterable<Buffer | string> {
  isTTY?: boolean;
}

export interface CliIO {
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** 0: nothing fails; 1: findings fail; 2: usage, config or input error. */
export type ExitCode = 0 | 1 | 2;
