import * as z from 'zod/mini';

/** The parts of a list typed in one cell, `a, b; c`: trimmed, empty parts dropped. */
export function splitList(text: string, separator: RegExp = /[,;]/): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

let emailSchema: z.ZodMiniString | undefined;

/** One email address, as the Tracker's and the Settings sheet's cells accept it. */
export function isEmailAddress(text: string): boolean {
  emailSchema ??= z.email();
  return emailSchema.safeParse(text).success;
}
