/** Follow up: a short message after the fix, so the customer knows someone still cares (guidance.md, follow up). */
import { defaults } from './define';

const END = ['resolving', 'closing'] as const;

export const FOLLOW_UP = defaults('follow_up', [
  {
    id: 'fol-check-in',
    stages: [...END],
    text: "Hi {{customer.firstName | there}}, it's {{agent.name}} from yesterday's chat. Just checking that everything is still working for you.",
  },
  {
    id: 'fol-promise-check',
    stages: [...END],
    text: "I'll check back with you {{timeline | in two days}} to make sure the fix held.",
  },
  {
    id: 'fol-refund-landed',
    stages: [...END],
    tags: ['billing'],
    text: 'Following up: has the refund for order {{order.id | your order}} shown up on your statement yet?',
  },
  {
    id: 'fol-delivery',
    stages: [...END],
    tags: ['delivery'],
    text: 'Just following up on your delivery. Did everything arrive as expected?',
  },
  {
    id: 'fol-anything-more',
    stages: [...END],
    text: 'Hi {{customer.firstName | there}}, I wanted to see how things are going since we spoke. Is there anything more I can do?',
  },
  {
    id: 'fol-email-summary',
    stages: [...END],
    text: 'I will send you a short email summary of what we did today, so you have it for your records.',
  },
  {
    id: 'fol-escalated-thanks',
    stages: [...END],
    signals: ['frustration', 'anger', 'threat_churn', 'threat_complaint'],
    text: 'I know our last conversation was a difficult one. I wanted to check the problem is fully solved and thank you for sticking with us.',
  },
  {
    id: 'fol-feedback',
    stages: ['closing'],
    text: 'If you have a moment, I would value your feedback on how we handled this. It helps us do better.',
  },
  {
    id: 'fol-reminder',
    stages: [...END],
    text: 'I have set myself a reminder to check in on this {{timeline | next week}}. You do not need to do anything in the meantime.',
  },
  {
    id: 'fol-still-ok',
    stages: [...END],
    text: 'Hello again {{customer.firstName | there}}! Is the issue still fixed on {{device | your side}}?',
  },
]);
