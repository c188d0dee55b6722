/**
 * The mistakes `npm start` reports in one line on stderr with exit code 1 (cli/start.ts): in its
 * arguments, and in the workbook or the files beside it. Any other error is a bug, and a rejection.
 */

/** A mistake in the command's arguments: an option's value, or what two options name together. */
export class UsageError extends Error {}

/** A workbook, or a file beside it, that cannot be read, written or updated as asked. */
export class WorkbookError extends Error {}
