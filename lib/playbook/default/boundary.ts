/**
 * Boundaries, in steps (guidance.md): tier 1 a calm reminder of mutual respect, tier 2 a clear warning, tier 3 how the
 * chat will end. lib/suggest offers tier 2 only after a tier-1 phrase was sent and the abuse continued, and so on.
 */
import { defaults } from './define';

const ABUSE = ['abusive'] as const;

export const BOUNDARY = defaults('boundary', [
  // Tier 1: a calm reminder, still focused on helping.
  {
    id: 'bnd1-respect',
    tier: 1,
    signals: [...ABUSE],
    text: "I'm here to help you, and I ask that we keep this respectful so I can do that.",
  },
  {
    id: 'bnd1-focus',
    tier: 1,
    signals: [...ABUSE],
    text: "I want to solve this with you. Let's keep it respectful and focused on the problem rather than on people.",
  },
  {
    id: 'bnd1-both-ways',
    tier: 1,
    signals: [...ABUSE],
    text: "I understand you're upset, and I'm giving this my full effort. I'd ask for courtesy in return.",
  },
  {
    id: 'bnd1-language',
    tier: 1,
    signals: [...ABUSE],
    text: 'I can hear how frustrated you are. Please leave out the insults so we can get to a fix together.',
  },
  {
    id: 'bnd1-team',
    tier: 1,
    signals: [...ABUSE],
    text: "I'm on your side here. Working through this respectfully is the quickest way to get it sorted.",
  },
  // Tier 2: a clear warning that names what happens next.
  {
    id: 'bnd2-warning',
    tier: 2,
    signals: [...ABUSE],
    text: 'I want to keep helping, but I cannot continue if the insults continue. Please keep to the issue.',
  },
  {
    id: 'bnd2-last-request',
    tier: 2,
    signals: [...ABUSE],
    text: 'I have asked once already for respectful language. If it continues, I will have to end this chat.',
  },
  {
    id: 'bnd2-choice',
    tier: 2,
    signals: [...ABUSE],
    text: "We can keep working on this together, and I'd like to. That needs the abusive language to stop now.",
  },
  {
    id: 'bnd2-clear',
    tier: 2,
    signals: [...ABUSE],
    text: 'To be clear: personal insults are not acceptable here. One more and I will close this conversation.',
  },
  {
    id: 'bnd2-offer-email',
    tier: 2,
    signals: [...ABUSE],
    text: 'If it is easier to continue by email once things feel less heated, I can set that up. The abuse needs to stop for this chat to go on.',
  },
  // Tier 3: how the chat ends, and how the customer can still get help.
  {
    id: 'bnd3-ending',
    tier: 3,
    signals: [...ABUSE],
    text: 'As the abusive language has continued, I am ending this chat now. Your case stays open and you can reach us again when you are ready.',
  },
  {
    id: 'bnd3-email',
    tier: 3,
    signals: [...ABUSE],
    text: 'I am closing this conversation because of the continued abuse. Your case notes are saved, and we will follow up by email within 2 business days.',
  },
  {
    id: 'bnd3-record',
    tier: 3,
    signals: [...ABUSE],
    text: "I'm going to end the chat here. I've recorded what we covered so that whoever helps you next can pick it up straight away.",
  },
  {
    id: 'bnd3-door-open',
    tier: 3,
    signals: [...ABUSE],
    text: 'This chat is ending now because of the language used. You are welcome to contact us again, and we will still help with the issue.',
  },
  {
    id: 'bnd3-final',
    tier: 3,
    signals: [...ABUSE],
    text: 'I gave two reminders about respectful language. I am closing this chat now, and the issue remains logged for follow-up.',
  },
]);
