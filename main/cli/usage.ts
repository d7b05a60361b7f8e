/** Thrown for a command line that cannot be run as given (exit code 2). */
export class UsageError extends Error {}

export const EXIT_OK = 0;
/** Some objects were refused or failed, or verification found an identifier. */
export const EXIT_INCOMPLETE = 1;
/** Usage or plan error: nothing was done. */
export const EXIT_USAGE = 2;
