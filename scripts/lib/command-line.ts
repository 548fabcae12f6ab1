/**
 * A script's arguments, read the same way by every script: `--help` prints
 * the usage and exits 0; an unknown or malformed argument prints what is
 * wrong and the usage, and exits 2, without a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function parseCommandLine<T extends ParseArgsConfig>(
  command: string,
  usage: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  const withHelp = {
    ...config,
    options: { ...config.options, help: { type: 'boolean', short: 'h', default: false } },
  } as T;
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(withHelp);
  } catch (error) {
    console.error(`${command}: ${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}
