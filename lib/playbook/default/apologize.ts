/**
 * Apologize for the experience without admitting fault (guidance.md): sorry that it happened to the customer, never
 * "it was our mistake" before anyone knows whose it was.
 */
import { defaults } from './define';

const UPSET = ['frustration', 'anger'] as const;

export const APOLOGIZE = defaults('apologize', [
  { id: 'apo-experience', text: "I'm sorry you had this experience, {{customer.firstName | }}." },
  { id: 'apo-trouble', text: "I'm sorry for the trouble this has caused you.", tags: ['stock'] },
  { id: 'apo-wait', text: "I'm sorry you've had to wait so long for an answer.", signals: ['frustration'] },
  {
    id: 'apo-repeat',
    text: "I'm sorry you've had to explain this more than once.",
    signals: ['frustration'],
    tags: ['repeat'],
  },
  { id: 'apo-inconvenience', text: 'I apologize for the inconvenience this has caused.', tags: ['stock'] },
  {
    id: 'apo-not-expected',
    text: "I'm sorry this isn't what you expected when you ordered.",
    tags: ['delivery'],
  },
  {
    id: 'apo-frustration',
    text: "I'm truly sorry this has been so frustrating.",
    signals: [...UPSET],
    tags: ['stock'],
  },
  { id: 'apo-day', text: "I'm sorry this has taken up so much of your day.", signals: ['frustration'] },
  {
    id: 'apo-hear-that',
    text: "I'm sorry to hear that. Let's see what we can do about it.",
    tags: ['stock'],
  },
  {
    id: 'apo-let-down',
    text: "I'm sorry you feel let down. I'd like to make the rest of this easier.",
    signals: [...UPSET, 'threat_churn'],
  },
  {
    id: 'apo-back-forth',
    text: "I'm sorry for all the back and forth. I'll keep this as short as I can.",
    signals: ['frustration'],
    tags: ['repeat'],
  },
  {
    id: 'apo-stress',
    text: "I'm sorry for the stress this has put you under.",
    signals: [...UPSET],
    tags: ['stock'],
  },
  { id: 'apo-not-smooth', text: "I'm sorry this hasn't been simple for you." },
  {
    id: 'apo-still-happening',
    text: "I'm sorry it's still happening for you after everything you've already tried.",
    signals: ['frustration'],
    tags: ['repeat'],
  },
  { id: 'apo-hassle', text: "I'm sorry for the hassle. Thank you for bearing with me while I check." },
  {
    id: 'apo-answer-earlier',
    text: "I'm sorry you didn't get a clear answer sooner.",
    signals: ['frustration', 'threat_escalation'],
  },
  { id: 'apo-situation', text: "I'm sorry you're in this situation, and I'll do what I can to help." },
  {
    id: 'apo-disruption',
    text: "I'm sorry for the disruption to your plans.",
    signals: ['frustration', 'threat_churn'],
  },
  {
    id: 'apo-generic-replies',
    text: "I'm sorry the replies so far felt generic. Here is what is happening with your case.",
    tags: ['scripted'],
  },
  {
    id: 'apo-not-answered',
    text: "I'm sorry you haven't had a direct answer yet. I'll give you one now.",
    tags: ['scripted'],
  },
]);
