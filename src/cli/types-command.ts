import { writeFileSync } from 'node:fs';
import { SafetynetError } from '../errors/index.js';
import { renderPackTypes } from '../render/index.js';
import type { Command } from './commands.js';
import { notePack } from './notice.js';
import { packageName } from './package-name.js';
import { resolvePackArg } from './pack-arg.js';

/** `safetynet types <pack> [--out file.d.ts] [--module name]`: TypeScript declarations of the pack's names. */
export const typesCommand: Command = {
  summary: "write TypeScript declarations of a pack's names: programme ids, parameter keys, zones, facts",
  usage: 'safetynet types <pack id|dir> [--out file.d.ts] [--module safetynet-cn] [--name Stem]',
  examples: [
    'safetynet types policies/zhongshan --out zhongshan-pack.d.ts',
    'safetynet types chengdu > chengdu-pack.d.ts',
  ],
  options: {
    out: {
      type: 'string',
      value: '<file.d.ts>',
      description: 'write the declarations to this file',
      default: 'standard output',
    },
    module: {
      type: 'string',
      value: '<name>',
      description: 'the module the declarations import PolicyPack from',
      default: 'this package',
    },
    name: {
      type: 'string',
      value: '<Stem>',
      description: 'stem of the type names',
      default: 'the pack id in PascalCase',
    },
  },
  run(args, v, io) {
    if (args.length !== 1) throw new SafetynetError('usage', 'types takes one pack: a bundled id or a pack directory');
    const arg = resolvePackArg(args[0]!);
    notePack(io, arg);
    const text = renderPackTypes(arg.pack, {
      module: (v.module as string | undefined) ?? packageName(),
      ...(v.name ? { name: v.name as string } : {}),
    });
    if (v.out) {
      writeFileSync(v.out as string, text);
      io.err(`wrote ${v.out as string}`);
    } else io.write(text);
    return 0;
  },
};
