import { extract } from './dist/index.js';
const words = [...new Set([...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Function.prototype)])];
console.log(words.join(' '));
const tpl = [w=>`The ${w} went bankrupt on Monday.`, w=>`McLaren clinched the ${w}s' title, the Dutch driver said.`, w=>`${w} said the Dutch ${w} would ${w} in ${w[0].toUpperCase()+w.slice(1)} City.`, w=>`"We will ${w}," ${w[0].toUpperCase()+w.slice(1)} told the ${w} Ministry.`, w=>`The ${w} ${w}s ${w}ed.`, w=>`${w[0].toUpperCase()+w.slice(1)} ${w[0].toUpperCase()+w.slice(1)}, the ${w}'s president, said.`];
let bad=0;
for (const w of words) for (const t of tpl) {
  const text = t(w);
  try {
    const r = extract([{ id: w, text, published: '2025-01-06' }]);
    const s = JSON.stringify(r);
    for (const c of r.claims) { if (typeof c.verb !== 'string' || typeof c.what !== 'string') { console.log('BADFIELD', w, text, c); bad++; }
      if ([...text].slice(c.start,c.end).join('') !== c.text) { console.log('SPAN', w, text); bad++; } }
    if (/native code|function /.test(s)) { console.log('FN', w, text, s.slice(0,300)); bad++; }
  } catch (e) { console.log('EXC', w, text, e.message); bad++; }
}
console.log('bad', bad);
