import { parseArgs, USAGE } from './args';
import { runClean } from './clean';
import { runExtract } from './extract';
import { processIo, type Io } from './io';

const COMMANDS = { extract: runExtract, clean: runClean } as const;

/** The CLI: returns the exit code (0 ok, 1 a file failed, 2 bad usage). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.help || argv.length === 0) {
    io.out(USAGE);
    return 0;
  }
  if (args.error) {
    io.err(`tidy-news: ${args.error}\n\n${USAGE}`);
    return 2;
  }
  const run = args.command && Object.hasOwn(COMMANDS, args.command) ? COMMANDS[args.command as keyof typeof COMMANDS] : null;
  if (!run) {
    io.err(`tidy-news: unknown command ${args.command ?? ''}\n\n${USAGE}`);
    return 2;
  }
  if (args.files.length === 0) {
    io.err(`tidy-news ${args.command}: no FILE given\n\n${USAGE}`);
    return 2;
  }
  return run(args.files, { url: args.url, json: args.json }, io);
}
