/** Acknowledge: show the complaint was heard before anything else (guidance.md, acknowledge). */
import { defaults, EARLY, MIDDLE } from './define';

const UPSET = ['frustration', 'anger'] as const;

export const ACKNOWLEDGE = defaults('acknowledge', [
  {
    id: 'ack-heard',
    text: 'I hear you, {{customer.firstName | }}, and I want to get this sorted out.',
    tags: ['stock'],
  },
  {
    id: 'ack-understand-issue',
    text: 'Thanks for explaining all of that. I understand what went wrong.',
    tags: ['stock'],
  },
  {
    id: 'ack-read-everything',
    text: "I've read through everything you wrote, so you won't need to repeat yourself.",
  },
  {
    id: 'ack-upsetting',
    text: 'That sounds really upsetting, and it makes sense that you want it fixed now.',
    signals: [...UPSET],
    tags: ['stock'],
  },
  { id: 'ack-fair-point', text: "That's a fair point, and I'm glad you told me.", stages: MIDDLE },
  {
    id: 'ack-waited',
    text: "You've waited long enough for an answer, and I'm on it now.",
    signals: ['frustration'],
  },
  {
    id: 'ack-not-first-time',
    text: "I can see this isn't the first time you've had to reach out about it. Let's make it the last.",
    signals: ['frustration'],
    tags: ['repeat'],
  },
  {
    id: 'ack-important',
    text: 'I can tell this matters a lot to you, and it matters to me too.',
    signals: [...UPSET],
    tags: ['stock'],
  },
  {
    id: 'ack-thanks-patience',
    text: 'Thank you for your patience while we work through this.',
    stages: MIDDLE,
  },
  {
    id: 'ack-take-seriously',
    text: "I'm taking this seriously, {{customer.firstName | }}. Let's look at it together.",
    signals: [...UPSET, 'threat_complaint'],
  },
  { id: 'ack-with-you', text: "I'm with you on this, and I'll stay on it until we have an answer." },
  {
    id: 'ack-summary',
    text: 'So I have it right: the problem is still happening after everything you tried. Is that correct?',
    signals: ['frustration'],
    stages: EARLY,
    tags: ['repeat'],
  },
  {
    id: 'ack-welcome',
    text: "Hi {{customer.firstName | there}}, I'm {{agent.name}} and I'll be helping you today.",
    signals: 'none',
    stages: ['opening'],
  },
  {
    id: 'ack-got-message',
    text: 'Thanks for getting in touch. I have your message and I am looking into it.',
    stages: ['opening'],
  },
  {
    id: 'ack-frustrating',
    text: "Dealing with this again and again would frustrate anyone. I'd feel the same.",
    signals: ['frustration'],
    tags: ['repeat'],
  },
  {
    id: 'ack-clear-now',
    text: 'Thank you, that makes it clear. I know exactly what to check now.',
    stages: MIDDLE,
  },
  {
    id: 'ack-strong-feelings',
    text: "I understand you're very unhappy with how this has gone, and I want to turn it around.",
    signals: [...UPSET, 'threat_churn'],
    tags: ['stock'],
  },
  {
    id: 'ack-escalate-heard',
    text: 'I hear that you want this handled by someone more senior, and I will make that happen if it is what you need.',
    signals: ['threat_escalation'],
  },
  {
    id: 'ack-leaving-heard',
    text: "I understand you're thinking about leaving, and I'd like the chance to put this right first.",
    signals: ['threat_churn'],
  },
  {
    id: 'ack-complaint-heard',
    text: 'You have every right to raise a complaint, and I will make sure your feedback is recorded.',
    signals: ['threat_complaint', 'threat_legal'],
  },
  {
    id: 'ack-still-here',
    text: "I'm still here with you, {{customer.firstName | }}. Take your time.",
    tags: ['listen'],
  },
  // For a customer tired of scripted replies: plain words about their case, no set phrases.
  {
    id: 'ack-plain-words',
    text: 'Fair enough, you want a real answer, not a template. Here is where your case stands right now.',
    tags: ['scripted'],
  },
  {
    id: 'ack-no-script',
    text: "You're right, my last replies didn't answer you. Let me answer properly this time.",
    tags: ['scripted'],
  },
  {
    id: 'ack-straight',
    text: 'Point taken. I will keep this short and specific to your case.',
    tags: ['scripted'],
  },
]);
