/** Empathize: name the feeling and stand next to the customer, without judging it (guidance.md). */
import { defaults, MIDDLE } from './define';

const UPSET = ['frustration', 'anger'] as const;

export const EMPATHIZE = defaults('empathize', [
  {
    id: 'emp-anyone-upset',
    text: 'Anyone in your position would be upset by this.',
    signals: [...UPSET],
    tags: ['stock'],
  },
  {
    id: 'emp-counted-on',
    text: 'You counted on this working, and it let you down. I understand why that is so annoying.',
    signals: [...UPSET],
    tags: ['stock'],
  },
  {
    id: 'emp-lost-time',
    text: "I know you've lost time over this, and time is the one thing nobody gets back.",
    signals: ['frustration'],
  },
  {
    id: 'emp-same-place',
    text: "If I were in your place, I'd want a straight answer too. Here is where things stand.",
  },
  {
    id: 'emp-stressful',
    text: 'This sounds stressful, especially with everything else you have going on.',
    signals: [...UPSET],
    tags: ['stock'],
  },
  {
    id: 'emp-expectations',
    text: 'You expected a smooth experience and got the opposite. That is disappointing, and I get it.',
    signals: ['frustration', 'threat_churn'],
    tags: ['stock'],
  },
  {
    id: 'emp-repeat-tiring',
    text: 'Having to explain the same problem more than once is exhausting. I appreciate you sticking with it.',
    signals: ['frustration'],
    tags: ['repeat'],
  },
  {
    id: 'emp-waiting-hard',
    text: 'Waiting without knowing what is happening is the hardest part. Let me give you some clarity.',
    signals: ['frustration'],
  },
  {
    id: 'emp-understand-anger',
    text: "I understand why you're angry. I'd like to help fix what caused it.",
    signals: ['anger'],
    tags: ['stock'],
  },
  {
    id: 'emp-valid',
    text: 'Your frustration makes complete sense given what happened.',
    signals: [...UPSET],
    tags: ['stock'],
  },
  {
    id: 'emp-important-day',
    text: "It's rotten timing when something breaks just when you need it most.",
    signals: ['frustration'],
    tags: ['stock'],
  },
  {
    id: 'emp-trust',
    text: 'I know this has shaken your trust in us, and I want to earn it back.',
    signals: [...UPSET, 'threat_churn', 'threat_complaint'],
  },
  {
    id: 'emp-not-alone',
    text: "You don't have to sort this out on your own. I'm going to work through it with you.",
  },
  {
    id: 'emp-glad-told',
    text: "I'm glad you told me how this affected you. It helps me understand what needs fixing.",
    stages: MIDDLE,
  },
  {
    id: 'emp-money',
    text: 'When money is involved, it is natural to want certainty. I will be precise with you.',
    tags: ['billing'],
  },
  {
    id: 'emp-so-much-effort',
    text: "You've put a lot of effort into trying to fix this yourself. Thank you for that.",
    stages: MIDDLE,
  },
  {
    id: 'emp-feel-ignored',
    text: 'Feeling ignored is awful, and you deserve a real answer. You have my full attention now.',
    signals: [...UPSET, 'threat_escalation'],
  },
  {
    id: 'emp-serious-matter',
    text: 'I can see why this feels serious enough to take further, and I want to help resolve it here first.',
    signals: ['threat_legal', 'threat_complaint'],
  },
  {
    id: 'emp-own-words',
    text: 'Getting the same lines back when you need help is maddening. I will tell you what I am actually doing.',
    tags: ['scripted'],
  },
  {
    id: 'emp-person',
    text: "I'm a real person reading your messages, and I'm working on your case now.",
    tags: ['scripted'],
  },
]);
