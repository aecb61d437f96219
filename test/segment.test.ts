import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.js';

const texts = (t: string, kind?: string) => segment(t).filter((s) => !kind || s.kind === kind).map((s) => s.text);

describe('segment', () => {
  it('does not split after abbreviations, initials and dotted acronyms', () => {
    const t = 'Talks began on Dec. 8 in St. Louis, Mr. Lee said. The U.S. envoy arrived on Nov. 27. B. Assad left.';
    expect(texts(t)).toEqual(['Talks began on Dec. 8 in St. Louis, Mr. Lee said.', 'The U.S. envoy arrived on Nov. 27.', 'B. Assad left.']);
  });

  it('ends a sentence inside parentheses or quotes', () => {
    const t = 'They met on Sunday (Dec. 8). Then they left. "We are done." He smiled.';
    expect(texts(t)).toEqual(['They met on Sunday (Dec. 8).', 'Then they left.', '"We are done."', 'He smiled.']);
  });

  it('ends headlines and captions at a line break', () => {
    const t = 'Storm hits coast\n\nA storm hit the coast on Monday.\nResidents flee flooded homes\nThe river rose.';
    expect(texts(t)).toEqual(['Storm hits coast', 'A storm hit the coast on Monday.', 'Residents flee flooded homes', 'The river rose.']);
    expect(segment(t)[0]!.kind).toBe('headline');
  });

  it('joins hard-wrapped lines of one paragraph', () => {
    const t = 'The minister said that the plan would\nbe delayed until spring.';
    expect(texts(t)).toEqual(['The minister said that the plan would\nbe delayed until spring.']);
  });

  it('splits bullets and | separators', () => {
    const t = '• Rebels took the city • Troops withdrew | Talks resume';
    expect(texts(t)).toEqual(['Rebels took the city', 'Troops withdrew', 'Talks resume']);
  });

  it('tells furniture from text, keeping the headline after an "Also read |" label', () => {
    const t = 'Connect with us\nTrending\nAlso read | Minister resigns over leak: party\nThe minister resigned.\n(With inputs from agencies)';
    const s = segment(t);
    expect(s.filter((x) => x.kind === 'furniture').map((x) => x.text)).toEqual(['Connect with us', 'Trending', 'Also read |', '(With inputs from agencies)']);
    expect(s.find((x) => x.text.startsWith('Minister'))!.kind).toBe('headline');
  });

  it('splits photo credits off captions', () => {
    const t = 'Fans celebrate in the square (Picture: AP)\nThe team won.';
    const s = segment(t);
    expect(s.map((x) => [x.kind, x.text])).toEqual([
      ['caption', 'Fans celebrate in the square'],
      ['furniture', '(Picture: AP)'],
      ['text', 'The team won.'],
    ]);
  });

  it('recognises an embedded post and its author', () => {
    const t = 'Intro text here.\nThe dam has burst near the village pic.twitter.com/AbC123 — River Watch (@riverwatch) May 3, 2025\nMore text.';
    const s = segment(t);
    const post = s.find((x) => x.kind === 'post')!;
    expect(post.text).toBe('The dam has burst near the village');
    expect(post.postAuthor).toBe('River Watch');
    expect(s.some((x) => x.kind === 'furniture' && x.text.includes('@riverwatch'))).toBe(true);
  });

  it('keeps offsets exact through Arabic script and emoji', () => {
    const t = '🚒 عاجل: خبر 🌧️ Crews rescued four people. Water rose 😮.';
    for (const s of segment(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('starts after front matter', () => {
    const t = '---\ntitle: X\n---\nPolice arrested two men.';
    const s = segment(t, t.indexOf('Police'));
    expect(s.map((x) => x.text)).toEqual(['Police arrested two men.']);
  });
});
