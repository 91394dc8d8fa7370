import { InputError } from '../errors/index.js';
import { type CliIo, readTextFile } from './io.js';
import { schemaIssue as cliIssue } from '../schema/index.js';

/** Reads a JSON document from a file or from standard input (`-`). @throws {InputError} `json_invalid` */
export function readJsonArg(arg: string, io: CliIo): unknown {
  const text = arg === '-' ? io.readStdin() : readTextFile(arg);
  try {
    return JSON.parse(text);
  } catch (e) {
    const reason = (e as Error).message;
    throw new InputError('json_invalid', `${arg === '-' ? 'stdin' : arg} is not valid JSON: ${reason}`, [
      { ...cliIssue('json_invalid', [], { reason }), file: arg },
    ]);
  }
}
