import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CT_LABEL, DEMO_TATTOO, DEMO_US_BAND, ensureDemoStudy } from '../../main/demo/generateDemoStudy.js';
import { ASSESSMENT_SCHEMA_ID } from '../../main/assessment/assessmentSchema.js';
import { scanInputs } from '../../main/catalog/scanInputs.js';
import { checkAssessmentDocument } from '../../main/cli/commandAssessment.js';
import { AssessmentBlockedError, runExport } from '../../main/export/runExport.js';
import { DEFAULT_PLAN, type Plan } from '../../main/plan/plan.js';
import { EXPLICIT_VR_LITTLE_ENDIAN, el, encodePart10 } from '../fixtures/encoder/index.js';
import { haveTools } from '../support/environment.js';
import { checkSheetText } from '../support/sheetText.js';

/**
 * The assessment as the export enforces and documents it, on the demo study (one patient: a thin head CT with a
 * burned-in label, an arm photograph with a tattoo, an ultrasound with a banner) plus an encapsulated PDF.
 */
const work = mkdtempSync(join(tmpdir(), 'peitto-assess-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let demo = '';
let extra = '';
let n = 0;
const fresh = (): string => join(work, `out${++n}`);

beforeAll(async () => {
  demo = await ensureDemoStudy(join(work, 'data'));
  extra = join(work, 'extra');
  mkdirSync(extra);
  const pdf = encodePart10(
    [el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.104.1'), el(0x00080018, 'UI', '1.2.3.4.99'), el(0x00420011, 'OB', new TextEncoder().encode('%PDF-1.4'))],
    { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN },
  );
  writeFileSync(join(extra, 'report.dcm'), pdf);
});

/** The seriesInstanceUIDs of the demo's series folders, read back from a blocked export's problem list is awkward: use the plan's device rules. */
function decidedPlan(overrides: Partial<Plan['assessment']> = {}): Plan {
  return {
    ...DEFAULT_PLAN,
    masks: [
      { rule: { modality: 'US', rows: 480, columns: 640 }, shapes: [{ type: 'rectangle', ...DEMO_US_BAND, category: 'burned-in-text' }] },
      { rule: { modality: 'XC' }, shapes: [{ type: 'rectangle', ...DEMO_TATTOO, category: 'tattoo' }] },
      { rule: { modality: 'CT' }, shapes: [{ type: 'rectangle', ...DEMO_CT_LABEL, category: 'burned-in-text' }] },
    ],
    assessment: {
      ...DEFAULT_PLAN.assessment,
      recipientName: 'Research group of Dr Example, permit 123/2026',
      organisation: 'Example Hospital imaging',
      operator: 'Radiographer A',
      reviewer: 'Physicist B',
      reference: 'THL/123/2026',
      decisions: [
        { risk: 'face-shape', scope: 'all', decision: 'accepted', justification: 'head volume needed; secure environment only' },
        { risk: 'face', scope: 'all', decision: 'not-present', justification: 'the photograph shows a forearm only' },
        { risk: 'tattoo', scope: 'all', decision: 'masked', justification: 'the tattoo is covered by a mask' },
        { risk: 'burned-in-text', scope: 'all', decision: 'masked', justification: 'labels masked' },
        { risk: 'amount-of-data', scope: 'all', decision: 'accepted', justification: 'one study of one person' },
      ],
      fieldJustifications: { ageBand: 'age matters for the finding' },
      ...overrides,
    },
  };
}

interface AssessmentJson {
  release: { recipientName: string; reference: string; status: string };
  data: { refused: { reason: string; sopClass: string }[]; supplementaryFields: { field: string }[]; ageBand?: unknown };
  risks: { risk: string; raised: boolean; decision?: string; justification?: string }[];
  smallNumbers: { violations: number; applied?: { withheldFields: string[] } };
}

describe('the assessment in an export', () => {
  it('does not start while a raised risk has no decision, naming each object and risk, and writes nothing', async () => {
    const out = fresh();
    const error = await runExport({ inputs: [demo], outDir: out, plan: DEFAULT_PLAN }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessmentBlockedError);
    const problems = (error as AssessmentBlockedError).problems;
    const risksOf = (folder: string) => new Set(problems.filter((p) => p.includes(`/${folder}/`)).map((p) => /risk '([^']+)'/.exec(p)?.[1]));
    expect(risksOf('CT')).toEqual(new Set(['face-shape', 'burned-in-text']));
    expect(risksOf('PHOTO')).toEqual(new Set(['face', 'tattoo', 'burned-in-text']));
    expect(risksOf('US')).toEqual(new Set(['burned-in-text']));
    // Every CT slice is named on its own, once per undecided risk.
    expect(problems.filter((p) => p.includes('/CT/')).length).toBe(2 * readdirSync(join(demo, 'CT')).length);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('blocks a patient identifier typed as a finding class', async () => {
    const series = (await scanInputs([demo])).objects[0]!.seriesInstanceUid;
    const base = decidedPlan();
    const plan: Plan = { ...base, supplementary: { ...base.supplementary, findingClasses: [{ seriesInstanceUID: series, findingClass: 'DEMO-0001 follow-up' }] } };
    const error = await runExport({ inputs: [demo], outDir: fresh(), plan }).catch((e: unknown) => e);
    // The patient's ID, and in it the patient's surname (the demo patient is called DEMO^PATIENT).
    expect((error as AssessmentBlockedError).problems).toEqual([expect.stringMatching(/^supplementary\.findingClasses\[0\]\.findingClass contains \d identifying value\(s\) of the sources \(id, name/)]);
  });

  it('blocks a patient identifier typed into the assessment texts, but lets the operator name the institution and its staff', async () => {
    const out = fresh();
    const error = await runExport({ inputs: [demo], outDir: out, plan: decidedPlan({ reference: 'case DEMO-0001' }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessmentBlockedError);
    expect((error as AssessmentBlockedError).problems).toEqual([expect.stringMatching(/^assessment\.reference contains \d identifying value\(s\) of the sources \(id, name/)]);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    // The demo names its institution DEMO HOSPITAL and its referrer DEMO^REFERRER: an organisation and a reviewer
    // named so are not the patient's data (but "Demo" alone is: the demo patient's surname). The patient's ID in
    // the operator field is.
    const staff = decidedPlan({ organisation: 'Hospital, imaging', reviewer: 'Referrer' });
    await expect(runExport({ inputs: [demo], outDir: fresh(), plan: staff })).resolves.toMatchObject({ status: 'complete' });
    const patient = await runExport({ inputs: [demo], outDir: fresh(), plan: decidedPlan({ operator: 'Nurse DEMO-0001' }) }).catch((e: unknown) => e);
    expect((patient as AssessmentBlockedError).problems).toEqual([expect.stringMatching(/^assessment\.operator contains \d identifying value/)]);
  });

  describe('with every raised risk decided', () => {
    let out = '';
    let sheet: AssessmentJson;
    beforeAll(async () => {
      out = fresh();
      const result = await runExport({ inputs: [demo, extra], outDir: out, plan: decidedPlan() });
      expect(result.verification.passed).toBe(true);
      expect(result.refused.map((r) => r.reason)).toEqual(['encapsulated-pdf']);
      sheet = JSON.parse(readFileSync(join(out, 'assessment.json'), 'utf8')) as AssessmentJson;
    });

    it('follows the published schema, and the schema rejects a file with a field it does not know', () => {
      const document = JSON.parse(readFileSync(join(out, 'assessment.json'), 'utf8')) as Record<string, unknown>;
      expect(document.$schema).toBe(ASSESSMENT_SCHEMA_ID);
      expect(checkAssessmentDocument(document)).toEqual([]);
      const tampered = { ...document, release: { ...(document.release as object), patientName: 'DOE^JANE' } };
      expect(checkAssessmentDocument(tampered)).toEqual(['release: must NOT have additional properties']);
    });

    it('documents the recipient, the refused objects by code and every checklist line with its decision', () => {
      expect(sheet.release).toMatchObject({ recipientName: 'Research group of Dr Example, permit 123/2026', reference: 'THL/123/2026', status: 'complete' });
      expect(sheet.data.refused).toEqual([{ number: 1, sopClass: 'Encapsulated PDF Storage', reason: 'encapsulated-pdf' }]);
      const decisionOf = (risk: string) => sheet.risks.filter((r) => r.risk === risk).map((r) => r.decision);
      expect(decisionOf('face-shape')).toEqual(['accepted']);
      expect(decisionOf('tattoo')).toEqual(['masked']);
      expect(sheet.risks.find((r) => r.risk === 'amount-of-data')).toMatchObject({ raised: false, decision: 'accepted', justification: 'one study of one person' });
      expect(sheet.risks.find((r) => r.risk === 'dental')).toMatchObject({ raised: false });
    });

    it('withholds every general field of a single person (small numbers) and says so, in the sheet and the manifest', () => {
      expect(sheet.smallNumbers.violations).toBeGreaterThan(0);
      expect(sheet.smallNumbers.applied?.withheldFields.slice().sort()).toEqual(['ageBand', 'bodyPart', 'modality', 'sex']);
      expect(sheet.data.supplementaryFields).toEqual([]);
      expect(sheet.data.ageBand).toBeUndefined();
      const header = readFileSync(join(out, 'manifest.csv'), 'utf8').split(/\r?\n/)[0];
      expect(header).toBe('file,patient,study,series,sop_class,frames');
    });

    it.runIf(haveTools('pdftotext'))('prints the eight sections, the recipient, the refusal reason and the decisions in assessment.pdf, and no identifier of the sources', async () => {
      const sources = (await scanInputs([demo, extra])).objects.map((o) => o.path);
      const text = checkSheetText(out, sources);
      expect(text).toContain('Research group of Dr Example, permit 123/2026');
      expect(text).toContain('An encapsulated PDF document, whose text and images cannot be checked.');
      expect(text).toContain('one study of one person');
      expect(text).not.toMatch(/DEMO\^?PATIENT|DEMO-0001/);
    });
  });

  it.runIf(haveTools('pdftotext'))('writes the sheet in the plan language, with the age grouping of a released age band', async () => {
    const out = fresh();
    const series = [...new Set((await scanInputs([demo])).objects.map((o) => o.seriesInstanceUid))];
    const base = decidedPlan({ language: 'fi', smallNumbersOverride: { justification: 'yksi henkilö, luvan ehdot sallivat' } });
    const plan: Plan = {
      ...base,
      supplementary: { ...base.supplementary, fields: [...base.supplementary.fields, 'findingClass'], findingClasses: series.map((s) => ({ seriesInstanceUID: s, findingClass: 'normaali' })) },
    };
    await runExport({ inputs: [demo, extra], outDir: out, plan });
    const sheet = JSON.parse(readFileSync(join(out, 'assessment.json'), 'utf8')) as AssessmentJson;
    expect(checkAssessmentDocument(sheet)).toEqual([]);
    expect(sheet.data.ageBand).toEqual({ width: 10, topCode: 90 });
    const text = checkSheetText(out, (await scanInputs([demo, extra])).objects.map((o) => o.path), 'fi');
    expect(text).toContain('Vastaanottajan nimi');
    expect(text).toContain('10 vuoden ryhmät; 90 vuotta täyttäneet yhtenä ryhmänä');
    const [header, first] = readFileSync(join(out, 'manifest.csv'), 'utf8').split(/\r?\n/);
    expect(header).toBe('file,patient,study,series,sop_class,frames,age_band,sex,modality,body_part,finding_class');
    expect(first).toMatch(/,50-59,F,CT,HEAD,normaali$/);
  });
});
