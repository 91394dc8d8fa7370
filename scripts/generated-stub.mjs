// Writes empty registries to src/generated/ when there are none (a fresh clone): embed-policies.ts validates the packs
// with the library's own code, which imports the registry it is about to write. Existing files are left alone.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const HEADER = '// Stub written by scripts/generated-stub.mjs; `npm run generate` replaces it. Do not edit.\n';
const FILES = {
  'src/generated/embedded.ts':
    'export interface EmbeddedPack {\n  readonly id: string;\n  readonly digest: string;\n  readonly parent?: EmbeddedPack;\n  readonly json: string;\n}\n' +
    'export interface EmbeddedCalendar {\n  readonly id: string;\n  readonly json: string;\n}\n',
  'src/generated/bundled.ts':
    "import type { EmbeddedCalendar, EmbeddedPack } from './embedded.js';\n" +
    "export type { EmbeddedCalendar, EmbeddedPack } from './embedded.js';\n" +
    'export type BundledPackId = never;\nexport const BUNDLED_PACK_IDS: readonly BundledPackId[] = [];\n' +
    'export const BUNDLED_CALENDAR_IDS: readonly string[] = [];\n' +
    'export const EMBEDDED_PACKS: Readonly<Record<string, EmbeddedPack>> = {};\n' +
    'export const EMBEDDED_CALENDARS: Readonly<Record<string, EmbeddedCalendar>> = {};\n',
  // scripts/errors-doc.ts writes the union of every catalogue's codes.
  'src/generated/issue-codes.ts': 'export type IssueCode = string;\n',
};

mkdirSync('src/generated', { recursive: true });
for (const [path, text] of Object.entries(FILES)) if (!existsSync(path)) writeFileSync(path, HEADER + text);
