/**
 * Whole transcripts for the scenario tests: the engine's own fixtures and the demo helpdesk's conversations (copied
 * into the fixtures as `demo-*.json`, so editing the demo cannot change a test).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { ChatMessage, Role } from '../../../lib/chat';
import type { Fact } from '../../../lib/playbook';
import type { Facts } from '../../../lib/suggest';

export interface Check {
  after: string;
  firstKinds?: string[];
  noKinds?: string[];
  tiers?: number[];
  clarifyWhy?: string;
  refersWithTimeline?: boolean;
  texts?: string[];
  noClarify?: string[];
}

/** A transcript to replay message by message, with what the page shows and which facts the chat gives when. */
export interface Scenario {
  name: string;
  turns: ChatMessage[];
  customerName?: string;
  pageFacts: Facts;
  /** Facts the chat has given once the message with this key is in, by key. */
  knownAfter: Record<string, Fact[]>;
  /** Facts no question may ask for at any point: known from the page, or beside the point for this problem. */
  neverAsk: Fact[];
  /** From this message on, with every offer allowed, at least one card offers money or an exception. */
  offerAfter?: string;
  checks: Check[];
}

const FIXTURES = new URL('../../fixtures/transcripts/', import.meta.url);

type FixtureFile = Partial<Omit<Scenario, 'name'>> & { turns?: ChatMessage[] };

/** Every fixture with turns; `suggest-` ones carry checks. */
export function fixtureScenarios(): Scenario[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, JSON.parse(readFileSync(new URL(f, FIXTURES), 'utf8')) as FixtureFile] as const)
    .filter(([, d]) => Array.isArray(d.turns))
    .map(([name, d]) => ({
      name,
      turns: d.turns ?? [],
      ...(d.customerName ? { customerName: d.customerName } : {}),
      pageFacts: d.pageFacts ?? {},
      knownAfter: d.knownAfter ?? {},
      neverAsk: d.neverAsk ?? [],
      ...(d.offerAfter ? { offerAfter: d.offerAfter } : {}),
      checks: d.checks ?? [],
    }));
}

interface DemoFile {
  subject: string;
  customer: { name: string; email: string };
  history: { from: string; text: string }[];
  script: { from: string; text: string }[];
}

const ROLES: Record<string, Role> = { customer: 'customer', agent: 'agent', bot: 'bot', note: 'internal' };

/**
 * The demo helpdesk's conversations as its pages show them: the requester's name and email in the side panel, the
 * order number in the subject.
 */
export function demoScenarios(): Scenario[] {
  const files = readdirSync(FIXTURES).filter((f) => /^demo-.*\.json$/.test(f));
  return files.map((file) => {
    const d = JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as DemoFile;
    const turns = [...d.history, ...d.script].map((m, i) => ({
      key: `d${i}`,
      role: ROLES[m.from] ?? 'unknown',
      text: m.text,
    }));
    const order = d.subject.match(/#(\w+)/)?.[1];
    const pageFacts: Facts = { email: d.customer.email, ...(order ? { orderId: order } : {}) };
    return {
      name: file,
      turns,
      customerName: d.customer.name,
      pageFacts,
      knownAfter: {},
      // A late parcel and a double charge: nothing about devices, and nothing the page already shows.
      neverAsk: ['device', 'email', 'accountId', ...(order ? (['orderId'] as Fact[]) : [])],
      checks: [],
    };
  });
}
