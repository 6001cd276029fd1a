// Error types the CLI tells apart.

/** Bad command-line usage: an unknown option, a bad value, a path that does not exist. Exit code 2. */
export class UsageError extends Error {}
