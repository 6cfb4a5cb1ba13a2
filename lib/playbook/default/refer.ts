/**
 * Refer: when the case must go elsewhere, say who takes it, why, and when the customer hears back (guidance.md). Every
 * phrase carries a {{timeline}} or an explicit time; the schema rejects a refer phrase without one.
 */
import { defaults } from './define';

const SENIOR = ['threat_escalation'] as const;

export const REFER = defaults('refer', [
  {
    id: 'ref-supervisor',
    signals: [...SENIOR],
    text: "I'm passing this to my supervisor, who can approve what I can't. They will reply to you {{timeline | within 2 hours}}.",
  },
  {
    id: 'ref-manager-callback',
    signals: [...SENIOR],
    text: 'I have asked a team lead to review your case. They will contact you {{timeline | within 24 hours}}, and I have noted everything so you will not need to repeat it.',
  },
  {
    id: 'ref-senior-now',
    signals: [...SENIOR],
    text: "I'm bringing in a senior colleague right now because they can decide on this directly. Expect them in this chat {{timeline | within 10 minutes}}.",
  },
  {
    id: 'ref-manager-honest',
    signals: [...SENIOR, 'anger'],
    text: "I understand you'd like a manager. I've requested one, and they will be in touch {{timeline | by the end of today}}. Meanwhile I'll keep working on it.",
  },
  {
    id: 'ref-specialist',
    text: 'This needs our {{team | technical specialists}}, who can look into your account in more depth. You will hear from them {{timeline | within 24 hours}}.',
  },
  {
    id: 'ref-billing',
    tags: ['billing'],
    text: 'Our {{team | billing team}} handles refunds of this kind, so I am sending it to them with all the details. They will reply {{timeline | within 1 business day}}.',
  },
  {
    id: 'ref-shipping',
    tags: ['delivery'],
    text: 'The {{team | delivery team}} can trace the parcel with the carrier. I have opened a request and they will update you {{timeline | within 48 hours}}.',
  },
  {
    id: 'ref-complaints',
    signals: ['threat_complaint', 'threat_legal'],
    text: 'I can register a formal complaint for you now. Our {{team | customer relations team}} reviews every one and will respond {{timeline | within 5 business days}}.',
  },
  {
    id: 'ref-retention',
    signals: ['threat_churn'],
    text: 'Before anything is cancelled, I would like our {{team | account team}} to review your options. They will call you {{timeline | by tomorrow}}.',
  },
  {
    id: 'ref-legal',
    signals: ['threat_legal'],
    text: 'I will pass your message to the {{team | team that handles formal disputes}} so it gets the right attention. They will be in touch {{timeline | within 3 business days}}.',
  },
  {
    id: 'ref-why',
    text: "I'm handing this to {{team | a colleague who specialises in this}} because they can fix it faster than I can. You can expect an update {{timeline | within 4 hours}}.",
  },
  {
    id: 'ref-case-number',
    text: 'I have created a case for this so nothing gets lost. The {{team | specialist team}} will email you {{timeline | within 24 hours}} with the next steps.',
  },
  {
    id: 'ref-stay-until',
    signals: [...SENIOR],
    text: "I'll stay in this chat until my supervisor joins, which should be {{timeline | within 15 minutes}}.",
  },
  {
    id: 'ref-check-back',
    text: "I've escalated this to {{team | the team responsible}}, and I will check on it myself {{timeline | tomorrow morning}} and let you know where it stands.",
  },
  {
    id: 'ref-urgent',
    signals: ['frustration', 'anger', 'threat_escalation'],
    text: "I've flagged this as urgent for {{team | the specialist team}}. The usual wait is a day, but with the flag you should hear back {{timeline | within 4 hours}}.",
  },
  {
    id: 'ref-human',
    signals: [...SENIOR],
    text: 'You are talking to a person, and I am glad to help. If you prefer a different colleague, I can arrange one {{timeline | within 30 minutes}}.',
  },
]);
