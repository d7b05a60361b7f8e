import type { IndexView } from '../../../main/api/contract.js';
import { useI18n } from '../i18n/I18nContext.js';
import { formatDicomDate } from './formatDicomDate.js';
import { ProblemSummary } from './ProblemSummary.js';
import { SeriesCard } from './SeriesCard.js';

/** DICOM person names (Family^Given^Middle) as "Family, Given Middle". */
const personName = (name: string): string => {
  const [family = '', ...rest] = name.split('^');
  const given = rest.filter(Boolean).join(' ');
  return given ? `${family}, ${given}` : family;
};

/** Patients → studies → series, as the engine indexed them; the operator's own data, shown on this workstation only. */
export function StudyBrowser({ index, selected, onSelect }: { readonly index: IndexView; readonly selected: string | undefined; readonly onSelect: (uid: string) => void }) {
  const { t } = useI18n();
  return (
    <nav className="browser" aria-label={t('app.browser.label')}>
      {index.patients.map((patient) => (
        <section key={patient.key} className="browser-patient">
          <header className="patient-head">
            <span className="patient-name">{personName(patient.name) || t('app.browser.noName')}</span>
            <span className="muted">
              {[patient.id, formatDicomDate(patient.birthDate, t), patient.sex].filter(Boolean).join(' · ')}
            </span>
          </header>
          {patient.studies.map((study) => (
            <section key={study.studyInstanceUid} className="browser-study">
              <header className="study-head">
                <span>{study.description || t('app.browser.noDescription')}</span>
                <span className="muted">{formatDicomDate(study.date, t)}</span>
              </header>
              <ul className="series-list">
                {study.series.map((series) => (
                  <SeriesCard key={series.seriesInstanceUid} series={series} selected={series.seriesInstanceUid === selected} onSelect={onSelect} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
      <ProblemSummary index={index} />
    </nav>
  );
}
