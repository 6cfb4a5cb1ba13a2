import { describe, expect, test } from 'vitest';
import { analyzeMessage } from '../../../lib/analyzer';
import type { SignalName } from '../../../lib/analyzer/types';

const raised = (text: string) => analyzeMessage(text).signals.map((s) => s.name);

describe('flags', () => {
  test.each<[string, SignalName]>([
    // repeated failure, waiting, having tried already
    ["I've been waiting for hours and it's still not working", 'frustration'],
    ["This is the third time I'm asking about my refund.", 'frustration'],
    ['I already tried restarting it twice and nothing happens', 'frustration'],
    ['How many times do I have to explain this?', 'frustration'],
    // negation of praise
    ["I'm not happy with this at all", 'frustration'],
    ['You have never been helpful', 'frustration'],
    // sarcasm that AFINN reads as praise
    ['Oh great, another error. Thanks for nothing.', 'frustration'],
    ['Wonderful, thanks for nothing', 'frustration'],
    // anger and shouting
    ['I am furious about this', 'anger'],
    ['Are you kidding me? This is absolutely ridiculous.', 'anger'],
    ['This is a scam, you stole my money', 'anger'],
    // threats, including politely worded ones
    ['I would kindly ask you to close my account.', 'threat_churn'],
    ["If this isn't fixed I'm switching to a competitor", 'threat_churn'],
    ['I will be filing a formal complaint.', 'threat_complaint'],
    ["I'll be posting about this on Twitter.", 'threat_complaint'],
    ['I would appreciate it if I could speak with a supervisor, please.', 'threat_escalation'],
    ['Can I talk to a real person?', 'threat_escalation'],
    ['I will have no choice but to contact my lawyer.', 'threat_legal'],
    ["I'm going to sue you", 'threat_legal'],
    // abuse, including creative spelling
    ['you are a f*cking idiot', 'abusive'],
    ['this is sh1t', 'abusive'],
    ['what a load of bullsh!t', 'abusive'],
    ['fuuuuck this', 'abusive'],
    ['the a$$hole agent hung up on me', 'abusive'],
    ['you people are useless', 'abusive'],
    ['shut up and fix it', 'abusive'],
    // plain complaints about the product or the service (design.md lists "useless" as frustration)
    ['useless support!!!', 'frustration'],
    ['this app is useless', 'frustration'],
    ['The update is completely useless', 'frustration'],
    ['terrible service', 'frustration'],
    // threats with a typo or phrased as a noun
    ['acncel pro account', 'threat_churn'],
    ['I want information about the removal of my standard account', 'threat_churn'],
    ['help me filing a claim', 'threat_complaint'],
  ])('%s → %s', (text, signal) => {
    expect(raised(text)).toContain(signal);
  });
});

describe('does not flag', () => {
  test.each<[string, SignalName | 'any']>([
    // hard negatives: calm requests that name a problem or a cancellation
    ['No problem, thanks!', 'any'],
    ["I'd like to cancel my order please", 'any'],
    ['I want to unsubscribe from the newsletter', 'any'],
    ['Is there a fee if I cancel my subscription early?', 'threat_churn'],
    ['I have a problem with my payment', 'any'],
    ['Can I switch to the premium plan?', 'threat_churn'],
    ['How do I contact customer service by phone?', 'threat_escalation'],
    ['I want to leave a review for the product', 'threat_complaint'],
    ['Thanks so much, that worked perfectly', 'any'],
    ["I'm not sure which plan I need", 'any'],
    ['Sue from billing helped me', 'threat_legal'],
    ['The password manager is not syncing', 'threat_escalation'],
    ['That is damn good service', 'frustration'],
    ['Where is the food court in your store?', 'threat_legal'],
    // calm requests stay calm
    ['No problem', 'any'],
    ['cancel my order', 'any'],
    ['what is the cancellation fee', 'any'],
    ['Can you tell me which payment methods you accept?', 'any'],
    ['My payment did not go through, can you check it?', 'abusive'],
    // reporting who one spoke to is not asking for someone else
    ['It seems I am no longer talking to the same person', 'threat_escalation'],
    // "useless" about a thing is frustration, not abuse
    ['this app is useless', 'abusive'],
  ])('%s (%s)', (text, signal) => {
    const names = raised(text);
    if (signal === 'any') expect(names).toEqual([]);
    else expect(names).not.toContain(signal);
  });
});

describe('message analysis', () => {
  test('spans are the exact characters that caused each signal', () => {
    const text = 'Honestly, this is the THIRD time and it is still not working!!!';
    const a = analyzeMessage(text);
    expect(a.signals.length).toBeGreaterThan(0);
    for (const s of a.signals) {
      expect(s.spans.length).toBeGreaterThan(0);
      expect(s.strength).toBeGreaterThan(0);
      expect(s.strength).toBeLessThanOrEqual(1);
      for (const span of s.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  test('support vocabulary: calm formulas are not negative, support phrases are', () => {
    expect(analyzeMessage('No problem, I can wait.').afinn).toBeGreaterThanOrEqual(0);
    expect(analyzeMessage('I would like to cancel my order').afinn).toBe(0);
    expect(analyzeMessage('it is still not working').afinn).toBeLessThan(0);
  });

  test('trailing "!!!" counts as loud', () => {
    expect(analyzeMessage('useless support!!!').intensity).toBeGreaterThan(
      analyzeMessage('useless support').intensity,
    );
  });

  test('a model flag always points at some words', () => {
    for (const text of ['this app is useless', 'useless support!!!']) {
      const s = analyzeMessage(text).signals.find((x) => x.name === 'frustration');
      expect(s?.spans.length ?? 0).toBeGreaterThan(0);
    }
  });

  test('capitals and repeated punctuation raise intensity', () => {
    expect(analyzeMessage('WHY IS THIS STILL BROKEN???').intensity).toBeGreaterThan(
      analyzeMessage('why is this still broken?').intensity,
    );
  });

  test('acronyms are not shouting', () => {
    expect(analyzeMessage('My USB cable from NASA works').intensity).toBe(0);
  });

  test('questions are recognised with or without a question mark', () => {
    expect(analyzeMessage('why does it keep crashing').isQuestion).toBe(true);
    expect(analyzeMessage('Can you check my order?').isQuestion).toBe(true);
    expect(analyzeMessage('The parcel arrived today').isQuestion).toBe(false);
  });

  test('text in other languages is reported, not guessed at', () => {
    for (const text of [
      'Ich habe das Problem immer noch nicht gelöst',
      'لا يعمل التطبيق',
      'Não funciona nada',
      // One English-looking word ("me") in a Portuguese sentence, and a Spanish one.
      'Estou esperando há três dias pelo meu pedido e ninguém me responde.',
      'Estoy esperando mi pedido desde el lunes y nadie me contesta.',
      'Je suis très déçu, ma commande est toujours pas arrivée.',
    ]) {
      const a = analyzeMessage(text);
      expect(a.language).toBe('unknown');
      expect(a.signals).toEqual([]);
    }
    expect(analyzeMessage('Hello, my order has not arrived').language).toBe('en');
    // English with a foreign name or phrase in it stays English.
    for (const text of ['My name is Ana da Silva and my order is late', 'Merci, but it is still not working'])
      expect(analyzeMessage(text).language).toBe('en');
    // Short English without a single function word is still English, and still judged.
    for (const text of ['Another week, another excuse.', 'Absolutely unacceptable service, fix immediately!'])
      expect(analyzeMessage(text).signals.length).toBeGreaterThan(0);
  });

  test('a dismissed rule loses most of its weight', () => {
    const text = 'this is still not working';
    const before = analyzeMessage(text).signals.find((s) => s.name === 'frustration');
    const rules = before?.spans.map((s) => s.rule) ?? [];
    expect(rules.length).toBeGreaterThan(0);
    const after = analyzeMessage(text, { dismissedRules: rules }).signals.find(
      (s) => s.name === 'frustration',
    );
    expect(after?.strength ?? 0).toBeLessThan(before?.strength ?? 0);
  });

  test('sensitivity shifts thresholds', () => {
    const text = 'ugh, the app shows an error again';
    const count = (s: 'low' | 'default' | 'high') => analyzeMessage(text, { sensitivity: s }).signals.length;
    expect(count('high')).toBeGreaterThanOrEqual(count('default'));
    expect(count('default')).toBeGreaterThanOrEqual(count('low'));
    expect(count('high')).toBeGreaterThan(count('low'));
  });
});

// The phrasings a support lead calls obvious, and the benign ones that used to look like threats.
describe('phrasings a support lead calls obvious', () => {
  test.each([
    ['Why must I say it all again from scratch every time?', 'frustration'],
    ['Each person here gives me a different answer.', 'frustration'],
    ['Let me talk to somebody more senior than you.', 'threat_escalation'],
    ['I want the team leader, not you.', 'threat_escalation'],
    ['I will be taking this to the district court.', 'threat_legal'],
    ['Expect a letter from my solicitor.', 'threat_legal'],
    ['That breaks consumer protection law.', 'threat_legal'],
    ['I am reporting your company to the regulator.', 'threat_legal'],
    ['Everyone will read my scathing review.', 'threat_complaint'],
    ['I am posting this whole thread on Facebook.', 'threat_complaint'],
    ['We have already joined a different provider.', 'threat_churn'],
    ['You have lost a customer today.', 'threat_churn'],
    ['You sad little muppet.', 'abusive'],
  ])('%s → %s', (text, signal) => {
    expect(raised(text)).toContain(signal);
  });
  test.each([
    ['Please forward the contract to our legal team.', 'threat_legal'],
    ['My lawyer friend told me about your app.', 'threat_legal'],
    ['Can I talk to someone in sales about pricing?', 'threat_escalation'],
    ['Please delete the duplicate account I opened by mistake.', 'threat_churn'],
    ['What is my complaint number again?', 'threat_complaint'],
    ['I first saw your shop on Instagram.', 'threat_complaint'],
    ['This useless charger broke again.', 'abusive'],
  ])('%s does not raise %s', (text, signal) => {
    expect(raised(text)).not.toContain(signal);
  });
});
