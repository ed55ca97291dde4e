/** Where the CLI writes: injectable so that tests capture stdout and stderr without spawning a process. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
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
