/** The built-in English playbook, one file per kind, in the order of the method (guidance.md). */
import type { Phrase } from '../schema';
import { ACKNOWLEDGE } from './acknowledge';
import { APOLOGIZE } from './apologize';
import { BOUNDARY } from './boundary';
import { CLARIFY } from './clarify';
import { CLOSE } from './close';
import { EMPATHIZE } from './empathize';
import { FOLLOW_UP } from './follow-up';
import { REFER } from './refer';
import { SOLVE } from './solve';

export const DEFAULT_PLAYBOOK: Phrase[] = [
  ...ACKNOWLEDGE,
  ...EMPATHIZE,
  ...APOLOGIZE,
  ...CLARIFY,
  ...SOLVE,
  ...REFER,
  ...BOUNDARY,
  ...CLOSE,
  ...FOLLOW_UP,
];
