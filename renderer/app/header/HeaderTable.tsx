import type { HeaderRow } from '../../../main/api/contract.js';
import { useI18n } from '../i18n/I18nContext.js';

/** Rows of the header: tag, name, value, and the outcome with the rule that decided it (on hover). */
export function HeaderTable({ rows }: { readonly rows: readonly HeaderRow[] }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="header-table">
        <thead>
          <tr>
            <th scope="col">{t('app.header.tag')}</th>
            <th scope="col">{t('app.header.name')}</th>
            <th scope="col">{t('app.header.value')}</th>
            <th scope="col">{t('app.header.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.path} className={`row-${row.outcome}`}>
              <td className="mono" title={`${row.path} ${row.vr}`}>
                <span style={{ paddingLeft: `${row.depth}em` }}>{row.tag}</span>
              </td>
              <td>{row.name}</td>
              <td className="value" title={row.value}>
                {row.value}
              </td>
              <td>
                <span className={`outcome outcome-${row.outcome}`} title={row.rule || t('app.header.noRule')}>
                  {t(`app.outcome.${row.outcome}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
