/** Solve: concrete options within the agent's power, and the next step spelled out (guidance.md). */
import { defaults, MIDDLE } from './define';

const LATER = MIDDLE;

export const SOLVE = defaults('solve', [
  {
    id: 'sol-two-options',
    stages: LATER,
    tags: ['delivery'],
    offer: ['replacement', 'refund'],
    text: 'Here is what I can do: I can send a replacement, or refund you in full. Which would you prefer?',
  },
  {
    id: 'sol-order-found',
    stages: LATER,
    text: "I've found order {{order.id}}. Let me tell you exactly what I can do with it.",
  },
  {
    id: 'sol-refund-start',
    stages: LATER,
    tags: ['billing'],
    offer: 'refund',
    text: 'I can start a refund for you right now. It usually shows on your statement within 5 business days.',
  },
  {
    id: 'sol-replace',
    stages: LATER,
    tags: ['delivery'],
    offer: 'replacement',
    text: 'I can ship a replacement today at no cost to you. Would that work?',
  },
  {
    id: 'sol-reset',
    stages: LATER,
    tags: ['account'],
    text: 'I can send a password reset link to {{customer.email | your email address}}. Shall I go ahead?',
  },
  {
    id: 'sol-step-by-step',
    stages: LATER,
    tags: ['technical', 'account'],
    text: "Let's try one fix together. I'll go step by step, and you tell me what you see after each one.",
  },
  {
    id: 'sol-what-i-can',
    stages: LATER,
    signals: ['frustration', 'anger', 'threat_churn'],
    text: "I can't change what already happened, but here is what I can do right now to fix it.",
  },
  {
    id: 'sol-priority',
    stages: LATER,
    signals: ['frustration', 'threat_churn', 'threat_complaint'],
    text: "I'll mark your case as a priority so it is handled first. You won't need to explain it again.",
  },
  {
    id: 'sol-credit',
    stages: LATER,
    signals: ['frustration', 'threat_churn'],
    tags: ['billing'],
    offer: 'credit',
    text: 'For the trouble this caused, I can add a credit to your account. Would that help?',
  },
  {
    id: 'sol-workaround',
    stages: LATER,
    tags: ['technical'],
    text: 'While the main fix is in progress, there is a workaround that will get you going today. Want me to walk you through it?',
  },
  {
    id: 'sol-check-now',
    stages: ['investigating'],
    text: 'Give me two minutes to check this on my side, and I will come straight back to you with an answer.',
  },
  {
    id: 'sol-own-it',
    stages: LATER,
    signals: ['frustration', 'anger', 'threat_escalation'],
    text: "I'm going to take ownership of this and see it through to the end.",
  },
  {
    id: 'sol-choose',
    stages: LATER,
    text: 'There are two ways we can go from here, and I can set up whichever you prefer. Shall I explain both?',
  },
  {
    id: 'sol-keep-service',
    stages: LATER,
    signals: ['threat_churn'],
    text: 'Before you decide to leave, let me see if I can fix the problem or find a plan that suits you better.',
  },
  {
    id: 'sol-cancel-help',
    stages: LATER,
    signals: ['threat_churn'],
    text: 'If you still want to cancel after this, I can do that for you right here, with no extra steps.',
  },
  {
    id: 'sol-error-seen',
    stages: LATER,
    tags: ['technical'],
    text: 'Thank you for the exact wording, "{{error.message}}". That tells me where to look.',
  },
  {
    id: 'sol-device-steps',
    stages: LATER,
    tags: ['technical'],
    text: 'On {{device | your device}}, the quickest fix is to update the app and then sign in again. Could you try that?',
  },
  {
    id: 'sol-confirm-plan',
    stages: LATER,
    text: "Here's the plan: I'll do the fix on my side, then you check it on yours, and I'll stay until we know it worked.",
  },
  {
    id: 'sol-exception',
    stages: LATER,
    signals: ['frustration', 'anger', 'threat_churn'],
    offer: 'exception',
    text: 'This is usually not possible, but I can make an exception here and do it for you now.',
  },
  {
    id: 'sol-record',
    stages: LATER,
    signals: ['threat_complaint', 'threat_legal'],
    text: "I'm writing down everything you told me in your case notes, so there is a full record of what happened.",
  },
  {
    id: 'sol-next-step',
    stages: LATER,
    text: 'The next step is on me: I will update your case and send you a confirmation by email.',
  },
]);
