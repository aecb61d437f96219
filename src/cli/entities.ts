/** `claims entities`: the canonical entities of the articles (the extract run, printing its entity table). */
import type { Command } from 'commander';
import { addCommon, addScale, type CommonOptions, type Io } from './common.js';
import { runExtract } from './extract.js';

/** Adds `claims entities` to the program. */
export function registerEntities(program: Command, io: Io, setExit: (code: number) => void): void {
  const en = program
    .command('entities')
    .description('print the canonical entities (name, type, aliases, mentions, articles)')
    .argument('[paths...]', 'article files or directories; "-" for stdin');
  addScale(addCommon(en))
    .addHelpText('after', `\nExamples:\n  $ claims entities articles/\n  $ claims entities articles/ --format csv -o entities.csv\n`)
    .action(async (paths: string[], o: CommonOptions) => setExit(await runExtract(io, paths, o, 'entities')));
}
