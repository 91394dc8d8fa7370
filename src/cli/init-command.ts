import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isIsoDay } from '../dates/index.js';
import { SafetynetError } from '../errors/index.js';
import type { Command } from './commands.js';
import { changelogMd, type InitSettings, packYaml, scenarioYaml } from './init-files.js';
import { packageName } from './package-name.js';

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** `safetynet init <city>`: a new city's pack skeleton, one scenario and a changelog, under `policies/`. */
export const initCommand: Command = {
  summary: 'start a new city: a pack skeleton with sources, one scenario test and a CHANGELOG',
  usage: 'safetynet init <city-id> [--zh 名称] [--en Name] [--extends cn] [--from YYYY-MM-DD] [--dir policies]',
  examples: [
    'safetynet init nanyang --zh 南阳市 --en Nanyang',
    'safetynet init luoyang --dir my-policies --from 2026-01-01',
  ],
  options: {
    zh: { type: 'string', value: '<名称>', description: 'the name in Chinese', default: 'the id' },
    en: { type: 'string', value: '<Name>', description: 'the name in English', default: 'the id, capitalised' },
    extends: { type: 'string', value: '<id>', description: 'the pack it extends', default: 'cn' },
    from: {
      type: 'string',
      value: '<YYYY-MM-DD>',
      description: 'first day of the (unknown) standard the skeleton starts with',
      default: 'January 1 of this year',
    },
    dir: { type: 'string', value: '<dir>', description: 'the policies directory', default: 'policies' },
  },
  run(args, v, io) {
    const id = args[0];
    if (args.length !== 1 || !id)
      throw new SafetynetError('usage', 'init takes one city id, e.g. safetynet init xinyang');
    if (!ID.test(id))
      throw new SafetynetError('usage', `"${id}" is not a pack id: lowercase letters, digits and hyphens`);
    const from = (v.from as string | undefined) ?? `${io.today.slice(0, 4)}-01-01`;
    if (!isIsoDay(from)) throw new SafetynetError('usage', '--from must be YYYY-MM-DD');
    const root = (v.dir as string | undefined) ?? 'policies';
    const dir = join(root, id);
    if (existsSync(join(dir, 'pack.yaml')))
      throw new SafetynetError('usage', `${join(dir, 'pack.yaml')} exists already`);
    const settings: InitSettings = {
      id,
      nameZh: (v.zh as string | undefined) ?? id,
      nameEn: (v.en as string | undefined) ?? id[0]!.toUpperCase() + id.slice(1),
      parent: (v.extends as string | undefined) ?? 'cn',
      from,
      today: io.today,
      schemaDir: join(relative(dir, '.') || '.', 'node_modules', packageName(), 'schema').replace(/\\/g, '/'),
    };
    mkdirSync(join(dir, 'tests'), { recursive: true });
    const files: [string, string][] = [
      [join(dir, 'pack.yaml'), packYaml(settings)],
      [join(dir, 'tests', 'dibao.yaml'), scenarioYaml(settings)],
      [join(dir, 'CHANGELOG.md'), changelogMd(settings)],
    ];
    for (const [file, text] of files) {
      writeFileSync(file, text);
      io.out(`wrote ${file}`);
    }
    io.out(`next: fill in the sources and the standard, then safetynet validate ${dir} && safetynet test ${dir}`);
    return 0;
  },
};
