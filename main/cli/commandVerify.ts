import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { scanInputs } from '../catalog/scanInputs.js';
import { textServices } from '../export/textServices.js';
import type { Translate } from '../i18n/translate.js';
import { verifyExport } from '../verify/verifyExport.js';
import { EXIT_INCOMPLETE, EXIT_OK, UsageError } from './usage.js';

/** `deid verify <export-dir> --against <file-or-folder>... [--json] [--show-values]` */
export async function commandVerify(args: string[], t: Translate): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      against: { type: 'string', multiple: true, short: 'a' },
      json: { type: 'boolean' },
      'show-values': { type: 'boolean' },
      lang: { type: 'string' },
    },
  });
  const [exportDir, ...rest] = positionals;
  if (!exportDir || !existsSync(exportDir) || !statSync(exportDir).isDirectory()) throw new UsageError(t('cli.verify.noExport'));
  const against = [...(values.against ?? []), ...rest];
  if (against.length === 0) throw new UsageError(t('cli.verify.noSources'));
  const scan = await scanInputs(against);
  const text = textServices();
  const result = verifyExport(exportDir, scan.objects.map((o) => o.path), { isSafeWord: text.isSafeWord, ignore: text.ignoredValues });
  if (values.json) {
    const hits = values['show-values'] ? result.hits : result.hits.map(({ text: _text, ...hit }) => hit);
    process.stdout.write(`${JSON.stringify({ ...result, hits }, null, 2)}\n`);
  } else {
    for (const h of result.hits) {
      const shown = values['show-values'] ? ` "${h.text}"` : '';
      process.stdout.write(
        `${t('cli.verify.hit', { file: h.inPath ? t('cli.verify.inPath', { file: h.file }) : h.file, kind: t(`cli.kind.${h.kind}`), where: h.where })}${shown}\n`,
      );
    }
    process.stdout.write(
      `${t(result.passed ? 'cli.verify.passed' : 'cli.verify.failed', { identifiers: result.identifiersChecked, files: result.filesScanned, hits: result.hits.length })}\n`,
    );
  }
  return result.passed ? EXIT_OK : EXIT_INCOMPLETE;
}
