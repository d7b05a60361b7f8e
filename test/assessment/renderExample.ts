import { writeFileSync } from 'node:fs';
import { renderAssessmentPdf } from '../../main/assessment/pdf/renderAssessmentPdf.js';
import { LANGUAGES, type Language } from '../../main/i18n/translate.js';
import { exampleSheet } from './exampleSheet.js';

/**
 * Renders the example sheet in a language and writes it to a file, or to standard output when the file is "-".
 * Run in a child process by the determinism test; by hand: vite-node test/assessment/renderExample.ts fi out.pdf
 */
const [language = 'en', file = '-'] = process.argv.slice(2);
if (!(LANGUAGES as readonly string[]).includes(language)) throw new Error(`unknown language ${language}`);
const bytes = await renderAssessmentPdf(exampleSheet(language as Language));
if (file === '-') process.stdout.write(bytes);
else writeFileSync(file, bytes);
