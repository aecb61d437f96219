/**
 * A generated story for the report's browser test: N invented articles on one invented event
 * (a dam failure in the made-up Orlen valley), each from its own made-up outlet, with front
 * matter, a long headline, facts shared by several outlets, facts only one outlet reports, and
 * casualty figures that disagree. Deterministic: the same N gives the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FIRST = ['Morning', 'Evening', 'Valley', 'Northern', 'Coastal', 'Daily', 'Weekly', 'Lakeside', 'Highland', 'Harbour', 'Central', 'Western'];
const SECOND = ['Herald', 'Courier', 'Ledger', 'Gazette', 'Sentinel', 'Chronicle', 'Tribune', 'Dispatch', 'Observer', 'Standard', 'Bulletin'];
const GIVEN = ['Ilsa', 'Tomas', 'Anouk', 'Corin', 'Yara', 'Edvin', 'Petra', 'Oskar', 'Mira', 'Jonas', 'Lene', 'Bram', 'Saskia'];
const FAMILY = ['Varden', 'Brecht', 'Feld', 'Maddox', 'Quell', 'Holm', 'Lind', 'Rune', 'Stahl', 'Vik', 'Orsted', 'Kallis', 'Tamm', 'Wendt', 'Ruel', 'Ambros', 'Sarto'];
const PLACES = ['Kestrel Falls', 'Orlen Bridge', 'Varn Hollow', 'Tessby', 'Lorvan', 'Millrace', 'Aldmoor', 'Pike Ferry', 'Brenwick', 'Hallow Reach'];
const THINGS = ['school', 'clinic', 'bakery', 'rail depot', 'library', 'sawmill', 'church', 'market hall', 'fire station', 'ferry landing'];

/** Facts several outlets report, in the words each uses. */
const SHARED: string[] = [
  'The Orlen dam collapsed on Saturday after days of heavy rain.',
  'Floodwater swept into Kestrel Falls on Saturday.',
  'Governor Elsa Marwick declared a state of emergency on Sunday.',
  'Rescuers evacuated 4,000 residents from Varn Hollow, according to the fire service.',
  'The army sent helicopters to Orlen Bridge on Sunday.',
  'Engineers had warned about cracks in the dam in 2023, the regional water board said.',
  'The river rose four metres in three hours, the weather service said.',
  'Police closed the main road to Tessby on Saturday night.',
  'The Red Cross opened a shelter in Lorvan on Sunday.',
  'Power failed across Millrace on Saturday.',
  'The governor visited Kestrel Falls on Monday.',
  'Schools in Aldmoor will stay closed until Friday, officials said.',
  'The dam operator, Orlen Hydro, said it would cooperate with investigators.',
  'Farmers lost hundreds of sheep near Pike Ferry.',
  'The prime minister promised emergency funds on Monday.',
  'Volunteers filled sandbags in Brenwick on Sunday.',
  'Water reached the roofs of houses in Hallow Reach.',
  'The rail line between Lorvan and Tessby was washed away.',
  'Fire Chief Odo Brannigan said the search would continue through the night.',
  'The hospital in Kestrel Falls treated dozens of people for injuries.',
  'Prosecutors opened an inquiry into the collapse on Tuesday.',
  'The dam was built in 1962.',
  'Insurers estimated the damage at 300 million euros.',
  'Rescuers pulled a family from a car in Millrace.',
  'The mayor of Tessby asked residents to boil their water.',
  'Divers searched the reservoir on Monday.',
  'A second dam upstream held, the water board said.',
  'The national guard set up a field kitchen in Aldmoor.',
  'Neighbouring countries offered pumps and boats.',
  'The flood destroyed 200 homes in Varn Hollow, the county said.',
  'Trains to the capital were cancelled on Sunday.',
  'The opposition called for the water minister to resign.',
  'Churches in Brenwick collected clothes for the displaced.',
  'The weather service forecast more rain for Wednesday.',
  'Looters broke into shops in Millrace, police said.',
  'The cathedral bells in Lorvan rang for the victims on Sunday.',
  'A bridge over the Orlen river collapsed on Saturday evening.',
  'The central bank said the flood would slow growth.',
  'Mobile networks failed in Hallow Reach for two days.',
  'The football club in Kestrel Falls postponed its match.',
];

/** One figure the outlets give differently. */
const DEATHS = [12, 12, 12, 14, 14, 9];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface StoryArticle {
  file: string;
  outlet: string;
  title: string;
}

/** Write N articles into DIR (created), and say which outlet wrote which file. */
export function writeStory(dir: string, n = 30): StoryArticle[] {
  mkdirSync(dir, { recursive: true });
  const out: StoryArticle[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng(i + 1);
    const outlet = `The ${FIRST[i % FIRST.length]} ${SECOND[(i * 7 + Math.floor(i / FIRST.length)) % SECOND.length]}`;
    const title = `Orlen dam failure floods Kestrel Falls and Varn Hollow as Governor Elsa Marwick orders the evacuation of thousands of residents (${outlet} report ${i + 1})`;
    const day = 14 + (i % 3);
    const body: string[] = [title, ''];
    body.push(`KESTREL FALLS — At least ${DEATHS[i % DEATHS.length]} people were killed when the Orlen dam failed on Saturday, officials said.`);
    body.push('');
    const shared = SHARED.filter(() => r() < 0.45);
    const own: string[] = [];
    for (let k = 0; k < 8; k++) {
      // each article's own witnesses: no two articles share one
      const who = `${GIVEN[(i * 8 + k) % GIVEN.length]} ${FAMILY[Math.floor((i * 8 + k) / GIVEN.length) % FAMILY.length]}`;
      const place = PLACES[Math.floor(r() * PLACES.length)]!;
      const thing = THINGS[Math.floor(r() * THINGS.length)]!;
      own.push(
        [
          `${who}, who runs the ${thing} in ${place}, said the water came in ${k + 2} minutes.`,
          `${who} saw the ${thing} in ${place} flooded to a depth of ${i + k + 1} metres.`,
          `${who} carried ${k + 3} children to the ${thing} on higher ground.`,
          `The ${thing} in ${place} lost its roof, ${who} told reporters.`,
        ][k % 4]!,
      );
    }
    const paras = [...shared, ...own].sort(() => r() - 0.5);
    for (let p = 0; p < paras.length; p += 2) body.push(paras.slice(p, p + 2).join(' '), '');
    const slug = `${outlet.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}-${i + 1}`;
    const file = `${slug}.txt`;
    writeFileSync(join(dir, file), `---\ntitle: ${title}\nsource: ${outlet}\ndate: 2025-06-${day}\n---\n${body.join('\n')}`);
    out.push({ file, outlet, title });
  }
  return out;
}
