import { createTranslator, languageFrom } from '../i18n/translate.js';
import { PlanError } from '../plan/loadPlan.js';
import { PEITTO_VERSION } from '../version.js';
import { commandAssessment } from './commandAssessment.js';
import { commandExport } from './commandExport.js';
import { commandInspect } from './commandInspect.js';
import { commandPlan } from './commandPlan.js';
import { commandVerify } from './commandVerify.js';
import { EXIT_OK, EXIT_USAGE, UsageError } from './usage.js';

/** The language option may come anywhere on the line; it is read before any message is printed. */
function languageArgument(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
}

/** The `deid` command line. Returns the exit code: 0 done, 1 incomplete (refusals, failures, hits), 2 usage. */
export async function main(argv: readonly string[]): Promise<number> {
  const t = createTranslator(languageFrom(languageArgument(argv)));
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'export':
        return await commandExport(args, t);
      case 'inspect':
        return await commandInspect(args, t);
      case 'verify':
        return await commandVerify(args, t);
      case 'plan':
        return commandPlan(args, t);
      case 'assessment':
        return commandAssessment(args, t);
      case '--version':
      case '-v':
        process.stdout.write(`deid (Peitto) ${PEITTO_VERSION}\n`);
        return EXIT_OK;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${t('cli.help')}\n`);
        return command === undefined ? EXIT_USAGE : EXIT_OK;
      default:
        throw new UsageError(t('cli.unknownCommand', { command }));
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof PlanError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`deid: ${(error as Error).message}\n${t('cli.seeHelp')}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
