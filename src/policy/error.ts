/** A policy file that cannot be used: the run stops with exit 2 and this message. */
export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'PolicyError';
  }
}
