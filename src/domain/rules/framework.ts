/**
 * Which framework these rules follow, said on the Settings sheet and in the README so that a
 * coordinator knows when to look for an update.
 */
export const FRAMEWORK_VERSION =
  'ILACS as changed from 1 April 2026 (no overall effectiveness grade; R1b).';

export const FRAMEWORK_UPDATE_NOTE =
  'Ofsted is consulting on a renewed framework for 2027: when it is published, check for an update of this tool.';
