/** The analyzer's public API: one message, or a conversation folded turn by turn. */
export { addTurn, analyzeConversation, initialConversation } from './conversation';
export { analyzeMessage } from './escalation';
export { dismissKey } from './evidence';
export type * from './types';
