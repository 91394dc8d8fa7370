import type { CliIo } from './io.js';
import { describePack, type PackArg, packJson } from './pack-arg.js';

/**
 * States on stderr which pack a command used (id, version, bundled or the file), and warns when `--pack <id>`
 * chose the bundled pack over a different `policies/<id>` in the working directory. Under `--json` each is
 * one JSON line, so stderr stays machine-readable.
 *
 * @param role - for `diff`: which side the pack is
 */
export function notePack(io: CliIo, arg: PackArg, role?: 'old' | 'new'): void {
  const label = role ? `${role} pack` : 'pack';
  if (io.json) io.err(JSON.stringify({ [role ? `${role}Pack` : 'pack']: packJson(arg) }));
  else io.err(io.paint('dim', `${label}: ${describePack(arg)}`));
  if (!arg.shadowed) return;
  const text =
    `${arg.shadowed}/pack.yaml differs from the bundled ${arg.pack.id} ${arg.pack.version} used here; ` +
    `to use it, pass --pack ${arg.shadowed}`;
  if (io.json)
    io.err(JSON.stringify({ warning: { code: 'pack_differs_from_local', path: arg.shadowed, message: text } }));
  else io.err(io.paint('yellow', `warning: ${text}`));
}
