import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { readPaths } from '../src/read/index.js';
import { segment } from '../src/segment/index.js';
import { root } from './helpers.js';

const dir = join(root, 'fixtures', 'gallery');
const claimsOf = (file: string) => extract(readPaths([join(dir, file)]).docs).claims;
const kinds = (t: string) => segment(t).map((s) => [s.kind, s.text]);

describe('photo-gallery furniture yields no claims', () => {
  it('a CNN-style gallery (title, captions with "Hide Caption N of M", counters, credits): only the story\'s claims', () => {
    const claims = claimsOf('storm-gallery.txt');
    const texts = claims.map((c) => c.text).join('\n');
    // the story's own sentences still give their claims
    expect(claims.some((c) => c.who?.text === 'Mayor Tilda Brennock' && c.verb === 'say')).toBe(true);
    expect(claims.some((c) => c.who?.text === 'The weather service' && c.verb === 'warn')).toBe(true);
    // no claim from the gallery's title, slides, counter, buttons or credits
    for (const junk of ['Storms batter the Calder Valley\n', 'firefighter inspects', 'Floodwater', 'Residents of Marrowby', 'Hide Caption', '1 of 12', 'AP Photo', 'Getty', 'Ruta Kell', 'Pell Andersen']) {
      expect(texts + '\n').not.toContain(junk);
    }
    // the gallery title repeats the headline: one claim of it, from the headline only
    expect(claims.filter((c) => c.verb === 'batter').map((c) => c.sentence)).toEqual([0]);
  });

  it('counter-first slides, an "In pictures:" title and a credit line', () => {
    const claims = claimsOf('harbour-gallery.txt');
    const texts = claims.map((c) => c.text).join('\n');
    for (const junk of ['Smoke rises', 'Firefighters spray', 'Onlookers', 'Fire on the quayside', 'Odile Marsh']) expect(texts).not.toContain(junk);
    expect(claims.some((c) => c.verb === 'destroy')).toBe(true);
    expect(claims.some((c) => c.text.startsWith('nobody had been inside'))).toBe(true);
  });

  it('segments each kind of gallery line as furniture, and keeps the caption before a trailing credit', () => {
    const t = readFileSync(join(dir, 'storm-gallery.txt'), 'utf8');
    const k = kinds(t);
    for (const line of ['1 of 12', 'Hide Caption', 'Photos: The damage in pictures', 'AP Photo/Ruta Kell', 'Ruta Kell/AP Photo', 'Photo: Pell Andersen/Getty Images', 'Ruta Kell/Getty Images']) {
      expect(k).toContainEqual(['furniture', line]);
    }
    expect(k).toContainEqual(['caption', 'Workers repair a power line outside Oskin Falls.']);
    expect(k).toContainEqual(['caption', 'A boy wades through a flooded street in Wendle Cross.']);
  });

  it('leaves ordinary sentences with "N of M", "Photo:" captions and slashes alone', () => {
    const t = 'Voters backed the plan.\nThe council approved it by 9 of 12 votes.\n3 of 12 victims were children, the coroner said.\nPhoto: a crane lifts the bridge deck into place\nThe road/rail link opens in May.';
    const k = kinds(t);
    expect(k.filter(([kind]) => kind === 'furniture')).toEqual([['furniture', 'Photo:']]);
  });
});
