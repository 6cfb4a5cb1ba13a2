/**
 * Threat phrases (patterns: see patterns.ts). Each names a customer's next step outside the chat. Hard negatives stay
 * out by construction: cancelling an order or a purchase, switching plans, and asking for customer service are calm.
 * Arrays are sorted and unique (tests/lib/analyzer/lexicon.test.ts).
 */

/** Leaving: closing the account or subscription, moving to a competitor. */
export const CHURN = [
  'account|accounts|user|profile|membership|subscription cancellation*|closure*|closing|deletion*|removal*|termination*',
  'account|accounts|user|profile|membership|subscription ~ cancel*|clos*|delet*|terminat*|deactivat*|remov* it',
  'am|are done with you|your|this company|service|app',
  'cancel*|clos*|delet*|terminat*|deactivat*|remov*|end|quit* my|the|a|an|this|our|your? _? _? account|accounts|subscription|subscriptions|membership|contract|profile|user|users',
  'deletion|closure|cancellation|termination|removal of my|the|a|an|this|our? _? _? account|accounts|subscription|membership|contract|profile',
  'get rid of my|the|this? _? account|subscription|membership',
  'go|going|switch*|mov*|chang*|tak* ~ competitor|competitors|competition|elsewhere',
  'i|we will|am|are ~ leav*|quit* ~ company|service|you|platform|bank|provider',
  'never ~ buy*|order*|use|shop*|recommend* ~ again',
  'switch*|mov*|go|going to|with another|a|other provider|company|bank|carrier|supplier|store|shop|brand|service',
  'this is|was the last time',
  'unsubscrib*',
] as const;

/** Words that make a churn phrase calm: unsubscribing from a newsletter, asking what cancelling costs. */
export const CHURN_VETO = [
  'charge',
  'charges',
  'cost',
  'costs',
  'email',
  'emails',
  'fee',
  'fees',
  'mailing',
  'marketing',
  'newsletter',
  'newsletters',
  'notifications',
  'penalties',
  'penalty',
  'promotional',
] as const;

/** Going public or formal: complaints, claims, bad reviews, social media, regulators. */
export const COMPLAINT = [
  'bbb',
  'better business bureau',
  'chargeback|chargebacks',
  'claim|claims|reclamation|reclamations|grievance against',
  'complain|complaining|complaint|complaints|complained',
  'consumer|customer claim|claims|reclamation|reclamations|grievance|grievances',
  'file*|filing|lodg*|mak*|submit*|rais*|open*|put in? a|an|my? _? claim|claims|reclamation|reclamations|grievance',
  'go|going|contact*|tell ~ press|media|newspaper|newspapers|journalist|journalists',
  'leav*|writ*|post*|giv* ~ bad|negative|terrible|awful|horrible|scathing|one|1|zero|0 star? review|reviews|rating',
  'ombudsman',
  'on|to twitter|facebook|reddit|instagram|tiktok|youtube|social|online|trustpilot|yelp',
  'report you|this|your|them ~ to',
  'tell|warn everyone|everybody|people',
  'trading standards',
] as const;

/** Asking past the agent: a human, a manager, someone in charge. Asking for customer service itself is calm. */
export const ESCALATION = [
  'a|an|the|your|my real|live|actual|human person|human|people|agent|representative',
  'chat*|speak*|talk*|contact*|reach*|call*|connect* ~ person|human|agent|representative|rep|operator|somebody|someone|assistant|manager|supervisor',
  'escalat*',
  'higher up|ups',
  'someone|somebody in charge',
  'transfer* me',
  'your|a|the boss|manager|managers|supervisor|supervisors|superior',
] as const;

/** Words that make an escalation phrase a report, not a request: "no longer talking to the same person". */
export const ESCALATION_VETO = ['earlier', 'previous', 'same'] as const;

/** Lawyers, courts, regulators. */
export const LEGAL = [
  'attorney|attorneys|lawyer|lawyers|solicitor|solicitors',
  'class action',
  'consumer protection|rights',
  'lawsuit|lawsuits|suing',
  'legal action|proceedings|department|team|advice|steps',
  'see|take|taking you|them|this|it ~ to|in court',
  'small claims',
  'sue you|your|them|the|this|over|for',
  'will|to|i|gonna sue',
] as const;
