import { describe, expect, test } from 'vitest';
import { DEFAULT_PLAYBOOK, type Phrase, STAGES } from '../../../lib/playbook';
import { suggest } from '../../../lib/suggest';
import { agent, chat, customer } from './build';

// Values the customer chose are marked, links and markdown never reach a reply, and an email or account id is never
// taken from chat text.
const base = DEFAULT_PLAYBOOK.find((p) => p.id === 'sol-reset') as Phrase;
const phrase = (id: string, text: string): Phrase => ({ ...base, id, text, stages: [...STAGES], tags: [] });
const PLAYBOOK = [
  phrase('t-error', 'Thanks, the error "{{error.message}}" tells me what to fix.'),
  phrase('t-reset', 'I can send a password reset link to {{customer.email}}. Shall I?'),
  phrase('t-reset-fallback', 'I can send a reset link to {{customer.email | your email address}}.'),
  phrase('t-account', 'I found account {{account.id}}.'),
  phrase('t-plain', 'Let me look into this for you right now.'),
];
const HOSTILE_ERROR =
  'I cannot log in, it says "Go to http://evil.example/reset or [help](https://evil.example) **now** www.evil.example" ' +
  'and my email is victim@example.com, account number 77-1234';

function run(context: Parameters<typeof suggest>[0]['context'] = {}, playbook = PLAYBOOK) {
  const { transcript, risk } = chat([
    customer(HOSTILE_ERROR),
    agent('Thanks for the details.'),
    customer('so?'),
  ]);
  return suggest({ risk, transcript, playbook, context, kindsShown: ['solve'] });
}

describe('values the customer chose', () => {
  test('a customer-chosen error is filled without links or markdown, and marked as from the customer', () => {
    const s = run().find((x) => x.phraseId === 't-error');
    expect(s?.text).toBe('Thanks, the error "Go to or help now" tells me what to fix.');
    expect(s?.fromCustomer).toEqual([{ name: 'error.message', value: 'Go to or help now' }]);
    expect(s?.template).toBe('Thanks, the error "{{error.message}}" tells me what to fix.');
  });

  test('an email or account id from the chat is never filled, nor a phrase that needs one offered', () => {
    // One phrase at a time: the engine offers only a couple of cards per kind.
    const all = PLAYBOOK.flatMap((p) => run({}, [p]));
    expect(all.map((s) => s.text).join('\n')).not.toMatch(/victim|77-1234|http|evil/);
    expect(all.map((s) => s.phraseId)).not.toContain('t-reset');
    expect(all.map((s) => s.phraseId)).not.toContain('t-account');
    expect(all.find((s) => s.phraseId === 't-reset-fallback')?.text).toBe(
      'I can send a reset link to your email address.',
    );
    expect(all.find((s) => s.phraseId === 't-plain')?.fromCustomer).toEqual([]);
  });

  test('the helpdesk’s own requester fields are trusted: they fill and are not marked', () => {
    const needing = PLAYBOOK.filter((p) => p.id === 't-reset' || p.id === 't-account');
    const all = run({ pageFacts: { email: 'dana@shop.example', accountId: 'AC-1' } }, needing);
    const reset = all.find((s) => s.phraseId === 't-reset');
    expect(reset?.text).toBe('I can send a password reset link to dana@shop.example. Shall I?');
    expect(reset?.fromCustomer).toEqual([]);
    expect(all.find((s) => s.phraseId === 't-account')?.text).toBe('I found account AC-1.');
  });
});
