/** Close: confirm the fix, recap, and leave the door open (guidance.md). */
import { defaults } from './define';

const END = ['resolving', 'closing'] as const;
const CALM = 'none' as const;

export const CLOSE = defaults('close', [
  {
    id: 'clo-anything-else',
    stages: [...END],
    text: 'Is there anything else I can help you with today, {{customer.firstName | }}?',
  },
  {
    id: 'clo-glad-fixed',
    stages: [...END],
    signals: CALM,
    text: "I'm glad that's sorted. Thanks for working through it with me.",
  },
  {
    id: 'clo-recap',
    stages: [...END],
    text: 'To recap: the issue is fixed and you should see the change right away. If anything looks off, just reply here.',
  },
  {
    id: 'clo-thanks-patience',
    stages: [...END],
    text: 'Thank you for your patience today. I know this took longer than you hoped.',
  },
  {
    id: 'clo-confirm-works',
    stages: [...END],
    text: 'Before I go, could you confirm everything works on your side now?',
  },
  {
    id: 'clo-take-care',
    stages: ['closing'],
    signals: CALM,
    text: 'Take care, {{customer.firstName | }}, and have a good rest of your day.',
  },
  {
    id: 'clo-reference',
    stages: [...END],
    text: 'Your case is saved under {{order.id | your account}}, so anyone on our team can pick it up if you need us again.',
  },
  {
    id: 'clo-reach-out',
    stages: [...END],
    text: 'If it happens again, reply to this chat and it will come straight back to me.',
  },
  {
    id: 'clo-appreciate',
    stages: [...END],
    text: 'I appreciate you telling us about this. It helps us fix it for other people too.',
  },
  {
    id: 'clo-happy-helped',
    stages: ['closing'],
    signals: CALM,
    text: "It was a pleasure helping you, {{customer.firstName | }}. I'm {{agent.name}}, if you need me again.",
  },
  {
    id: 'clo-all-set',
    stages: ['closing'],
    text: "You're all set. I'll close this chat now, and you can reopen it any time.",
  },
  {
    id: 'clo-sorry-again',
    stages: [...END],
    signals: ['frustration', 'anger'],
    text: 'Thanks again for bearing with us, and I hope the rest goes smoothly from here.',
  },
]);
