import { createHash } from 'node:crypto';
import type { AssessmentSheet, RiskEntry, SeriesPixels } from '../../main/assessment/assessmentSheet.js';
import type { Language } from '../../main/i18n/translate.js';
import { maskedScanPng } from './pngFixture.js';

/** Values the tests look for in the rendered text. */
export const EXAMPLE = {
  exportId: 'PX-20250314-0915-7K3Q',
  createdAt: '2025-03-14T09:15:42+02:00',
  organisation: 'Länsi-Uudenmaan hyvinvointialue – Västra Nylands välfärdsområde, Kuvantaminen',
  operator: 'Åsa Öhman-Järvinen',
  reviewer: 'Jørgen Sæther',
  reference: 'THL/4127/14.02.00/2024',
  keyHolder: 'Tietosuojavastaava Märta Ek',
  objects: 1284,
  outputs: 1284,
} as const;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Long operator texts in the languages they would be typed in, with the letters the fonts must cover. */
export const JUSTIFICATION = {
  face: 'Valokuvissa (XC) näkyvät kasvot peitettiin koko kuva-alalta ennen vientiä. Tarkistin jokaisen kuvan esikatselussa, ettei silmiä, suuta tai hiusrajaa jäänyt näkyviin; peite kattaa myös peilikuvan heijastuksen tutkimushuoneen ikkunassa.',
  faceShape:
    'Pään MR-sarjat (T1 3D, 176 leikettä à 1,0 mm) mahdollistaisivat kasvojen pintarekonstruktion. Resoluutio pienennettiin 1,0 mm:stä 2,0 mm:iin ja kasvojen alue rajattiin pois sagittaalisesti nenän kärjen takaa, jolloin pintarekonstruktio ei enää näytä kasvonpiirteitä.\nGranskat tillsammans med strålfysikern Björn Ålander: den återstående risken bedöms som liten, eftersom mottagaren behandlar materialet i en informationssäker driftmiljö och saknar jämförelsematerial.',
  dental: 'Intraoraaliset kuvat (IO) kuuluvat tutkimuskysymykseen (parodontiitti); hammaskarttaa ei liitetty, ja hampaiden paikat ja proteesit näkyvät vain röntgenkuvassa. Hyväksytty, koska vastaanottaja ei voi yhdistää kuvia hammashoitolan rekistereihin laillisin keinoin.',
  dentalMasked: 'Panoraamakuvan hammasproteesin sarjanumero peitettiin.',
  tattoo: 'Käden valokuvassa näkyvä tatuointi (ranteessa) peitettiin.',
  rare:
    'Löydös (situs inversus totalis) on harvinainen mutta ei äärimmäisen harvinainen; aineistossa ei ole diagnoositietoja eikä ikää tarkemmin kuin kymmenen vuoden ikäryhmä. ' +
    'Arvioin yhdessä tutkimusryhmän kanssa, että löydös ei yksinään yksilöi potilasta vastaanottajan näkökulmasta. '.repeat(6).trim(),
  otherDatasets: 'Samoja kuvia ei ole luovutettu aiemmin muihin aineistoihin; luovutusrekisterin haku tehtiin 13.3.2025.',
  varying: 'EKG-käyrät ovat lepo-EKG:itä ilman aikaleimaa; käyrämuoto vaihtelee mittauskerrasta toiseen, mikä pienentää tunnistamisen riskiä.',
  amount: 'Kuviin liitetään vain ikäryhmä ja sukupuoli; diagnoosikoodeja, päivämääriä tai hoitotietoja ei liitetä.',
} as const;

function risks(): RiskEntry[] {
  return [
    { risk: 'face', raised: true, objects: 18, reasons: [{ key: 'photographic-modality', modality: 'XC' }], decision: 'masked', justification: JUSTIFICATION.face, scope: ['S0004/SE0001'] },
    {
      risk: 'face-shape',
      raised: true,
      objects: 352,
      reasons: [
        { key: 'head-volume', modality: 'MR', sliceThickness: 1, images: 176 },
        { key: 'head-volume', modality: 'MR', sliceThickness: 1, images: 176 },
        { key: 'head-volume', modality: 'CT', sliceThickness: 0, images: 120 },
      ],
      decision: 'accepted',
      justification: JUSTIFICATION.faceShape,
      scope: ['S0001/SE0002', 'S0001/SE0003', 'S0002/SE0001'],
    },
    // Two decisions on one risk: the sheet holds one entry for each.
    { risk: 'dental', raised: true, objects: 14, reasons: [{ key: 'dental-modality', modality: 'IO' }, { key: 'dental-body-part', bodyPart: 'JAW' }], decision: 'accepted', justification: JUSTIFICATION.dental, scope: ['S0005/SE0001'] },
    { risk: 'dental', raised: true, objects: 14, reasons: [{ key: 'dental-modality', modality: 'IO' }, { key: 'dental-body-part', bodyPart: 'JAW' }], decision: 'masked', justification: JUSTIFICATION.dentalMasked, scope: ['S0005/SE0002'] },
    { risk: 'fingerprint', raised: true, objects: 4, reasons: [{ key: 'photographed-hand', bodyPart: 'HAND' }], decision: 'masked', justification: 'Sormenpäät peitettiin kaikista käsikuvista.', scope: ['S0004/SE0002'] },
    { risk: 'iris', raised: false, objects: 0, reasons: [], decision: 'not-present', justification: 'Aineistossa ei ole silmänpohja- tai silmävalokuvia.', scope: 'all' },
    { risk: 'palm', raised: true, objects: 4, reasons: [{ key: 'photographed-hand', bodyPart: 'HAND' }], decision: 'masked', justification: 'Kämmenen ihopoimut peitettiin.', scope: ['S0004/SE0002'] },
    { risk: 'rare-finding', raised: true, objects: 31, reasons: [{ key: 'marked-rare-finding' }], decision: 'accepted', justification: JUSTIFICATION.rare, scope: ['S0003/SE0001'] },
    { risk: 'tattoo', raised: true, objects: 22, reasons: [{ key: 'photographic-modality', modality: 'XC' }], decision: 'masked', justification: JUSTIFICATION.tattoo, scope: ['S0004/SE0002'] },
    {
      risk: 'burned-in-text',
      raised: true,
      objects: 96,
      reasons: [{ key: 'burned-in-modality', modality: 'US' }, { key: 'burned-in-declared' }, { key: 'secondary-capture' }, { key: 'ophthalmic-photograph', modality: 'OP' }],
      decision: 'masked',
      justification: 'Ultraäänikuvien yläreunan potilastietopalkki (nimi, henkilötunnus, tutkimuspäivä) peitettiin laitekohtaisella säännöllä kaikista kuvista.',
      scope: ['S0006/SE0001', 'S0006/SE0002', 'S0007/SE0001'],
    },
    { risk: 'other-datasets', raised: false, objects: 0, reasons: [], decision: 'not-present', justification: JUSTIFICATION.otherDatasets, scope: 'all' },
    { risk: 'varying-measurement', raised: false, objects: 3, reasons: [], decision: 'accepted', justification: JUSTIFICATION.varying, scope: ['S0008/SE0001'] },
    // An information line the operator left without a decision.
    { risk: 'amount-of-data', raised: false, objects: EXAMPLE.objects, reasons: [], scope: 'all' },
  ];
}

function series(): SeriesPixels[] {
  const geometry = (rows: number, columns: number, spacing?: [number, number]) => ({ rows, columns, ...(spacing ? { spacing } : {}) });
  return [
    { series: 'S0001/SE0001', modality: 'CT', images: 240, maskedImages: 0, masksByCategory: [], before: geometry(512, 512, [0.488, 0.488]), after: geometry(512, 512, [0.488, 0.488]), cropped: false },
    { series: 'S0001/SE0002', modality: 'MR', images: 176, maskedImages: 0, masksByCategory: [], before: geometry(256, 256, [1, 1]), after: geometry(128, 128, [2, 2]), cropped: true },
    { series: 'S0001/SE0003', modality: 'MR', images: 176, maskedImages: 0, masksByCategory: [], before: geometry(256, 256, [1, 1]), after: geometry(128, 128, [2, 2]), cropped: true },
    { series: 'S0002/SE0001', modality: 'CT', images: 120, maskedImages: 0, masksByCategory: [], before: geometry(512, 512, [0.43, 0.43]), after: geometry(256, 256, [0.86, 0.86]), cropped: false },
    {
      series: 'S0004/SE0001', modality: 'XC', images: 18, maskedImages: 18,
      masksByCategory: [{ category: 'face', regions: 18 }, { category: 'tattoo', regions: 3 }],
      before: geometry(3024, 4032), after: geometry(756, 1008), cropped: false,
    },
    {
      series: 'S0004/SE0002', modality: 'XC', images: 4, maskedImages: 4,
      masksByCategory: [{ category: 'fingerprint', regions: 20 }, { category: 'palm', regions: 4 }, { category: 'tattoo', regions: 4 }],
      before: geometry(3024, 4032), after: geometry(756, 1008), cropped: true,
    },
    { series: 'S0005/SE0001', modality: 'IO', images: 10, maskedImages: 0, masksByCategory: [], before: geometry(1300, 1000, [0.019, 0.019]), after: geometry(650, 500, [0.038, 0.038]), cropped: false },
    {
      series: 'S0006/SE0001', modality: 'US', images: 64, maskedImages: 64,
      masksByCategory: [{ category: 'burned-in-text', regions: 64 }],
      before: geometry(600, 800), after: geometry(600, 800), cropped: false,
    },
    {
      series: 'S0006/SE0002', modality: 'US', images: 28, maskedImages: 21,
      masksByCategory: [{ category: 'burned-in-text', regions: 28 }, { category: 'other', regions: 2 }],
      before: geometry(600, 800), after: geometry(600, 800), cropped: false,
    },
    {
      series: 'S0007/SE0001', modality: 'OT', images: 4, maskedImages: 4,
      masksByCategory: [{ category: 'burned-in-text', regions: 4 }, { category: 'iris', regions: 0 }],
      before: geometry(1080, 1920), after: geometry(540, 960), cropped: false,
    },
  ];
}

function thumbnails(): AssessmentSheet['pixels']['thumbnails'] {
  const specs = [
    { file: 'S0004/SE0001/IM0001.dcm', w: 96, h: 128, masks: [{ x: 28, y: 14, w: 40, h: 44 }] },
    { file: 'S0004/SE0001/IM0002.dcm', w: 96, h: 128, masks: [{ x: 26, y: 18, w: 42, h: 42 }, { x: 60, y: 90, w: 20, h: 14 }] },
    { file: 'S0004/SE0002/IM0001.dcm', w: 96, h: 128, masks: [{ x: 10, y: 10, w: 76, h: 30 }, { x: 30, y: 60, w: 36, h: 40 }] },
    { file: 'S0006/SE0001/IM0001.dcm', w: 128, h: 96, masks: [{ x: 0, y: 0, w: 128, h: 12 }] },
    { file: 'S0006/SE0002/IM0017.dcm', w: 128, h: 96, masks: [{ x: 0, y: 0, w: 128, h: 12 }, { x: 100, y: 80, w: 28, h: 16 }] },
    { file: 'S0007/SE0001/IM0001.dcm', w: 128, h: 72, masks: [{ x: 4, y: 4, w: 50, h: 10 }] },
    { file: 'S0007/SE0001/IM0004-secondary-capture-with-a-long-name.dcm', w: 128, h: 72, masks: [{ x: 4, y: 58, w: 120, h: 10 }] },
  ];
  return specs.map((s, i) => ({ file: s.file, width: s.w, height: s.h, png: maskedScanPng(s.w, s.h, i, s.masks) }));
}

function outputs(): { files: { file: string; sha256: string }[]; digest: string } {
  const files = Array.from({ length: EXAMPLE.outputs }, (_, i) => {
    const file = `S${String(1 + (i % 7)).padStart(4, '0')}/SE0001/IM${String(i + 1).padStart(4, '0')}.dcm`;
    return { file, sha256: sha256(file) };
  });
  return { files, digest: sha256(files.map((f) => `${f.sha256}  ${f.file}\n`).join('')) };
}

/**
 * A rich assessment sheet: several series with masks and resolution changes, every risk of the checklist with a
 * decision, small-numbers violations with suggestions and an override, thumbnails, long justifications, and Nordic
 * letters in the names.
 */
export function exampleSheet(language: Language): AssessmentSheet {
  const out = outputs();
  return {
    format: 'peitto-assessment',
    formatVersion: 1,
    language,
    release: {
      exportId: EXAMPLE.exportId,
      createdAt: EXAMPLE.createdAt,
      status: 'complete',
      peittoVersion: '0.1.0',
      profileVersion: 'guideline-2024.1 (PS3.15 2025b)',
      organisation: EXAMPLE.organisation,
      operator: EXAMPLE.operator,
      reference: EXAMPLE.reference,
      recipient: 'secure-environment',
      recipientName: 'Helsingin yliopisto, kuvantamisen tutkimusryhmä (luvanhaltija)',
    },
    data: {
      patients: 12,
      studies: 14,
      series: 23,
      objects: EXAMPLE.objects,
      frames: 1536,
      byModality: [
        { modality: 'CT', objects: 480, frames: 480 },
        { modality: 'MR', objects: 528, frames: 528 },
        { modality: 'US', objects: 92, frames: 340 },
        { modality: 'XC', objects: 22, frames: 22 },
        { modality: 'IO', objects: 14, frames: 14 },
        { modality: 'DX', objects: 141, frames: 145 },
        { modality: 'ECG', objects: 3, frames: 3 },
        { modality: 'OT', objects: 4, frames: 4 },
      ],
      byBodyPart: [
        { bodyPart: 'HEAD', objects: 648 },
        { bodyPart: 'CHEST', objects: 312 },
        { bodyPart: 'ABDOMEN', objects: 200 },
        { bodyPart: 'HAND', objects: 4 },
        { bodyPart: 'JAW', objects: 14 },
        { bodyPart: '', objects: 106 },
      ],
      supplementaryFields: [
        { field: 'ageBand', justification: 'Tutkimuskysymys koskee aivojen ikääntymismuutoksia; kymmenen vuoden ikäryhmä riittää analyysiin ja on karkein käyttökelpoinen luokitus.' },
        { field: 'sex', justification: 'Sukupuoli tarvitaan vakioivana muuttujana volyymimittauksissa (kallonsisäinen tilavuus).' },
        { field: 'modality', justification: 'Kuvausmenetelmä erottaa TT- ja MK-aineistot toisistaan analyysissä.' },
      ],
      refused: [
        { number: 1, sopClass: 'Encapsulated PDF Storage', reason: 'encapsulated-pdf' },
        { number: 2, sopClass: '1.2.826.0.1.3680043.9.7133.1.1', reason: 'private-sop-class' },
      ],
    },
    identifiers: {
      options: { cleanDescriptors: true, cleanStructuredContent: true, cleanGraphics: true, retainSafePrivate: false, retainDeviceIdentity: false, retainInstitutionIdentity: false },
      methodCodes: [
        { code: '113100', meaning: 'Basic Application Confidentiality Profile' },
        { code: '113101', meaning: 'Clean Pixel Data Option' },
        { code: '113102', meaning: 'Clean Recognizable Visual Features Option' },
        { code: '113103', meaning: 'Clean Graphics Option' },
        { code: '113104', meaning: 'Clean Structured Content Option' },
        { code: '113105', meaning: 'Clean Descriptors Option' },
      ],
      actions: [
        { category: 'names', removed: 2568, emptied: 1284, replaced: 1284, cleaned: 0, kept: 0 },
        { category: 'ids', removed: 6420, emptied: 1284, replaced: 1284, cleaned: 0, kept: 3852 },
        { category: 'dates', removed: 10272, emptied: 5136, replaced: 0, cleaned: 0, kept: 0 },
        { category: 'uids', removed: 1284, emptied: 0, replaced: 5136, cleaned: 0, kept: 2568 },
        { category: 'free-text', removed: 3852, emptied: 0, replaced: 0, cleaned: 2568, kept: 0 },
        { category: 'private', removed: 48213, emptied: 0, replaced: 0, cleaned: 0, kept: 0 },
        { category: 'graphics', removed: 96, emptied: 0, replaced: 0, cleaned: 12, kept: 0 },
        { category: 'device', removed: 3852, emptied: 1284, replaced: 0, cleaned: 0, kept: 0 },
        { category: 'institution', removed: 2568, emptied: 0, replaced: 0, cleaned: 0, kept: 0 },
        { category: 'structure', removed: 1302, emptied: 0, replaced: 0, cleaned: 18, kept: 5136 },
        { category: 'other', removed: 640, emptied: 0, replaced: 0, cleaned: 0, kept: 61632 },
      ],
      mode: 'anonymous',
    },
    pixels: { series: series(), thumbnails: thumbnails() },
    risks: risks(),
    smallNumbers: {
      k: 5,
      fields: ['ageBand', 'sex'],
      groups: 9,
      smallest: [
        { values: { ageBand: '90+', sex: 'F' }, persons: 1 },
        { values: { ageBand: '20–29', sex: 'M' }, persons: 3 },
        { values: { ageBand: '60–69', sex: 'F' }, persons: 5 },
        { values: { ageBand: '70–79', sex: 'M' }, persons: 6 },
        { values: { ageBand: '50–59', sex: 'F' }, persons: 7 },
      ],
      violations: 2,
      suggestions: [{ action: 'widen-age-band', width: 20 }, { action: 'drop-field', field: 'sex' }],
      override: {
        justification: 'Ryhmät alle k:n hyväksytään, koska vastaanottaja käsittelee aineistoa Findatan tietoturvallisessa käyttöympäristössä eikä saa viedä sieltä yksilötason tietoja; ikäryhmien leventäminen 20 vuoteen hävittäisi tutkimuskysymyksen kannalta olennaisen tiedon. Beslutet har godkänts av dataskyddsombudet Märta Ek.',
      },
    },
    verification: {
      passed: true,
      identifiersChecked: 3480,
      filesScanned: EXAMPLE.outputs,
      bytesScanned: 734_003_221,
      hits: 0,
      maskChecks: { objects: 109, frames: 147, failures: 0 },
      validation: { files: EXAMPLE.outputs, valid: EXAMPLE.outputs },
      outputs: out.files,
      outputsDigest: out.digest,
    },
    signOff: { operator: EXAMPLE.operator, reviewer: EXAMPLE.reviewer },
  };
}
