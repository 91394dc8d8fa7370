import { writeFileSync } from 'node:fs';
import { renderPolicyBook } from '../render/index.js';
import type { Command } from './commands.js';
import { FLAGS } from './flags.js';
import { notePack } from './notice.js';
import { resolvePackArg } from './pack-arg.js';
import { SafetynetError } from '../errors/index.js';

/**
 * `safetynet doc <pack> [--html] [--lang both|zh|en] [--out file]`: the pack's policy book, for review
 * meetings and pull requests.
 */
export const docCommand: Command = {
  summary: 'write the policy book of a pack (Markdown, or one HTML page) for review meetings and pull requests',
  usage: 'safetynet doc <pack id|dir> [--html] [--lang both|zh|en] [--out file]',
  examples: [
    'safetynet doc chengdu > chengdu.md',
    'safetynet doc policies/zhongshan --html --out zhongshan.html',
    'safetynet doc qingyang --lang zh',
  ],
  options: {
    html: {
      type: 'boolean',
      description: 'one self-contained HTML page (styles inline, no scripts) instead of Markdown',
    },
    lang: { ...FLAGS.lang, value: '<both|zh|en>', description: 'language of the book', default: 'both' },
    out: { type: 'string', value: '<file>', description: 'write the book to this file', default: 'standard output' },
  },
  run(args, v, io) {
    const lang = (v.lang as string | undefined) ?? 'both';
    if (lang !== 'both' && lang !== 'zh' && lang !== 'en')
      throw new SafetynetError('usage', '--lang must be both, zh or en');
    if (args.length !== 1) throw new SafetynetError('usage', 'doc takes one pack: a bundled id or a pack directory');
    const arg = resolvePackArg(args[0]!);
    notePack(io, arg);
    const book = renderPolicyBook(arg.pack, { format: v.html ? 'html' : 'markdown', lang });
    if (v.out) {
      writeFileSync(v.out as string, book);
      io.err(`wrote ${v.out as string}`);
    } else io.write(book);
    return 0;
  },
};
