import { describe, expect, it } from 'vitest';
import { RULES, extractText } from '../src/index.js';
import { cli } from './helpers.js';

const TEXT = 'Crowds stormed the palace in Velmora and looted its gardens on Sunday, officials in Ardenne said.';
const verbs = (off?: string[]): string[] => extractText(TEXT, { published: '2031-05-06' }, off ? { rulesOff: off } : {}).claims.map((c) => `${c.verb}:${c.who?.text ?? '-'}`);

describe('the claim rules', () => {
  it('are listed once each, with their pass, a description and an example', () => {
    expect(RULES.length).toBeGreaterThan(40);
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(r.description.length).toBeGreaterThan(10);
      expect(r.example.length).toBeGreaterThan(5);
    }
    expect(new Set(RULES.map((r) => r.pass))).toEqual(new Set(['finite', 'subjects', 'extents', 'objects', 'negation', 'attribution', 'kinds', 'placesAndTimes', 'coref']));
  });

  it('can be switched off one at a time: without coordination, "looted" has no subject and is dropped', () => {
    expect(verbs()).toEqual(['storm:Crowds', 'loot:Crowds', 'say:officials in Ardenne']);
    expect(verbs(['coordinated-verb'])).toEqual(['storm:Crowds', 'say:officials in Ardenne']);
  });

  it('refuse a name that is not a rule', () => {
    expect(() => verbs(['no-such-rule'])).toThrow(/unknown rule: no-such-rule/);
    const r = cli(['extract', '-q', '--format', 'json'], { input: TEXT, env: { CLAIMS_RULES_OFF: 'no-such-rule' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/CLAIMS_RULES_OFF: unknown rule: no-such-rule/);
  });

  it('CLAIMS_RULES_OFF switches rules off in `claims extract`', () => {
    const run = (env: Record<string, string>): string[] => (JSON.parse(cli(['extract', '-q', '--format', 'json'], { input: TEXT, env }).stdout) as { claims: { verb: string }[] }).claims.map((c) => c.verb);
    expect(run({})).toEqual(['storm', 'loot', 'say']);
    expect(run({ CLAIMS_RULES_OFF: 'coordinated-verb' })).toEqual(['storm', 'say']);
  });

  it('CLAIMS_RULES_OFF reaches `claims compare` too, so a rule\'s effect on the groups can be measured', () => {
    const groups = (env: Record<string, string>): string[] => (JSON.parse(cli(['compare', '-q', '--format', 'json'], { input: TEXT, env }).stdout) as { groups: { verb: string }[] }).groups.map((g) => g.verb).sort();
    expect(groups({})).toEqual(['enter', 'say', 'steal']);
    expect(groups({ CLAIMS_RULES_OFF: 'coordinated-verb' })).toEqual(['enter', 'say']);
    const bad = cli(['compare', '-q', '--format', 'json'], { input: TEXT, env: { CLAIMS_RULES_OFF: 'no-such-rule' } });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/CLAIMS_RULES_OFF: unknown rule: no-such-rule/);
  });

  // no development set has a sentence where these two change a claim; news has them all the same
  it('an aside of home town or worth between commas keeps the subject and the clause', () => {
    const claims = (text: string, off: string[] = []): string[] =>
      extractText(text, { published: '2031-05-06' }, { rulesOff: off }).claims.map((c) => `${c.verb}:${c.who?.text ?? '-'}:${c.source?.text ?? '-'}`);
    const town = 'Ana Velo, 45, of Tarnwick, said the fire started at night.';
    expect(claims(town)).toEqual(['say:Ana Velo:-', 'start:the fire:Ana Velo']);
    expect(claims(town, ['aside-home-town'])).toEqual(['say:the fire:-', 'start:the fire:-']);
    const worth = 'The deal, worth $2bn, was signed on Monday in Porto Vell.';
    expect(claims(worth)).toEqual(['sign:The deal:-']);
    expect(claims(worth, ['aside-worth'])).toEqual([]);
  });
});
