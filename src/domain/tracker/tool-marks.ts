/** In every conditional-format formula and protection the tool makes, so Set up can find its own. */
export const TOOL_MARK = 'ilacs-tracker';

/**
 * In the formula of every conditional format the tool makes (true wherever it is): Set up, and the
 * CLI writing a workbook file, find the tool's own rules by it and leave the coordinator's.
 */
export const MARKED_FORMULA = `N("${TOOL_MARK}")=0`;
