/** Where the CLI writes: injectable so that tests capture stdout and stderr without spawning a process. */
export interface Output {
  out(text: string): void;
  /** Text written as it is, no newline added: a long output (evaluate --json) in pieces. Optional for captures. */
  write?(text: string): void;
  err(text: string): void;
  /**
   * A status line that the next one replaces ("" clears it), e.g. summary's count of files done. Only a
   * terminal shows it: absent, or a no-op when stderr is a file or a pipe, so logs and captures stay clean.
   */
  progress?(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  write: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
  progress: (text) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${text}\u001b[K`);
  },
};

/** A mistake of the user's (bad file, missing sheet): printed in Vietnamese without a stack trace, exit 2. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

export const EXIT_OK = 0;
/** `--strict` and the evaluation found data errors (the outputs are still written). */
export const EXIT_DATA_ERRORS = 1;
export const EXIT_CANNOT_EVALUATE = 2;
