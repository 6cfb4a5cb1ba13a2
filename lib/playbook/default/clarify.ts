/**
 * Clarify: ask a targeted question for a fact that is still missing instead of guessing (guidance.md). Each phrase
 * names the fact it asks for; lib/suggest offers only those the customer has not given yet.
 */
import { defaults, EARLY, MIDDLE } from './define';

export const CLARIFY = defaults('clarify', [
  // Order number
  {
    id: 'cla-order-number',
    fact: 'orderId',
    stages: EARLY,
    text: 'Could you share your order number? It starts with # and is in your confirmation email.',
  },
  {
    id: 'cla-order-which',
    fact: 'orderId',
    stages: EARLY,
    text: 'Which order is this about? The order number will let me pull it up straight away.',
  },
  {
    id: 'cla-order-quick',
    fact: 'orderId',
    stages: EARLY,
    signals: ['frustration', 'anger'],
    text: 'To fix this quickly, I just need your order number. Then I can take it from there.',
  },
  {
    id: 'cla-order-receipt',
    fact: 'orderId',
    stages: EARLY,
    text: "If the order number isn't handy, the receipt or the date and amount of the purchase works too.",
  },
  // Account
  {
    id: 'cla-account-id',
    fact: 'accountId',
    stages: EARLY,
    text: 'What is the account number or username this is about, so I look at the right account?',
  },
  {
    id: 'cla-account-which',
    fact: 'accountId',
    stages: EARLY,
    text: 'Could you confirm which account you are signed in with? The account ID in your settings is ideal.',
  },
  {
    id: 'cla-account-quick',
    fact: 'accountId',
    stages: EARLY,
    signals: ['frustration', 'anger'],
    text: 'So I can act on this right away, could you send me your account number?',
  },
  {
    id: 'cla-account-business',
    fact: 'accountId',
    stages: EARLY,
    text: 'Is this for a personal or a business account? The account number will tell me which.',
  },
  // Email
  { id: 'cla-email', fact: 'email', stages: EARLY, text: 'Which email address is linked to your account?' },
  {
    id: 'cla-email-confirm',
    fact: 'email',
    stages: EARLY,
    text: 'Could you confirm the email address you used when you signed up or ordered?',
  },
  {
    id: 'cla-email-other',
    fact: 'email',
    stages: EARLY,
    text: 'Is there another email address you might have used? I want to be sure I find everything.',
  },
  {
    id: 'cla-email-quick',
    fact: 'email',
    stages: EARLY,
    signals: ['frustration', 'anger'],
    text: 'One quick thing so I can find you: what email address is on the account?',
  },
  // Device or browser
  {
    id: 'cla-device',
    fact: 'device',
    stages: EARLY,
    text: 'What device and browser are you using when this happens?',
  },
  {
    id: 'cla-device-app',
    fact: 'device',
    stages: EARLY,
    text: 'Are you using our app or the website, and on which phone or computer?',
  },
  {
    id: 'cla-device-version',
    fact: 'device',
    stages: MIDDLE,
    text: 'Which version of the app or browser do you have? You can find it under Settings, then About.',
  },
  {
    id: 'cla-device-other',
    fact: 'device',
    stages: MIDDLE,
    text: 'Does the same thing happen on another device or browser, if you have one nearby?',
  },
  // Error message
  {
    id: 'cla-error',
    fact: 'errorMessage',
    stages: EARLY,
    text: 'Do you see an error message? If so, could you copy the exact wording here?',
  },
  {
    id: 'cla-error-screenshot',
    fact: 'errorMessage',
    stages: EARLY,
    text: 'Could you send a screenshot of what you see on the screen when it fails?',
  },
  {
    id: 'cla-error-when',
    fact: 'errorMessage',
    stages: EARLY,
    text: 'At which step does it stop working, and what does the screen say at that moment?',
  },
  {
    id: 'cla-error-code',
    fact: 'errorMessage',
    stages: EARLY,
    signals: ['frustration', 'anger'],
    text: 'If there is an error code or message on screen, that will save us both time. What does it say?',
  },
  // Dates
  {
    id: 'cla-dates-when',
    fact: 'dates',
    stages: EARLY,
    text: 'When did this first happen? An approximate date is fine.',
  },
  {
    id: 'cla-dates-charge',
    fact: 'dates',
    stages: EARLY,
    tags: ['billing'],
    text: 'On what date did the charge appear on your statement?',
  },
  {
    id: 'cla-dates-delivery',
    fact: 'dates',
    stages: EARLY,
    tags: ['delivery'],
    text: 'When did you place the order, and what delivery date were you given?',
  },
  {
    id: 'cla-dates-last',
    fact: 'dates',
    stages: MIDDLE,
    tags: ['technical'],
    text: 'When did it last work as expected for you?',
  },
  // Steps already tried
  {
    id: 'cla-steps-tried',
    fact: 'stepsTried',
    stages: EARLY,
    text: "What have you tried so far? I don't want to ask you to repeat anything you've already done.",
  },
  {
    id: 'cla-steps-restart',
    fact: 'stepsTried',
    stages: EARLY,
    text: 'Have you already tried signing out and back in, or restarting the app? Just so I skip what you have done.',
  },
  {
    id: 'cla-steps-previous',
    fact: 'stepsTried',
    stages: EARLY,
    signals: ['frustration'],
    text: 'Could you tell me what the previous agent asked you to try, so we pick up where you left off?',
  },
  {
    id: 'cla-steps-changes',
    fact: 'stepsTried',
    stages: MIDDLE,
    text: 'Did anything change just before this started, such as an update or a new password?',
    tags: ['technical'],
  },
  // No single fact: the problem itself is still vague.
  { id: 'cla-what-happened', stages: EARLY, text: 'Could you walk me through what happened, step by step?' },
  { id: 'cla-expected', stages: EARLY, text: 'What did you expect to happen, and what happened instead?' },
  {
    id: 'cla-most-urgent',
    stages: EARLY,
    signals: ['frustration', 'anger'],
    text: 'Which part of this is most urgent for you, so I start there?',
  },
  {
    id: 'cla-outcome',
    stages: MIDDLE,
    text: 'What outcome would feel right to you here? I want to aim for it where I can.',
  },
]);
